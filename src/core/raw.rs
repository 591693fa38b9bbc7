//! The generic `request(method, path, {query, body})`: any API path, checked so that it
//! cannot leave the endpoint.
//!
//! ```
//! use digitalocean_wasm::core::{prepare_raw, Config};
//! let cfg = Config::new(Some("http://h"), None).unwrap();
//! assert_eq!(prepare_raw(&cfg, "GET", "/v2/account", None, None).unwrap().url, "http://h/v2/account");
//! ```

use crate::catalogue::{Method, ReplyKind};

use super::error::Error;
use super::path::encode_keeping;
use super::prepare::{headers, Config, Prepared};
use super::query;
use super::value::Value;

/// Prepares the generic `request(method, path, {query, body})`: `path` as the API documents
/// it (`/v2/account`), relative to the endpoint. Dot segments (also `%2e%2e`), `\`, `?` and
/// `#` are refused; other unsafe bytes are percent-encoded. The reply is taken as it is.
///
/// ```
/// use digitalocean_wasm::core::{prepare_raw, Config, Value};
/// let cfg = Config::new(Some("http://h"), None).unwrap();
/// let q = Value::obj([("page", Value::Num(2.0))]);
/// let p = prepare_raw(&cfg, "get", "/v2/droplets", Some(&q), None).unwrap();
/// assert_eq!(p.url, "http://h/v2/droplets?page=2");
/// assert!(prepare_raw(&cfg, "GET", "/v2/../meta/reset", None, None).is_err());
/// ```
pub fn prepare_raw(
    cfg: &Config,
    method: &str,
    path: &str,
    query: Option<&Value>,
    body: Option<&Value>,
) -> Result<Prepared, Error> {
    let method = Method::parse(method).ok_or_else(|| {
        Error::bad_argument(format!(
            "request: `method` must be GET, POST, PUT, PATCH, DELETE or HEAD, got `{method}`"
        ))
    })?;
    let clean = raw_path(path)?;
    let pairs: Vec<(String, Value)> = match query {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Obj(pairs)) => pairs.clone(),
        Some(other) => {
            return Err(Error::bad_argument(format!(
                "request: `query` must be an object, not {}",
                other.type_name()
            )))
        }
    };
    let query = query::build(&pairs)?;
    let body = body.filter(|b| !b.is_null()).map(Value::to_json);
    if body.is_some() && matches!(method, Method::Get | Method::Head) {
        return Err(Error::bad_argument(
            "request: a GET or HEAD request cannot have a `body`",
        ));
    }
    Ok(Prepared {
        key: "request".into(),
        method,
        url: query::append(&format!("{}{}", cfg.endpoint, clean), &query),
        headers: headers(cfg, "application/json", body.is_some(), &[]),
        path: clean,
        body,
        reply: ReplyKind::Body,
    })
}

fn raw_path(path: &str) -> Result<String, Error> {
    if !path.starts_with('/') {
        return Err(Error::bad_argument(
            "request: `path` must start with `/` (e.g. /v2/account)",
        ));
    }
    if path.contains(['?', '#', '\\']) {
        return Err(Error::bad_argument(
            "request: `path` must not contain `?`, `#` or `\\` (give the query as `query`)",
        ));
    }
    let mut out = String::with_capacity(path.len());
    for (i, segment) in path.split('/').enumerate() {
        let lower = segment.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "." | ".." | "%2e" | "%2e%2e" | ".%2e" | "%2e."
        ) {
            return Err(Error::bad_argument(
                "request: `path` must not contain `.` or `..` segments",
            ));
        }
        if i > 0 {
            out.push('/');
        }
        // Keep `%XX` escapes the caller wrote; encode everything else that is unsafe.
        // (`split_once` and `get`, not index slicing, which links str's panic formatting.)
        let mut rest = segment;
        while let Some((before, after)) = rest.split_once('%') {
            out.push_str(&encode_segment(before));
            match after.as_bytes() {
                [a, b, ..] if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => {
                    out.push('%');
                    out.push(char::from(*a));
                    out.push(char::from(*b));
                    rest = after.get(2..).unwrap_or_default();
                }
                _ => {
                    out.push_str("%25");
                    rest = after;
                }
            }
        }
        out.push_str(&encode_segment(rest));
    }
    Ok(out)
}

/// Percent-encodes, keeping the characters a path segment may hold as they are.
fn encode_segment(text: &str) -> String {
    encode_keeping(text, b"-._~!$&'()*+,;=:@")
}

#[cfg(test)]
mod tests {
    use super::super::prepare::test_config as cfg;
    use super::*;

    #[test]
    fn raw_paths() {
        let ok: &[(&str, &str)] = &[
            ("/v2/account", "/v2/account"),
            ("/v2/domains/a b", "/v2/domains/a%20b"),
            ("/v2/x%2Fy", "/v2/x%2Fy"),
            ("/v2/100%", "/v2/100%25"),
            ("/v2/é", "/v2/%C3%A9"),
            ("/v2/tags/a:b@c", "/v2/tags/a:b@c"),
        ];
        for (input, expected) in ok {
            let p = prepare_raw(&cfg(), "GET", input, None, None).unwrap();
            assert_eq!(p.path, *expected);
            assert_eq!(p.url, format!("http://127.0.0.1:9{expected}"));
        }
        for bad in [
            "v2/account",
            "/v2/../x",
            "/v2/./x",
            "/v2/%2E%2e/x",
            "/v2/.%2E/x",
            "/v2/x?y=1",
            "/v2/x#f",
            "/v2\\..\\x",
        ] {
            let e = prepare_raw(&cfg(), "GET", bad, None, None).unwrap_err();
            assert_eq!(e.id, "bad_argument", "{bad}");
        }
        assert!(prepare_raw(&cfg(), "BREW", "/v2/x", None, None).is_err());
        assert!(prepare_raw(&cfg(), "GET", "/v2/x", Some(&Value::from("q")), None).is_err());
        let body = Value::obj([("a", Value::Num(1.0))]);
        for method in ["GET", "head"] {
            let e = prepare_raw(&cfg(), method, "/v2/x", None, Some(&body)).unwrap_err();
            assert!(e.message.contains("`body`"), "{method}");
        }
        assert!(prepare_raw(&cfg(), "GET", "/v2/x", None, Some(&Value::Null)).is_ok());
        assert!(prepare_raw(&cfg(), "DELETE", "/v2/x", None, Some(&body)).is_ok());
    }

    #[test]
    fn raw_bodies_are_json_with_content_type() {
        let body = Value::obj([("name", Value::from("x"))]);
        let p = prepare_raw(&cfg(), "post", "/v2/tags", None, Some(&body)).unwrap();
        assert_eq!(p.body.as_deref(), Some(r#"{"name":"x"}"#));
        assert!(p
            .headers
            .iter()
            .any(|(k, v)| *k == "Content-Type" && v == "application/json"));
        assert!(p
            .headers
            .iter()
            .any(|(k, v)| *k == "Authorization" && v == "Bearer dop_v1_secret"));
        assert!(!p.url.contains("secret"));
    }
}
