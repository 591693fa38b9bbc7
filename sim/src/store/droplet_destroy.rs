//! Destroying droplets: alone, or with their associated resources (snapshots, volumes and
//! volume snapshots; no reserved or floating IPs are simulated) and a status report.

use super::Store;
use crate::time::iso8601;
use serde_json::{json, Value};

impl Store {
    /// Deletes droplet `id` and detaches its volumes; `false` when there is no such droplet.
    pub fn destroy_droplet(&mut self, id: u64) -> bool {
        if self.droplets.remove(id).is_none() {
            return false;
        }
        self.volumes.detach_droplet(id);
        true
    }

    /// The resources a droplet would take with it: `{reserved_ips, floating_ips, snapshots,
    /// volumes, volume_snapshots}` of `{id, name, cost}`.
    pub fn associated_resources(&self, id: u64) -> Option<Value> {
        let droplet = self.droplets.get(id)?;
        let snapshots: Vec<Value> = self
            .snapshots
            .for_resource("droplet", &id.to_string())
            .iter()
            .map(|s| json!({"id": s["id"], "name": s["name"], "cost": "0.05"}))
            .collect();
        let volumes: Vec<Value> = droplet
            .volume_ids
            .iter()
            .map(|v| {
                let size = self.volumes.size_of(v).unwrap_or(0);
                let name = self.volumes.name_of(v).unwrap_or_default();
                json!({"id": v, "name": name, "cost": format!("{:.2}", size as f64 * 0.1)})
            })
            .collect();
        let volume_snapshots: Vec<Value> = droplet
            .volume_ids
            .iter()
            .flat_map(|v| self.snapshots.for_resource("volume", v))
            .map(|s| json!({"id": s["id"], "name": s["name"], "cost": "0.05"}))
            .collect();
        Some(json!({
            "reserved_ips": [], "floating_ips": [], "snapshots": snapshots,
            "volumes": volumes, "volume_snapshots": volume_snapshots,
        }))
    }

    /// Destroys droplet `id` with the listed resources (`None` = every associated one) and
    /// records the status report. `false` when there is no such droplet.
    pub fn destroy_with_resources(&mut self, id: u64, chosen: Option<&Value>) -> bool {
        let Some(associated) = self.associated_resources(id) else {
            return false;
        };
        let Some(name) = self.droplets.get(id).map(|d| d.name.clone()) else {
            return false;
        };
        let at = iso8601(self.now_ms);
        let mut report = json!({});
        for kind in [
            "reserved_ips",
            "floating_ips",
            "snapshots",
            "volumes",
            "volume_snapshots",
        ] {
            let wanted = |rid: &Value| match chosen {
                None => true,
                Some(body) => body[kind].as_array().is_some_and(|ids| {
                    ids.iter().any(|w| {
                        w == rid || w.as_u64().map(|n| n.to_string()).as_deref() == rid.as_str()
                    })
                }),
            };
            let mut destroyed = Vec::new();
            for item in associated[kind].as_array().into_iter().flatten() {
                if !wanted(&item["id"]) {
                    continue;
                }
                let rid = item["id"]
                    .as_str()
                    .map(String::from)
                    .unwrap_or_else(|| item["id"].to_string());
                match kind {
                    "volumes" => {
                        self.volumes.detach_droplet(id);
                        self.volumes.remove(&rid);
                    }
                    _ => {
                        self.snapshots.remove(&rid);
                    }
                }
                destroyed.push(json!({"id": rid, "name": item["name"], "destroyed_at": at}));
            }
            report[kind] = Value::Array(destroyed);
        }
        self.destroy_droplet(id);
        let status = json!({
            "droplet": {"id": id.to_string(), "name": name, "destroyed_at": at},
            "resources": report, "completed_at": at, "failures": 0,
        });
        self.droplets.destroy_reports.insert(id, status);
        true
    }
}
