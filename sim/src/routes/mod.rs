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
