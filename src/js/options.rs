//! JS options objects -> Rust settings: the constructor's options and the per-call
//! `{signal, wait, timeout, onProgress}`. Read with `js_sys::Reflect` (smaller than
//! serde-wasm-bindgen); unknown keys and wrong types are `bad_argument` errors.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use crate::core::prepare::DEFAULT_ENDPOINT;
use crate::core::{Config, Error, RetryPolicy};
use crate::edge::client::{Settings, DEFAULT_ATTEMPT_TIMEOUT_MS};
use crate::edge::driver::CallOptions;
use crate::edge::js;
use crate::edge::trace::Tracing;

const CLIENT_KEYS: &[&str] = &[
    "endpoint",
    "bearer",
    "tracing",
    "rateLimitFrequency",
    "fetch",
    "signal",
    "userAgent",
    "maxRetries",
    "retryBaseMs",
    "pageSize",
    "requestTimeout",
];
const CALL_KEYS: &[&str] = &["signal", "wait", "timeout", "onProgress"];

/// Reads the constructor options (`undefined`/`null` means all defaults).
///
/// ```no_run
/// # fn demo(options: wasm_bindgen::JsValue) {
/// let parsed = digitalocean_wasm::js::options::client_options(&options);
/// # drop(parsed);
/// # }
/// ```
pub fn client_options(options: &JsValue) -> Result<Settings, Error> {
    let obj = Fields(as_options(options, CLIENT_KEYS, "options")?);
    let get = |key: &str| obj.get(key);
    let endpoint_raw = get("endpoint")?;
    let endpoint = if endpoint_raw.is_undefined() {
        DEFAULT_ENDPOINT.to_string()
    } else if endpoint_raw.is_null() {
        env_var("DIGITALOCEAN_API").ok_or_else(|| {
            Error::bad_argument("endpoint: null needs the environment variable DIGITALOCEAN_API")
        })?
    } else {
        endpoint_raw
            .as_string()
            .ok_or_else(|| Error::bad_argument("endpoint: expected a string URL"))?
    };
    let bearer_raw = get("bearer")?;
    // Omitted: the environment; `null`: explicitly no token (refused with the official endpoint).
    let bearer = if bearer_raw.is_undefined() {
        env_var("DIGITALOCEAN_BEARER")
    } else if bearer_raw.is_null() {
        None
    } else {
        Some(
            bearer_raw
                .as_string()
                .ok_or_else(|| Error::bad_argument("bearer: expected a string"))?,
        )
    };
    let bearer = bearer.filter(|b| !b.is_empty());
    if let Some(token) = &bearer {
        header_safe(token, "bearer")?;
    }
    let tracing_raw = get("tracing")?;
    let tracing = if let Some(f) = tracing_raw.dyn_ref::<Function>() {
        Tracing::Callback(f.clone())
    } else {
        match optional_bool(&tracing_raw, "tracing")? {
            Some(true) => Tracing::Console,
            _ => Tracing::Off,
        }
    };
    let poll_seconds = obj.positive("rateLimitFrequency")?.unwrap_or(5.0);
    let user_agent = obj.string("userAgent")?;
    if let Some(agent) = &user_agent {
        header_safe(agent, "userAgent")?;
    }
    let max_retries = obj.non_negative("maxRetries")?.map(|n| n.min(20.0) as u32);
    let retry_base_ms = obj.non_negative("retryBaseMs")?.unwrap_or(500.0);
    let page_size = match obj.positive("pageSize")? {
        Some(n) if n.fract() == 0.0 && n <= 200.0 => Some(n as u32),
        Some(_) => return Err(Error::bad_argument("pageSize: an integer from 1 to 200")),
        None => None,
    };
    let attempt_timeout_ms = obj
        .positive("requestTimeout")?
        .unwrap_or(DEFAULT_ATTEMPT_TIMEOUT_MS);
    let mut config = Config::new(Some(&endpoint), bearer)?;
    if config.bearer.is_none() && config.endpoint == DEFAULT_ENDPOINT {
        return Err(Error::bad_argument(
            "bearer: required with the official endpoint (option or DIGITALOCEAN_BEARER)",
        ));
    }
    config.page_size = page_size;
    config.user_agent = user_agent
        .map(|suffix| format!("digitalocean-wasm/{} {suffix}", env!("CARGO_PKG_VERSION")));
    // `maxRetries` bounds both kinds of retry; without it 5xx/network errors get 3 retries
    // and 429s the core's default.
    let defaults = RetryPolicy::default();
    let policy = RetryPolicy {
        max_attempts: max_retries.unwrap_or(3) + 1,
        max_rate_limited_attempts: max_retries
            .map_or(defaults.max_rate_limited_attempts, |n| n + 1),
        base_ms: retry_base_ms,
        ..defaults
    };
    Ok(Settings {
        config,
        fetch: obj.function("fetch")?,
        signal: obj.signal("signal")?,
        tracing,
        policy,
        poll_seconds,
        attempt_timeout_ms,
    })
}

/// Reads a per-call options object (`undefined` means defaults: wait, no timeout).
///
/// ```no_run
/// # fn demo(options: wasm_bindgen::JsValue) {
/// let parsed = digitalocean_wasm::js::options::call_options(&options);
/// # drop(parsed);
/// # }
/// ```
pub fn call_options(options: &JsValue) -> Result<CallOptions, Error> {
    let obj = Fields(as_options(options, CALL_KEYS, "call options")?);
    if obj.0.is_none() {
        return Ok(CallOptions::default());
    }
    Ok(CallOptions {
        signal: obj.signal("signal")?,
        wait: optional_bool(&obj.get("wait")?, "wait")?.unwrap_or(true),
        timeout_ms: obj.non_negative("timeout")?,
        on_progress: obj.function("onProgress")?,
    })
}

