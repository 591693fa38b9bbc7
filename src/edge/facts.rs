//! Reply body (a JS value from `JSON.parse`) -> the core's [`BodyFacts`], without converting
//! the whole body: a small skeleton [`Value`] holds only what the core reads (error id and
//! message, actions, list items' id/name/region, `links`, `meta.total`).

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::catalogue::ReplyKind;
use crate::core::{BodyFacts, Value};

use super::js;

/// Fields kept from an action or a list item.
const ENTRY_KEYS: [&str; 5] = ["id", "name", "region", "status", "type"];

/// The facts the core classifies, read from a parsed body with HTTP `status`. A success
/// body of a plain result (`Body`, `Empty`) holds nothing the core reads, so it is not
/// walked: only error bodies, action replies and list pages are (each field read crosses
/// from wasm to JS, and a list page has up to 200 items).
///
/// ```no_run
/// use digitalocean_wasm::catalogue::ReplyKind;
/// # fn demo(body: wasm_bindgen::JsValue) {
/// let facts = digitalocean_wasm::edge::facts::body_facts(&body, ReplyKind::Action, 200);
/// # drop(facts);
/// # }
/// ```
pub fn body_facts(body: &JsValue, reply: ReplyKind<&str>, status: u16) -> BodyFacts {
    let plain = matches!(
        reply,
        ReplyKind::Body | ReplyKind::Empty | ReplyKind::Document(_)
    );
    if plain && (200..300).contains(&status) {
        return BodyFacts::from_value(&Value::Null, reply);
    }
    BodyFacts::from_value(&skeleton(body, reply), reply)
}

/// The skeleton of a body for `reply` (public for tests and the poller).
///
/// ```no_run
/// use digitalocean_wasm::catalogue::ReplyKind;
/// # fn demo(body: wasm_bindgen::JsValue) {
/// let small = digitalocean_wasm::edge::facts::skeleton(&body, ReplyKind::List("droplets"));
/// # drop(small);
/// # }
/// ```
pub fn skeleton(body: &JsValue, reply: ReplyKind<&str>) -> Value {
    if !body.is_object() || js::is_array(body) {
        return Value::Null;
    }
    // The body itself is an action only for a bare action reply; else only its id, status
    // and type are read (an error body's `id`).
    let own_keys: &[&str] = if reply == ReplyKind::BareAction {
        &ENTRY_KEYS
    } else {
        &["id", "status", "type"]
    };
    let mut fields = match entry(body, own_keys) {
        Value::Obj(fields) => fields,
        _ => Vec::new(),
    };
    // An error body's `message` and `request_id` (the latter used when no `x-request-id`
    // header came).
    for key in ["message", "request_id"] {
        if let Some(text) = get(body, key).as_string() {
            fields.push((key.into(), Value::Str(text)));
        }
    }
    let mut keep = |key: &str| {
        let value = get(body, key);
        if !value.is_undefined() {
            fields.push((key.to_string(), entries(&value)));
        }
    };
    match reply {
        ReplyKind::Action => keep("action"),
        ReplyKind::Actions => keep("actions"),
        ReplyKind::LinksActions => {
            keep("droplet");
            keep("droplets");
        }
        ReplyKind::List(key) => keep(key),
        ReplyKind::Body | ReplyKind::Empty | ReplyKind::BareAction | ReplyKind::Document(_) => {}
    }
    let links = get(body, "links");
    if links.is_object() {
        let mut link_fields = Vec::new();
        let next = get(&get(&links, "pages"), "next");
        if let Some(next) = next.as_string() {
            link_fields.push((
                "pages".to_string(),
                Value::Obj(vec![("next".into(), Value::Str(next))]),
            ));
        }
        let actions = get(&links, "actions");
        if js::is_array(&actions) {
            link_fields.push(("actions".into(), entries(&actions)));
        }
        fields.push(("links".into(), Value::Obj(link_fields)));
    }
    if let Some(total) = get(&get(body, "meta"), "total").as_f64() {
        fields.push((
            "meta".into(),
            Value::Obj(vec![("total".into(), Value::Num(total))]),
        ));
    }
    Value::Obj(fields)
}

/// An object reduced to [`ENTRY_KEYS`], or an array of such objects.
fn entries(value: &JsValue) -> Value {
    if js::is_array(value) {
        let mut items = Vec::new();
        for item in value.unchecked_ref::<Array>().iter() {
            items.push(entry(&item, &ENTRY_KEYS));
        }
        Value::Arr(items)
    } else {
        entry(value, &ENTRY_KEYS)
    }
}

/// An object reduced to `keys` (a subset of [`ENTRY_KEYS`], in its order).
fn entry(value: &JsValue, keys: &[&str]) -> Value {
    if !value.is_object() {
        return Value::Null;
    }
    let mut fields = Vec::new();
    for &key in keys {
        let field = get(value, key);
        let kept = if let Some(s) = field.as_string() {
            Value::Str(s)
        } else if let Some(n) = field.as_f64() {
            Value::Num(n)
        } else if key == "region" && field.is_object() {
            match get(&field, "slug").as_string() {
                Some(slug) => Value::Obj(vec![("slug".into(), Value::Str(slug))]),
                None => continue,
            }
        } else {
            continue;
        };
        fields.push((key.to_string(), kept));
    }
    Value::Obj(fields)
}

/// `Reflect.get`, `undefined` on anything odd (never throws, never panics).
pub(crate) fn get(target: &JsValue, key: &str) -> JsValue {
    if !target.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}
