//! Query strings: stable order (sorted by key, array items in their order), arrays as
//! repeated keys, booleans as `true`/`false`, every key and value percent-encoded, `null`
//! skipped, and never a stray `&`.
//!
//! ```
//! use digitalocean_wasm::core::{query::build, Value};
//! let q = build(&[("tag_name".into(), Value::from("prod:web")), ("page".into(), Value::Num(2.0))]).unwrap();
//! assert_eq!(q, "page=2&tag_name=prod%3Aweb");
//! ```

use super::error::Error;
use super::path::encode;
use super::value::{number_text, Value};

/// The text of one scalar query value; objects (and nested arrays) are `bad_argument`.
///
/// ```
/// use digitalocean_wasm::core::{query::scalar_text, Value};
/// assert_eq!(scalar_text("private", &Value::Bool(true)).unwrap(), "true");
/// assert!(scalar_text("x", &Value::Obj(vec![])).is_err());
/// ```
pub fn scalar_text(key: &str, value: &Value) -> Result<String, Error> {
    match value {
        Value::Str(s) => Ok(s.clone()),
        Value::Num(n) => Ok(number_text(*n)),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(Error::bad_argument(format!(
            "query parameter `{key}` must be a string, number or boolean, not {}",
            other.type_name()
        ))),
    }
}

/// Builds `k=v&k2=v2` (no leading `?`) from pairs; an empty result means no query at all.
///
/// ```
/// use digitalocean_wasm::core::{query::build, Value};
/// let q = build(&[("ids".into(), Value::Arr(vec![Value::Num(1.0), Value::Num(2.0)])), ("x".into(), Value::Null)]).unwrap();
/// assert_eq!(q, "ids=1&ids=2");
/// ```
pub fn build(pairs: &[(String, Value)]) -> Result<String, Error> {
    let mut flat: Vec<(&str, String)> = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        match value {
            Value::Null => {}
            Value::Arr(items) => {
                for item in items {
                    if !item.is_null() {
                        flat.push((key, scalar_text(key, item)?));
                    }
                }
            }
            other => flat.push((key, scalar_text(key, other)?)),
        }
    }
    // Insertion sort, stable (equal keys keep their order); queries are short, and std's
    // stable sort costs ~4 KB of wasm.
    for i in 1..flat.len() {
        let mut j = i;
        while j > 0 && flat[j - 1].0 > flat[j].0 {
            flat.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out = String::new();
    for (key, value) in &flat {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode(key));
        out.push('=');
        out.push_str(&encode(value));
    }
    Ok(out)
}

/// Joins a URL (that may already carry a query) and a query string, with no stray `?`/`&`.
///
/// ```
/// use digitalocean_wasm::core::query::append;
/// assert_eq!(append("https://x/v2/a", ""), "https://x/v2/a");
/// assert_eq!(append("https://x/v2/a", "p=1"), "https://x/v2/a?p=1");
/// assert_eq!(append("https://x/v2/a?q=2", "p=1"), "https://x/v2/a?q=2&p=1");
/// ```
pub fn append(url: &str, query: &str) -> String {
    if query.is_empty() {
        return url.to_string();
    }
    let sep = match url.find('?') {
        None => "?",
        Some(i) if i + 1 == url.len() || url.ends_with('&') => "",
        Some(_) => "&",
    };
    format!("{url}{sep}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, Value)]) -> Result<String, Error> {
        let owned: Vec<(String, Value)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        build(&owned)
    }

    #[test]
    fn table() {
        let cases: Vec<(Vec<(&str, Value)>, &str)> = vec![
            (vec![], ""),
            (vec![("a", Value::Null)], ""),
            (vec![("a", Value::Arr(vec![]))], ""),
            (vec![("private", Value::Bool(false))], "private=false"),
            (
                vec![("b", Value::Num(1.0)), ("a", Value::Num(2.5))],
                "a=2.5&b=1",
            ),
            (
                vec![("tag_name", Value::from("a b&c=d"))],
                "tag_name=a%20b%26c%3Dd",
            ),
            (vec![("n", Value::from("é"))], "n=%C3%A9"),
            (vec![("k y", Value::from(""))], "k%20y="),
            (
                vec![
                    ("z", Value::Arr(vec![Value::from("2"), Value::from("1")])),
                    ("a", Value::Bool(true)),
                ],
                "a=true&z=2&z=1",
            ),
        ];
        for (pairs, expected) in cases {
            assert_eq!(q(&pairs).unwrap(), expected);
        }
    }

    #[test]
    fn objects_and_nested_arrays_are_refused() {
        assert!(q(&[("a", Value::Obj(vec![]))]).is_err());
        let nested = Value::Arr(vec![Value::Arr(vec![])]);
        let e = q(&[("deep", nested)]).unwrap_err();
        assert!(e.message.contains("`deep`"));
    }

    #[test]
    fn append_never_doubles_separators() {
        assert_eq!(append("u?", "a=1"), "u?a=1");
        assert_eq!(append("u?b=2&", "a=1"), "u?b=2&a=1");
    }
}
