//! Request extractors in DigitalOcean's shape: bearer auth, JSON bodies, query parameters
//! and pagination.

use crate::config::Config;
use crate::error::ApiError;
use crate::state::SharedState;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::header::{AUTHORIZATION, HOST};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use serde_json::{Map, Value};

/// The bearer token of a request, if it has a well-formed `Authorization: Bearer …`.
///
/// ```
/// let mut h = axum::http::HeaderMap::new();
/// h.insert("authorization", "Bearer abc".parse().unwrap());
/// assert_eq!(do_sim::extract::bearer_token(&h), Some("abc"));
/// ```
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Checks the bearer token against the configuration; returns the accepted token.
///
/// ```
/// let config = do_sim::config::Config::default();
/// let mut h = axum::http::HeaderMap::new();
/// assert!(do_sim::extract::authorize(&h, &config).is_err());
/// h.insert("authorization", "Bearer dop_v1_demo".parse().unwrap());
/// assert_eq!(do_sim::extract::authorize(&h, &config).unwrap(), "dop_v1_demo");
/// ```
pub fn authorize(headers: &HeaderMap, config: &Config) -> Result<String, ApiError> {
    match bearer_token(headers) {
        Some(token) if config.any_token || config.tokens.iter().any(|t| t == token) => {
            Ok(token.to_string())
        }
        _ => Err(ApiError::unauthorized()),
    }
}

/// A JSON request body that must be an object. An empty body is `{}`; malformed JSON or a
/// non-object is a 400 in DigitalOcean's error shape.
///
/// ```no_run
/// async fn handler(do_sim::extract::DoJson(body): do_sim::extract::DoJson) -> String {
///     body["name"].to_string()
/// }
/// ```
#[derive(Debug, Clone)]
pub struct DoJson(pub Value);

impl<S: Send + Sync> FromRequest<S> for DoJson {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::bad_request("The request body could not be read."))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(DoJson(Value::Object(Map::new())));
        }
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(value @ Value::Object(_)) => Ok(DoJson(value)),
            Ok(_) => Err(ApiError::bad_request(
                "The request body must be a JSON object.",
            )),
            Err(e) => Err(ApiError::bad_request(format!(
                "The request body is not valid JSON: {e}"
            ))),
        }
    }
}

/// The decoded query parameters, in order.
///
/// ```
/// let uri: axum::http::Uri = "/v2/droplets?tag_name=web&name=a%20b".parse().unwrap();
/// let params = do_sim::extract::Params::from_uri(&uri).unwrap();
/// assert_eq!(params.get("name"), Some("a b"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    /// Parses the query of `uri`.
    pub fn from_uri(uri: &axum::http::Uri) -> Result<Self, ApiError> {
        Query::<Vec<(String, String)>>::try_from_uri(uri)
            .map(|Query(pairs)| Params(pairs))
            .map_err(|_| ApiError::bad_request("The query string could not be parsed."))
    }

    /// The first value of `name` (empty values count as absent).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Params::from_uri(&parts.uri)
    }
}

/// Pagination of a list request: validated `page`/`per_page`, the other parameters (filters)
/// and the absolute URL of the list, for the `links.pages` URLs.
#[derive(Debug, Clone)]
pub struct ListQuery {
    /// Page number, ≥ 1.
    pub page: u64,
    /// Items per page, 1–max.
    pub per_page: u64,
    /// Every query parameter except `page` and `per_page`.
    pub params: Params,
    /// `http://host/path` of the list.
    pub base_url: String,
}

impl ListQuery {
    /// Reads pagination from a URI and a Host, with the configured default and maximum.
    ///
    /// ```
    /// let uri: axum::http::Uri = "/v2/droplets?page=2&per_page=5&tag_name=x".parse().unwrap();
    /// let q = do_sim::extract::ListQuery::parse(&uri, "127.0.0.1:9", 20, 200).unwrap();
    /// assert_eq!((q.page, q.per_page), (2, 5));
    /// assert_eq!(q.params.get("tag_name"), Some("x"));
    /// assert_eq!(q.base_url, "http://127.0.0.1:9/v2/droplets");
    /// let bad: axum::http::Uri = "/v2/droplets?per_page=201".parse().unwrap();
    /// assert!(do_sim::extract::ListQuery::parse(&bad, "h", 20, 200).is_err());
    /// ```
    pub fn parse(
        uri: &axum::http::Uri,
        host: &str,
        default: u32,
        max: u32,
    ) -> Result<Self, ApiError> {
        let Params(all) = Params::from_uri(uri)?;
        let mut page = 1;
        let mut per_page = u64::from(default);
        let mut rest = Vec::new();
        for (key, value) in all {
            match key.as_str() {
                "page" => {
                    page = value.parse().ok().filter(|p| *p >= 1).ok_or_else(|| {
                        ApiError::bad_request("page must be an integer greater than or equal to 1")
                    })?
                }
                "per_page" => {
                    per_page = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=u64::from(max)).contains(n))
                        .ok_or_else(|| {
                            ApiError::bad_request(format!(
                                "per_page must be an integer between 1 and {max}"
                            ))
                        })?
                }
                _ => rest.push((key, value)),
            }
        }
        Ok(ListQuery {
            page,
            per_page,
            params: Params(rest),
            base_url: format!("http://{host}{}", uri.path()),
        })
    }
}

impl FromRequestParts<SharedState> for ListQuery {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &SharedState,
    ) -> Result<Self, Self::Rejection> {
        let host = parts
            .headers
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("127.0.0.1");
        let config = &state.config;
        ListQuery::parse(&parts.uri, host, config.page_size, config.max_page_size)
    }
}
