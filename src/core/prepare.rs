//! Request preparation: configuration + row + arguments -> the first [`Prepared`] request
//! of a [`Call`]. Bad arguments fail here, before any network.
//!
//! ```
//! use digitalocean_wasm::core::{prepare, Config, Value};
//! let cfg = Config::new(Some("http://127.0.0.1:8080/"), Some("dop_v1_demo".into())).unwrap();
//! let call = prepare(&cfg, "domainRecords", &[Value::from("example.com"), Value::obj([("type", Value::from("A"))])]).unwrap();
//! assert_eq!(call.request.url, "http://127.0.0.1:8080/v2/domains/example.com/records?type=A");
//! assert_eq!(call.request.method.as_str(), "GET");
//! assert!(!format!("{:?}", call.request).contains("dop_v1_demo"));
//! ```

use std::fmt;
use std::rc::Rc;

use crate::catalogue::{self, Method, Operation, Plan, ReplyKind};

use super::args::{bind, bind_rows, Bound};
use super::error::Error;
use super::path::fill;
use super::query;
use super::value::Value;

/// The official endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://api.digitalocean.com";

/// What every request of a client shares.
#[derive(Clone, PartialEq)]
pub struct Config {
    /// Scheme + host (+ port, + optional base path), no trailing slash.
    pub endpoint: String,
    /// The bearer token (sent only in the `Authorization` header).
    pub bearer: Option<String>,
    /// `User-Agent` to send, where the runtime allows it.
    pub user_agent: Option<String>,
    /// `per_page` of the list requests of the walking plans (AllPages, FindByName,
    /// TagFanOut) when the call gives none; `None` leaves the API's default (20).
    pub page_size: Option<u32>,
}

impl Config {
    /// Validates the endpoint (`http://` or `https://`, default [`DEFAULT_ENDPOINT`]) and
    /// strips trailing slashes.
    ///
    /// ```
    /// use digitalocean_wasm::core::Config;
    /// assert_eq!(Config::new(None, None).unwrap().endpoint, "https://api.digitalocean.com");
    /// assert_eq!(Config::new(Some("http://h:1//"), None).unwrap().endpoint, "http://h:1");
    /// assert!(Config::new(Some("ftp://h"), None).is_err());
    /// ```
    pub fn new(endpoint: Option<&str>, bearer: Option<String>) -> Result<Config, Error> {
        let raw = endpoint.unwrap_or(DEFAULT_ENDPOINT).trim();
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or_else(|| Error::bad_argument("endpoint: must start with http:// or https://"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() || raw.contains(['?', '#', ' ', '\\']) {
            return Err(Error::bad_argument(
                "endpoint: needs a host and no query, fragment, space or backslash",
            ));
        }
        Ok(Config {
            endpoint: raw.trim_end_matches('/').to_string(),
            bearer: bearer.filter(|b| !b.is_empty()),
            user_agent: None,
            page_size: None,
        })
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("endpoint", &self.endpoint)
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("user_agent", &self.user_agent)
            .field("page_size", &self.page_size)
            .finish()
    }
}

/// One finished request: the edge sends exactly this (nothing is appended).
#[derive(Clone, PartialEq)]
pub struct Prepared {
    /// operationId of the request (`droplets_get`; `request` for the generic `request()`).
    pub key: String,
    /// HTTP method.
    pub method: Method,
    /// Absolute URL with its query. Never holds the token.
    pub url: String,
    /// Path without endpoint and query (for errors and traces).
    pub path: String,
    /// Headers to send, `Authorization` included (hidden by `Debug`).
    pub headers: Vec<(String, String)>,
    /// JSON body text.
    pub body: Option<String>,
    /// What the success body of THIS request holds.
    pub reply: ReplyKind<String>,
}

impl Prepared {
    /// The headers safe to show (everything but `Authorization`).
    ///
    /// ```
    /// use digitalocean_wasm::core::{prepare, Config};
    /// let cfg = Config::new(None, Some("secret".into())).unwrap();
    /// let call = prepare(&cfg, "account", &[]).unwrap();
    /// assert!(call.request.headers.iter().any(|(k, _)| *k == "Authorization"));
    /// assert!(call.request.public_headers().all(|(_, v)| !v.contains("secret")));
    /// ```
    pub fn public_headers(&self) -> impl Iterator<Item = &(String, String)> {
        self.headers.iter().filter(|(k, _)| *k != "Authorization")
    }
}

impl fmt::Debug for Prepared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("key", &self.key)
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &self.public_headers().collect::<Vec<_>>())
            .field("body", &self.body)
            .field("reply", &self.reply)
            .finish()
    }
}

