//! The `#[wasm_bindgen]` class `DigitalOceanCore`: constructor, the ONE dispatcher `dispatch`,
//! `request`, `waitForActions`, `startActionables` / `stopActionables` and the `rateLimit`
//! getter. The facade's `DigitalOcean` extends it with one method per catalogue row.
//!
//! Arguments are checked synchronously (a bad one is a rejected Promise); the work then runs
//! as ONE driver future per call ([`crate::edge::driver::start`]), which owns an
//! `Rc<Client>` (no `async fn(&self)` on exported classes, wasm-bindgen #1858).

use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;

use crate::catalogue::{self, Operation};
use crate::core::facts::action_id;
use crate::core::number::parse_decimal;
use crate::core::prepare::{prepare_ops, rows_of};
use crate::core::{prepare_raw, Error, Value};
use crate::edge::client::Client;
use crate::edge::driver::{start, CallOptions, Job};
use crate::edge::js;

use super::convert::to_value;
use super::error::to_js;
use super::options::{call_options, client_options};

/// The DigitalOcean API v2 client core (the facade's `DigitalOcean` extends it).
///
/// Constructor options: `endpoint` (default `https://api.digitalocean.com`; `null` reads
/// `DIGITALOCEAN_API` from the environment), `bearer` (default `DIGITALOCEAN_BEARER`),
/// `tracing` (`true` or a function), `rateLimitFrequency` (seconds between action polls,
/// default 5), `fetch` (a `fetch(request)` replacement), `signal` (an `AbortSignal` for
/// every call), `userAgent` (suffix of the `User-Agent` header), `maxRetries` (default 3),
/// `retryBaseMs` (back-off base, default 500), `pageSize` (`per_page` of page walks),
/// `requestTimeout` (ms to wait for the reply to one attempt, default 60000; polls too).
///
/// ```no_run
/// # use wasm_bindgen::JsValue;
/// use digitalocean_wasm::js::client::DigitalOceanCore;
/// let options = js_sys::JSON::parse(r#"{"endpoint": "http://127.0.0.1:8080", "bearer": "dop_v1_demo"}"#).unwrap();
/// let client = DigitalOceanCore::new(options).unwrap();
/// let rows = digitalocean_wasm::catalogue::rows_text("account");
/// let promise = client.dispatch("account".into(), rows, js_sys::Array::new());
/// # drop(promise);
/// ```
#[wasm_bindgen(js_name = DigitalOceanCore)]
#[derive(Debug)]
pub struct DigitalOceanCore {
    client: Rc<Client>,
}

#[wasm_bindgen(js_class = DigitalOceanCore)]
impl DigitalOceanCore {
    /// Builds a client; throws a `bad_argument` error for bad options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<DigitalOceanCore, JsValue> {
        let settings = client_options(&options).map_err(|e| to_js(&e))?;
        Ok(DigitalOceanCore {
            client: Rc::new(Client::new(settings)),
        })
    }

    /// The dispatcher: calls the catalogue method `name`, whose catalogue lines the facade
    /// hands as `rows` (every variant, newline-separated, in the tables' text formats; none:
    /// `name` is not a known method), with the positional `args` (the per-call options
    /// `{signal, wait, timeout, onProgress}` may be the last one). Malformed rows are a
    /// `bad_argument` rejection.
    pub fn dispatch(&self, name: String, rows: Option<String>, args: Array) -> Promise {
        let parsed = match &rows {
            Some(text) => rows_of(&name, text).map(Some),
            None => Ok(None),
        };
        let prepared = parsed.and_then(|parsed| {
            let mut views: Vec<Operation<&str>> = Vec::new();
            for row in parsed.iter().flat_map(|rows| rows.iter()) {
                views.push(row.borrowed());
            }
            let (values, options) = split_arguments(&name, &views, &args)?;
            let call = prepare_ops(&self.client.settings.config, &name, &views, &values)?;
            Ok((Job::Call(call), options))
        });
        self.start(prepared)
    }

    /// Any API path: `request("GET", "/v2/account", {query, body}, callOptions?)`.
    pub fn request(
        &self,
        method: String,
        path: String,
        parts: JsValue,
        options: JsValue,
    ) -> Promise {
        let prepared = call_options(&options).and_then(|options| {
            let (query, body) = request_parts(&parts)?;
            let config = &self.client.settings.config;
            let request = prepare_raw(config, &method, &path, query.as_ref(), body.as_ref())?;
            Ok((Job::Request(request), options))
        });
        self.start(prepared)
    }

    /// Waits for actions given as ids or action objects; resolves `{actions: [...]}`.
    #[wasm_bindgen(js_name = waitForActions)]
    pub fn wait_for_actions(&self, ids_or_actions: JsValue, options: JsValue) -> Promise {
        let prepared = call_options(&options)
            .and_then(|options| Ok((Job::Wait(action_ids(&ids_or_actions)?), options)));
        self.start(prepared)
    }

    /// Starts polling open actions (every `seconds`, default `rateLimitFrequency`).
    #[wasm_bindgen(js_name = startActionables)]
    pub fn start_actionables(&self, seconds: Option<f64>) {
        self.client.poller.start(&self.client, seconds);
    }

    /// Stops polling (a later wait starts it again); stopping a stopped timer is fine.
    #[wasm_bindgen(js_name = stopActionables)]
    pub fn stop_actionables(&self) {
        self.client.poller.stop();
    }

    /// `{limit, remaining, reset}` from the latest reply, `null` before the first.
    #[wasm_bindgen(getter = rateLimit)]
    pub fn rate_limit(&self) -> JsValue {
        let Some(info) = self.client.rate_limit() else {
            return JsValue::NULL;
        };
        let object = Object::new();
        for (key, value) in [
            ("limit", info.limit),
            ("remaining", info.remaining),
            ("reset", info.reset),
        ] {
            let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_f64(value));
        }
        object.into()
    }
}

