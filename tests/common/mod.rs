//! Shared helpers of the wasm-bindgen client tests: where do-sim is (`DO_SIM_URL`, read at
//! compile time as gloo-net's tests do), a fresh client per test, argument and result helpers.
#![allow(dead_code)]

pub mod hostile_rows;

use digitalocean_wasm::catalogue::rows_text;
use digitalocean_wasm::js::client::DigitalOceanCore;
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Base URL of the simulator started by tests/wasm.sh.
pub const SIM_URL: &str = match option_env!("DO_SIM_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:8080",
};

/// The simulator's demo token (do-sim runs with --any-token in the tests).
pub const TOKEN: &str = "dop_v1_test_token_0123456789";

/// Parses JSON into a JS value (test data only).
pub fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|_| panic!("bad test JSON: {json}"))
}

/// Client options for the simulator with a fast poll interval, merged with `extra` (a JSON object).
pub fn options(extra: &str) -> JsValue {
    let base = js(&format!(
        r#"{{"endpoint": "{SIM_URL}", "bearer": "{TOKEN}", "rateLimitFrequency": 0.05, "retryBaseMs": 5}}"#
    ));
    let extra = js(extra);
    Object::assign(
        base.unchecked_ref::<Object>(),
        extra.unchecked_ref::<Object>(),
    )
    .into()
}

/// A client for the simulator (fast polling), without resetting the simulator.
pub fn client_with(extra: &str) -> DigitalOceanCore {
    DigitalOceanCore::new(options(extra)).expect("client options")
}

/// A fresh client after `metaReset`.
pub async fn fresh() -> DigitalOceanCore {
    let client = client_with("{}");
    call(&client, "metaReset", &[]).await.expect("metaReset");
    client
}

/// Calls `name` with positional `args` through the dispatcher, handing it the method's
/// rows from the native tables as the facade does from its own copy.
pub async fn call(
    client: &DigitalOceanCore,
    name: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let array: Array = args.iter().collect();
    JsFuture::from(dispatch(client, name, array)).await
}

/// `client.dispatch(name, rows of name, args)`: the Promise, not awaited.
pub fn dispatch(client: &DigitalOceanCore, name: &str, args: Array) -> js_sys::Promise {
    client.dispatch(name.to_string(), rows_text(name), args)
}

/// Calls `name` with JSON arguments, e.g. `callj(&c, "droplet", &[r#"{"id": 1}"#])`.
pub async fn callj(
    client: &DigitalOceanCore,
    name: &str,
    args: &[&str],
) -> Result<JsValue, JsValue> {
    let values: Vec<JsValue> = args.iter().map(|a| js(a)).collect();
    call(client, name, &values).await
}

/// Reads a dotted path (`droplet.networks.v4.0.ip_address`); `undefined` when absent.
pub fn at(value: &JsValue, path: &str) -> JsValue {
    let mut current = value.clone();
    for key in path.split('.').filter(|k| !k.is_empty()) {
        if current.is_undefined() || current.is_null() {
            return JsValue::UNDEFINED;
        }
        current = match key.parse::<u32>() {
            Ok(i) if Array::is_array(&current) => {
                Reflect::get_u32(&current, i).unwrap_or(JsValue::UNDEFINED)
            }
            _ => Reflect::get(&current, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
        };
    }
    current
}

/// A string at `path` (panics with the JSON when absent).
pub fn text(value: &JsValue, path: &str) -> String {
    at(value, path)
        .as_string()
        .unwrap_or_else(|| panic!("no string at {path} in {}", show(value)))
}

/// A number at `path` (panics with the JSON when absent).
pub fn num(value: &JsValue, path: &str) -> f64 {
    at(value, path)
        .as_f64()
        .unwrap_or_else(|| panic!("no number at {path} in {}", show(value)))
}

/// Length of the array at `path`.
pub fn len(value: &JsValue, path: &str) -> u32 {
    let v = at(value, path);
    assert!(Array::is_array(&v), "no array at {path} in {}", show(value));
    Array::from(&v).length()
}

/// JSON text of a value, for assertion messages.
pub fn show(value: &JsValue) -> String {
    if value.is_instance_of::<js_sys::Error>() {
        let e: &js_sys::Error = value.unchecked_ref();
        let fields = JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        return format!(
            "{}: {} {}",
            String::from(e.name()),
            String::from(e.message()),
            fields
        );
    }
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Asserts a rejection carries `status` and `id`; returns the error for more checks.
pub fn expect_error(result: Result<JsValue, JsValue>, status: u16, id: &str) -> JsValue {
    let error = match result {
        Ok(v) => panic!("expected {status} {id}, got {}", show(&v)),
        Err(e) => e,
    };
    assert_eq!(
        num(&error, "status") as u16,
        status,
        "status of {}",
        show(&error)
    );
    assert_eq!(text(&error, "id"), id, "id of {}", show(&error));
    error
}

/// `metaStatistics().requests.by_route[route]` (0 when absent).
pub async fn route_count(client: &DigitalOceanCore, route: &str) -> f64 {
    let stats = call(client, "metaStatistics", &[])
        .await
        .expect("metaStatistics");
    at(&stats, &format!("requests.by_route.{route}"))
        .as_f64()
        .unwrap_or(0.0)
}

/// Sets fault injection on the simulator (JSON body of `PUT /meta/faults`).
pub async fn faults(client: &DigitalOceanCore, body: &str) {
    callj(client, "metaFaults", &[body])
        .await
        .expect("metaFaults");
}

/// A [`fresh`] client after setting fault injection on the simulator ([`faults`]).
pub async fn fresh_with_faults(body: &str) -> DigitalOceanCore {
    let client = fresh().await;
    faults(&client, body).await;
    client
}

/// A JS function that pushes its argument onto the returned array.
pub fn recorder() -> (Function, Array) {
    let seen = Array::new();
    let sink = seen.clone();
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
        sink.push(&v);
    });
    let function: Function = closure.as_ref().unchecked_ref::<Function>().clone();
    closure.forget();
    (function, seen)
}

