//! Chapter `images`: the catalogue's images (filters `type`, `private`, `tag_name`), get by
//! id or slug, custom image import, update and delete of private images, and account
//! transfers of snapshot images (see [`crate::store::image_transfers`]).

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::wrapped;
use crate::state::SharedState;
use crate::time::iso8601;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter: every operation of the spec's `Images` tag.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("images_list", Verb::Get, "/v2/images"),
    Operation::new("images_create_custom", Verb::Post, "/v2/images"),
    Operation::new("images_get", Verb::Get, "/v2/images/{image_id}"),
    Operation::new("images_update", Verb::Put, "/v2/images/{image_id}"),
    Operation::new("images_delete", Verb::Delete, "/v2/images/{image_id}"),
    Operation::new(
        "images_post_account_transfer_create",
        Verb::Post,
        "/v2/images/{image_id}/account_transfer",
    ),
    Operation::new(
        "images_post_account_transfer_accept",
        Verb::Post,
        "/v2/images/{image_id}/account_transfer/accept",
    ),
    Operation::new(
        "images_post_account_transfer_cancel",
        Verb::Post,
        "/v2/images/{image_id}/account_transfer/cancel",
    ),
    Operation::new(
        "images_post_account_transfer_decline",
        Verb::Post,
        "/v2/images/{image_id}/account_transfer/decline",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "images",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("images_list", images_list)
        .handle("images_create_custom", images_create_custom)
        .handle("images_get", images_get)
        .handle("images_update", images_update)
        .handle("images_delete", images_delete)
        .handle(
            "images_post_account_transfer_create",
            images_post_account_transfer_create,
        )
        .handle(
            "images_post_account_transfer_accept",
            images_post_account_transfer_accept,
        )
        .handle(
            "images_post_account_transfer_cancel",
            images_post_account_transfer_end,
        )
        .handle(
            "images_post_account_transfer_decline",
            images_post_account_transfer_end,
        )
        .finish()
}

/// `GET /v2/images` (`type=distribution|application`, `private=true`, `tag_name`) → paginated list.
pub async fn images_list(
    State(state): State<SharedState>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let kind = query.params.get("type");
    if kind.is_some_and(|k| !matches!(k, "distribution" | "application")) {
        return Err(ApiError::bad_request(
            "type must be distribution or application",
        ));
    }
    let private = query.params.get("private") == Some("true");
    let tag = query.params.get("tag_name");
    let store = state.store();
    let items = store
        .catalogue
        .images
        .iter()
        .filter(|i| kind.is_none_or(|k| i.category == k))
        .filter(|i| !private || i.category == "private")
        .filter(|i| {
            tag.is_none_or(|t| {
                i.body["tags"]
                    .as_array()
                    .is_some_and(|tags| tags.iter().any(|x| x == t))
            })
        })
        .map(|i| i.body.clone())
        .collect();
    Ok(Json(paginate(items, "images", &query)))
}

/// `GET /v2/images/{image_id}` (id or slug) → `{"image": …}`.
pub async fn images_get(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let image = store
        .catalogue
        .image(&image_id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "image": image.body })))
}

/// `POST /v2/images` (`name`, `url`, `region` required) → 202 `{"image": …}` with status `NEW`.
pub async fn images_create_custom(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let mut store = state.store();
    let field = |name: &str| {
        body[name]
            .as_str()
            .filter(|t| !t.is_empty())
            .map(String::from)
    };
    let (Some(name), Some(url), Some(region)) = (field("name"), field("url"), field("region"))
    else {
        return Err(ApiError::unprocessable(
            "name, url and region are required.",
        ));
    };
    if store.catalogue.region(&region).is_none() {
        return Err(ApiError::unprocessable("You specified an invalid region."));
    }
    let _ = url;
    let id = store.next_id("image");
    let image = json!({
        "id": id, "name": name, "type": "custom",
        "distribution": field("distribution").unwrap_or_else(|| "Unknown".into()),
        "slug": null, "public": false, "regions": [region], "created_at": iso8601(store.now_ms),
        "min_disk_size": null, "size_gigabytes": null, "description": field("description").unwrap_or_default(),
        "tags": body["tags"].as_array().cloned().unwrap_or_default(), "status": "NEW", "error_message": "",
    });
    let image = store.catalogue.add_private_image(image);
    Ok(wrapped(StatusCode::ACCEPTED, "image", image))
}

/// `PUT /v2/images/{image_id}` (`name`, `description`, `distribution`) → `{"image": …}`; private images only.
pub async fn images_update(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    let mut store = state.store();
    let image = store
        .catalogue
        .image_mut(&image_id)
        .filter(|i| i.category == "private")
        .ok_or_else(ApiError::not_found)?;
    for field in ["name", "description", "distribution"] {
        match &body[field] {
            Value::Null => {}
            Value::String(text) if field != "name" || !text.is_empty() => {
                image.body[field] = Value::from(text.as_str())
            }
            _ => {
                return Err(ApiError::unprocessable(format!(
                    "{field} must be a non-empty string"
                )))
            }
        }
    }
    Ok(Json(json!({ "image": image.body })))
}

/// `DELETE /v2/images/{image_id}` → 204; private images only.
pub async fn images_delete(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let mut store = state.store();
    let wanted = image_id.parse::<u64>().ok();
    let before = store.catalogue.images.len();
    store
        .catalogue
        .images
        .retain(|i| !(i.category == "private" && i.body["id"].as_u64() == wanted));
    if store.catalogue.images.len() == before {
        return Err(ApiError::not_found());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /v2/images/{image_id}/account_transfer` (`recipient_email` or `recipient_uuid`) →
/// 201 `{"transfer_id": n}`; the transfer stays pending until accepted, cancelled or declined.
pub async fn images_post_account_transfer_create(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let transfer_id = state.store().start_image_transfer(&image_id, &body)?;
    Ok(wrapped(StatusCode::CREATED, "transfer_id", transfer_id))
}

/// `POST /v2/images/{image_id}/account_transfer/accept` (`transfer_id`, `recipient_uuid`) →
/// 201 with no body; the image leaves this account.
pub async fn images_post_account_transfer_accept(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<StatusCode, ApiError> {
    state.store().accept_image_transfer(&image_id, &body)?;
    Ok(StatusCode::CREATED)
}

/// `POST /v2/images/{image_id}/account_transfer/cancel` and `…/decline` (`transfer_id`) →
/// 204; the pending transfer is dropped and the image stays.
pub async fn images_post_account_transfer_end(
    State(state): State<SharedState>,
    Path(image_id): Path<String>,
    DoJson(body): DoJson,
) -> Result<StatusCode, ApiError> {
    state.store().end_image_transfer(&image_id, &body)?;
    Ok(StatusCode::NO_CONTENT)
}
