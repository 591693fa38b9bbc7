//! CORS as DigitalOcean documents it: `Access-Control-Allow-Origin` echoes `Origin`,
//! credentials allowed, preflight `OPTIONS` answered (before authentication), and the
//! rate-limit headers and `x-request-id` exposed to scripts.

use axum::extract::Request;
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_CREDENTIALS, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS,
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE,
    ACCESS_CONTROL_REQUEST_HEADERS, ORIGIN, VARY,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Methods a preflight allows.
pub const ALLOW_METHODS: &str = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
/// Headers a script may read.
pub const EXPOSE_HEADERS: &str =
    "ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after, x-request-id, link";
/// Headers a preflight allows when the browser does not ask for specific ones.
const DEFAULT_ALLOW_HEADERS: &str = "Authorization, Content-Type";

/// Answers preflights and decorates every other reply.
pub async fn cors(req: Request, next: Next) -> Response {
    let origin = req.headers().get(ORIGIN).cloned();
    if req.method() == Method::OPTIONS {
        let asked = req.headers().get(ACCESS_CONTROL_REQUEST_HEADERS).cloned();
        let mut reply = StatusCode::NO_CONTENT.into_response();
        let headers = reply.headers_mut();
        headers.insert(
            ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(ALLOW_METHODS),
        );
        headers.insert(
            ACCESS_CONTROL_ALLOW_HEADERS,
            asked.unwrap_or(HeaderValue::from_static(DEFAULT_ALLOW_HEADERS)),
        );
        headers.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from(86_400u32));
        decorate(headers, origin);
        return reply;
    }
    let mut reply = next.run(req).await;
    decorate(reply.headers_mut(), origin);
    reply
}

fn decorate(headers: &mut HeaderMap, origin: Option<HeaderValue>) {
    let Some(origin) = origin else { return };
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    headers.insert(
        ACCESS_CONTROL_ALLOW_CREDENTIALS,
        HeaderValue::from_static("true"),
    );
    headers.insert(
        ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static(EXPOSE_HEADERS),
    );
    headers.append(VARY, HeaderValue::from_static("Origin"));
}
