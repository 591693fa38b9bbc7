//! Chapter `records`: the DNS records of a domain — list (filters `type` and `name`, the
//! latter a fully qualified name), create (validated per type), get, update (PUT and
//! PATCH), delete.

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::numeric_id;
use crate::state::SharedState;
use crate::store::records::{DomainRecord, RecordDraft, RecordFailure};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new(
        "domains_list_records",
        Verb::Get,
        "/v2/domains/{domain_name}/records",
    ),
    Operation::new(
        "domains_create_record",
        Verb::Post,
        "/v2/domains/{domain_name}/records",
    ),
    Operation::new(
        "domains_get_record",
        Verb::Get,
        "/v2/domains/{domain_name}/records/{domain_record_id}",
    ),
    Operation::new(
        "domains_update_record",
        Verb::Put,
        "/v2/domains/{domain_name}/records/{domain_record_id}",
    ),
    Operation::new(
        "domains_patch_record",
        Verb::Patch,
        "/v2/domains/{domain_name}/records/{domain_record_id}",
    ),
    Operation::new(
        "domains_delete_record",
        Verb::Delete,
        "/v2/domains/{domain_name}/records/{domain_record_id}",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "records",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("domains_list_records", domains_list_records)
        .handle("domains_create_record", domains_create_record)
        .handle("domains_get_record", domains_get_record)
        .handle("domains_update_record", domains_update_record)
        .handle("domains_patch_record", domains_patch_record)
        .handle("domains_delete_record", domains_delete_record)
        .finish()
}

fn failure(reason: RecordFailure) -> ApiError {
    match reason {
        RecordFailure::Missing => ApiError::not_found(),
        RecordFailure::Invalid(message) => ApiError::unprocessable(message),
    }
}

fn draft_of(body: Value) -> Result<RecordDraft, ApiError> {
    serde_json::from_value(body)
        .map_err(|e| ApiError::unprocessable(format!("Invalid record: {e}")))
}

fn record_reply(record: &DomainRecord) -> Json<Value> {
    Json(json!({ "domain_record": record }))
}

/// `GET /v2/domains/{domain_name}/records` → paginated `{"domain_records": […]}`;
/// `type=A` and `name=www.example.com` filter.
pub async fn domains_list_records(
    State(state): State<SharedState>,
    Path(domain_name): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let domain = store.domains.find(&domain_name)?;
    let wanted_type = query.params.get("type");
    let wanted_name = query.params.get("name");
    let items = store
        .records
        .list(&domain.name)
        .iter()
        .filter(|r| wanted_type.is_none_or(|t| r.fields.r#type.eq_ignore_ascii_case(t)))
        .filter(|r| wanted_name.is_none_or(|n| r.has_fqdn(&domain.name, n)))
        .map(|r| json!(r))
        .collect();
    Ok(Json(paginate(items, "domain_records", &query)))
}

/// `POST /v2/domains/{domain_name}/records` → 201 `{"domain_record": …}`.
pub async fn domains_create_record(
    State(state): State<SharedState>,
    Path(domain_name): Path<String>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let mut store = state.store();
    store.domains.find(&domain_name)?;
    let draft = draft_of(body)?;
    let id = store.next_id("record");
    let record = store
        .records
        .add(&domain_name, id, &draft)
        .map_err(failure)?;
    Ok((StatusCode::CREATED, record_reply(&record)))
}

/// `GET /v2/domains/{domain_name}/records/{domain_record_id}` → `{"domain_record": …}`.
pub async fn domains_get_record(
    State(state): State<SharedState>,
    Path((domain_name, record_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(&record_id)?;
    let store = state.store();
    let record = store
        .records
        .get(&domain_name, id)
        .ok_or_else(ApiError::not_found)?;
    Ok(record_reply(record))
}

async fn update(
    state: SharedState,
    domain_name: &str,
    record_id: &str,
    body: Value,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(record_id)?;
    let draft = draft_of(body)?;
    let record = state
        .store()
        .records
        .update(domain_name, id, &draft)
        .map_err(failure)?;
    Ok(record_reply(&record))
}

/// `PUT /v2/domains/{domain_name}/records/{domain_record_id}` → `{"domain_record": …}`.
pub async fn domains_update_record(
    State(state): State<SharedState>,
    Path((domain_name, record_id)): Path<(String, String)>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    update(state, &domain_name, &record_id, body).await
}

/// `PATCH /v2/domains/{domain_name}/records/{domain_record_id}` → `{"domain_record": …}`.
pub async fn domains_patch_record(
    State(state): State<SharedState>,
    Path((domain_name, record_id)): Path<(String, String)>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    update(state, &domain_name, &record_id, body).await
}

/// `DELETE /v2/domains/{domain_name}/records/{domain_record_id}` → 204 (not the SOA).
pub async fn domains_delete_record(
    State(state): State<SharedState>,
    Path((domain_name, record_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let id = numeric_id(&record_id)?;
    state
        .store()
        .records
        .delete(&domain_name, id)
        .map_err(failure)?;
    Ok(StatusCode::NO_CONTENT)
}