impl DigitalOceanCore {
    /// Every exported call ends here: a bad argument is a rejected Promise (nothing sent),
    /// anything else runs as the one driver future.
    fn start(&self, prepared: Result<(Job, CallOptions), Error>) -> Promise {
        match prepared {
            Ok((job, options)) => start(self.client.clone(), job, options),
            Err(error) => Promise::reject(&to_js(&error)),
        }
    }
}

/// Splits the per-call options off the end (the catalogue's rule) and converts the rest.
/// More positional arguments than any method takes, with room for trailing `undefined`s.
const MAX_ARGUMENTS: u32 = 64;

fn split_arguments(
    name: &str,
    rows: &[Operation<&str>],
    args: &Array,
) -> Result<(Vec<Value>, CallOptions), Error> {
    // Checked before anything is read: a huge list would otherwise be copied and converted
    // element by element before the arity check could refuse it.
    if !js::is_array(args) {
        return Err(Error::bad_argument(format!(
            "{name}: the arguments must be an array"
        )));
    }
    let count = args.length();
    if count > MAX_ARGUMENTS {
        return Err(Error::bad_argument(format!(
            "{name}: {count} arguments (at most {MAX_ARGUMENTS})"
        )));
    }
    let mut values: Vec<JsValue> = js::items(args).unwrap_or_default();
    let mut options = CallOptions::default();
    if let Some(last) = values.last() {
        let position = values.len() - 1;
        let plain =
            last.is_undefined() || (last.is_object() && !last.is_function() && !js::is_array(last));
        if plain {
            let keys: Vec<String> = if last.is_object() {
                js::keys(last).map_err(|_| {
                    Error::bad_argument(format!("{name}: the last argument cannot be read"))
                })?
            } else {
                Vec::new()
            };
            let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
            if catalogue::is_call_options_of(rows, position, &key_refs) {
                options = call_options(last)?;
                values.pop();
            }
        }
    }
    let mut converted = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        converted.push(to_value(value, name, i + 1)?);
    }
    Ok((converted, options))
}

/// `{query, body}` of `request()`.
fn request_parts(parts: &JsValue) -> Result<(Option<Value>, Option<Value>), Error> {
    if parts.is_undefined() || parts.is_null() {
        return Ok((None, None));
    }
    match to_value(parts, "request: parts", 0)? {
        Value::Obj(fields) => {
            if let Some((key, _)) = fields.iter().find(|(k, _)| k != "query" && k != "body") {
                return Err(Error::bad_argument(format!(
                    "request: unknown part `{key}` (known: query, body)"
                )));
            }
            let pick = |name: &str| {
                fields
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            Ok((pick("query"), pick("body")))
        }
        other => Err(Error::bad_argument(format!(
            "request: parts must be an object {{query, body}}, not {}",
            other.type_name()
        ))),
    }
}

/// Ids from `[7, "8", {id: 9}]` (or one of them alone).
fn action_ids(value: &JsValue) -> Result<Vec<u64>, Error> {
    let items: Vec<JsValue> = if js::is_array(value) {
        js::items(value)
            .map_err(|_| Error::bad_argument("waitForActions: the ids cannot be read"))?
    } else {
        vec![value.clone()]
    };
    let mut ids = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let raw = if item.is_object() {
            Reflect::get(item, &JsValue::from_str("id")).unwrap_or(JsValue::UNDEFINED)
        } else {
            item.clone()
        };
        let id = raw
            .as_f64()
            .or_else(|| raw.as_string().and_then(|s| parse_decimal(s.trim())))
            .and_then(action_id)
            .ok_or_else(|| {
                Error::bad_argument(format!(
                    "waitForActions: item {} must be an action id or an action object",
                    i + 1
                ))
            })?;
        ids.push(id);
    }
    Ok(ids)
}
