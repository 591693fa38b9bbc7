//! Chapter `domains`: list, create (with DigitalOcean's starter records), get with the zone
//! file, delete (with the zone's records).

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
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
    Operation::new("domains_list", Verb::Get, "/v2/domains"),
    Operation::new("domains_create", Verb::Post, "/v2/domains"),
    Operation::new("domains_get", Verb::Get, "/v2/domains/{domain_name}"),
    Operation::new("domains_delete", Verb::Delete, "/v2/domains/{domain_name}"),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "domains",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("domains_list", domains_list)
        .handle("domains_create", domains_create)
        .handle("domains_get", domains_get)
        .handle("domains_delete", domains_delete)
        .finish()
}

/// `GET /v2/domains` → paginated `{"domains": […]}`, sorted by name.
pub async fn domains_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let store = state.store();
    let items = store.domains.list().map(|d| store.domain_json(d)).collect();
    Json(paginate(items, "domains", &query))
}

/// `POST /v2/domains` (`name`, optional `ip_address`) → 201 `{"domain": …}` with
/// `zone_file: null` as DigitalOcean answers; an existing name is a 422 "already exists".
pub async fn domains_create(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let name = body["name"]
        .as_str()
        .ok_or_else(|| ApiError::unprocessable("Name can't be blank"))?;
    let ip_address = match &body["ip_address"] {
        Value::Null => None,
        Value::String(ip) => Some(ip.as_str()),
        _ => return Err(ApiError::unprocessable("ip_address must be a string")),
    };
    let domain = state
        .store()
        .create_domain(name, ip_address)
        .map_err(ApiError::unprocessable)?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "domain": domain.created_json() })),
    ))
}

/// `GET /v2/domains/{domain_name}` → `{"domain": …}` with the current `zone_file`.
pub async fn domains_get(
    State(state): State<SharedState>,
    Path(domain_name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let domain = store.domains.find(&domain_name)?;
    Ok(Json(json!({ "domain": store.domain_json(domain) })))
}

/// `DELETE /v2/domains/{domain_name}` → 204; the domain's records go with it.
pub async fn domains_delete(
    State(state): State<SharedState>,
    Path(domain_name): Path<String>,
) -> Result<StatusCode, ApiError> {
    status_if_found(
        state.store().delete_domain(&domain_name),
        StatusCode::NO_CONTENT,
    )
}