fn as_options(value: &JsValue, allowed: &[&str], what: &str) -> Result<Option<Object>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let obj = value
        .dyn_ref::<Object>()
        .filter(|_| !value.is_function() && !js::is_array(value))
        .ok_or_else(|| Error::bad_argument(format!("{what}: expected an object")))?;
    let keys =
        js::keys(value).map_err(|_| Error::bad_argument(format!("{what}: cannot be read")))?;
    for key in keys {
        if !allowed.contains(&key.as_str()) {
            let mut message = format!("{what}: unknown option `{key}` (known:");
            for known in allowed {
                message.push(' ');
                message.push_str(known);
            }
            message.push(')');
            return Err(Error::bad_argument(message));
        }
    }
    Ok(Some(obj.clone()))
}

/// An options object being read (`None`: every option takes its default).
struct Fields(Option<Object>);

impl Fields {
    fn get(&self, key: &str) -> Result<JsValue, Error> {
        self.0
            .as_ref()
            .map_or(Ok(JsValue::UNDEFINED), |obj| field(obj, key))
    }

    fn non_negative(&self, key: &str) -> Result<Option<f64>, Error> {
        non_negative(&self.get(key)?, key)
    }

    fn positive(&self, key: &str) -> Result<Option<f64>, Error> {
        positive(&self.get(key)?, key)
    }

    fn string(&self, key: &str) -> Result<Option<String>, Error> {
        optional_string(&self.get(key)?, key)
    }

    fn function(&self, key: &str) -> Result<Option<Function>, Error> {
        optional_function(&self.get(key)?, key)
    }

    fn signal(&self, key: &str) -> Result<Option<AbortSignal>, Error> {
        optional_signal(&self.get(key)?, key)
    }
}

fn field(obj: &Object, key: &str) -> Result<JsValue, Error> {
    Reflect::get(obj, &JsValue::from_str(key))
        .map_err(|_| Error::bad_argument(format!("{key}: cannot be read")))
}

/// `None` for `undefined`/`null`, `Some(read(value))` when `read` accepts it, else a
/// `bad_argument` saying what was `expected`.
fn optional<T>(
    value: &JsValue,
    key: &str,
    expected: &str,
    read: impl FnOnce(&JsValue) -> Option<T>,
) -> Result<Option<T>, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    read(value)
        .map(Some)
        .ok_or_else(|| Error::bad_argument(format!("{key}: expected {expected}")))
}

fn optional_string(value: &JsValue, key: &str) -> Result<Option<String>, Error> {
    optional(value, key, "a string", JsValue::as_string)
}

fn optional_bool(value: &JsValue, key: &str) -> Result<Option<bool>, Error> {
    optional(value, key, "true or false", JsValue::as_bool)
}

fn optional_function(value: &JsValue, key: &str) -> Result<Option<Function>, Error> {
    optional(value, key, "a function", |v| {
        v.dyn_ref::<Function>().cloned()
    })
}

fn optional_signal(value: &JsValue, key: &str) -> Result<Option<AbortSignal>, Error> {
    let has = |name: &str, test: fn(&JsValue) -> bool| {
        Reflect::get(value, &JsValue::from_str(name)).is_ok_and(|v| test(&v))
    };
    optional(value, key, "an AbortSignal", |v| {
        let is_signal = v.is_object()
            && has("aborted", |a| a.as_bool().is_some())
            && has("addEventListener", JsValue::is_function);
        is_signal.then(|| v.clone().unchecked_into())
    })
}

fn non_negative(value: &JsValue, key: &str) -> Result<Option<f64>, Error> {
    let number = optional(value, key, "a number >= 0", JsValue::as_f64)?;
    match number {
        Some(n) if !(n.is_finite() && n >= 0.0) => Err(Error::bad_argument(format!(
            "{key}: expected a number >= 0"
        ))),
        other => Ok(other),
    }
}

fn positive(value: &JsValue, key: &str) -> Result<Option<f64>, Error> {
    match non_negative(value, key)? {
        Some(n) if n <= 0.0 => Err(Error::bad_argument(format!("{key}: expected a number > 0"))),
        other => Ok(other),
    }
}

fn header_safe(value: &str, key: &str) -> Result<(), Error> {
    if value
        .chars()
        .all(|c| c == ' ' || c == '\t' || c.is_ascii_graphic())
    {
        Ok(())
    } else {
        Err(Error::bad_argument(format!(
            "{key}: only printable ASCII is allowed"
        )))
    }
}

/// Reads an environment variable where the runtime has one (`process.env` in Node,
/// `Deno.env.get` in Deno); `None` elsewhere or when access is refused.
///
/// ```no_run
/// let api = digitalocean_wasm::js::options::env_var("DIGITALOCEAN_API");
/// # drop(api);
/// ```
pub fn env_var(name: &str) -> Option<String> {
    let global = js_sys::global();
    let key = JsValue::from_str(name);
    let from_process = object_at(&global, "process")
        .and_then(|p| object_at(&p, "env"))
        .and_then(|env| Reflect::get(&env, &key).ok())
        .and_then(|v| v.as_string());
    from_process.or_else(|| {
        let env = object_at(&global, "Deno").and_then(|d| object_at(&d, "env"))?;
        let get = Reflect::get(&env, &JsValue::from_str("get"))
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        get.call1(&env, &key).ok()?.as_string()
    })
}

/// `value[key]` when it can be read and is an object.
fn object_at(value: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(JsValue::is_object)
}
