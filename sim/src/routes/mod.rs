//! HTTP routes, one file per chapter; handlers are named by operationId.

pub mod account;
pub mod actions;
pub mod domains;
pub mod droplet_actions;
pub mod droplets;
pub mod image_actions;
pub mod images;
pub mod keys;
pub mod meta;
pub mod records;
pub mod regions;
pub mod sizes;
pub mod snapshots;
pub mod tags;
pub mod volumes;

use crate::error::ApiError;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;
use serde_json::json;

/// 405 in DigitalOcean's shape for a known path with another method.
pub async fn method_not_allowed() -> ApiError {
    ApiError::method_not_allowed()
}

/// Parses a numeric path id (`droplet_id`, `action_id`…); anything else is a 404.
///
/// ```
/// assert_eq!(do_sim::routes::numeric_id("42").unwrap(), 42);
/// assert_eq!(do_sim::routes::numeric_id("x").unwrap_err().status, 404);
/// ```
pub fn numeric_id(text: &str) -> Result<u64, ApiError> {
    text.parse().map_err(|_| ApiError::not_found())
}

/// A reply `status` with the body `{key: value}` (the shape of DigitalOcean's single-object
/// replies such as 201 `{"volume": …}` or 202 `{"action": …}`).
///
/// ```
/// use axum::http::StatusCode;
/// let (status, body) = do_sim::routes::wrapped(StatusCode::CREATED, "tag", serde_json::json!({"name": "a"}));
/// assert_eq!(status, StatusCode::CREATED);
/// assert_eq!(body.0["tag"]["name"], "a");
/// ```
pub fn wrapped(
    status: StatusCode,
    key: &str,
    value: impl Serialize,
) -> (StatusCode, Json<serde_json::Value>) {
    (status, Json(json!({ key: value })))
}

/// `status` when the resource was found, else DigitalOcean's 404.
///
/// ```
/// use axum::http::StatusCode;
/// assert_eq!(do_sim::routes::status_if_found(true, StatusCode::ACCEPTED).unwrap(), StatusCode::ACCEPTED);
/// assert_eq!(do_sim::routes::status_if_found(false, StatusCode::ACCEPTED).unwrap_err().status, 404);
/// ```
pub fn status_if_found(found: bool, status: StatusCode) -> Result<StatusCode, ApiError> {
    if found {
        Ok(status)
    } else {
        Err(ApiError::not_found())
    }
}
