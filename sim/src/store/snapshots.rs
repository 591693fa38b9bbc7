//! Snapshots (part B of the simulator; this stub is replaced by its owner).
//!
//! Contract used by the droplets chapter (keep these signatures): `add(snapshot)` with a
//! spec `snapshots` object (`id` as a string, `resource_type` "droplet" or "volume",
//! `resource_id` as a string…), `for_resource(type, id)` and `remove(id)`.

use serde_json::Value;

/// Snapshots state.
#[derive(Debug, Default, Clone)]
pub struct Snapshots {
    /// Every snapshot object, oldest first.
    pub items: Vec<Value>,
}

impl Snapshots {
    /// Records a new snapshot object.
    pub fn add(&mut self, snapshot: Value) {
        self.items.push(snapshot);
    }

    /// Snapshots of one resource (`"droplet"`, `"42"`), oldest first.
    pub fn for_resource(&self, resource_type: &str, resource_id: &str) -> Vec<Value> {
        self.items
            .iter()
            .filter(|s| s["resource_type"] == resource_type && s["resource_id"] == resource_id)
            .cloned()
            .collect()
    }

    /// Deletes the snapshot `id`; true if it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|s| s["id"] != id);
        before != self.items.len()
    }
}
