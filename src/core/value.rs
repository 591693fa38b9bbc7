//! [`Value`]: a JSON-shaped value the edge converts JS arguments into, with a small JSON
//! writer (no serde_json: it must stay out of the wasm).
//!
//! ```
//! use digitalocean_wasm::core::Value;
//! let v = Value::obj([("type", Value::from("reboot")), ("disk", Value::Bool(true))]);
//! assert_eq!(v.to_json(), r#"{"type":"reboot","disk":true}"#);
//! ```

/// A JSON value. Objects keep their keys in insertion order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` (also what the edge makes of `undefined`).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object, keys in order.
    Obj(Vec<(String, Value)>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Num(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl Value {
    /// Builds an object from `(key, value)` pairs.
    ///
    /// ```
    /// use digitalocean_wasm::core::Value;
    /// let v = Value::obj([("id", Value::Num(3.0))]);
    /// assert_eq!(v.get("id"), Some(&Value::Num(3.0)));
    /// ```
    pub fn obj<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Obj(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// The value under `key` of an object (the first, should a key repeat).
    ///
    /// ```
    /// use digitalocean_wasm::core::Value;
    /// assert_eq!(Value::Null.get("x"), None);
    /// ```
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Follows a path of object keys (`["links", "pages", "next"]`).
    ///
    /// ```
    /// use digitalocean_wasm::core::Value;
    /// let v = Value::obj([("a", Value::obj([("b", Value::from("c"))]))]);
    /// assert_eq!(v.pointer(&["a", "b"]).and_then(Value::as_str), Some("c"));
    /// ```
    pub fn pointer(&self, path: &[&str]) -> Option<&Value> {
        path.iter().try_fold(self, |v, key| v.get(key))
    }

    /// The string, if this is one.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::Value::from("x").as_str(), Some("x"));
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::Value::Num(2.5).as_f64(), Some(2.5));
    /// ```
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            _ => None,
        }
    }

    /// The items, if this is an array.
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::Value::Arr(vec![]).as_array().is_some());
    /// ```
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Arr(items) => Some(items),
            _ => None,
        }
    }

    /// Whether this is `null`.
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::Value::Null.is_null());
    /// ```
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A short name of the value's type, for error messages (`"a string"`, `"null"`…).
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::Value::Bool(true).type_name(), "a boolean");
    /// ```
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Num(_) => "a number",
            Value::Str(_) => "a string",
            Value::Arr(_) => "an array",
            Value::Obj(_) => "an object",
        }
    }

    /// Serialises to compact JSON, as `JSON.stringify` would (non-finite numbers are `null`).
    ///
    /// ```
    /// use digitalocean_wasm::core::Value;
    /// let v = Value::Arr(vec![Value::Num(1.0), Value::Num(0.5), Value::from("a\"b\n")]);
    /// assert_eq!(v.to_json(), r#"[1,0.5,"a\"b\n"]"#);
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) => write_number(*n, out),
            Value::Str(s) => write_string(s, out),
            Value::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Obj(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

pub use super::number::number_text;

fn write_number(n: f64, out: &mut String) {
    out.push_str(&number_text(n));
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_every_kind() {
        let v = Value::obj([
            ("n", Value::Null),
            ("t", Value::Bool(true)),
            ("i", Value::Num(-7.0)),
            ("big", Value::Num(1e300)),
            ("inf", Value::Num(f64::INFINITY)),
            ("s", Value::from("é\u{1}\\")),
            ("a", Value::Arr(vec![])),
            ("o", Value::Obj(vec![])),
        ]);
        assert_eq!(
            v.to_json(),
            "{\"n\":null,\"t\":true,\"i\":-7,\"big\":1e+300,\"inf\":null,\"s\":\"é\\u0001\\\\\",\"a\":[],\"o\":{}}"
        );
    }

    #[test]
    fn large_integers_keep_their_digits() {
        assert_eq!(number_text(9_007_199_254_740_991.0), "9007199254740991");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1e21), "1e+21");
    }
}
