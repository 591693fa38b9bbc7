//! Bearer authentication of `/v2` and `/meta` (static files are public).

use super::{is_api_path, is_meta_path};
use crate::extract::authorize;
use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Answers 401 `unauthorized` unless the request carries an accepted bearer token.
pub async fn auth(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if is_api_path(path) || is_meta_path(path) {
        if let Err(error) = authorize(req.headers(), &state.config) {
            return error.into_response();
        }
    }
    next.run(req).await
}
