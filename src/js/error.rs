//! Rejections: the fields of a failed call become a `DigitalOceanError` through the factory
//! the facade registers with `setErrorFactory`, or, without one (wasm-bindgen tests), a plain
//! `Error` with the same `name` and fields. An abort rejects with `signal.reason` untouched.

use std::cell::RefCell;

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::core::{Error, ErrorKind};

thread_local! {
    static FACTORY: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers `(fields) => error`, called for every rejection (the facade passes
/// `(fields) => new DigitalOceanError(fields)`); a non-function unregisters it.
///
/// ```no_run
/// # fn demo(factory: js_sys::Function) {
/// digitalocean_wasm::js::error::set_error_factory(factory.into());
/// # }
/// ```
#[wasm_bindgen(js_name = setErrorFactory)]
pub fn set_error_factory(factory: JsValue) {
    let function = factory.dyn_into::<Function>().ok();
    FACTORY.with(|slot| *slot.borrow_mut() = function);
}

/// The JS error name of a core error: `TimeoutError` for timeouts, else `DigitalOceanError`.
///
/// ```
/// use digitalocean_wasm::core::Error;
/// assert_eq!(digitalocean_wasm::js::error::error_name(&Error::timeout(5.0)), "TimeoutError");
/// ```
pub fn error_name(error: &Error) -> &'static str {
    if error.kind == ErrorKind::Timeout {
        "TimeoutError"
    } else {
        "DigitalOceanError"
    }
}

/// Builds the rejection for a core error: the factory's `DigitalOceanError` when one is set,
/// else a plain `Error` with `name` and the fields `status, id, message, requestId, method,
/// path, attempts`.
///
/// ```no_run
/// let e = digitalocean_wasm::js::error::to_js(&digitalocean_wasm::core::Error::bad_argument("id: missing"));
/// # drop(e);
/// ```
pub fn to_js(error: &Error) -> JsValue {
    let fields = fields(error);
    let factory = FACTORY.with(|slot| slot.borrow().clone());
    let made = factory.and_then(|f| f.call1(&JsValue::UNDEFINED, &fields).ok());
    match made {
        Some(made) if made.is_object() => made,
        _ => {
            let plain = js_sys::Error::new(&error.message);
            plain.set_name(error_name(error));
            let _ = Object::assign(&plain, &fields);
            plain.into()
        }
    }
}

fn fields(error: &Error) -> Object {
    let fields = Object::new();
    let text = |s: &str| {
        if s.is_empty() {
            JsValue::NULL
        } else {
            JsValue::from_str(s)
        }
    };
    set(&fields, "name", &error_name(error).into());
    set(&fields, "status", &error.status.into());
    set(&fields, "id", &error.id.as_str().into());
    set(&fields, "message", &error.message.as_str().into());
    set(
        &fields,
        "requestId",
        &text(error.request_id.as_deref().unwrap_or("")),
    );
    set(&fields, "method", &text(&error.method));
    set(&fields, "path", &text(&error.path));
    set(&fields, "attempts", &error.attempts.into());
    fields
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}
