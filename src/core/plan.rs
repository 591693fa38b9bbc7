//! Follow-up requests and result picking of the multi-request plans
//! ([`Plan::FindByName`](crate::catalogue::Plan), `TagFanOut`, `CreateReread`) and of the
//! action poller. The edge runs the plan; these build each request and make each choice.
//!
//! ```
//! use digitalocean_wasm::core::{plan, Config};
//! let cfg = Config::new(Some("http://h"), None).unwrap();
//! let p = plan::reread(&cfg, "42").unwrap();
//! assert_eq!((p.key.as_str(), p.url.as_str()), ("droplets_get", "http://h/v2/droplets/42"));
//! ```

use crate::catalogue::{Method, ReplyKind};

use super::actions::PollRequest;
use super::error::Error;
use super::facts::ItemFact;
use super::prepare::{build, with_page_size, Call, Config, Prepared};
use super::value::Value;

/// `GET /v2/droplets?tag_name=…`: the first request of a TagFanOut (follow every page).
///
/// ```
/// use digitalocean_wasm::core::{plan, Config};
/// let p = plan::droplets_by_tag(&Config::new(Some("http://h"), None).unwrap(), "prod:web").unwrap();
/// assert_eq!(p.url, "http://h/v2/droplets?tag_name=prod%3Aweb");
/// ```
pub fn droplets_by_tag(cfg: &Config, tag: &str) -> Result<Prepared, Error> {
    build(
        cfg,
        "droplets_list",
        Method::Get,
        "/v2/droplets",
        &[],
        &with_page_size(cfg, vec![("tag_name".to_string(), Value::from(tag))]),
        &Value::Null,
        &[],
        ReplyKind::List("droplets".into()),
    )
}

/// `POST /v2/droplets/{id}/actions` with the call's action body: one request of a TagFanOut.
///
/// ```
/// use digitalocean_wasm::core::{plan, prepare, Config, Value};
/// let cfg = Config::new(Some("http://h"), None).unwrap();
/// let call = prepare(&cfg, "reboot", &[Value::obj([("tag", Value::from("web"))])]).unwrap();
/// let p = plan::fan_out(&cfg, &call, "7").unwrap();
/// assert_eq!(p.url, "http://h/v2/droplets/7/actions");
/// assert_eq!(p.body.as_deref(), Some(r#"{"type":"reboot"}"#));
/// ```
pub fn fan_out(cfg: &Config, call: &Call, droplet_id: &str) -> Result<Prepared, Error> {
    build(
        cfg,
        "dropletActions_post",
        Method::Post,
        "/v2/droplets/{droplet_id}/actions",
        &[("droplet_id".into(), droplet_id.to_string())],
        &[],
        &call.bound.body,
        &call.bound.headers,
        ReplyKind::Action,
    )
}

/// `GET /v2/droplets/{id}`: the re-read after a create completed.
///
/// ```
/// use digitalocean_wasm::core::{plan, Config};
/// assert!(plan::reread(&Config::new(None, None).unwrap(), "..").is_err());
/// ```
pub fn reread(cfg: &Config, droplet_id: &str) -> Result<Prepared, Error> {
    build(
        cfg,
        "droplets_get",
        Method::Get,
        "/v2/droplets/{droplet_id}",
        &[("droplet_id".into(), droplet_id.to_string())],
        &[],
        &Value::Null,
        &[],
        ReplyKind::Body,
    )
}

/// The request of one poll tick of the action tracker.
///
/// ```
/// use digitalocean_wasm::core::{plan, Config, PollRequest};
/// let cfg = Config::new(Some("http://h"), None).unwrap();
/// assert_eq!(plan::poll(&cfg, &PollRequest::List { per_page: 50 }).unwrap().url, "http://h/v2/actions?page=1&per_page=50");
/// assert_eq!(plan::poll(&cfg, &PollRequest::Single(9)).unwrap().url, "http://h/v2/actions/9");
/// ```
pub fn poll(cfg: &Config, request: &PollRequest) -> Result<Prepared, Error> {
    match request {
        PollRequest::List { per_page } => build(
            cfg,
            "actions_list",
            Method::Get,
            "/v2/actions",
            &[],
            &[
                ("page".to_string(), Value::Num(1.0)),
                ("per_page".to_string(), Value::Num(f64::from(*per_page))),
            ],
            &Value::Null,
            &[],
            ReplyKind::List("actions".into()),
        ),
        PollRequest::Single(id) => build(
            cfg,
            "actions_get",
            Method::Get,
            "/v2/actions/{action_id}",
            &[("action_id".into(), id.to_string())],
            &[],
            &Value::Null,
            &[],
            ReplyKind::Action,
        ),
    }
}

