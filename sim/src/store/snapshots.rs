//! Snapshots of droplets and volumes, stored as the spec's `snapshots` objects (`id` as a
//! string, `resource_type` `droplet` or `volume`, `resource_id` as a string…). The droplets
//! chapter adds droplet snapshots when a snapshot action completes; the volumes chapter adds
//! volume snapshots.
//!
//! ```
//! use do_sim::store::snapshots::Snapshots;
//! use serde_json::json;
//! let mut snapshots = Snapshots::default();
//! snapshots.add(json!({"id": "7", "resource_type": "droplet", "resource_id": "42"}));
//! assert_eq!(snapshots.for_resource("droplet", "42").len(), 1);
//! assert!(snapshots.remove("7"));
//! ```

use super::tags::TaggedResource;
use super::volumes::{invalid, tag_list, text_field};
use super::Store;
use crate::error::ApiError;
use crate::time::iso8601;
use serde_json::{json, Value};

/// Every snapshot object, oldest first.
#[derive(Debug, Default, Clone)]
pub struct Snapshots {
    /// Every snapshot object, oldest first.
    pub items: Vec<Value>,
}

impl Snapshots {
    /// Records a new snapshot object.
    ///
    /// ```
    /// let mut snapshots = do_sim::store::snapshots::Snapshots::default();
    /// snapshots.add(serde_json::json!({"id": "1", "resource_type": "volume"}));
    /// assert_eq!(snapshots.items.len(), 1);
    /// ```
    pub fn add(&mut self, snapshot: Value) {
        self.items.push(snapshot);
    }

    /// Snapshots of one resource (`"droplet"`, `"42"`), oldest first.
    ///
    /// ```
    /// let snapshots = do_sim::store::snapshots::Snapshots::default();
    /// assert!(snapshots.for_resource("volume", "x").is_empty());
    /// ```
    pub fn for_resource(&self, resource_type: &str, resource_id: &str) -> Vec<Value> {
        self.items
            .iter()
            .filter(|s| s["resource_type"] == resource_type && s["resource_id"] == resource_id)
            .cloned()
            .collect()
    }

    /// Every snapshot, or those of one `resource_type` (`droplet` or `volume`), oldest first.
    ///
    /// ```
    /// use serde_json::json;
    /// let mut snapshots = do_sim::store::snapshots::Snapshots::default();
    /// snapshots.add(json!({"id": "1", "resource_type": "volume"}));
    /// assert_eq!(snapshots.list(Some("droplet")).len(), 0);
    /// assert_eq!(snapshots.list(None).len(), 1);
    /// ```
    pub fn list(&self, resource_type: Option<&str>) -> Vec<Value> {
        self.items
            .iter()
            .filter(|s| resource_type.is_none_or(|kind| s["resource_type"] == kind))
            .cloned()
            .collect()
    }

    /// The snapshot `id`.
    ///
    /// ```
    /// let snapshots = do_sim::store::snapshots::Snapshots::default();
    /// assert!(snapshots.get("1").is_none());
    /// ```
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.items.iter().find(|s| s["id"] == id)
    }

    /// The snapshot `id`, for changes (tags).
    ///
    /// ```
    /// let mut snapshots = do_sim::store::snapshots::Snapshots::default();
    /// assert!(snapshots.get_mut("1").is_none());
    /// ```
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Value> {
        self.items.iter_mut().find(|s| s["id"] == id)
    }

    /// Deletes the snapshot `id`; true if it existed.
    ///
    /// ```
    /// let mut snapshots = do_sim::store::snapshots::Snapshots::default();
    /// assert!(!snapshots.remove("1"));
    /// ```
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|s| s["id"] != id);
        before != self.items.len()
    }
}

impl Store {
    /// Deletes snapshot `id`; a droplet snapshot also leaves its droplet's `snapshot_ids`.
    /// True if it existed.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(!store.remove_snapshot("1"));
    /// ```
    pub fn remove_snapshot(&mut self, id: &str) -> bool {
        if !self.snapshots.remove(id) {
            return false;
        }
        if let Ok(numeric) = id.parse::<u64>() {
            for droplet in self.droplets.iter_mut() {
                droplet.snapshot_ids.retain(|sid| *sid != numeric);
            }
        }
        true
    }

    /// Takes a snapshot of volume `id` from a `POST /v2/volumes/{id}/snapshots` body.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let body = serde_json::json!({"name": "snap"});
    /// assert_eq!(store.snapshot_volume("nope", &body).unwrap_err().status, 404);
    /// ```
    pub fn snapshot_volume(&mut self, id: &str, body: &Value) -> Result<Value, ApiError> {
        let volume = self
            .volumes
            .get(id)
            .cloned()
            .ok_or_else(ApiError::not_found)?;
        let name = text_field(body, "name")?.ok_or_else(|| invalid("name is required"))?;
        if name.trim().is_empty() {
            return Err(invalid("name is required"));
        }
        let tags = tag_list(body)?;
        let snapshot_id = self.next_uuid();
        let tags = self.adopt_tags(&tags, &TaggedResource::new("volume_snapshot", &snapshot_id));
        let used = (volume.size_gigabytes as f64 * 0.1 * 100.0).round() / 100.0;
        let snapshot = json!({
            "id": snapshot_id,
            "name": name,
            "created_at": iso8601(self.now_ms),
            "regions": [volume.region_slug],
            "min_disk_size": volume.size_gigabytes,
            "size_gigabytes": used,
            "resource_id": volume.id,
            "resource_type": "volume",
            "tags": tags,
        });
        self.snapshots.add(snapshot.clone());
        Ok(snapshot)
    }

    /// The `min_disk_size` of volume snapshot `id`, checking it exists and is in `region`.
    pub(crate) fn volume_snapshot_min_size(&self, id: &str, region: &str) -> Result<u64, ApiError> {
        let snapshot = self
            .snapshots
            .get(id)
            .filter(|s| s["resource_type"] == "volume")
            .ok_or_else(|| invalid(format!("snapshot {id} does not exist")))?;
        let regions = snapshot["regions"].as_array().cloned().unwrap_or_default();
        if !regions.iter().any(|r| r == region) {
            return Err(invalid("the snapshot is not available in that region"));
        }
        Ok(snapshot["min_disk_size"].as_u64().unwrap_or(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_by_type_and_resource() {
        let mut snapshots = Snapshots::default();
        snapshots.add(json!({"id": "1", "resource_type": "droplet", "resource_id": "42"}));
        snapshots.add(json!({"id": "u-1", "resource_type": "volume", "resource_id": "v"}));
        snapshots.add(json!({"id": "2", "resource_type": "droplet", "resource_id": "43"}));
        assert_eq!(snapshots.list(Some("droplet")).len(), 2);
        assert_eq!(snapshots.list(Some("volume"))[0]["id"], "u-1");
        assert_eq!(snapshots.for_resource("droplet", "43")[0]["id"], "2");
        assert!(snapshots.remove("1"));
        assert!(snapshots.get("1").is_none());
        assert_eq!(snapshots.list(None).len(), 2);
    }
}
