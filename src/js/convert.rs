//! JS values <-> the core's [`Value`]: arguments go in as `Value`, and the few values the
//! client builds itself come out as plain JS objects.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::Value;

use crate::core::Error;

/// Nesting deeper than this is refused (it also stops cycles).
const MAX_DEPTH: usize = 32;

/// Converts a JS argument into a core [`Value`]. `undefined` object fields are dropped (as
/// `JSON.stringify` does); functions, symbols, bigints and cycles are `bad_argument` errors
/// naming the argument path (`where` is the root's name, e.g. `argument 1`).
///
/// ```no_run
/// # fn demo(arg: wasm_bindgen::JsValue) {
/// let value = digitalocean_wasm::js::convert::to_value(&arg, "argument 1");
/// # drop(value);
/// # }
/// ```
pub fn to_value(value: &JsValue, place: &str) -> Result<Value, Error> {
    convert(value, place, 0)
}

fn convert(value: &JsValue, place: &str, depth: usize) -> Result<Value, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::bad_argument(format!("{place}: nested too deeply")));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            return Err(Error::bad_argument(format!("{place}: not a finite number")));
        }
        return Ok(Value::Num(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::Str(s));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        let mut items = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            let item = if item.is_undefined() {
                JsValue::NULL
            } else {
                item
            };
            items.push(convert(&item, &format!("{place}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Arr(items));
    }
    if value.is_function() || !value.is_object() {
        return Err(Error::bad_argument(format!(
            "{place}: expected JSON data, got a {}",
            value.js_typeof().as_string().unwrap_or_default()
        )));
    }
    if value.is_instance_of::<js_sys::Date>() {
        let date: &js_sys::Date = value.unchecked_ref();
        return Ok(Value::Str(String::from(date.to_iso_string())));
    }
    let object: &Object = value.unchecked_ref();
    let keys = Object::keys(object);
    let mut fields = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        let field = Reflect::get(object, &key)
            .map_err(|_| Error::bad_argument(format!("{place}.{name}: cannot be read")))?;
        if field.is_undefined() {
            continue;
        }
        let converted = convert(&field, &format!("{place}.{name}"), depth + 1)?;
        fields.push((name, converted));
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
        Value::Arr(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Obj(fields) => {
            let object = Object::new();
            for (key, field) in fields {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(field));
            }
            object.into()
        }
    }
}
