//! One HTTP exchange: a finished request (URL built by the core) goes out through the global
//! `fetch` (a direct binding: gloo-net's `send` future cost more code than the whole exchange
//! needs) or the user's `fetch` function; the reply comes back as status, the
//! headers the client reads, the body text and the body parsed by the platform's `JSON.parse`
//! (a document reply's 2xx body instead: its text, or its bytes for a type that is not text).

use js_sys::{Function, JsString, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Headers, RequestInit};

use crate::catalogue::{is_textual, ReplyKind};
use crate::core::{HeaderFacts, Prepared};

use super::facts::get;
use super::js;
use super::scope::{CallScope, Stop, Waited};
use super::timer::sleep;

/// What came back.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// HTTP status.
    pub status: u16,
    /// The headers the client reads.
    pub headers: HeaderFacts,
    /// `Some(value)` for a JSON body (or a document's string or `Uint8Array`), `None` for an
    /// empty one.
    pub body: Option<JsValue>,
    /// The body was not empty and not JSON.
    pub malformed: bool,
}

/// Why no reply came back.
#[derive(Debug, Clone)]
pub enum SendFailure {
    /// The network failed, no reply came within the attempt's time limit, or the custom
    /// `fetch` threw; holds a token-free message.
    Network(String),
    /// The platform refused to build the request (a header value, a body on GET…): not
    /// retried, rejected as `bad_argument`.
    Build(String),
    /// The call was aborted or timed out.
    Stopped(Stop),
}

/// Sends `out` and reads the whole reply; no reply within `limit_ms` is a `Network` failure
/// (the fetch is left to the platform, its reply is dropped).
///
/// ```no_run
/// use digitalocean_wasm::core::{prepare, Config};
/// use digitalocean_wasm::edge::{fetch::send, scope::CallScope};
/// # async fn demo() {
/// let cfg = Config::new(Some("http://127.0.0.1:8080"), Some("dop_v1_demo".into())).unwrap();
/// let call = prepare(&cfg, "account", &[]).unwrap();
/// let reply = send(&call.request, None, &CallScope::new(&[], None), 60_000.0).await;
/// # drop(reply);
/// # }
/// ```
pub async fn send(
    out: &Prepared,
    custom: Option<&Function>,
    scope: &CallScope,
    limit_ms: f64,
) -> Result<Incoming, SendFailure> {
    let init = build(out, scope)?;
    // The user's `fetch` gets a `Request`; the global one the URL and the init.
    let fetched = match custom {
        Some(function) => {
            let request = web_sys::Request::new_with_str_and_init(&out.url, &init)
                .map_err(|e| SendFailure::Build(describe(&e)))?;
            js::call1(function, &request).map(js::to_promise)
        }
        None => js::fetch(&out.url, &init),
    }
    .map_err(|e| SendFailure::Network(describe(&e)))?;
    // One timer bounds the whole attempt (reply and body).
    let mut deadline = sleep(limit_ms);
    let response = settled(scope.wait_js(Some(fetched), &mut deadline).await)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| {
            SendFailure::Network("the fetch option did not resolve to a Response".into())
        })?;
    // Read through `Reflect`: a custom fetch may resolve to a Response subclass whose
    // getters throw.
    let status = get(&response, "status").as_f64().unwrap_or(0.0) as u16;
    let header_object = get(&response, "headers")
        .dyn_into::<web_sys::Headers>()
        .ok();
    let headers = header_object
        .as_ref()
        .map_or_else(HeaderFacts::default, read_headers);
    // A document's 2xx body is the result itself: text, or bytes for a type that is not text
    // (the reply's Content-Type, else the type asked for). Error bodies are JSON as always.
    if let ReplyKind::Document(asked) = &out.reply {
        if (200..300).contains(&status) {
            let media = header_object
                .and_then(|h| h.get("content-type").ok().flatten())
                .unwrap_or_else(|| asked.clone());
            let textual = is_textual(&media);
            let read = if textual {
                response.text()
            } else {
                response.array_buffer()
            }
            .map_err(|e| SendFailure::Network(describe(&e)))?;
            let value = settled(scope.wait_js(Some(read), &mut deadline).await)?;
            let body = if textual {
                value
            } else {
                Uint8Array::new(&value).into()
            };
            return Ok(Incoming {
                status,
                headers,
                body: Some(body),
                malformed: false,
            });
        }
    }
    let text = response
        .text()
        .map_err(|e| SendFailure::Network(describe(&e)))?;
    // The body text stays a JS string: only its emptiness is checked from here.
    let text: JsString = settled(scope.wait_js(Some(text), &mut deadline).await)?
        .dyn_into()
        .unwrap_or_else(|_| JsString::from(""));
    let (body, malformed) = if text.trim().length() == 0 {
        (None, false)
    } else {
        match js::parse_json(&text) {
            Ok(value) => (Some(value), false),
            Err(_) => (None, true),
        }
    };
    Ok(Incoming {
        status,
        headers,
        body,
        malformed,
    })
}

