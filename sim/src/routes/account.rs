//! Chapter `account`: `GET /v2/account`.

use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::state::SharedState;
use axum::extract::State;
use axum::{Json, Router};
use serde_json::{json, Value};

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[Operation::new("account_get", Verb::Get, "/v2/account")];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "account",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("account_get", account_get)
        .finish()
}

/// `GET /v2/account` → `{"account": …}`.
pub async fn account_get(State(state): State<SharedState>) -> Json<Value> {
    Json(json!({ "account": state.store().account.to_json() }))
}
