//! Droplet create, list, get and destroy.

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery, Params};
use crate::pages::paginate;
use crate::routes::numeric_id;
use crate::routes::status_if_found;
use crate::state::SharedState;
use axum::extract::{Path, State};
use axum::http::header::HOST;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};

/// `POST /v2/droplets` → 202 `{droplet | droplets, links: {actions: [{id, rel, href}]}}`.
pub async fn droplets_create(
    State(state): State<SharedState>,
    headers: HeaderMap,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let multiple = body.get("names").is_some();
    let mut store = state.store();
    let plan = store.plan_droplets(&body)?;
    let (droplets, actions) = store.create_droplets(plan)?;
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    let links: Vec<Value> = actions
        .iter()
        .map(|a| json!({"id": a["id"], "rel": "create", "href": format!("http://{host}/v2/actions/{}", a["id"])}))
        .collect();
    let body = if multiple {
        json!({"droplets": droplets, "links": {"actions": links}})
    } else {
        json!({"droplet": droplets.first(), "links": {"actions": links}})
    };
    Ok((StatusCode::ACCEPTED, Json(body)))
}

/// `GET /v2/droplets` (filters `tag_name`, `name`, `type=droplets|gpus`) → paginated
/// `{"droplets": […]}`. No simulated droplet is a GPU droplet.
pub async fn droplets_list(
    State(state): State<SharedState>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let gpus_only = match query.params.get("type") {
        None | Some("droplets") => false,
        Some("gpus") => true,
        Some(_) => return Err(ApiError::bad_request("type must be droplets or gpus")),
    };
    let store = state.store();
    let tag = query.params.get("tag_name");
    let name = query.params.get("name");
    let items = store
        .droplets
        .iter()
        .filter(|_| !gpus_only)
        .filter(|d| tag.is_none_or(|t| d.tags.iter().any(|have| have == t)))
        .filter(|d| name.is_none_or(|n| d.name == n))
        .map(|d| store.droplet_json(d))
        .collect();
    Ok(Json(paginate(items, "droplets", &query)))
}

/// `GET /v2/droplets/{droplet_id}` → `{"droplet": …}`.
pub async fn droplets_get(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(&droplet_id)?;
    let droplet = state
        .store()
        .droplet_by_id(id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "droplet": droplet })))
}

/// `DELETE /v2/droplets/{droplet_id}` → 204.
pub async fn droplets_destroy(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = numeric_id(&droplet_id)?;
    status_if_found(state.store().destroy_droplet(id), StatusCode::NO_CONTENT)
}

/// `DELETE /v2/droplets?tag_name=` → 204, every droplet with the tag destroyed.
pub async fn droplets_destroy_by_tag(
    State(state): State<SharedState>,
    params: Params,
) -> Result<StatusCode, ApiError> {
    let tag = params.get("tag_name").ok_or_else(|| {
        ApiError::unprocessable("tag_name is required to delete Droplets by tag.")
    })?;
    let mut store = state.store();
    let doomed: Vec<u64> = store
        .droplets
        .iter()
        .filter(|d| d.tags.iter().any(|t| t == tag))
        .map(|d| d.id)
        .collect();
    for id in doomed {
        store.destroy_droplet(id);
    }
    Ok(StatusCode::NO_CONTENT)
}
