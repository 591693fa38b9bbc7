//! Gives every reply an `x-request-id` (error replies already carry theirs).

use crate::error::next_request_id;
use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

/// Adds `x-request-id` when the reply has none.
pub async fn request_id(req: Request, next: Next) -> Response {
    let mut reply = next.run(req).await;
    if !reply.headers().contains_key("x-request-id") {
        if let Ok(value) = HeaderValue::from_str(&next_request_id()) {
            reply.headers_mut().insert("x-request-id", value);
        }
    }
    reply
}
