//! Chapter `droplets`: create, list, get, destroy (by id, by tag, with associated
//! resources), backups, snapshots, kernels, firewalls and neighbors.

mod associated;
mod crud;
mod extras;

pub use associated::*;
pub use crud::*;
pub use extras::*;

use crate::ops::{Chapter, ChapterRouter, Operation, Support, Verb};
use crate::state::SharedState;
use axum::Router;

const ASSOC: &str = "/v2/droplets/{droplet_id}/destroy_with_associated_resources";

/// Operations served by this chapter (every operation of the spec's `Droplets` tag).
pub const OPERATIONS: &[Operation] = &[
    Operation::new("droplets_list", Verb::Get, "/v2/droplets"),
    Operation::new("droplets_create", Verb::Post, "/v2/droplets"),
    Operation::new("droplets_destroy_byTag", Verb::Delete, "/v2/droplets"),
    Operation::new("droplets_get", Verb::Get, "/v2/droplets/{droplet_id}"),
    Operation::new(
        "droplets_destroy",
        Verb::Delete,
        "/v2/droplets/{droplet_id}",
    ),
    Operation::new(
        "droplets_list_backups",
        Verb::Get,
        "/v2/droplets/{droplet_id}/backups",
    ),
    Operation::new(
        "droplets_get_backup_policy",
        Verb::Get,
        "/v2/droplets/{droplet_id}/backups/policy",
    ),
    Operation::new(
        "droplets_list_backup_policies",
        Verb::Get,
        "/v2/droplets/backups/policies",
    ),
    Operation::new(
        "droplets_list_supported_backup_policies",
        Verb::Get,
        "/v2/droplets/backups/supported_policies",
    ),
    Operation::new(
        "droplets_list_snapshots",
        Verb::Get,
        "/v2/droplets/{droplet_id}/snapshots",
    ),
    Operation::new(
        "droplets_list_kernels",
        Verb::Get,
        "/v2/droplets/{droplet_id}/kernels",
    ),
    Operation::new(
        "droplets_list_firewalls",
        Verb::Get,
        "/v2/droplets/{droplet_id}/firewalls",
    ),
    Operation::new(
        "droplets_list_neighbors",
        Verb::Get,
        "/v2/droplets/{droplet_id}/neighbors",
    ),
    Operation::new(
        "droplets_list_neighborsIds",
        Verb::Get,
        "/v2/reports/droplet_neighbors_ids",
    ),
    Operation::new("droplets_list_associatedResources", Verb::Get, ASSOC),
    Operation::new(
        "droplets_destroy_withAssociatedResourcesSelective",
        Verb::Delete,
        "/v2/droplets/{droplet_id}/destroy_with_associated_resources/selective",
    ),
    Operation::new(
        "droplets_destroy_withAssociatedResourcesDangerous",
        Verb::Delete,
        "/v2/droplets/{droplet_id}/destroy_with_associated_resources/dangerous",
    ),
    Operation::new(
        "droplets_get_DestroyAssociatedResourcesStatus",
        Verb::Get,
        "/v2/droplets/{droplet_id}/destroy_with_associated_resources/status",
    ),
    Operation::new(
        "droplets_destroy_retryWithAssociatedResources",
        Verb::Post,
        "/v2/droplets/{droplet_id}/destroy_with_associated_resources/retry",
    ),
];

/// The chapter's registry entry.
pub const CHAPTER: Chapter = Chapter {
    name: "droplets",
    support: Support::Complete,
    operations: OPERATIONS,
    router,
};

/// The chapter's routes.
pub fn router() -> Router<SharedState> {
    ChapterRouter::new(OPERATIONS)
        .handle("droplets_list", droplets_list)
        .handle("droplets_create", droplets_create)
        .handle("droplets_destroy_byTag", droplets_destroy_by_tag)
        .handle("droplets_get", droplets_get)
        .handle("droplets_destroy", droplets_destroy)
        .handle("droplets_list_backups", droplets_list_backups)
        .handle("droplets_get_backup_policy", droplets_get_backup_policy)
        .handle(
            "droplets_list_backup_policies",
            droplets_list_backup_policies,
        )
        .handle(
            "droplets_list_supported_backup_policies",
            droplets_list_supported_backup_policies,
        )
        .handle("droplets_list_snapshots", droplets_list_snapshots)
        .handle("droplets_list_kernels", droplets_list_kernels)
        .handle("droplets_list_firewalls", droplets_list_firewalls)
        .handle("droplets_list_neighbors", droplets_list_neighbors)
        .handle("droplets_list_neighborsIds", droplets_list_neighbors_ids)
        .handle(
            "droplets_list_associatedResources",
            droplets_list_associated_resources,
        )
        .handle(
            "droplets_destroy_withAssociatedResourcesSelective",
            droplets_destroy_with_associated_resources_selective,
        )
        .handle(
            "droplets_destroy_withAssociatedResourcesDangerous",
            droplets_destroy_with_associated_resources_dangerous,
        )
        .handle(
            "droplets_get_DestroyAssociatedResourcesStatus",
            droplets_get_destroy_associated_resources_status,
        )
        .handle(
            "droplets_destroy_retryWithAssociatedResources",
            droplets_destroy_retry_with_associated_resources,
        )
        .finish()
}
