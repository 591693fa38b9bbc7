//! Destroying a droplet together with its associated resources (snapshots, volumes and
//! volume snapshots; no reserved or floating IPs are simulated).

use crate::error::ApiError;
use crate::extract::DoJson;
use crate::routes::numeric_id;
use crate::routes::status_if_found;
use crate::state::SharedState;
use crate::store::Store;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::Value;

/// `GET …/destroy_with_associated_resources` → `{reserved_ips, floating_ips, snapshots, volumes, volume_snapshots}`.
pub async fn droplets_list_associated_resources(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    report(&state, &droplet_id, |store, id| {
        store.associated_resources(id)
    })
}

/// The object `find` builds for the droplet `droplet_id`, or 404.
fn report(
    state: &SharedState,
    droplet_id: &str,
    find: impl FnOnce(&Store, u64) -> Option<Value>,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(droplet_id)?;
    find(&state.store(), id)
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

/// `DELETE …/destroy_with_associated_resources/selective` (body lists the ids) → 202.
pub async fn droplets_destroy_with_associated_resources_selective(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<StatusCode, ApiError> {
    destroy(&state, &droplet_id, Some(&body))
}

/// Destroys the droplet with the chosen resources (`None` = all): 202, or 404.
fn destroy(
    state: &SharedState,
    droplet_id: &str,
    chosen: Option<&Value>,
) -> Result<StatusCode, ApiError> {
    let id = numeric_id(droplet_id)?;
    status_if_found(
        state.store().destroy_with_resources(id, chosen),
        StatusCode::ACCEPTED,
    )
}

/// `DELETE …/destroy_with_associated_resources/dangerous` (header `X-Dangerous: true`) → 202.
pub async fn droplets_destroy_with_associated_resources_dangerous(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let confirmed = headers
        .get("x-dangerous")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if !confirmed {
        return Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            "precondition_failed",
            "The X-Dangerous header must be set to true to destroy all associated resources.",
        ));
    }
    destroy(&state, &droplet_id, None)
}

/// `GET …/destroy_with_associated_resources/status` → the destroy report.
pub async fn droplets_get_destroy_associated_resources_status(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    report(&state, &droplet_id, |store, id| {
        store.droplets.destroy_reports.get(&id).cloned()
    })
}

/// `POST …/destroy_with_associated_resources/retry` → 202 when a destroy was recorded.
pub async fn droplets_destroy_retry_with_associated_resources(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = numeric_id(&droplet_id)?;
    status_if_found(
        state.store().droplets.destroy_reports.contains_key(&id),
        StatusCode::ACCEPTED,
    )
}
