//! The compact text encoding of generated rows: one line per row, fields separated by `|`:
//!
//! ```text
//! operationId|METHOD|path|@body|reply
//! ```
//!
//! `@body` is `@` (no body), `@b` (required body) or `@o` (optional body): the arguments
//! are derived from it and the path ([`spec::parse_row`](super::spec::parse_row)). `reply`
//! is `B` (body), `E` (empty), `A` (`{action}`), `AS` (`{actions}`), `LA` (`links.actions`),
//! `BA` (bare action), `L:key` (a list) or `D:media/type` (a document that is not JSON). The JS method name is the camelCased
//! operationId ([`camel`]); the row's `js` field holds the operationId itself. Generated
//! rows have no fixed values and their plan is [`Plan::Single`], except for a list row with a
//! sixth field `*`: the same operation walking every page ([`Plan::AllPages`]), whose
//! method is the camelCased operationId + `All` (`vpcs_list|GET|/v2/vpcs|@|L:vpcs|*` is
//! `vpcsListAll`, like the hand-written `dropletsAll`). The text is compact
//! and grep-able, and it ships as it is in the facade's `generated/methods.js`, whose lines
//! reach the wasm dispatcher.
//!
//! ```
//! use digitalocean_wasm::catalogue::{compact, Method, ReplyKind};
//! let op = compact::parse_line("vpcs_list|GET|/v2/vpcs|@|L:vpcs").unwrap();
//! assert_eq!((op.key, op.method, op.args), ("vpcs_list", Method::Get, "@"));
//! assert_eq!(op.reply, ReplyKind::List("vpcs"));
//! assert_eq!(compact::camel(op.key), "vpcsList");
//! assert_eq!(compact::encode(&op), "vpcs_list|GET|/v2/vpcs|@|L:vpcs");
//! let all = compact::parse_line("vpcs_list|GET|/v2/vpcs|@|L:vpcs|*").unwrap();
//! assert_eq!(all.plan, digitalocean_wasm::catalogue::Plan::AllPages);
//! assert_eq!(compact::encode(&all), "vpcs_list|GET|/v2/vpcs|@|L:vpcs|*");
//! ```

use super::{Method, Operation, Plan, ReplyKind};

/// Parses one line; `None` if it is malformed (the sync test parses every line).
///
/// ```
/// assert!(digitalocean_wasm::catalogue::compact::parse_line("a_b|GET|/x").is_none());
/// ```
pub fn parse_line(line: &str) -> Option<Operation<&str>> {
    let mut fields = line.split('|');
    let key = fields.next().filter(|s| !s.is_empty())?;
    let method = Method::parse(fields.next()?)?;
    let path = fields.next().filter(|p| p.starts_with('/'))?;
    let args = fields.next().filter(|a| matches!(*a, "@" | "@b" | "@o"))?;
    let reply = match fields.next()? {
        "B" => ReplyKind::Body,
        "E" => ReplyKind::Empty,
        "A" => ReplyKind::Action,
        "AS" => ReplyKind::Actions,
        "LA" => ReplyKind::LinksActions,
        "BA" => ReplyKind::BareAction,
        other => match other.strip_prefix("D:") {
            Some(media) if media.contains('/') => ReplyKind::Document(media),
            _ => ReplyKind::List(other.strip_prefix("L:").filter(|k| !k.is_empty())?),
        },
    };
    // `*`: every page, for a list only.
    let plan = match fields.next() {
        None => Plan::Single,
        Some("*") if matches!(reply, ReplyKind::List(_)) => Plan::AllPages,
        Some(_) => return None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some(Operation {
        js: key,
        key,
        method,
        path,
        args,
        fixed: "",
        reply,
        plan,
    })
}

/// Parses one line of the hand-written table (the `TEXT` of `src/catalogue/table.rs`):
/// `js|key|Method|path|args|fixed|Reply|Plan`, `Reply` being a [`ReplyKind`] name
/// (`List:key` for a list) and `Plan` a [`Plan`] name. `None` if malformed, a path that does
/// not start with `/` included (appended to the endpoint, it would change its host).
///
/// ```
/// use digitalocean_wasm::catalogue::{compact, Plan, ReplyKind};
/// let op = compact::parse_hand_line("droplets|droplets_list|Get|/v2/droplets|||List:droplets|AllPages").unwrap();
/// assert_eq!((op.js, op.reply, op.plan), ("droplets", ReplyKind::List("droplets"), Plan::AllPages));
/// assert!(compact::parse_hand_line("x|x_get|Get|/v2/x|||Body|Sometimes").is_none());
/// assert!(compact::parse_hand_line("x|x_get|Get|.evil.example/x|||Body|Single").is_none());
/// ```
pub fn parse_hand_line(line: &str) -> Option<Operation<&str>> {
    let mut fields = line.split('|');
    let mut next = || fields.next();
    let (js, key) = (next()?, next()?);
    let method = Method::parse(next()?)?;
    let path = next().filter(|p| p.starts_with('/'))?;
    let (args, fixed) = (next()?, next()?);
    let reply = match next()? {
        "Body" => ReplyKind::Body,
        "Empty" => ReplyKind::Empty,
        "Action" => ReplyKind::Action,
        "Actions" => ReplyKind::Actions,
        "LinksActions" => ReplyKind::LinksActions,
        "BareAction" => ReplyKind::BareAction,
        other => match other.strip_prefix("Document:") {
            Some(media) if media.contains('/') => ReplyKind::Document(media),
            _ => ReplyKind::List(other.strip_prefix("List:")?),
        },
    };
    let plan = match next()? {
        "Single" => Plan::Single,
        "AllPages" => Plan::AllPages,
        "FindByName" => Plan::FindByName,
        "TagFanOut" => Plan::TagFanOut,
        "CreateReread" => Plan::CreateReread,
        _ => return None,
    };
    if next().is_some() {
        return None;
    }
    Some(Operation {
        js,
        key,
        method,
        path,
        args,
        fixed,
        reply,
        plan,
    })
}

/// The JS method name of an operationId: `droplets_list_neighborsIds` ->
/// `dropletsListNeighborsIds` (characters that cannot be in an identifier are dropped and
/// start a new word).
///
/// ```
/// assert_eq!(digitalocean_wasm::catalogue::compact::camel("oneClicks_install_kubernetes"), "oneClicksInstallKubernetes");
/// ```
pub fn camel(key: &str) -> String {
    let mut name = String::with_capacity(key.len());
    camel_walk(key, |b| {
        name.push(char::from(b));
        true
    });
    name
}

/// Whether `js_name` is the camelCased `key`, without allocating.
fn is_camel_of(key: &str, js_name: &str) -> bool {
    let mut expected = js_name.bytes();
    camel_walk(key, |b| expected.next() == Some(b)) && expected.next().is_none()
}

/// Feeds the bytes of the camelCased `key` to `each` (all ASCII: letters, digits, `$`);
/// stops and returns `false` as soon as `each` does.
fn camel_walk(key: &str, mut each: impl FnMut(u8) -> bool) -> bool {
    let (mut upper, mut started) = (false, false);
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b == b'$' {
            let b = if upper && started {
                b.to_ascii_uppercase()
            } else {
                b
            };
            (upper, started) = (false, true);
            if !each(b) {
                return false;
            }
        } else {
            upper = true;
        }
    }
    true
}

