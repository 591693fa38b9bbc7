//! [`TraceEvent`]: one event per attempt for the `tracing` option. It has no token field,
//! and its URL is the request's, which never holds the token.
//!
//! ```
//! use digitalocean_wasm::core::{prepare, Config, HeaderFacts, TraceEvent};
//! let cfg = Config::new(Some("http://h"), Some("dop_v1_secret".into())).unwrap();
//! let call = prepare(&cfg, "account", &[]).unwrap();
//! let headers = HeaderFacts { remaining: Some(4999.0), request_id: Some("r1".into()), ..Default::default() };
//! let ev = TraceEvent::reply(&call.request, 1, 1000.0, 1012.5, 200, &headers);
//! assert_eq!(ev.line(), "GET http://h/v2/account -> 200 in 12.5 ms (attempt 1, request r1, remaining 4999)");
//! assert!(!format!("{ev:?}").contains("secret"));
//! ```

use super::error::Error;
use super::facts::HeaderFacts;
use super::prepare::Prepared;
use super::value::number_text;

/// One attempt, as a tracing function receives it
/// (`{method, url, status, ms, attempt, requestId, rateLimitRemaining, error}`).
#[derive(Debug, Clone, PartialEq)]
pub struct TraceEvent {
    /// operationId of the request.
    pub key: String,
    /// HTTP method.
    pub method: &'static str,
    /// Full URL (token-free).
    pub url: String,
    /// HTTP status; 0 when no reply came.
    pub status: u16,
    /// Duration of the attempt in milliseconds.
    pub ms: f64,
    /// Attempt number, 1-based.
    pub attempt: u32,
    /// `x-request-id` of the reply.
    pub request_id: Option<String>,
    /// `ratelimit-remaining` of the reply.
    pub rate_limit_remaining: Option<f64>,
    /// Error message of the attempt, if it failed.
    pub error: Option<String>,
}

impl TraceEvent {
    /// The event of an attempt that got a reply.
    ///
    /// ```
    /// use digitalocean_wasm::core::{prepare, Config, HeaderFacts, TraceEvent};
    /// let call = prepare(&Config::new(None, None).unwrap(), "regions", &[]).unwrap();
    /// let ev = TraceEvent::reply(&call.request, 2, 0.0, 5.0, 503, &HeaderFacts::default());
    /// assert_eq!((ev.status, ev.attempt, ev.ms), (503, 2, 5.0));
    /// ```
    pub fn reply(
        req: &Prepared,
        attempt: u32,
        started_ms: f64,
        now_ms: f64,
        status: u16,
        headers: &HeaderFacts,
    ) -> TraceEvent {
        TraceEvent {
            key: req.key.clone(),
            method: req.method.as_str(),
            url: req.url.clone(),
            status,
            ms: (now_ms - started_ms).max(0.0),
            attempt,
            request_id: headers.request_id.clone(),
            rate_limit_remaining: headers.remaining,
            error: None,
        }
    }

    /// The event of an attempt that failed without a reply, or whose reply is an error.
    ///
    /// ```
    /// use digitalocean_wasm::core::{prepare, Config, Error, ErrorKind, TraceEvent};
    /// let call = prepare(&Config::new(None, None).unwrap(), "regions", &[]).unwrap();
    /// let ev = TraceEvent::failure(&call.request, 1, 0.0, 3.0, &Error::client(ErrorKind::Network, "refused"));
    /// assert_eq!((ev.status, ev.error.as_deref()), (0, Some("refused")));
    /// ```
    pub fn failure(
        req: &Prepared,
        attempt: u32,
        started_ms: f64,
        now_ms: f64,
        error: &Error,
    ) -> TraceEvent {
        TraceEvent {
            key: req.key.clone(),
            method: req.method.as_str(),
            url: req.url.clone(),
            status: error.status,
            ms: (now_ms - started_ms).max(0.0),
            attempt,
            request_id: error.request_id.clone(),
            rate_limit_remaining: None,
            error: Some(error.message.clone()),
        }
    }

    /// One line for `console.debug` (`tracing: true`).
    ///
    /// ```
    /// use digitalocean_wasm::core::{prepare, Config, HeaderFacts, TraceEvent};
    /// let call = prepare(&Config::new(Some("http://h"), None).unwrap(), "sizes", &[]).unwrap();
    /// let ev = TraceEvent::reply(&call.request, 1, 0.0, 2.0, 200, &HeaderFacts::default());
    /// assert_eq!(ev.line(), "GET http://h/v2/sizes -> 200 in 2 ms (attempt 1)");
    /// ```
    pub fn line(&self) -> String {
        let mut out = format!(
            "{} {} -> {} in {} ms (attempt {}",
            self.method,
            self.url,
            self.status,
            number_text(self.ms),
            self.attempt
        );
        if let Some(id) = &self.request_id {
            out.push_str(&format!(", request {id}"));
        }
        if let Some(n) = self.rate_limit_remaining {
            out.push_str(&format!(", remaining {}", number_text(n)));
        }
        if let Some(e) = &self.error {
            out.push_str(&format!(", error: {e}"));
        }
        out.push(')');
        out
    }
}
