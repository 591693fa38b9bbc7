//! Chapter `volumes`: block storage volumes, their snapshots and their actions (attach,
//! detach, resize; by id and by name).

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery, Params};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::numeric_id;
use crate::routes::snapshots::{snapshot_delete, snapshot_reply};
use crate::routes::wrapped;
use crate::state::SharedState;
use crate::store::Store;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("volumes_list", Verb::Get, "/v2/volumes"),
    Operation::new("volumes_create", Verb::Post, "/v2/volumes"),
    Operation::new("volumes_delete_byName", Verb::Delete, "/v2/volumes"),
    Operation::new("volumeActions_post", Verb::Post, "/v2/volumes/actions"),
    Operation::new(
        "volumeSnapshots_get_byId",
        Verb::Get,
        "/v2/volumes/snapshots/{snapshot_id}",
    ),
    Operation::new(
        "volumeSnapshots_delete_byId",
        Verb::Delete,
        "/v2/volumes/snapshots/{snapshot_id}",
    ),
    Operation::new("volumes_get", Verb::Get, "/v2/volumes/{volume_id}"),
    Operation::new("volumes_delete", Verb::Delete, "/v2/volumes/{volume_id}"),
    Operation::new(
        "volumeActions_list",
        Verb::Get,
        "/v2/volumes/{volume_id}/actions",
    ),
    Operation::new(
        "volumeActions_post_byId",
        Verb::Post,
        "/v2/volumes/{volume_id}/actions",
    ),
    Operation::new(
        "volumeActions_get",
        Verb::Get,
        "/v2/volumes/{volume_id}/actions/{action_id}",
    ),
    Operation::new(
        "volumeSnapshots_list",
        Verb::Get,
        "/v2/volumes/{volume_id}/snapshots",
    ),
    Operation::new(
        "volumeSnapshots_create",
        Verb::Post,
        "/v2/volumes/{volume_id}/snapshots",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "volumes",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("volumes_list", volumes_list)
        .handle("volumes_create", volumes_create)
        .handle("volumes_delete_byName", volumes_delete_by_name)
        .handle("volumeActions_post", volume_actions_post)
        .handle("volumeSnapshots_get_byId", volume_snapshots_get_by_id)
        .handle("volumeSnapshots_delete_byId", volume_snapshots_delete_by_id)
        .handle("volumes_get", volumes_get)
        .handle("volumes_delete", volumes_delete)
        .handle("volumeActions_list", volume_actions_list)
        .handle("volumeActions_post_byId", volume_actions_post_by_id)
        .handle("volumeActions_get", volume_actions_get)
        .handle("volumeSnapshots_list", volume_snapshots_list)
        .handle("volumeSnapshots_create", volume_snapshots_create)
        .finish()
}

/// `GET /v2/volumes` → paginated `{"volumes": […]}`; `name` and `region` filter.
pub async fn volumes_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let store = state.store();
    let name = query.params.get("name");
    let region = query.params.get("region");
    let items = store
        .volumes
        .items
        .iter()
        .filter(|v| name.is_none_or(|n| v.name == n))
        .filter(|v| region.is_none_or(|r| v.region_slug == r))
        .map(|v| store.volume_json(v))
        .collect();
    Json(paginate(items, "volumes", &query))
}

/// `POST /v2/volumes` → 201 `{"volume": …}`.
pub async fn volumes_create(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let volume = state.store().create_volume(&body)?;
    Ok(wrapped(StatusCode::CREATED, "volume", volume))
}

