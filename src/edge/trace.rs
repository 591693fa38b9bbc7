//! Tracing: one core [`TraceEvent`] per attempt, written as a `console.debug` line
//! (`tracing: true`) or handed to the user's function as a plain object
//! `{method, url, status, ms, attempt, requestId, rateLimitRemaining, error}`.
//! Events never hold the token: it travels only in the `Authorization` header.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::core::TraceEvent;

use super::js;

/// Where trace events go.
#[derive(Debug, Clone, Default)]
pub enum Tracing {
    /// Nowhere (default).
    #[default]
    Off,
    /// One `console.debug` line per attempt.
    Console,
    /// One structured event per attempt, passed to this function (its throws are ignored).
    Callback(Function),
}

impl Tracing {
    /// Emits one event (does nothing when tracing is off).
    ///
    /// ```no_run
    /// use digitalocean_wasm::edge::trace::Tracing;
    /// # fn demo(event: &digitalocean_wasm::core::TraceEvent) {
    /// Tracing::Console.emit(event);
    /// # }
    /// ```
    pub fn emit(&self, event: &TraceEvent) {
        match self {
            Tracing::Off => {}
            Tracing::Console => js::debug(&format!("digitalocean-wasm: {}", event.line())),
            Tracing::Callback(function) => {
                let _ = js::call1(function, &to_object(event));
            }
        }
    }

    /// Whether events are wanted at all (saves building them).
    pub fn is_on(&self) -> bool {
        !matches!(self, Tracing::Off)
    }
}

fn to_object(event: &TraceEvent) -> JsValue {
    let object = Object::new();
    let put = |key: &str, value: JsValue| {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &value);
    };
    let text = |s: &Option<String>| s.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    put("method", event.method.into());
    put("url", event.url.as_str().into());
    put("status", event.status.into());
    put("ms", event.ms.into());
    put("attempt", event.attempt.into());
    put("requestId", text(&event.request_id));
    put(
        "rateLimitRemaining",
        event
            .rate_limit_remaining
            .map_or(JsValue::NULL, JsValue::from_f64),
    );
    put("error", text(&event.error));
    put("operation", JsValue::from_str(&event.key));
    object.into()
}
