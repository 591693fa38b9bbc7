//! Counts every `/v2` reply by operationId and status for `/meta/statistics`.

use super::{is_api_path, operation_of};
use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

/// Counts the request once its reply is known.
pub async fn stats(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    if !is_api_path(req.uri().path()) {
        return next.run(req).await;
    }
    let operation = operation_of(&state, &req);
    let reply = next.run(req).await;
    state
        .store()
        .stats
        .count_request(operation, reply.status().as_u16());
    reply
}
