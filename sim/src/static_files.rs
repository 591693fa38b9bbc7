//! Unmatched requests: files of `--static DIR` (the console) outside the API, otherwise a
//! DigitalOcean-shaped 404.

use crate::error::ApiError;
use crate::layers::{is_api_path, is_meta_path};
use crate::state::SharedState;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, Method};
use axum::response::{IntoResponse, Response};
use std::path::{Component, Path, PathBuf};

/// Serves a static file for GET/HEAD outside `/v2` and `/meta`, or answers 404.
pub async fn fallback(State(state): State<SharedState>, req: Request) -> Response {
    let path = req.uri().path();
    let static_dir = state.config.static_dir.as_deref();
    let servable = matches!(*req.method(), Method::GET | Method::HEAD);
    match static_dir {
        Some(dir) if servable && !is_api_path(path) && !is_meta_path(path) => {
            serve(dir, path).await
        }
        _ => ApiError::not_found().into_response(),
    }
}

/// The file for `url_path` under `root`; `None` for paths leaving the root.
///
/// ```
/// use std::path::Path;
/// use do_sim::static_files::resolve;
/// assert_eq!(resolve(Path::new("/srv"), "/a/b.js"), Some(Path::new("/srv/a/b.js").to_path_buf()));
/// assert_eq!(resolve(Path::new("/srv"), "/../etc/passwd"), None);
/// ```
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let mut out = root.to_path_buf();
    for component in Path::new(url_path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

async fn serve(root: &Path, url_path: &str) -> Response {
    let Some(mut file) = resolve(root, url_path) else {
        return ApiError::not_found().into_response();
    };
    if tokio::fs::metadata(&file).await.is_ok_and(|m| m.is_dir()) {
        file.push("index.html");
    }
    match tokio::fs::read(&file).await {
        Ok(bytes) => {
            let mut reply = bytes.into_response();
            reply
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type(&file)));
            reply
        }
        Err(_) => ApiError::not_found().into_response(),
    }
}

/// The MIME type for a file name's extension.
fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
