//! JS values <-> the core's [`Value`]: arguments go in as `Value`, and the few values the
//! client builds itself come out as plain JS objects.
//!
//! Reading user values never throws out of wasm: keys, elements and `Array.isArray` go
//! through `catch` bindings (hostile Proxies and throwing getters become `bad_argument`).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::{Error, Value};
use crate::edge::js;

/// Nesting deeper than this is refused (it also stops cycles).
const MAX_DEPTH: usize = 32;

/// At most this many values in one argument (a DAG of shared sub-objects cannot hang the tab).
const MAX_NODES: u32 = 100_000;

/// Where in an argument a problem is (built only on the error path) and what it is.
struct Bad {
    at: Vec<String>,
    problem: String,
}

impl Bad {
    fn new(problem: impl Into<String>) -> Bad {
        Bad {
            at: Vec::new(),
            problem: problem.into(),
        }
    }

    fn under(mut self, segment: String) -> Bad {
        self.at.push(segment);
        self
    }
}

/// Converts a JS argument into a core [`Value`]. `undefined` object fields are dropped (as
/// `JSON.stringify` does); functions, symbols, bigints, invalid Dates and cycles are
/// `bad_argument` errors naming the argument path (`place` is the root's name, e.g.
/// `droplet`, followed by `: argument N` when `argument` is not 0).
///
/// ```no_run
/// # fn demo(arg: wasm_bindgen::JsValue) {
/// let value = digitalocean_wasm::js::convert::to_value(&arg, "droplet", 1);
/// # drop(value);
/// # }
/// ```
pub fn to_value(value: &JsValue, place: &str, argument: usize) -> Result<Value, Error> {
    let mut budget = MAX_NODES;
    convert(value, 0, &mut budget).map_err(|bad| {
        let mut message = String::from(place);
        if argument > 0 {
            message.push_str(": argument ");
            message.push_str(&argument.to_string());
        }
        for segment in bad.at.iter().rev() {
            message.push_str(segment);
        }
        message.push_str(": ");
        message.push_str(&bad.problem);
        Error::bad_argument(message)
    })
}

fn convert(value: &JsValue, depth: usize, budget: &mut u32) -> Result<Value, Bad> {
    if depth > MAX_DEPTH {
        return Err(Bad::new("nested too deeply"));
    }
    if *budget == 0 {
        return Err(Bad::new("too many values"));
    }
    *budget -= 1;
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            return Err(Bad::new("not a finite number"));
        }
        return Ok(Value::Num(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::Str(s));
    }
    if value.is_function() || !value.is_object() {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        return Err(Bad::new(format!("expected JSON data, got a {kind}")));
    }
    let unreadable = |_| Bad::new("cannot be read");
    if js::is_array(value) {
        let elements = js::items(value).map_err(unreadable)?;
        let mut items = Vec::with_capacity(elements.len());
        for (i, item) in elements.iter().enumerate() {
            let converted =
                convert(item, depth + 1, budget).map_err(|bad| bad.under(format!("[{i}]")))?;
            items.push(converted);
        }
        return Ok(Value::Arr(items));
    }
    if value.is_instance_of::<js_sys::Date>() {
        // `toISOString` throws a RangeError on an Invalid Date (and a TypeError on a Proxy):
        // a `catch` binding turns both into a bad argument.
        return match js::iso_date(value.unchecked_ref()) {
            Some(text) => Ok(Value::Str(text)),
            None => Err(Bad::new("invalid Date")),
        };
    }
    let keys = js::keys(value).map_err(unreadable)?;
    let mut fields = Vec::with_capacity(keys.len());
    for name in keys {
        let field = Reflect::get(value, &JsValue::from_str(&name))
            .map_err(|_| Bad::new("cannot be read").under(format!(".{name}")))?;
        if field.is_undefined() {
            continue;
        }
        match convert(&field, depth + 1, budget) {
            Ok(converted) => fields.push((name, converted)),
            Err(bad) => return Err(bad.under(format!(".{name}"))),
        }
    }
    Ok(Value::Obj(fields))
}

/// Converts a core [`Value`] into a plain JS value (objects are plain objects, not `Map`s).
///
/// ```no_run
/// let js = digitalocean_wasm::js::convert::to_js(&digitalocean_wasm::core::Value::Num(1.0));
/// assert_eq!(js.as_f64(), Some(1.0));
/// ```
pub fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Num(n) => JsValue::from_f64(*n),
        Value::Str(s) => JsValue::from_str(s),
        Value::Arr(items) => {
            let array = Array::new();
            for item in items {
                array.push(&to_js(item));
            }
            array.into()
        }
        Value::Obj(fields) => {
            let object = Object::new();
            for (key, field) in fields {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(field));
            }
            object.into()
        }
    }
}
