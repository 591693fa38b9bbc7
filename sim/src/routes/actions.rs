//! Chapter `actions`: every action, newest first, and one action by id.

use super::numeric_id;
use crate::error::ApiError;
use crate::extract::ListQuery;
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::state::SharedState;
use axum::extract::{Path, State};
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[
    Operation::new("actions_list", Verb::Get, "/v2/actions"),
    Operation::new("actions_get", Verb::Get, "/v2/actions/{action_id}"),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "actions",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("actions_list", actions_list)
        .handle("actions_get", actions_get)
        .finish()
}

/// `GET /v2/actions` → paginated `{"actions": […]}`, newest first.
pub async fn actions_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let store = state.store();
    let items = store
        .actions
        .newest_first()
        .map(|a| store.action_json(a))
        .collect();
    Json(paginate(items, "actions", &query))
}

/// `GET /v2/actions/{action_id}` → `{"action": …}`.
pub async fn actions_get(
    State(state): State<SharedState>,
    Path(action_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = numeric_id(&action_id)?;
    let action = state
        .store()
        .action_by_id(id)
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(json!({ "action": action })))
}
