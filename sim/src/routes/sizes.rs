//! Chapter `sizes`: the seeded size list.

use crate::extract::ListQuery;
use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::pages::paginate;
use crate::state::SharedState;
use axum::extract::State;
use axum::{Json, Router};
use serde_json::Value;

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[Operation::new("sizes_list", Verb::Get, "/v2/sizes")];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "sizes",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("sizes_list", sizes_list)
        .finish()
}

/// `GET /v2/sizes` → paginated `{"sizes": […]}`.
pub async fn sizes_list(State(state): State<SharedState>, query: ListQuery) -> Json<Value> {
    let items = state.store().catalogue.sizes.clone();
    Json(paginate(items, "sizes", &query))
}
