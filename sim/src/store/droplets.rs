//! Droplets: data and the state each action leaves them in.

use super::Store;
use crate::time::iso8601;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Droplet `status` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Power {
    /// Just created, create action still running.
    New,
    /// Running.
    Active,
    /// Powered off.
    Off,
}

impl Power {
    /// The wire value.
    ///
    /// ```
    /// assert_eq!(do_sim::store::droplets::Power::Off.as_str(), "off");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Power::New => "new",
            Power::Active => "active",
            Power::Off => "off",
        }
    }
}

/// One droplet.
#[derive(Debug, Clone)]
pub struct Droplet {
    /// Id.
    pub id: u64,
    /// Name.
    pub name: String,
    /// Status.
    pub status: Power,
    /// Creation time, epoch ms.
    pub created_ms: u64,
    /// Size slug.
    pub size_slug: String,
    /// Region slug.
    pub region_slug: String,
    /// Image object at creation or last rebuild.
    pub image: Value,
    /// Tags.
    pub tags: Vec<String>,
    /// Attached volume ids.
    pub volume_ids: Vec<String>,
    /// Snapshot ids (numeric as on DigitalOcean).
    pub snapshot_ids: Vec<u64>,
    /// Backups taken (`droplet_snapshot` objects of type `backup`), oldest first.
    pub backups_taken: Vec<Value>,
    /// Backups enabled.
    pub backups: bool,
    /// Backup policy (`plan`, `weekday`, `hour`…) while backups are enabled.
    pub backup_policy: Value,
    /// IPv6 enabled.
    pub ipv6: bool,
    /// Public IPv4 address.
    pub ipv4_public: String,
    /// Private IPv4 address.
    pub ipv4_private: String,
    /// Current kernel, when one was chosen.
    pub kernel: Option<Value>,
    /// VPC UUID.
    pub vpc_uuid: String,
    /// Disk size in GiB (grows with a disk resize).
    pub disk: u64,
    /// Monitoring agent installed.
    pub monitoring: bool,
    /// Whether the droplet is locked (never, here).
    pub locked: bool,
}

/// Every droplet, by id, and the reports of droplets destroyed with their resources.
#[derive(Debug, Default, Clone)]
pub struct Droplets {
    by_id: BTreeMap<u64, Droplet>,
    /// `destroy_with_associated_resources/status` bodies, by droplet id.
    pub destroy_reports: BTreeMap<u64, Value>,
}

impl Droplets {
    /// Number of droplets.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The droplet `id`.
    pub fn get(&self, id: u64) -> Option<&Droplet> {
        self.by_id.get(&id)
    }

    /// The droplet `id`, mutable (tags, volumes…).
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Droplet> {
        self.by_id.get_mut(&id)
    }

    /// Every droplet, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Droplet> {
        self.by_id.values()
    }

    /// Every droplet, mutable (renaming a tag, detaching a volume…).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Droplet> {
        self.by_id.values_mut()
    }

    /// Stores a droplet.
    pub fn insert(&mut self, droplet: Droplet) {
        self.by_id.insert(droplet.id, droplet);
    }

    /// Removes a droplet.
    pub fn remove(&mut self, id: u64) -> Option<Droplet> {
        self.by_id.remove(&id)
    }
}

impl Store {
    /// The droplet object as the API shows it.
    pub fn droplet_json(&self, d: &Droplet) -> Value {
        let size = self
            .catalogue
            .size(&d.size_slug)
            .cloned()
            .unwrap_or(Value::Null);
        let region = self
            .catalogue
            .region(&d.region_slug)
            .cloned()
            .unwrap_or(Value::Null);
        let mut features = vec!["droplet_agent", "private_networking"];
        if d.backups {
            features.push("backups");
        }
        if d.ipv6 {
            features.push("ipv6");
        }
        if d.monitoring {
            features.push("monitoring");
        }
        let mut v6 = Vec::new();
        if d.ipv6 {
            v6.push(json!({
                "ip_address": format!("2604:a880:800:10::{:x}:{:x}", (d.id >> 16) & 0xffff, d.id & 0xffff),
                "netmask": 64, "gateway": "2604:a880:800:10::1", "type": "public",
            }));
        }
        let public_gateway = gateway_of(&d.ipv4_public);
        let private_gateway = gateway_of(&d.ipv4_private);
        let window = d.backups.then(|| {
            let start = d.created_ms + 86_400_000;
            json!({"start": iso8601(start), "end": iso8601(start + 4 * 3_600_000)})
        });
        json!({
            "id": d.id,
            "name": d.name,
            "memory": size["memory"],
            "vcpus": size["vcpus"],
            "disk": d.disk,
            "disk_info": [{"type": "local", "size": {"amount": d.disk, "unit": "gib"}}],
            "locked": d.locked,
            "status": d.status.as_str(),
            "kernel": d.kernel,
            "created_at": iso8601(d.created_ms),
            "features": features,
            "backup_ids": d.backups_taken.iter().map(|b| b["id"].clone()).collect::<Vec<_>>(),
            "next_backup_window": window,
            "snapshot_ids": d.snapshot_ids,
            "image": d.image,
            "volume_ids": d.volume_ids,
            "size": size,
            "size_slug": d.size_slug,
            "networks": {
                "v4": [
                    {"ip_address": d.ipv4_private, "netmask": "255.255.240.0", "gateway": private_gateway, "type": "private"},
                    {"ip_address": d.ipv4_public, "netmask": "255.255.240.0", "gateway": public_gateway, "type": "public"},
                ],
                "v6": v6,
            },
            "region": region,
            "tags": d.tags,
            "vpc_uuid": d.vpc_uuid,
        })
    }

    /// The droplet `id` as JSON.
    pub fn droplet_by_id(&self, id: u64) -> Option<Value> {
        self.droplets.get(id).map(|d| self.droplet_json(d))
    }
}

/// `a.b.c.1` for an address `a.b.c.d`.
fn gateway_of(address: &str) -> String {
    match address.rsplit_once('.') {
        Some((net, _)) => format!("{net}.1"),
        None => address.to_string(),
    }
}