/// A settled fetch step as a result.
fn settled(waited: Waited) -> Result<JsValue, SendFailure> {
    match waited {
        Waited::Settled(Ok(value)) => Ok(value),
        Waited::Settled(Err(e)) => Err(SendFailure::Network(describe(&e))),
        Waited::Elapsed => Err(SendFailure::Network(
            "no reply within the request timeout".into(),
        )),
        Waited::Stopped(stop) => Err(SendFailure::Stopped(stop)),
    }
}

/// Builds the request's init; header values the platform refuses are an `Err`, not a throw.
#[inline(never)]
fn build(out: &Prepared, scope: &CallScope) -> Result<RequestInit, SendFailure> {
    let refused =
        |e: JsValue| SendFailure::Build(format!("cannot build the request: {}", describe(&e)));
    let init = RequestInit::new();
    init.set_method(out.method.as_str());
    let headers = Headers::new().map_err(refused)?;
    for (name, value) in &out.headers {
        headers.set(name, value).map_err(refused)?;
    }
    init.set_headers(&headers);
    if let Some(text) = &out.body {
        init.set_body(&JsValue::from_str(text));
    }
    if let Some(signal) = scope.signal() {
        init.set_signal(Some(&signal));
    }
    // The API never redirects: a redirect is not followed (so the token goes nowhere else)
    // and its reply (a 3xx, or an opaque redirect with status 0 in browsers) fails the call.
    // "manual", not "error": workerd refuses "error".
    let _ = js_sys::Reflect::set(&init, &"redirect".into(), &"manual".into());
    Ok(init)
}

#[inline(never)]
fn read_headers(headers: &web_sys::Headers) -> HeaderFacts {
    let names = [
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "retry-after",
        "x-request-id",
    ];
    let mut found: Vec<(&str, String)> = Vec::new();
    for name in names {
        if let Some(value) = headers.get(name).ok().flatten() {
            found.push((name, value));
        }
    }
    HeaderFacts::from_pairs(found.iter().map(|(k, v)| (*k, v.as_str())))
}

/// A short, token-free description of a JS error value (its `name: message`, or its string form).
///
/// ```no_run
/// let text = digitalocean_wasm::edge::fetch::describe(&wasm_bindgen::JsValue::from_str("boom"));
/// assert_eq!(text, "boom");
/// ```
pub fn describe(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return text;
    }
    // Read with `Reflect.get` and `as_string`: a non-string or throwing `name`/`message`
    // (a custom fetch may reject with anything) is skipped, never thrown.
    let text = |value: &JsValue, key: &str| get(value, key).as_string().unwrap_or_default();
    let name = text(error, "name");
    let message = text(error, "message");
    let cause = text(&get(error, "cause"), "message");
    let mut out = name;
    if !message.is_empty() {
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&message);
    }
    if !cause.is_empty() {
        out.push_str(" (");
        out.push_str(&cause);
        out.push(')');
    }
    if out.is_empty() {
        out.push_str("unknown error");
    }
    out
}
