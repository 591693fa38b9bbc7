//! Chapter `tags` (part B of the simulator; this stub is replaced by its owner).

use crate::ops::{Chapter, ChapterRouter, Operation, Support};
use crate::state::SharedState;
use axum::Router;

/// Operations served by this chapter.
pub const OPERATIONS: &[Operation] = &[];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "tags",
    support: Support::Partial,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS).finish()
}
