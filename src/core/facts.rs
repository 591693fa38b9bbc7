//! What the core needs to know about a reply: [`HeaderFacts`] and [`BodyFacts`].
//!
//! The edge parses bodies with the platform's `JSON.parse` and reads only these few facts
//! (with `Reflect.get`), or converts the parsed body into a [`Value`] and calls
//! [`BodyFacts::from_value`]. Where each fact comes from:
//!
//! | fact | JSON path |
//! |---|---|
//! | `error_id`, `error_message`, `request_id` | top-level `id`, `message`, `request_id` (strings) |
//! | `actions` | `action` ([`ReplyKind::Action`]), `actions[]` (`Actions`, `List("actions")`), `links.actions[]` (`LinksActions`; no status there: in progress), the body itself (`BareAction`) |
//! | `next_page` | `links.pages.next` |
//! | `total` | `meta.total` |
//! | `items` | `<list key>[]` for `List`, `droplet` / `droplets[]` for `LinksActions`: `id`, `name`, `region.slug` |
//!
//! ```
//! use digitalocean_wasm::catalogue::ReplyKind;
//! use digitalocean_wasm::core::{BodyFacts, Value, ActionStatus};
//! let body = Value::obj([("action", Value::obj([
//!     ("id", Value::Num(7.0)), ("status", Value::from("in-progress")), ("type", Value::from("reboot"))]))]);
//! let facts = BodyFacts::from_value(&body, ReplyKind::Action);
//! assert_eq!(facts.actions[0].id, 7);
//! assert_eq!(facts.actions[0].status, ActionStatus::InProgress);
//! ```

use std::slice;

use crate::catalogue::ReplyKind;

use super::value::{number_text, Value};

/// The response headers the client reads (names are matched case-insensitively by the edge).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderFacts {
    /// `ratelimit-limit`.
    pub limit: Option<f64>,
    /// `ratelimit-remaining`.
    pub remaining: Option<f64>,
    /// `ratelimit-reset`, Unix seconds.
    pub reset: Option<f64>,
    /// `retry-after`, seconds.
    pub retry_after: Option<f64>,
    /// `x-request-id`.
    pub request_id: Option<String>,
}

impl HeaderFacts {
    /// Builds the facts from `(name, value)` header pairs (names case-insensitive,
    /// unparsable numbers ignored).
    ///
    /// ```
    /// use digitalocean_wasm::core::HeaderFacts;
    /// let h = HeaderFacts::from_pairs([("RateLimit-Remaining", "12"), ("x-request-id", "r1"), ("retry-after", "soon")]);
    /// assert_eq!(h.remaining, Some(12.0));
    /// assert_eq!(h.retry_after, None);
    /// assert_eq!(h.request_id.as_deref(), Some("r1"));
    /// ```
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> HeaderFacts {
        let mut facts = HeaderFacts::default();
        for (name, value) in pairs {
            let number = super::number::parse_decimal(value);
            match name.to_ascii_lowercase().as_str() {
                "ratelimit-limit" => facts.limit = number,
                "ratelimit-remaining" => facts.remaining = number,
                "ratelimit-reset" => facts.reset = number,
                "retry-after" => facts.retry_after = number,
                "x-request-id" => facts.request_id = Some(value.to_string()),
                _ => {}
            }
        }
        facts
    }
}

/// Status of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionStatus {
    /// `in-progress` (also any unknown or missing status).
    InProgress,
    /// `completed`.
    Completed,
    /// `errored`.
    Errored,
}

impl ActionStatus {
    /// Parses the API's status string; anything unknown counts as in progress.
    ///
    /// ```
    /// use digitalocean_wasm::core::ActionStatus;
    /// assert_eq!(ActionStatus::parse("completed"), ActionStatus::Completed);
    /// assert_eq!(ActionStatus::parse("weird"), ActionStatus::InProgress);
    /// ```
    pub fn parse(text: &str) -> ActionStatus {
        match text {
            "completed" => ActionStatus::Completed,
            "errored" => ActionStatus::Errored,
            _ => ActionStatus::InProgress,
        }
    }
}

/// The fields of an action the client itself needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionFact {
    /// Action id.
    pub id: u64,
    /// Status.
    pub status: ActionStatus,
    /// Action `type` (`create`, `reboot`…); empty when unknown.
    pub kind: String,
}