/// Every well-formed row of a table.
///
/// ```
/// let t = "a_x|GET|/v2/a|@|B\nb_x|DELETE|/v2/b|@|E";
/// assert_eq!(digitalocean_wasm::catalogue::compact::rows(t).count(), 2);
/// ```
pub fn rows(table: &'static str) -> impl Iterator<Item = Operation> {
    table.split('\n').filter_map(parse_line)
}

/// The lines of one JS method in `table` (the camelCased operationId, + `All` for a line
/// that walks every page), compared without allocating.
///
/// ```
/// use digitalocean_wasm::catalogue::compact::lines;
/// let t = "a_x|GET|/v2/a|@|L:a\na_x|GET|/v2/a|@|L:a|*\nb_x|DELETE|/v2/b|@|E";
/// assert_eq!(lines(t, "bX"), ["b_x|DELETE|/v2/b|@|E"]);
/// assert_eq!(lines(t, "aX"), ["a_x|GET|/v2/a|@|L:a"]);
/// assert_eq!(lines(t, "aXAll"), ["a_x|GET|/v2/a|@|L:a|*"]);
/// assert!(lines(t, "b").is_empty());
/// ```
pub fn lines(table: &'static str, js_name: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for line in table.split('\n') {
        let key = line.split('|').next().unwrap_or("");
        let named = if line.ends_with("|*") {
            js_name
                .strip_suffix("All")
                .is_some_and(|base| is_camel_of(key, base))
        } else {
            is_camel_of(key, js_name)
        };
        if named {
            found.push(line);
        }
    }
    found
}

/// Encodes a row as a line (fixed values are not encoded, nor any plan but every page).
///
/// ```
/// use digitalocean_wasm::catalogue::{compact, Method, Operation, Plan, ReplyKind};
/// let op = Operation { js: "x_get", key: "x_get", method: Method::Get, path: "/v2/x", args: "@",
///                      fixed: "", reply: ReplyKind::BareAction, plan: Plan::Single };
/// assert_eq!(compact::encode(&op), "x_get|GET|/v2/x|@|BA");
/// ```
pub fn encode(op: &Operation) -> String {
    let reply = match op.reply {
        ReplyKind::Body => "B".to_string(),
        ReplyKind::Empty => "E".to_string(),
        ReplyKind::Action => "A".to_string(),
        ReplyKind::Actions => "AS".to_string(),
        ReplyKind::LinksActions => "LA".to_string(),
        ReplyKind::BareAction => "BA".to_string(),
        ReplyKind::List(key) => format!("L:{key}"),
        ReplyKind::Document(media) => format!("D:{media}"),
    };
    let all = if op.plan == Plan::AllPages { "|*" } else { "" };
    format!(
        "{}|{}|{}|{}|{reply}{all}",
        op.key,
        op.method.as_str(),
        op.path,
        op.args
    )
}

