//! Path normalisation before routing: repeated slashes collapse (`//v2//droplets`), and
//! API routes answer without the `/v2` prefix too (`/droplets` → `/v2/droplets`), for
//! clients configured with the bare server root.

use crate::ops::Registry;
use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::http::Uri;
use axum::middleware::Next;
use axum::response::Response;

/// The normalised form of `path`.
///
/// ```
/// let registry = do_sim::ops::Registry::new(do_sim::CHAPTERS);
/// use do_sim::layers::normalize::normalize_path as n;
/// assert_eq!(n("//v2//droplets/", &registry), "/v2/droplets");
/// assert_eq!(n("//droplets", &registry), "/v2/droplets");
/// assert_eq!(n("/index.html", &registry), "/index.html");
/// assert_eq!(n("/", &registry), "/");
/// ```
pub fn normalize_path(path: &str, registry: &Registry) -> String {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let needs_prefix = segments
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
    let path = req.uri().path();
    let fixed = normalize_path(path, &state.registry);
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