/// A prepared call: the first request plus what the plan needs for its follow-ups.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The catalogue row.
    pub op: Operation<String>,
    /// How the call runs.
    pub plan: Plan,
    /// The first request.
    pub request: Prepared,
    /// The validated arguments (for follow-up requests).
    pub bound: Bound,
}

impl Call {
    /// Whether the call waits for actions (before the per-call `wait: false`).
    ///
    /// ```
    /// use digitalocean_wasm::core::{prepare, Config, Value};
    /// let cfg = Config::new(None, Some("t".into())).unwrap();
    /// let call = prepare(&cfg, "reboot", &[Value::obj([("id", Value::Num(1.0))])]).unwrap();
    /// assert!(call.waits());
    /// ```
    pub fn waits(&self) -> bool {
        self.op.reply.waits()
    }
}

/// Selects the row of `js_name` that fits `args`, validates them, and prepares the first
/// request. `args` are the positional arguments WITHOUT the per-call options object.
///
/// ```
/// use digitalocean_wasm::core::{prepare, Config, Value};
/// let cfg = Config::new(None, Some("t".into())).unwrap();
/// let e = prepare(&cfg, "droplet", &[Value::obj([("id", Value::from("12a"))])]).unwrap_err();
/// assert_eq!((e.status, e.id.as_str()), (0, "bad_argument"));
/// ```
pub fn prepare(cfg: &Config, js_name: &str, args: &[Value]) -> Result<Call, Error> {
    prepare_with(cfg, js_name, bind(js_name, args)?)
}

/// [`prepare`] with the method's rows given as text (the catalogue lines of `js_name`, in
/// either table's format, newline-separated), as the facade hands them to the wasm; the
/// parsed rows of the latest texts are kept ([`catalogue::parse_rows_cached`]). Malformed
/// rows are a `bad_argument` error.
///
/// ```
/// use digitalocean_wasm::core::{prepare_rows, Config, Value};
/// let cfg = Config::new(Some("http://h"), None).unwrap();
/// let call = prepare_rows(&cfg, "vpcsGet", "vpcs_get|GET|/v2/vpcs/{vpc_id}|@|B", &[Value::from("v1")]).unwrap();
/// assert_eq!(call.request.url, "http://h/v2/vpcs/v1");
/// let e = prepare_rows(&cfg, "vpcsGet", "vpcs_get|GET", &[]).unwrap_err();
/// assert_eq!(e.id, "bad_argument");
/// ```
pub fn prepare_rows(
    cfg: &Config,
    js_name: &str,
    rows_text: &str,
    args: &[Value],
) -> Result<Call, Error> {
    let rows = rows_of(js_name, rows_text)?;
    let views: Vec<Operation<&str>> = rows.iter().map(Operation::borrowed).collect();
    prepare_ops(cfg, js_name, &views, args)
}

/// [`prepare`] against given rows (the variants of `js_name`; none: not a known method).
pub fn prepare_ops(
    cfg: &Config,
    js_name: &str,
    rows: &[Operation<&str>],
    args: &[Value],
) -> Result<Call, Error> {
    prepare_with(cfg, js_name, bind_rows(js_name, rows, args)?)
}

/// The parsed rows of a rows text, or the `bad_argument` error that names the bad line.
pub fn rows_of(js_name: &str, rows_text: &str) -> Result<Rc<[Operation<String>]>, Error> {
    catalogue::parse_rows_cached(rows_text)
        .map_err(|e| Error::bad_argument(format!("{js_name}: {e}")))
}

fn prepare_with(cfg: &Config, js_name: &str, bound: Bound) -> Result<Call, Error> {
    let op = bound.op.clone();
    let request = match op.plan {
        Plan::TagFanOut => {
            let tag = bound.plan_param("tag_name").unwrap_or_default();
            super::plan::droplets_by_tag(cfg, tag)
        }
        plan => {
            let mut query = bound.query.clone();
            let (mut body, mut headers) = (&bound.body, &bound.headers[..]);
            if matches!(plan, Plan::AllPages | Plan::FindByName) {
                query = with_page_size(cfg, query);
            }
            if plan == Plan::FindByName {
                if let Some(name) = bound.plan_param("name") {
                    query.push(("name".to_string(), Value::from(name)));
                }
                (body, headers) = (&Value::Null, &[]);
            }
            build(
                cfg,
                &op.key,
                op.method,
                &op.path,
                &bound.path,
                &query,
                body,
                headers,
                op.reply.clone(),
            )
        }
    }
    // Path and query values are checked while building: name the method there too.
    .map_err(|mut e| {
        e.message = format!("{js_name}: {}", e.message);
        e
    })?;
    Ok(Call {
        plan: op.plan,
        op,
        request,
        bound,
    })
}