/// The doc of a generated row: method, path and operationId, and the DO docs link when
/// the tag is known ([`tag`]).
///
/// ```
/// use digitalocean_wasm::catalogue::{compact, rows};
/// if let Some(op) = rows().find(|r| r.key == "vpcs_list") {
///     assert!(compact::doc(&op).unwrap().contains("GET /v2/vpcs"));
/// }
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn doc(op: &Operation<&str>) -> Option<String> {
    doc_in(op, super::tags::TAGS)
}

/// [`doc`] with the tag lines given: those of a `tags.rs` written but not compiled yet.
///
/// ```
/// use digitalocean_wasm::catalogue::compact::{doc_in, parse_line};
/// let op = parse_line("vpcs_list|GET|/v2/vpcs|@|L:vpcs").unwrap();
/// assert!(doc_in(&op, "vpcs|VPCs").unwrap().ends_with("#tag/VPCs/operation/vpcs_list>"));
/// assert!(!doc_in(&op, "").unwrap().contains("https:"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn doc_in(op: &Operation<&str>, tags: &str) -> Option<String> {
    if !op.args.starts_with('@') {
        return None;
    }
    let mut text = format!("`{} {}` ({}).", op.method.as_str(), op.path, op.key);
    if let (Plan::AllPages, ReplyKind::List(key)) = (op.plan, &op.reply) {
        text.push_str(&format!(
            "\nEvery page, walked (`links.pages.next`): resolves `{{ {key}: [every item], meta: {{ total }} }}`."
        ));
    }
    if let Some(tag) = tag_in(tags, op.key) {
        text.push_str(&format!(
            "\n<https://docs.digitalocean.com/reference/api/digitalocean/#tag/{}/operation/{}>",
            tag.replace(' ', "-"),
            op.key
        ));
    }
    Some(text)
}

/// The OpenAPI tag of a generated row's operationId, from the generated `tags.rs`: the tag
/// of the line naming the operationId, else that of the line naming its first `_`-separated
/// word; `None` when neither is listed.
///
/// ```
/// use digitalocean_wasm::catalogue::compact::tag;
/// if digitalocean_wasm::catalogue::rows().any(|r| r.key == "vpcs_list") {
///     assert_eq!(tag("vpcs_list"), Some("VPCs"));
/// }
/// assert_eq!(tag("no such operation"), None);
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn tag(key: &str) -> Option<&'static str> {
    tag_in(super::tags::TAGS, key)
}

/// [`tag`] in the given `name|tag` lines.
///
/// ```
/// use digitalocean_wasm::catalogue::compact::tag_in;
/// assert_eq!(tag_in("vpcs|VPCs\nvpcs_list_members|VPC Members", "vpcs_list_members"), Some("VPC Members"));
/// assert_eq!(tag_in("vpcs|VPCs", "vpcs_get"), Some("VPCs"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn tag_in<'t>(tags: &'t str, key: &str) -> Option<&'t str> {
    let listed = |name: &str| {
        tags.lines().find_map(|line| {
            line.split_once('|')
                .filter(|(named, _)| *named == name)
                .map(|(_, tag)| tag)
        })
    };
    listed(key).or_else(|| listed(key.split('_').next().unwrap_or(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reply_code_round_trips() {
        for reply in [
            "B",
            "E",
            "A",
            "AS",
            "LA",
            "BA",
            "L:things",
            "L:things|*",
            "D:text/csv",
        ] {
            let line: &'static str =
                Box::leak(format!("x_op|POST|/v2/x/{{id}}|@o|{reply}").into_boxed_str());
            let op = parse_line(line).unwrap();
            assert_eq!(encode(&op), line);
        }
    }

    #[test]
    fn find_matches_exactly_the_camel_name() {
        assert!(is_camel_of(
            "droplets_list_neighborsIds",
            "dropletsListNeighborsIds"
        ));
        assert!(!is_camel_of("a_b", "aBc"));
        assert!(!is_camel_of("a_b", "a"));
        assert!(!is_camel_of("a_b", "a_b"));
        assert!(is_camel_of("_x-y", "xY"));
        for op in rows(super::super::GENERATED) {
            let found = lines(super::super::GENERATED, &super::super::facade_name(&op));
            let found: Vec<_> = found.into_iter().filter_map(parse_line).collect();
            assert!(found.contains(&op), "{}", op.key);
        }
    }

    #[test]
    fn malformed_lines_are_skipped() {
        for bad in [
            "",
            "x_op|BREW|/v2/x|@|B",
            "x_op|GET|v2/x|@|B",
            "x_op|GET|/v2/x|@|Q",
            "x_op|GET|/v2/x|@|L:",
            "x_op|GET|/v2/x|@|B|extra",
            "x_op|GET|/v2/x|@|B|*",
            "x_op|GET|/v2/x|@|D:csv",
            "x_op|GET|/v2/x|@|D:text/csv|*",
            "x_op|GET|/v2/x|@|L:x|*|*",
            "x_op|GET|/v2/x|id:id>p.id|B",
            "|GET|/v2/x|@|B",
        ] {
            assert!(parse_line(bad).is_none(), "{bad}");
        }
    }
}