/// `DELETE /v2/volumes?name=&region=` (operation `volumes_delete_byName`) → 204.
pub async fn volumes_delete_by_name(
    State(state): State<SharedState>,
    params: Params,
) -> Result<StatusCode, ApiError> {
    let (Some(name), Some(region)) = (params.get("name"), params.get("region")) else {
        return Err(ApiError::unprocessable("name and region are required"));
    };
    let mut store = state.store();
    let id = store
        .volumes
        .by_name(name, region)
        .map(|v| v.id.clone())
        .ok_or_else(ApiError::not_found)?;
    store.delete_volume(&id)?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /v2/volumes/{volume_id}` → `{"volume": …}`.
pub async fn volumes_get(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let volume = store.volumes.find(&volume_id)?;
    Ok(Json(json!({ "volume": store.volume_json(volume) })))
}

/// `DELETE /v2/volumes/{volume_id}` → 204; 409 while attached to a droplet.
pub async fn volumes_delete(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.store().delete_volume(&volume_id)?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /v2/volumes/actions` (`volumeActions_post`: attach/detach by `volume_name`,
/// `region`, `droplet_id`) → 202 `{"action": …}`.
pub async fn volume_actions_post(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let name = body["volume_name"]
        .as_str()
        .ok_or_else(|| ApiError::unprocessable("volume_name is required"))?;
    if !matches!(body["type"].as_str(), Some("attach" | "detach")) {
        return Err(ApiError::unprocessable("type must be attach or detach"));
    }
    let mut store = state.store();
    let region = match body["region"].as_str() {
        Some(region) => region.to_string(),
        None => droplet_region(&store, &body)?,
    };
    let id = store
        .volumes
        .by_name(name, &region)
        .map(|v| v.id.clone())
        .ok_or_else(ApiError::not_found)?;
    let action = store.start_volume_action(&id, &body)?;
    Ok(wrapped(StatusCode::ACCEPTED, "action", action))
}

/// The region of the body's `droplet_id` (where a by-name action looks for the volume).
fn droplet_region(store: &Store, body: &Value) -> Result<String, ApiError> {
    let droplet_id = body["droplet_id"]
        .as_u64()
        .ok_or_else(|| ApiError::unprocessable("droplet_id is required"))?;
    store
        .droplets
        .get(droplet_id)
        .map(|d| d.region_slug.clone())
        .ok_or_else(ApiError::not_found)
}

/// `POST /v2/volumes/{volume_id}/actions` (attach, detach, resize) → 202 `{"action": …}`.
pub async fn volume_actions_post_by_id(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let action = state.store().start_volume_action(&volume_id, &body)?;
    Ok(wrapped(StatusCode::ACCEPTED, "action", action))
}

/// `GET /v2/volumes/{volume_id}/actions` → paginated `{"actions": […]}`, newest first.
pub async fn volume_actions_list(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let volume = store.volumes.find(&volume_id)?;
    let items = volume
        .action_ids
        .iter()
        .rev()
        .filter_map(|id| store.action_by_id(*id))
        .collect();
    Ok(Json(paginate(items, "actions", &query)))
}

/// `GET /v2/volumes/{volume_id}/actions/{action_id}` → `{"action": …}`.
pub async fn volume_actions_get(
    State(state): State<SharedState>,
    Path((volume_id, action_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let action_id = numeric_id(&action_id)?;
    let store = state.store();
    let volume = store.volumes.find(&volume_id)?;
    if !volume.action_ids.contains(&action_id) {
        return Err(ApiError::not_found());
    }
    let action = store
        .action_by_id(action_id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "action": action })))
}

/// `GET /v2/volumes/{volume_id}/snapshots` → paginated `{"snapshots": […]}`.
pub async fn volume_snapshots_list(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    store.volumes.find(&volume_id)?;
    let items = store.snapshots.for_resource("volume", &volume_id);
    Ok(Json(paginate(items, "snapshots", &query)))
}

/// `POST /v2/volumes/{volume_id}/snapshots` (`name`, optional `tags`) → 201 `{"snapshot": …}`.
pub async fn volume_snapshots_create(
    State(state): State<SharedState>,
    Path(volume_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let snapshot = state.store().snapshot_volume(&volume_id, &body)?;
    Ok(wrapped(StatusCode::CREATED, "snapshot", snapshot))
}

/// `GET /v2/volumes/snapshots/{snapshot_id}` → `{"snapshot": …}` (volume snapshots only).
pub async fn volume_snapshots_get_by_id(
    State(state): State<SharedState>,
    Path(snapshot_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    snapshot_reply(&state, &snapshot_id, Some("volume"))
}

/// `DELETE /v2/volumes/snapshots/{snapshot_id}` → 204 (volume snapshots only).
pub async fn volume_snapshots_delete_by_id(
    State(state): State<SharedState>,
    Path(snapshot_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    snapshot_delete(&state, &snapshot_id, Some("volume"))
}
