//! Chapter `snapshots`: every snapshot of droplets and volumes — list (filter
//! `resource_type`), get, delete.

use crate::error::ApiError;
use crate::extract::ListQuery;
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::status_if_found;
use crate::state::SharedState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("snapshots_list", Verb::Get, "/v2/snapshots"),
    Operation::new("snapshots_get", Verb::Get, "/v2/snapshots/{snapshot_id}"),
    Operation::new(
        "snapshots_delete",
        Verb::Delete,
        "/v2/snapshots/{snapshot_id}",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "snapshots",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("snapshots_list", snapshots_list)
        .handle("snapshots_get", snapshots_get)
        .handle("snapshots_delete", snapshots_delete)
        .finish()
}

/// `GET /v2/snapshots` → paginated `{"snapshots": […]}`; `resource_type=droplet|volume`
/// filters (any other value is a 400).
pub async fn snapshots_list(
    State(state): State<SharedState>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let kind = query.params.get("resource_type");
    if kind.is_some_and(|k| k != "droplet" && k != "volume") {
        return Err(ApiError::bad_request(
            "resource_type must be droplet or volume",
        ));
    }
    let items = state.store().snapshots.list(kind);
    Ok(Json(paginate(items, "snapshots", &query)))
}

/// `{"snapshot": …}` for snapshot `id`, when it exists and (if `kind` is given) is of that
/// `resource_type`; otherwise a 404. Shared with the volume snapshot routes.
pub fn snapshot_reply(
    state: &SharedState,
    id: &str,
    kind: Option<&str>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let snapshot = store
        .snapshots
        .get(id)
        .filter(|s| kind.is_none_or(|k| s["resource_type"] == k))
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "snapshot": snapshot })))
}

/// Deletes snapshot `id` (of `resource_type` `kind` when given) → 204, or a 404; a droplet
/// snapshot also leaves its droplet's `snapshot_ids`. Shared with the volume snapshot routes.
pub fn snapshot_delete(
    state: &SharedState,
    id: &str,
    kind: Option<&str>,
) -> Result<StatusCode, ApiError> {
    let mut store = state.store();
    let matches = store
        .snapshots
        .get(id)
        .is_some_and(|s| kind.is_none_or(|k| s["resource_type"] == k));
    status_if_found(matches && store.remove_snapshot(id), StatusCode::NO_CONTENT)
}

/// `GET /v2/snapshots/{snapshot_id}` → `{"snapshot": …}`.
pub async fn snapshots_get(
    State(state): State<SharedState>,
    Path(snapshot_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    snapshot_reply(&state, &snapshot_id, None)
}

/// `DELETE /v2/snapshots/{snapshot_id}` → 204; a droplet snapshot also leaves its
/// droplet's `snapshot_ids`.
pub async fn snapshots_delete(
    State(state): State<SharedState>,
    Path(snapshot_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    snapshot_delete(&state, &snapshot_id, None)
}