impl ActionFact {
    /// Reads an action object (`{id, status, type}`); `None` without a usable integer id.
    ///
    /// ```
    /// use digitalocean_wasm::core::{ActionFact, Value};
    /// let a = ActionFact::from_value(&Value::obj([("id", Value::Num(3.0))])).unwrap();
    /// assert_eq!(a.kind, "");
    /// assert!(ActionFact::from_value(&Value::obj([("id", Value::Num(-1.0))])).is_none());
    /// ```
    pub fn from_value(action: &Value) -> Option<ActionFact> {
        let id = action
            .get("id")
            .and_then(Value::as_f64)
            .and_then(action_id)?;
        Some(ActionFact {
            id,
            status: ActionStatus::parse(action.get("status").and_then(Value::as_str).unwrap_or("")),
            kind: action
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        })
    }
}

/// An action id from a JSON number: a non-negative integer below 2^53, else `None`.
///
/// ```
/// assert_eq!(digitalocean_wasm::core::facts::action_id(12.0), Some(12));
/// assert_eq!(digitalocean_wasm::core::facts::action_id(1.5), None);
/// ```
pub fn action_id(n: f64) -> Option<u64> {
    (n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n < 9.007_199_254_740_992e15)
        .then_some(n as u64)
}

/// The fields of a listed resource that FindByName, TagFanOut and CreateReread need.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFact {
    /// The id as text (integers without fraction; UUIDs as they are).
    pub id: String,
    /// `name`, if any.
    pub name: Option<String>,
    /// `region.slug` (or a string `region`), if any.
    pub region: Option<String>,
}

impl ItemFact {
    /// Reads a resource object; `None` without an id.
    ///
    /// ```
    /// use digitalocean_wasm::core::{ItemFact, Value};
    /// let v = Value::obj([("id", Value::Num(5.0)), ("region", Value::obj([("slug", Value::from("nyc3"))]))]);
    /// assert_eq!(ItemFact::from_value(&v).unwrap().region.as_deref(), Some("nyc3"));
    /// ```
    pub fn from_value(item: &Value) -> Option<ItemFact> {
        let id = match item.get("id")? {
            Value::Num(n) if n.is_finite() => number_text(*n),
            Value::Str(s) if !s.is_empty() => s.clone(),
            _ => return None,
        };
        let region = match item.get("region") {
            Some(Value::Str(s)) => Some(s.clone()),
            Some(r) => r.get("slug").and_then(Value::as_str).map(str::to_string),
            None => None,
        };
        Some(ItemFact {
            id,
            name: item.get("name").and_then(Value::as_str).map(str::to_string),
            region,
        })
    }
}

/// What the core needs to know about a reply body.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BodyFacts {
    /// The body was empty.
    pub empty: bool,
    /// The body was JSON (an empty body is not).
    pub is_json: bool,
    /// Top-level `id` of an error body.
    pub error_id: Option<String>,
    /// Top-level `message` of an error body.
    pub error_message: Option<String>,
    /// Top-level `request_id` of an error body.
    pub request_id: Option<String>,
    /// Actions of the reply (see the module table).
    pub actions: Vec<ActionFact>,
    /// `links.pages.next`.
    pub next_page: Option<String>,
    /// `meta.total`.
    pub total: Option<f64>,
    /// Listed (or created) resources.
    pub items: Vec<ItemFact>,
}

impl BodyFacts {
    /// Facts of an empty body.
    ///
    /// ```
    /// let f = digitalocean_wasm::core::BodyFacts::empty();
    /// assert!(f.empty && !f.is_json);
    /// ```
    pub fn empty() -> BodyFacts {
        BodyFacts {
            empty: true,
            ..BodyFacts::default()
        }
    }

    /// Facts of a body that is not JSON.
    ///
    /// ```
    /// let f = digitalocean_wasm::core::BodyFacts::not_json();
    /// assert!(!f.empty && !f.is_json);
    /// ```
    pub fn not_json() -> BodyFacts {
        BodyFacts::default()
    }

