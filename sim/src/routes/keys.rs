//! Chapter `keys`: the account's SSH keys, by id or by fingerprint.

use crate::error::ApiError;
use crate::extract::{DoJson, ListQuery};
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::routes::{status_if_found, wrapped};
use crate::state::SharedState;
use crate::store::keys::KeyFailure;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("sshKeys_list", Verb::Get, "/v2/account/keys"),
    Operation::new("sshKeys_create", Verb::Post, "/v2/account/keys"),
    Operation::new(
        "sshKeys_get",
        Verb::Get,
        "/v2/account/keys/{ssh_key_identifier}",
    ),
    Operation::new(
        "sshKeys_update",
        Verb::Put,
        "/v2/account/keys/{ssh_key_identifier}",
    ),
    Operation::new(
        "sshKeys_delete",
        Verb::Delete,
        "/v2/account/keys/{ssh_key_identifier}",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "keys",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("sshKeys_list", ssh_keys_list)
        .handle("sshKeys_create", ssh_keys_create)
        .handle("sshKeys_get", ssh_keys_get)
        .handle("sshKeys_update", ssh_keys_update)
        .handle("sshKeys_delete", ssh_keys_delete)
        .finish()
}

fn failure(reason: KeyFailure) -> ApiError {
    match reason {
        KeyFailure::Missing => ApiError::not_found(),
        KeyFailure::Invalid(message) => ApiError::unprocessable(message),
    }
}

fn required_text<'a>(body: &'a Value, key: &str) -> Result<&'a str, ApiError> {
    body[key]
        .as_str()
        .ok_or_else(|| ApiError::unprocessable(format!("{key} is required")))
}

/// `GET /v2/account/keys` (operation `sshKeys_list`) → paginated `{"ssh_keys": […]}`.
pub async fn ssh_keys_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let items = state.store().keys.list().iter().map(|k| json!(k)).collect();
    Json(paginate(items, "ssh_keys", &query))
}

/// `POST /v2/account/keys` (`sshKeys_create`: `name`, `public_key`) → 201 `{"ssh_key": …}`.
pub async fn ssh_keys_create(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let name = required_text(&body, "name")?;
    let public_key = required_text(&body, "public_key")?;
    let mut store = state.store();
    let id = store.next_id("key");
    let key = store.keys.create(id, name, public_key).map_err(failure)?;
    Ok(wrapped(StatusCode::CREATED, "ssh_key", key))
}

/// `GET /v2/account/keys/{ssh_key_identifier}` (`sshKeys_get`, id or fingerprint).
pub async fn ssh_keys_get(
    State(state): State<SharedState>,
    Path(identifier): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store();
    let key = store
        .keys
        .get(&identifier)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "ssh_key": key })))
}

/// `PUT /v2/account/keys/{ssh_key_identifier}` (`sshKeys_update`: `name`); an unknown key
/// is a 404 before the body is looked at.
pub async fn ssh_keys_update(
    State(state): State<SharedState>,
    Path(identifier): Path<String>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    let name = body["name"].as_str().unwrap_or_default();
    let key = state
        .store()
        .keys
        .rename(&identifier, name)
        .map_err(failure)?;
    Ok(Json(json!({ "ssh_key": key })))
}

/// `DELETE /v2/account/keys/{ssh_key_identifier}` (`sshKeys_delete`) → 204.
pub async fn ssh_keys_delete(
    State(state): State<SharedState>,
    Path(identifier): Path<String>,
) -> Result<StatusCode, ApiError> {
    status_if_found(
        state.store().keys.delete(&identifier),
        StatusCode::NO_CONTENT,
    )
}
