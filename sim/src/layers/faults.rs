//! Fault injection on `/v2` operations, drawn from the seeded RNG: 429, 500/503, slow
//! replies, dropped connections and malformed JSON bodies (errored actions are decided in
//! [`crate::store::Store::start_action`]). Also tells the store which operation is running.

use super::operation_of;
use crate::error::ApiError;
use crate::state::SharedState;
use crate::store::actions::CURRENT_OPERATION;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::CONTENT_LENGTH;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// The faults drawn for one request.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Plan {
    too_many: bool,
    server_error: Option<u16>,
    slow_ms: Option<u64>,
    drop: bool,
    malformed: bool,
}

/// Applies the faults drawn for this request, then runs it with its operationId known.
pub async fn faults(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    let Some(operation) = operation_of(&state, &req) else {
        return next.run(req).await;
    };
    let plan = draw(&state, operation);
    if let Some(ms) = plan.slow_ms {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
    if plan.drop {
        return dropped_connection();
    }
    if plan.too_many {
        state.store().stats.rate_limited += 1;
        let mut reply = ApiError::too_many_requests().into_response();
        reply
            .headers_mut()
            .insert("retry-after", HeaderValue::from(1u32));
        return reply;
    }
    match plan.server_error {
        Some(503) => return ApiError::service_unavailable().into_response(),
        Some(_) => return ApiError::server_error().into_response(),
        None => {}
    }
    let reply = CURRENT_OPERATION.scope(operation, next.run(req)).await;
    if plan.malformed {
        return malformed(reply).await;
    }
    reply
}

fn draw(state: &SharedState, operation: &str) -> Plan {
    let mut store = state.store();
    let knobs = store.faults.clone();
    if !knobs.applies_to(operation) {
        return Plan::default();
    }
    let rng = &mut store.rng;
    let too_many = rng.chance(knobs.rate_429);
    let server_error = rng
        .chance(knobs.rate_5xx)
        .then(|| if rng.chance(0.5) { 503 } else { 500 });
    let slow_ms = rng.chance(knobs.slow_rate).then_some(knobs.slow_ms);
    let drop = rng.chance(knobs.drop_rate);
    let malformed = rng.chance(knobs.malformed_rate);
    Plan {
        too_many,
        server_error,
        slow_ms,
        drop,
        malformed,
    }
}

/// A reply whose body fails at once, so the server aborts the connection mid-reply.
fn dropped_connection() -> Response {
    let mut reply = Response::new(Body::new(FailingBody));
    reply
        .headers_mut()
        .insert(CONTENT_LENGTH, HeaderValue::from(64u32));
    reply
}

/// Keeps the status and headers but cuts the JSON body in half.
async fn malformed(reply: Response) -> Response {
    let (mut parts, body) = reply.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let cut = if bytes.is_empty() {
        Bytes::from_static(b"{\"")
    } else {
        bytes.slice(..bytes.len() / 2)
    };
    parts.headers.remove(CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(cut))
}

/// An HTTP body that errors on its first poll.
struct FailingBody;

impl http_body::Body for FailingBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "fault injection: connection dropped",
        ))))
    }
}