    /// Reads every fact from a parsed body, for a reply of kind `reply`.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// use digitalocean_wasm::core::{BodyFacts, Value};
    /// let body = Value::obj([
    ///     ("droplets", Value::Arr(vec![Value::obj([("id", Value::Num(1.0))])])),
    ///     ("links", Value::obj([("pages", Value::obj([("next", Value::from("https://x/v2/droplets?page=2"))]))])),
    ///     ("meta", Value::obj([("total", Value::Num(30.0))])),
    /// ]);
    /// let f = BodyFacts::from_value(&body, ReplyKind::List("droplets"));
    /// assert_eq!(f.items.len(), 1);
    /// assert_eq!(f.total, Some(30.0));
    /// assert!(f.next_page.is_some());
    /// ```
    pub fn from_value(body: &Value, reply: ReplyKind<&str>) -> BodyFacts {
        let text = |path: &[&str]| {
            body.pointer(path)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        fn list(v: Option<&Value>) -> &[Value] {
            v.and_then(Value::as_array).unwrap_or_default()
        }
        let actions: &[Value] = match reply {
            ReplyKind::Action => body.get("action").map_or(&[], slice::from_ref),
            ReplyKind::Actions | ReplyKind::List("actions") => list(body.get("actions")),
            ReplyKind::LinksActions => list(body.pointer(&["links", "actions"])),
            ReplyKind::BareAction => slice::from_ref(body),
            _ => &[],
        };
        let items: &[Value] = match reply {
            ReplyKind::List(key) => list(body.get(key)),
            ReplyKind::LinksActions => match body.get("droplet") {
                Some(one) => slice::from_ref(one),
                None => list(body.get("droplets")),
            },
            _ => &[],
        };
        let mut facts = BodyFacts {
            empty: false,
            is_json: true,
            error_id: text(&["id"]),
            error_message: text(&["message"]),
            request_id: text(&["request_id"]),
            actions: Vec::new(),
            next_page: text(&["links", "pages", "next"]),
            total: body.pointer(&["meta", "total"]).and_then(Value::as_f64),
            items: Vec::new(),
        };
        for action in actions {
            if let Some(fact) = ActionFact::from_value(action) {
                facts.actions.push(fact);
            }
        }
        for item in items {
            if let Some(fact) = ItemFact::from_value(item) {
                facts.items.push(fact);
            }
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_actions_have_no_status_and_count_as_in_progress() {
        let body = Value::obj([
            (
                "droplet",
                Value::obj([("id", Value::Num(9.0)), ("name", Value::from("a"))]),
            ),
            (
                "links",
                Value::obj([(
                    "actions",
                    Value::Arr(vec![Value::obj([
                        ("id", Value::Num(100.0)),
                        ("rel", Value::from("create")),
                    ])]),
                )]),
            ),
        ]);
        let f = BodyFacts::from_value(&body, ReplyKind::LinksActions);
        assert_eq!(f.actions.len(), 1);
        assert_eq!(f.actions[0].status, ActionStatus::InProgress);
        assert_eq!(f.items[0].id, "9");
        assert_eq!(f.items[0].name.as_deref(), Some("a"));
    }

    #[test]
    fn odd_bodies_give_no_facts_and_no_panic() {
        for body in [
            Value::Null,
            Value::Num(1.0),
            Value::Arr(vec![Value::Null]),
            Value::obj([("action", Value::from("x"))]),
            Value::obj([("actions", Value::Obj(vec![]))]),
            Value::obj([("links", Value::Arr(vec![]))]),
        ] {
            for kind in [
                ReplyKind::Action,
                ReplyKind::Actions,
                ReplyKind::LinksActions,
                ReplyKind::BareAction,
                ReplyKind::List("droplets"),
            ] {
                let f = BodyFacts::from_value(&body, kind);
                assert!(f.actions.is_empty() && f.items.is_empty() && f.next_page.is_none());
            }
        }
    }

    #[test]
    fn error_bodies() {
        let body = Value::obj([
            ("id", Value::from("not_found")),
            ("message", Value::from("nope")),
        ]);
        let f = BodyFacts::from_value(&body, ReplyKind::Body);
        assert_eq!(f.error_id.as_deref(), Some("not_found"));
        assert_eq!(f.error_message.as_deref(), Some("nope"));
    }
}
