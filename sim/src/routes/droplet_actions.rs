//! Chapter `droplet_actions`: actions on one droplet or on every droplet with a tag.

use super::numeric_id;
use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery, Params};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::wrapped;
use crate::state::SharedState;
use crate::store::droplet_actions::BY_TAG_TYPES;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new(
        "dropletActions_list",
        Verb::Get,
        "/v2/droplets/{droplet_id}/actions",
    ),
    Operation::new(
        "dropletActions_post",
        Verb::Post,
        "/v2/droplets/{droplet_id}/actions",
    ),
    Operation::new(
        "dropletActions_post_byTag",
        Verb::Post,
        "/v2/droplets/actions",
    ),
    Operation::new(
        "dropletActions_get",
        Verb::Get,
        "/v2/droplets/{droplet_id}/actions/{action_id}",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "droplet_actions",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("dropletActions_list", droplet_actions_list)
        .handle("dropletActions_post", droplet_actions_post)
        .handle("dropletActions_post_byTag", droplet_actions_post_by_tag)
        .handle("dropletActions_get", droplet_actions_get)
        .finish()
}

/// `GET /v2/droplets/{droplet_id}/actions` → paginated `{"actions": […]}`, newest first.
pub async fn droplet_actions_list(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(&droplet_id)?;
    let store = state.store();
    store.droplets.get(id).ok_or_else(ApiError::not_found)?;
    let items = store
        .actions
        .for_resource("droplet", id)
        .map(|a| store.action_json(a))
        .collect();
    Ok(Json(paginate(items, "actions", &query)))
}

/// `POST /v2/droplets/{droplet_id}/actions` → 201 `{"action": …}`.
pub async fn droplet_actions_post(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let id = numeric_id(&droplet_id)?;
    let action = state.store().start_droplet_action(id, &body, false)?;
    Ok(wrapped(StatusCode::CREATED, "action", action))
}

/// `POST /v2/droplets/actions?tag_name=` → 201 `{"actions": […]}`, one per tagged droplet.
pub async fn droplet_actions_post_by_tag(
    State(state): State<SharedState>,
    params: Params,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let tag = params
        .get("tag_name")
        .ok_or_else(|| ApiError::unprocessable("tag_name is required for actions by tag."))?;
    let kind = body["type"].as_str().unwrap_or("");
    if !BY_TAG_TYPES.contains(&kind) {
        return Err(ApiError::unprocessable(format!(
            "type must be one of: {}",
            BY_TAG_TYPES.join(", ")
        )));
    }
    let mut store = state.store();
    let ids: Vec<u64> = store
        .droplets
        .iter()
        .filter(|d| d.tags.iter().any(|t| t == tag))
        .map(|d| d.id)
        .collect();
    let mut actions = Vec::with_capacity(ids.len());
    for id in ids {
        actions.push(store.start_droplet_action(id, &body, true)?);
    }
    Ok(wrapped(StatusCode::CREATED, "actions", actions))
}

/// `GET /v2/droplets/{droplet_id}/actions/{action_id}` → `{"action": …}`.
pub async fn droplet_actions_get(
    State(state): State<SharedState>,
    Path((droplet_id, action_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(&droplet_id)?;
    let action_id = numeric_id(&action_id)?;
    let store = state.store();
    let action = store
        .actions
        .get(action_id)
        .filter(|a| a.resource_type == "droplet" && a.resource_id == Some(id))
        .map(|a| store.action_json(a))
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "action": action })))
}
