//! DigitalOcean's error reply: `{"id", "message", "request_id"}` plus an `x-request-id` header.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counter behind [`next_request_id`]; request ids only need to be unique per process.
static REQUEST_COUNTER: AtomicU64 = AtomicU64::new(1);

/// A fresh request id shaped like DigitalOcean's (a UUID).
///
/// ```
/// let a = do_sim::error::next_request_id();
/// assert_eq!(a.len(), 36);
/// assert_ne!(a, do_sim::error::next_request_id());
/// ```
pub fn next_request_id() -> String {
    let n = REQUEST_COUNTER.fetch_add(1, Ordering::Relaxed);
    let mixed = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (mixed >> 32) as u32,
        (mixed >> 16) as u16,
        (n >> 48) as u16 & 0xfff,
        (n >> 36) as u16 & 0xfff,
        n & 0xffff_ffff_ffff
    )
}

/// An error reply in DigitalOcean's shape. Handlers return `Result<_, ApiError>`.
///
/// ```
/// use axum::response::IntoResponse;
/// let reply = do_sim::error::ApiError::not_found().into_response();
/// assert_eq!(reply.status(), 404);
/// assert!(reply.headers().contains_key("x-request-id"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// DigitalOcean error id (`not_found`, `unprocessable_entity`, …).
    pub id: &'static str,
    /// Human-readable message.
    pub message: String,
}

impl ApiError {
    /// An error with any status, id and message.
    ///
    /// ```
    /// let e = do_sim::error::ApiError::new(axum::http::StatusCode::CONFLICT, "conflict", "busy");
    /// assert_eq!(e.id, "conflict");
    /// ```
    pub fn new(status: StatusCode, id: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            id,
            message: message.into(),
        }
    }

    /// 404 `not_found`, with DigitalOcean's message.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::not_found().status, 404);
    /// ```
    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "The resource you were accessing could not be found.",
        )
    }

    /// 422 `unprocessable_entity`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::unprocessable("Name is invalid").status, 422);
    /// ```
    pub fn unprocessable(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unprocessable_entity",
            message,
        )
    }

    /// 400 `bad_request`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::bad_request("no").id, "bad_request");
    /// ```
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// 401 `unauthorized`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::unauthorized().status, 401);
    /// ```
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Unable to authenticate you",
        )
    }

    /// 429 `too_many_requests`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::too_many_requests().status, 429);
    /// ```
    pub fn too_many_requests() -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_requests",
            "API Rate limit exceeded.",
        )
    }

    /// 500 `server_error`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::server_error().status, 500);
    /// ```
    pub fn server_error() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "Server was unable to give you a response.",
        )
    }

    /// 503 `service_unavailable`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::service_unavailable().status, 503);
    /// ```
    pub fn service_unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "service_unavailable",
            "The service is temporarily unavailable. Please try again later.",
        )
    }

    /// 405 `method_not_allowed`.
    ///
    /// ```
    /// assert_eq!(do_sim::error::ApiError::method_not_allowed().status, 405);
    /// ```
    pub fn method_not_allowed() -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "The method is not allowed for this resource.",
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status.as_u16(), self.id, self.message)
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let request_id = next_request_id();
        let body = json!({"id": self.id, "message": self.message, "request_id": request_id});
        let mut reply = (self.status, axum::Json(body)).into_response();
        if let Ok(value) = HeaderValue::from_str(&request_id) {
            reply.headers_mut().insert("x-request-id", value);
        }
        reply
    }
}
