//! Chapter `regions`: the seeded region list.

use crate::extract::ListQuery;
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::state::SharedState;
use axum::extract::State;
use axum::{Json, Router};
use serde_json::Value;

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[Operation::new("regions_list", Verb::Get, "/v2/regions")];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "regions",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("regions_list", regions_list)
        .finish()
}

/// `GET /v2/regions` → paginated `{"regions": […]}`.
pub async fn regions_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let items = state.store().catalogue.regions.clone();
    Json(paginate(items, "regions", &query))
}