/// The singular result key of a FindByName call (`droplets` -> `droplet`).
///
/// ```
/// use digitalocean_wasm::core::{plan, prepare, Config, Value};
/// let cfg = Config::new(None, None).unwrap();
/// let call = prepare(&cfg, "volume", &[Value::obj([("name", Value::from("v")), ("region", Value::from("nyc1"))])]).unwrap();
/// assert_eq!(plan::singular(&call), "volume");
/// ```
pub fn singular(call: &Call) -> &str {
    let key = call.op.reply.list_key().unwrap_or("item");
    key.strip_suffix('s').unwrap_or(key)
}

/// FindByName: the index of the item with the call's name in its region with the lowest
/// id (numeric ids compared as numbers, others as text); `None` when nothing matches.
///
/// ```
/// use digitalocean_wasm::core::{plan, prepare, Config, ItemFact, Value};
/// let cfg = Config::new(None, None).unwrap();
/// let call = prepare(&cfg, "droplet", &[Value::obj([("name", Value::from("web")), ("region", Value::from("nyc3"))])]).unwrap();
/// let item = |id: &str, region: &str| ItemFact { id: id.into(), name: Some("web".into()), region: Some(region.into()) };
/// let items = [item("30", "nyc3"), item("4", "ams3"), item("12", "nyc3")];
/// assert_eq!(plan::pick(&call, &items), Some(2));
/// ```
pub fn pick(call: &Call, items: &[ItemFact]) -> Option<usize> {
    let name = call.bound.plan_param("name");
    let region = call.bound.plan_param("region");
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| name.is_none() || item.name.as_deref() == name)
        .filter(|(_, item)| region.is_none() || item.region.as_deref() == region)
        .min_by(|(_, a), (_, b)| compare_ids(&a.id, &b.id))
        .map(|(i, _)| i)
}

/// Digit strings compare as numbers (of any length, without parsing), others as text.
fn compare_ids(a: &str, b: &str) -> std::cmp::Ordering {
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if numeric(a) && numeric(b) {
        let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
        return a.len().cmp(&b.len()).then_with(|| a.cmp(b));
    }
    a.cmp(b)
}

/// FindByName found nothing: a 404 `not_found` error naming what was looked for.
///
/// ```
/// use digitalocean_wasm::core::{plan, prepare, Config, Value};
/// let cfg = Config::new(None, None).unwrap();
/// let call = prepare(&cfg, "droplet", &[Value::obj([("name", Value::from("web")), ("region", Value::from("nyc3"))])]).unwrap();
/// let e = plan::not_found(&call, 1);
/// assert_eq!((e.status, e.id.as_str()), (404, "not_found"));
/// assert!(e.message.contains("web") && e.message.contains("nyc3"));
/// ```
pub fn not_found(call: &Call, attempts: u32) -> Error {
    Error::api(
        404,
        "not_found",
        format!(
            "no {} named `{}` in region `{}`",
            singular(call),
            call.bound.plan_param("name").unwrap_or(""),
            call.bound.plan_param("region").unwrap_or("")
        ),
    )
    .at(call.request.method.as_str(), &call.request.path, attempts)
}

#[cfg(test)]
mod tests {
    use super::compare_ids;
    use std::cmp::Ordering::{Equal, Greater, Less};

    #[test]
    fn ids_compare_as_numbers_of_any_length_else_as_text() {
        assert_eq!(compare_ids("9", "10"), Less);
        assert_eq!(compare_ids("007", "10"), Less);
        assert_eq!(compare_ids("007", "7"), Equal);
        assert_eq!(compare_ids("18446744073709551616", "9"), Greater); // beyond u64
        assert_eq!(compare_ids("b", "a"), Greater);
        assert_eq!(compare_ids("9", "10a"), Greater); // text
        assert_eq!(compare_ids("", "0"), Less);
    }
}