/// Creates a droplet and waits for it; returns its id.
pub async fn droplet(client: &DigitalOceanCore, name: &str) -> f64 {
    let created = callj(
        client,
        "createDroplet",
        &[&format!(r#"{{"name": "{name}", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}}"#)],
    )
    .await
    .expect("createDroplet");
    num(&created, "droplet.id")
}

/// Creates one droplet per name, each tagged `tag`, and waits for them.
pub async fn tagged_droplets(client: &DigitalOceanCore, tag: &str, names: &[&str]) {
    for name in names {
        let spec = format!(
            r#"{{"name": "{name}", "tags": ["{tag}"], "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}}"#
        );
        callj(client, "createDroplet", &[&spec])
            .await
            .expect("tagged createDroplet");
    }
}

/// A JSON object plus a JS value under `key`.
pub fn with(json: &str, key: &str, value: &JsValue) -> JsValue {
    set_key(js(json), key, value)
}

/// Sets `key` on `target` (any JS object) and returns it.
pub fn set_key(target: JsValue, key: &str, value: &JsValue) -> JsValue {
    let _ = Reflect::set(&target, &JsValue::from_str(key), value);
    target
}

/// A `fetch` replacement written in JS: `body` is the body of `async (req) => {...}` and may
/// use `url` (a `URL`), `state` (`{n, log: [{method, path, t}], t0}`; also `fetch.state`) and
/// `reply(status, json, headers?)` (a JSON `Response`).
pub fn mock_fetch(body: &str) -> Function {
    let source = format!(
        "const state = {{ n: 0, log: [], t0: Date.now() }};
         const reply = (status, json, headers) => new Response(
           json === undefined ? null : JSON.stringify(json),
           {{ status, headers: Object.assign({{ 'content-type': 'application/json' }}, headers || {{}}) }});
         const f = async (req) => {{
           const url = new URL(req.url);
           state.n++;
           state.log.push({{ method: req.method, path: url.pathname + url.search, t: Date.now() - state.t0 }});
           {body}
         }};
         f.state = state;
         return f;"
    );
    Function::new_no_args(&source)
        .call0(&JsValue::NULL)
        .expect("mock fetch source")
        .unchecked_into()
}

/// A client whose requests go to `fetch` (endpoint `http://mock.test`), merged with `extra`.
pub fn mock_client(fetch: &Function, extra: &str) -> DigitalOceanCore {
    let options = options(extra);
    set_key(
        options.clone(),
        "endpoint",
        &JsValue::from_str("http://mock.test"),
    );
    set_key(options.clone(), "fetch", fetch);
    DigitalOceanCore::new(options).expect("mock client options")
}

/// How many requests a [`mock_fetch`] received.
pub fn mock_count(fetch: &Function) -> f64 {
    num(fetch, "state.n")
}

/// Evaluates a JS expression (test data such as Proxies and odd Errors).
pub fn eval(expression: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expression});"))
        .call0(&JsValue::NULL)
        .expect("test expression")
}
