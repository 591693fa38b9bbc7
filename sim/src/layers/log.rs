//! One line per request on stderr: method, path (no query, no headers: the token can never
//! appear), status and duration.

use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

/// Logs the request after it is answered (unless `--quiet`).
pub async fn log(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    if state.config.quiet {
        return next.run(req).await;
    }
    let started = Instant::now();
    let line = format!("{} {}", req.method(), req.uri().path());
    let reply = next.run(req).await;
    eprintln!(
        "{line} {} {}ms",
        reply.status().as_u16(),
        started.elapsed().as_millis()
    );
    reply
}
