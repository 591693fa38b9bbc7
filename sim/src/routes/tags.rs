//! Chapter `tags`: create, list, get (with resource counts), delete, and tagging or
//! untagging resources (droplets, images, volumes, volume snapshots).

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::status_if_found;
use crate::state::SharedState;
use crate::store::tags::{check_tag_name, TaggedResource, TAGGABLE_TYPES};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("tags_list", Verb::Get, "/v2/tags"),
    Operation::new("tags_create", Verb::Post, "/v2/tags"),
    Operation::new("tags_get", Verb::Get, "/v2/tags/{tag_id}"),
    Operation::new("tags_delete", Verb::Delete, "/v2/tags/{tag_id}"),
    Operation::new(
        "tags_assign_resources",
        Verb::Post,
        "/v2/tags/{tag_id}/resources",
    ),
    Operation::new(
        "tags_unassign_resources",
        Verb::Delete,
        "/v2/tags/{tag_id}/resources",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "tags",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("tags_list", tags_list)
        .handle("tags_create", tags_create)
        .handle("tags_get", tags_get)
        .handle("tags_delete", tags_delete)
        .handle("tags_assign_resources", tags_assign_resources)
        .handle("tags_unassign_resources", tags_unassign_resources)
        .finish()
}

/// `GET /v2/tags` → paginated `{"tags": […]}`, each with its `resources` statistics.
pub async fn tags_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let mut store = state.store();
    store.sync_tags();
    let names: Vec<String> = store.tags.names().map(String::from).collect();
    let items = names.iter().map(|name| store.tag_json(name)).collect();
    Json(paginate(items, "tags", &query))
}

/// `POST /v2/tags` (`name`) → 201 `{"tag": …}`; an existing name (any case) returns the
/// tag with its canonical spelling.
pub async fn tags_create(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    let mut store = state.store();
    let canonical = store.tags.create(name).map_err(ApiError::unprocessable)?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "tag": store.tag_json(&canonical) })),
    ))
}

/// `GET /v2/tags/{tag_id}` → `{"tag": {name, resources}}`.
pub async fn tags_get(
    State(state): State<SharedState>,
    Path(tag): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let mut store = state.store();
    store.sync_tags();
    if !store.tags.exists(&tag) {
        return Err(ApiError::not_found());
    }
    Ok(Json(json!({ "tag": store.tag_json(&tag) })))
}

/// `DELETE /v2/tags/{tag_id}` → 204; the tag is removed from every resource.
pub async fn tags_delete(
    State(state): State<SharedState>,
    Path(tag): Path<String>,
) -> Result<StatusCode, ApiError> {
    let mut store = state.store();
    store.sync_tags();
    status_if_found(store.delete_tag(&tag), StatusCode::NO_CONTENT)
}

/// The `resources` of a tag/untag body, each checked for a known `resource_type`.
fn resources_of(body: &Value) -> Result<Vec<TaggedResource>, ApiError> {
    let items = body["resources"]
        .as_array()
        .filter(|items| !items.is_empty())
        .ok_or_else(|| ApiError::unprocessable("resources must be a non-empty array"))?;
    items
        .iter()
        .map(|item| {
            let kind = item["resource_type"].as_str().unwrap_or_default();
            if !TAGGABLE_TYPES.contains(&kind) {
                return Err(ApiError::unprocessable(format!(
                    "resource_type must be one of {}",
                    TAGGABLE_TYPES.join(", ")
                )));
            }
            let id = match &item["resource_id"] {
                Value::String(id) if !id.is_empty() => id.clone(),
                Value::Number(id) => id.to_string(),
                _ => return Err(ApiError::unprocessable("resource_id is required")),
            };
            Ok(TaggedResource::new(kind, id))
        })
        .collect()
}

async fn set_tags(
    state: SharedState,
    tag: &str,
    body: &Value,
    add: bool,
) -> Result<StatusCode, ApiError> {
    check_tag_name(tag).map_err(|_| ApiError::not_found())?;
    let resources = resources_of(body)?;
    let mut store = state.store();
    store.sync_tags();
    if !store.tags.exists(tag) {
        return Err(ApiError::not_found());
    }
    let missing: Vec<&TaggedResource> = resources
        .iter()
        .filter(|r| !store.resource_exists(r))
        .collect();
    if let Some(resource) = missing.first() {
        return Err(ApiError::unprocessable(format!(
            "{} {} was not found",
            resource.resource_type, resource.resource_id
        )));
    }
    for resource in &resources {
        store.set_tag(tag, resource, add);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /v2/tags/{tag_id}/resources` (`resources: [{resource_id, resource_type}]`) → 204.
pub async fn tags_assign_resources(
    State(state): State<SharedState>,
    Path(tag): Path<String>,
    DoJson(body): DoJson,
) -> Result<StatusCode, ApiError> {
    set_tags(state, &tag, &body, true).await
}

/// `DELETE /v2/tags/{tag_id}/resources` (same body) → 204.
pub async fn tags_unassign_resources(
    State(state): State<SharedState>,
    Path(tag): Path<String>,
    DoJson(body): DoJson,
) -> Result<StatusCode, ApiError> {
    set_tags(state, &tag, &body, false).await
}
