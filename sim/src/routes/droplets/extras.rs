//! Per-droplet lists and reports: backups and their policies, snapshots, kernels,
//! firewalls and neighbors.

use crate::error::ApiError;
use crate::extract::ListQuery;
use crate::pages::paginate;
use crate::routes::numeric_id;
use crate::state::SharedState;
use crate::store::droplet_actions::kernels_json;
use crate::store::droplets::Droplet;
use crate::store::Store;
use crate::time::iso8601;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// How many "physical hosts" droplets are spread over (neighbors share one).
const HOSTS: u64 = 4;

/// Runs `read` on droplet `droplet_id`, or answers 404.
fn with_droplet<T>(
    state: &SharedState,
    droplet_id: &str,
    read: impl FnOnce(&Store, &Droplet) -> T,
) -> Result<T, ApiError> {
    let id = numeric_id(droplet_id)?;
    let store = state.store();
    let droplet = store.droplets.get(id).ok_or_else(ApiError::not_found)?;
    Ok(read(&store, droplet))
}

fn policy_record(d: &Droplet) -> Value {
    let mut record = json!({"droplet_id": d.id, "backup_enabled": d.backups});
    if d.backups {
        let start = d.created_ms + 86_400_000;
        record["backup_policy"] = d.backup_policy.clone();
        record["next_backup_window"] =
            json!({"start": iso8601(start), "end": iso8601(start + 4 * 3_600_000)});
    }
    record
}

/// `GET /v2/droplets/{droplet_id}/backups` → paginated `{"backups": […]}`.
pub async fn droplets_list_backups(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let items = with_droplet(&state, &droplet_id, |_, d| d.backups_taken.clone())?;
    Ok(Json(paginate(items, "backups", &query)))
}

/// `GET /v2/droplets/{droplet_id}/backups/policy` → `{"policy": …}`.
pub async fn droplets_get_backup_policy(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let record = with_droplet(&state, &droplet_id, |_, d| policy_record(d))?;
    Ok(Json(json!({ "policy": record })))
}

/// `GET /v2/droplets/backups/policies` → `{"policies": {id: record}, links, meta}`.
pub async fn droplets_list_backup_policies(
    State(state): State<SharedState>,
    query: ListQuery,
) -> Json<Value> {
    let records: Vec<Value> = state.store().droplets.iter().map(policy_record).collect();
    let mut page = paginate(records, "policies", &query);
    let by_id: Map<String, Value> = page["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (r["droplet_id"].to_string(), r.clone()))
        .collect();
    page["policies"] = Value::Object(by_id);
    Json(page)
}

/// `GET /v2/droplets/backups/supported_policies` → `{"supported_policies": […]}`.
pub async fn droplets_list_supported_backup_policies() -> Json<Value> {
    let starts = [0, 4, 8, 12, 16, 20];
    Json(json!({"supported_policies": [
        {"name": "weekly", "possible_window_starts": starts, "window_length_hours": 4,
         "retention_period_days": 28, "possible_days": ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]},
        {"name": "daily", "possible_window_starts": starts, "window_length_hours": 4,
         "retention_period_days": 7, "possible_days": []},
    ]}))
}

/// `GET /v2/droplets/{droplet_id}/snapshots` → paginated `{"snapshots": […]}` (droplet_snapshot objects).
pub async fn droplets_list_snapshots(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    let items = with_droplet(&state, &droplet_id, |store, d| {
        store
            .snapshots
            .for_resource("droplet", &d.id.to_string())
            .into_iter()
            .map(|s| {
                let id = s["id"].as_str().and_then(|t| t.parse::<u64>().ok()).map_or(s["id"].clone(), Value::from);
                json!({
                    "id": id, "name": s["name"], "distribution": d.image["distribution"], "slug": null,
                    "public": false, "regions": s["regions"], "created_at": s["created_at"],
                    "min_disk_size": s["min_disk_size"], "size_gigabytes": s["size_gigabytes"], "type": "snapshot",
                })
            })
            .collect::<Vec<_>>()
    })?;
    Ok(Json(paginate(items, "snapshots", &query)))
}

/// `GET /v2/droplets/{droplet_id}/kernels` → paginated `{"kernels": […]}`.
pub async fn droplets_list_kernels(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    with_droplet(&state, &droplet_id, |_, _| ())?;
    Ok(Json(paginate(kernels_json(), "kernels", &query)))
}

/// `GET /v2/droplets/{droplet_id}/firewalls` → paginated `{"firewalls": []}` (no firewalls simulated).
pub async fn droplets_list_firewalls(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
    query: ListQuery,
) -> Result<Json<Value>, ApiError> {
    with_droplet(&state, &droplet_id, |_, _| ())?;
    Ok(Json(paginate(Vec::new(), "firewalls", &query)))
}

/// `GET /v2/droplets/{droplet_id}/neighbors` → `{"droplets": […]}` on the same simulated host.
pub async fn droplets_list_neighbors(
    State(state): State<SharedState>,
    Path(droplet_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let neighbors = with_droplet(&state, &droplet_id, |store, me| {
        store
            .droplets
            .iter()
            .filter(|d| {
                d.id != me.id && d.region_slug == me.region_slug && d.id % HOSTS == me.id % HOSTS
            })
            .map(|d| store.droplet_json(d))
            .collect::<Vec<_>>()
    })?;
    Ok(Json(json!({ "droplets": neighbors })))
}

/// `GET /v2/reports/droplet_neighbors_ids` → `{"neighbor_ids": [[id, id], …]}`.
pub async fn droplets_list_neighbors_ids(State(state): State<SharedState>) -> Json<Value> {
    let store = state.store();
    let mut hosts: BTreeMap<(String, u64), Vec<u64>> = BTreeMap::new();
    for d in store.droplets.iter() {
        hosts
            .entry((d.region_slug.clone(), d.id % HOSTS))
            .or_default()
            .push(d.id);
    }
    let groups: Vec<Vec<u64>> = hosts.into_values().filter(|ids| ids.len() > 1).collect();
    Json(json!({ "neighbor_ids": groups }))
}
