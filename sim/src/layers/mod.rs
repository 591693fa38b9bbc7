//! Middleware, one concern per file. Order of a request (outermost first):
//! [`log`] → [`cors`] → [`normalize`] → routing → [`request_id`] → [`stats`] → [`auth`] →
//! [`rate_limit`] → [`faults`] → handler.

pub mod auth;
pub mod cors;
pub mod faults;
pub mod log;
pub mod normalize;
pub mod rate_limit;
pub mod request_id;
pub mod stats;

use crate::ops::Verb;
use crate::state::AppState;
use axum::extract::{MatchedPath, Request};

/// The operationId of a routed request, from its method and matched path.
pub fn operation_of(state: &AppState, req: &Request) -> Option<&'static str> {
    let matched = req.extensions().get::<MatchedPath>()?;
    state
        .registry
        .find(Verb::of(req.method())?, matched.as_str())
}

/// True for paths of the API proper (`/v2…`), which are authenticated, limited and counted.
///
/// ```
/// assert!(do_sim::layers::is_api_path("/v2/droplets"));
/// assert!(!do_sim::layers::is_api_path("/v2x"));
/// ```
pub fn is_api_path(path: &str) -> bool {
    path == "/v2" || path.starts_with("/v2/")
}

/// True for the meta interface (`/meta…`): authenticated but never rate limited.
///
/// ```
/// assert!(do_sim::layers::is_meta_path("/meta/ping"));
/// ```
pub fn is_meta_path(path: &str) -> bool {
    path == "/meta" || path.starts_with("/meta/")
}
