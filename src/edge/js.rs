//! Raw bindings of the few JS globals the edge needs.
//!
//! Every import is declared with `catch`, so a JS throw becomes an `Err` and never a Rust
//! panic. Only globals are bound (`Date`, `Math`, `console`, `fetch`), never `window`: the
//! same code runs in pages, workers, workerd, Node and Deno.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Date, js_name = now)]
    fn date_now() -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Math, js_name = random)]
    fn math_random() -> Result<f64, JsValue>;

    #[wasm_bindgen(catch, js_namespace = console, js_name = debug)]
    fn console_debug(line: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = fetch)]
    fn global_fetch(url: &str, init: &web_sys::RequestInit) -> Result<Promise, JsValue>;

    /// Any object with a `toISOString` method (a `Date`).
    type IsoDate;

    #[wasm_bindgen(catch, method, js_name = toISOString)]
    fn to_iso(this: &IsoDate) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn array_is_array(value: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// The global `fetch(url, init)` (pages, workers, workerd, Node 18+, Deno); a synchronous
/// throw is an `Err`. (No `Request` object: the platform builds one itself, and building
/// it twice is most of the per-call overhead in Node.)
///
/// ```no_run
/// # fn demo(init: &web_sys::RequestInit) {
/// let promise = digitalocean_wasm::edge::js::fetch("http://127.0.0.1:1/v2/account", init);
/// # drop(promise);
/// # }
/// ```
pub fn fetch(url: &str, init: &web_sys::RequestInit) -> Result<Promise, JsValue> {
    global_fetch(url, init)
}

/// `date.toISOString()`, `None` for an Invalid Date (or anything that throws instead).
///
/// ```no_run
/// # fn demo(date: &js_sys::Date) {
/// let text = digitalocean_wasm::edge::js::iso_date(date);
/// # drop(text);
/// # }
/// ```
pub fn iso_date(date: &js_sys::Date) -> Option<String> {
    date.unchecked_ref::<IsoDate>().to_iso().ok()
}

/// `Array.isArray` that never throws (a revoked Proxy counts as not an array).
///
/// ```no_run
/// assert!(!digitalocean_wasm::edge::js::is_array(&wasm_bindgen::JsValue::NULL));
/// ```
pub fn is_array(value: &JsValue) -> bool {
    value.is_object() && array_is_array(value).unwrap_or(false)
}

/// `Object.keys` (own enumerable string keys); a throwing Proxy trap is an `Err`.
///
/// ```no_run
/// # fn demo(v: wasm_bindgen::JsValue) {
/// let keys = digitalocean_wasm::edge::js::keys(&v);
/// # drop(keys);
/// # }
/// ```
pub fn keys(value: &JsValue) -> Result<Vec<String>, JsValue> {
    let names = object_keys(value)?;
    let mut keys = Vec::new();
    for name in items(&names)? {
        if let Some(key) = name.as_string() {
            keys.push(key);
        }
    }
    Ok(keys)
}

/// The elements of an array-like through `Reflect` (a throwing getter or Proxy is an `Err`).
///
/// ```no_run
/// # fn demo(v: wasm_bindgen::JsValue) {
/// let all = digitalocean_wasm::edge::js::items(&v);
/// # drop(all);
/// # }
/// ```
pub fn items(value: &JsValue) -> Result<Vec<JsValue>, JsValue> {
    let length = Reflect::get(value, &JsValue::from_str("length"))?
        .as_f64()
        .unwrap_or(0.0);
    let length = if length > 0.0 {
        length.min(1e7) as u32
    } else {
        0
    };
    let mut items = Vec::new();
    for i in 0..length {
        items.push(Reflect::get_u32(value, i)?);
    }
    Ok(items)
}

/// `JSON.parse` of a JS string that stays on the JS side (a reply body is never copied into
/// wasm memory and back); a syntax error is an `Err`.
///
/// ```no_run
/// let value = digitalocean_wasm::edge::js::parse_json(&wasm_bindgen::JsValue::from_str("[1]"));
/// assert!(value.is_ok());
/// ```
pub fn parse_json(text: &JsValue) -> Result<JsValue, JsValue> {
    json_parse(text)
}

/// Milliseconds since the Unix epoch (`Date.now()`), or 0 if the runtime refuses.
///
/// ```no_run
/// let started = digitalocean_wasm::edge::js::now_ms();
/// assert!(started >= 0.0);
/// ```
pub fn now_ms() -> f64 {
    date_now().unwrap_or(0.0)
}

/// A random number in `[0, 1)` from `Math.random()` (0.5 if unavailable); seeds back-off jitter.
///
/// ```no_run
/// let r = digitalocean_wasm::edge::js::random();
/// assert!((0.0..1.0).contains(&r));
/// ```
pub fn random() -> f64 {
    match math_random() {
        Ok(r) if (0.0..1.0).contains(&r) => r,
        _ => 0.5,
    }
}

/// Writes one line with `console.debug`; a missing console is ignored.
///
/// ```no_run
/// digitalocean_wasm::edge::js::debug("GET /v2/account 200");
/// ```
pub fn debug(line: &str) {
    let _ = console_debug(line);
}

/// Calls a JS function with one argument and returns what it returned (a throw is an `Err`).
///
/// ```no_run
/// # use wasm_bindgen::JsValue;
/// # fn demo(f: &js_sys::Function) {
/// let _ = digitalocean_wasm::edge::js::call1(f, &JsValue::from_str("x"));
/// # }
/// ```
pub fn call1(function: &Function, arg: &JsValue) -> Result<JsValue, JsValue> {
    function.call1(&JsValue::UNDEFINED, arg)
}

/// Turns a JS value into a Promise: a thenable stays as it is, anything else resolves to itself.
///
/// ```no_run
/// let p = digitalocean_wasm::edge::js::to_promise(wasm_bindgen::JsValue::NULL);
/// # drop(p);
/// ```
pub fn to_promise(value: JsValue) -> Promise {
    Promise::resolve(&value)
}