/// Adds `per_page` from [`Config::page_size`] unless the query has one.
///
/// ```
/// use digitalocean_wasm::core::{prepare::with_page_size, Config, Value};
/// let mut cfg = Config::new(None, None).unwrap();
/// cfg.page_size = Some(2);
/// assert_eq!(with_page_size(&cfg, vec![]), vec![("per_page".to_string(), Value::Num(2.0))]);
/// let given = vec![("per_page".to_string(), Value::Num(9.0))];
/// assert_eq!(with_page_size(&cfg, given.clone()), given);
/// ```
pub fn with_page_size(cfg: &Config, mut query: Vec<(String, Value)>) -> Vec<(String, Value)> {
    if let Some(size) = cfg.page_size {
        if !query.iter().any(|(k, _)| k == "per_page") {
            query.push(("per_page".to_string(), Value::Num(f64::from(size))));
        }
    }
    query
}

/// Builds one request from its parts (shared by [`prepare`] and the follow-up helpers).
///
/// ```
/// use digitalocean_wasm::catalogue::{Method, ReplyKind};
/// use digitalocean_wasm::core::{prepare::build, Config, Value};
/// let cfg = Config::new(None, None).unwrap();
/// let p = build(&cfg, "actions_get", Method::Get, "/v2/actions/{action_id}",
///               &[("action_id".into(), "5".into())], &[], &Value::Null, &[], ReplyKind::Action).unwrap();
/// assert_eq!(p.url, "https://api.digitalocean.com/v2/actions/5");
/// ```
#[allow(clippy::too_many_arguments)]
pub fn build(
    cfg: &Config,
    key: &str,
    method: Method,
    template: &str,
    path_params: &[(String, String)],
    query_pairs: &[(String, Value)],
    body: &Value,
    extra_headers: &[(String, String)],
    reply: ReplyKind<String>,
) -> Result<Prepared, Error> {
    let params: Vec<(&str, &str)> = path_params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let path = fill(template, &params)?;
    let query = query::build(query_pairs)?;
    let url = query::append(&format!("{}{}", cfg.endpoint, path), &query);
    let body = (!body.is_null()).then(|| body.to_json());
    Ok(Prepared {
        key: key.to_string(),
        method,
        url,
        path,
        headers: headers(cfg, reply.accept(), body.is_some(), extra_headers),
        body,
        reply,
    })
}

/// The headers of a request: `Accept`, `Authorization` (when there is a token),
/// `Content-Type` (when there is a body), `User-Agent` (when configured), then `extra`.
pub(crate) fn headers(
    cfg: &Config,
    accept: &str,
    has_body: bool,
    extra: &[(String, String)],
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![("Accept".into(), accept.into())];
    if let Some(token) = &cfg.bearer {
        out.push(("Authorization".into(), format!("Bearer {token}")));
    }
    if has_body {
        out.push(("Content-Type".into(), "application/json".into()));
    }
    if let Some(agent) = &cfg.user_agent {
        out.push(("User-Agent".into(), agent.clone()));
    }
    out.extend(extra.iter().cloned());
    out
}

/// The configuration the unit tests of the core share (token `dop_v1_secret`).
#[cfg(test)]
pub(crate) fn test_config() -> Config {
    Config::new(Some("http://127.0.0.1:9"), Some("dop_v1_secret".into())).unwrap()
}

#[cfg(test)]
mod tests {
    use super::test_config as cfg;
    use super::*;

    #[test]
    fn config_debug_hides_the_token() {
        let text = format!("{:?}", cfg());
        assert!(!text.contains("dop_v1_secret"));
        assert!(text.contains("<redacted>"));
        assert_eq!(Config::new(None, Some(String::new())).unwrap().bearer, None);
        assert!(Config::new(Some("http://"), None).is_err());
        assert!(Config::new(Some("http://h?x"), None).is_err());
    }
}
