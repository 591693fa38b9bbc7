//! Path normalisation before routing: repeated slashes collapse (`//v2//droplets`), and
//! API routes answer without the `/v2` prefix too (`/droplets` → `/v2/droplets`), for
//! clients configured with the bare server root. With `--static`, a request without an
//! `Authorization` header is a browser asset fetch and keeps its path, so the console may
//! have folders named like API routes.

use crate::ops::Registry;
use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::Response;

/// The normalised form of `path`; `api_prefix` allows adding the missing `/v2`.
///
/// ```
/// let registry = do_sim::ops::Registry::new(do_sim::CHAPTERS);
/// use do_sim::layers::normalize::normalize_path as n;
/// assert_eq!(n("//v2//droplets/", &registry, true), "/v2/droplets");
/// assert_eq!(n("//droplets", &registry, true), "/v2/droplets");
/// assert_eq!(n("//images/logo.png", &registry, false), "/images/logo.png");
/// assert_eq!(n("/index.html", &registry, true), "/index.html");
/// assert_eq!(n("/", &registry, true), "/");
/// ```
pub fn normalize_path(path: &str, registry: &Registry, api_prefix: bool) -> String {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let needs_prefix = api_prefix
        && segments
            .first()
            .is_some_and(|first| registry.is_api_segment(first));
    let mut out = String::with_capacity(path.len() + 3);
    if needs_prefix {
        out.push_str("/v2");
    }
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Rewrites the request URI to its normalised path (the query is kept).
pub async fn normalize(State(state): State<SharedState>, mut req: Request, next: Next) -> Response {
    let api_prefix = state.config.static_dir.is_none() || req.headers().contains_key(AUTHORIZATION);
    let path = req.uri().path();
    let fixed = normalize_path(path, &state.registry, api_prefix);
    if fixed != path {
        let with_query = match req.uri().query() {
            Some(query) => format!("{fixed}?{query}"),
            None => fixed,
        };
        if let Ok(uri) = with_query.parse::<Uri>() {
            *req.uri_mut() = uri;
        }
    }
    next.run(req).await
}
