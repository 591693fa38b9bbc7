//! Chapter `image_actions`: `transfer` (to another region) and `convert` (backup to
//! snapshot). POST and GET return a bare action object, as the spec says.

use super::numeric_id;
use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::state::SharedState;
use crate::store::actions::NewAction;
use crate::store::Store;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::Value;

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new(
        "imageActions_list",
        Verb::Get,
        "/v2/images/{image_id}/actions",
    ),
    Operation::new(
        "imageActions_post",
        Verb::Post,
        "/v2/images/{image_id}/actions",
    ),
    Operation::new(
        "imageActions_get",
        Verb::Get,
        "/v2/images/{image_id}/actions/{action_id}",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "image_actions",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("imageActions_list", image_actions_list)
        .handle("imageActions_post", image_actions_post)
        .handle("imageActions_get", image_actions_get)
        .finish()
}

fn image_id(store: &Store, text: &str) -> Result<u64, ApiError> {
    let id = numeric_id(text)?;
    store
        .catalogue
        .image(&id.to_string())
        .ok_or_else(ApiError::not_found)?;
    Ok(id)
}

/// `GET /v2/images/{image_id}/actions` → `{"actions": […], links, meta}`.
pub async fn image_actions_list(
    State(state): State<SharedState>,
    Path(image): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let id = image_id(&store, &image)?;
    let items = store
        .actions
        .for_resource("image", id)
        .map(|a| store.action_json(a))
        .collect();
    Ok(Json(paginate(items, "actions", &query)))
}

/// `POST /v2/images/{image_id}/actions` (`type`: `transfer` with `region`, or `convert`) → 201 bare action.
pub async fn image_actions_post(
    State(state): State<SharedState>,
    Path(image): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let mut store = state.store();
    let id = image_id(&store, &image)?;
    let key = id.to_string();
    let region = match body["type"].as_str() {
        Some("transfer") => {
            let region = body["region"].as_str().unwrap_or("");
            if store.catalogue.region(region).is_none() {
                return Err(ApiError::unprocessable(
                    "You specified an invalid region for the transfer.",
                ));
            }
            Some(region.to_string())
        }
        Some("convert") => None,
        _ => return Err(ApiError::unprocessable("type must be transfer or convert")),
    };
    let kind = if region.is_some() {
        "transfer"
    } else {
        "convert"
    };
    // A convert happens where the image is (the action's `region` is an object, never null).
    let slug = region.clone().or_else(|| {
        store
            .catalogue
            .image(&key)
            .and_then(|i| i.body["regions"][0].as_str().map(String::from))
    });
    let new = NewAction {
        kind,
        resource_id: Some(id),
        resource_type: "image",
        region_slug: slug.as_deref(),
    };
    let action = store.start_action(
        new,
        Some(Box::new(move |store: &mut Store| {
            let Some(image) = store.catalogue.image_mut(&key) else {
                return;
            };
            match region {
                Some(region) => {
                    if let Some(regions) = image.body["regions"].as_array_mut() {
                        if !regions.iter().any(|r| r == region.as_str()) {
                            regions.push(Value::from(region));
                        }
                    }
                }
                None => image.body["type"] = Value::from("snapshot"),
            }
        })),
    );
    Ok((StatusCode::CREATED, Json(action)))
}

/// `GET /v2/images/{image_id}/actions/{action_id}` → bare action.
pub async fn image_actions_get(
    State(state): State<SharedState>,
    Path((image, action_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let id = image_id(&store, &image)?;
    let action_id = numeric_id(&action_id)?;
    store
        .actions
        .get(action_id)
        .filter(|a| a.resource_type == "image" && a.resource_id == Some(id))
        .map(|a| Json(store.action_json(a)))
        .ok_or_else(ApiError::not_found)
}
