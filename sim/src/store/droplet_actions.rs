//! Droplet actions: validation of `POST /v2/droplets/{id}/actions` bodies against the
//! droplet's state, and the change each action makes when it completes.

use super::actions::NewAction;
use super::droplet_life::{default_policy, image_key, valid_hostname};
use super::droplets::Power;
use super::Store;
use crate::error::ApiError;
use crate::time::iso8601;
use serde_json::{json, Value};

/// Every droplet action type the spec lists (plus the legacy `enable_private_networking`).
pub const ACTION_TYPES: &[&str] = &[
    "enable_backups",
    "disable_backups",
    "change_backup_policy",
    "reboot",
    "power_cycle",
    "shutdown",
    "power_off",
    "power_on",
    "restore",
    "password_reset",
    "resize",
    "rebuild",
    "rename",
    "change_kernel",
    "enable_ipv6",
    "enable_private_networking",
    "snapshot",
];

/// The types `POST /v2/droplets/actions?tag_name=` accepts.
pub const BY_TAG_TYPES: &[&str] = &[
    "enable_backups",
    "disable_backups",
    "power_cycle",
    "shutdown",
    "power_off",
    "power_on",
    "enable_ipv6",
    "snapshot",
];

/// Kernels offered to every droplet: `(id, name, version)`.
const KERNELS: &[(u64, &str, &str)] = &[
    (
        7515,
        "DigitalOcean GrubLoader v0.2 (20160714)",
        "2016.07.13-DigitalOcean_loader_Ubuntu",
    ),
    (
        8243,
        "Ubuntu 24.04 x64 vmlinuz-6.8.0-31-generic",
        "6.8.0-31-generic",
    ),
    (
        8251,
        "Debian 12 x64 vmlinuz-6.1.0-18-amd64",
        "6.1.0-18-amd64",
    ),
];

/// The kernel objects offered to droplets.
///
/// ```
/// assert_eq!(do_sim::store::droplet_actions::kernels_json()[0]["id"], 7515);
/// ```
pub fn kernels_json() -> Vec<Value> {
    KERNELS
        .iter()
        .map(|(id, name, version)| json!({"id": id, "name": name, "version": version}))
        .collect()
}

/// What a completed action changes on its droplet.
#[derive(Debug, Clone, PartialEq)]
enum Change {
    Nothing,
    Power(Power),
    Backups(bool, Value),
    Policy(Value),
    Resize { slug: String, disk: Option<u64> },
    Rebuild(Value),
    Rename(String),
    Kernel(Value),
    Ipv6,
    Snapshot(Option<String>),
}

fn field_text<'a>(body: &'a Value, field: &str, what: &str) -> Result<&'a str, ApiError> {
    body[field]
        .as_str()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::unprocessable(format!("{what} is required for this action.")))
}

impl Store {
    /// Validates and starts a droplet action; returns the action JSON. `by_tag` restricts
    /// the types and skips the state preconditions (as the bulk endpoint does).
    pub fn start_droplet_action(
        &mut self,
        id: u64,
        body: &Value,
        by_tag: bool,
    ) -> Result<Value, ApiError> {
        let kind = body["type"].as_str().unwrap_or("");
        let allowed = if by_tag { BY_TAG_TYPES } else { ACTION_TYPES };
        if !allowed.contains(&kind) {
            return Err(ApiError::unprocessable(format!(
                "type must be one of: {}",
                allowed.join(", ")
            )));
        }
        let change = self.check_droplet_action(id, kind, body, by_tag)?;
        let region = self
            .droplets
            .get(id)
            .map(|d| d.region_slug.clone())
            .ok_or_else(ApiError::not_found)?;
        let new = NewAction {
            kind,
            resource_id: Some(id),
            resource_type: "droplet",
            region_slug: Some(&region),
        };
        Ok(self.start_action(
            new,
            Some(Box::new(move |store: &mut Store| {
                store.apply_change(id, change)
            })),
        ))
    }

    fn check_droplet_action(
        &self,
        id: u64,
        kind: &str,
        body: &Value,
        by_tag: bool,
    ) -> Result<Change, ApiError> {
        let droplet = self.droplets.get(id).ok_or_else(ApiError::not_found)?;
        if !by_tag && (droplet.status == Power::New || self.actions.pending_for("droplet", id) > 0)
        {
            return Err(ApiError::unprocessable(
                "Droplet already has a pending event.",
            ));
        }
        let strict = !by_tag;
        Ok(match kind {
            "power_on" if strict && droplet.status == Power::Active => {
                return Err(ApiError::unprocessable("Droplet is already powered on."))
            }
            "power_off" | "shutdown" if strict && droplet.status == Power::Off => {
                return Err(ApiError::unprocessable("Droplet is already powered off."))
            }
            "power_on" | "reboot" | "power_cycle" => Change::Power(Power::Active),
            "power_off" | "shutdown" => Change::Power(Power::Off),
            "enable_backups" => {
                let policy = match &body["backup_policy"] {
                    Value::Null => default_policy(true),
                    given => self.checked_policy(given)?,
                };
                Change::Backups(true, policy)
            }
            "disable_backups" => Change::Backups(false, Value::Null),
            "change_backup_policy" => {
                if !droplet.backups {
                    return Err(ApiError::unprocessable(
                        "Backups are not enabled for this Droplet.",
                    ));
                }
                Change::Policy(self.checked_policy(&body["backup_policy"])?)
            }
            "resize" => {
                let slug = field_text(body, "size", "size")?;
                let size = self
                    .catalogue
                    .size(slug)
                    .ok_or_else(|| ApiError::unprocessable("You specified an invalid size."))?;
                if droplet.status == Power::Active {
                    return Err(ApiError::unprocessable(
                        "Droplet must be powered off before it can be resized.",
                    ));
                }
                let new_disk = size["disk"].as_u64().unwrap_or(0);
                let grow_disk = body["disk"].as_bool().unwrap_or(false);
                if new_disk < droplet.disk {
                    return Err(ApiError::unprocessable(
                        "The new size's disk is smaller than the Droplet's disk.",
                    ));
                }
                Change::Resize {
                    slug: slug.to_string(),
                    disk: grow_disk.then_some(new_disk),
                }
            }
            "rebuild" => {
                let image = image_key(&body["image"])
                    .and_then(|key| self.catalogue.image(&key))
                    .ok_or_else(|| {
                        ApiError::unprocessable("You specified an invalid image for rebuild.")
                    })?;
                Change::Rebuild(image.body.clone())
            }
            "restore" => {
                let wanted = image_key(&body["image"]).unwrap_or_default();
                let known = droplet
                    .backups_taken
                    .iter()
                    .any(|b| b["id"].as_u64().is_some_and(|id| id.to_string() == wanted))
                    || droplet.snapshot_ids.iter().any(|s| s.to_string() == wanted);
                if !known {
                    return Err(ApiError::unprocessable(
                        "image must be a backup or snapshot of this Droplet.",
                    ));
                }
                Change::Power(Power::Active)
            }
            "rename" => {
                let name = field_text(body, "name", "name")?;
                if !valid_hostname(name) {
                    return Err(ApiError::unprocessable(format!(
                        "{name} is not a valid hostname"
                    )));
                }
                Change::Rename(name.to_string())
            }
            "change_kernel" => {
                let wanted = body["kernel"].as_u64();
                let kernel = kernels_json()
                    .into_iter()
                    .find(|k| k["id"].as_u64() == wanted);
                Change::Kernel(
                    kernel.ok_or_else(|| {
                        ApiError::unprocessable("You specified an invalid kernel.")
                    })?,
                )
            }
            "enable_ipv6" => Change::Ipv6,
            "snapshot" => Change::Snapshot(body["name"].as_str().map(String::from)),
            _ => Change::Nothing,
        })
    }

    fn checked_policy(&self, given: &Value) -> Result<Value, ApiError> {
        let plan = given["plan"].as_str().unwrap_or("daily");
        let hour = given["hour"].as_u64().unwrap_or(20);
        if !matches!(plan, "daily" | "weekly") || hour % 4 != 0 || hour > 20 {
            return Err(ApiError::unprocessable(
                "backup_policy: plan must be daily or weekly, hour one of 0, 4, 8, 12, 16, 20.",
            ));
        }
        Ok(if plan == "weekly" {
            let day = given["weekday"].as_str().unwrap_or("SUN");
            json!({"plan": plan, "weekday": day, "hour": hour, "window_length_hours": 4, "retention_period_days": 28})
        } else {
            json!({"plan": plan, "hour": hour, "window_length_hours": 4, "retention_period_days": 7})
        })
    }

    /// Applies a completed action's change to droplet `id` (gone droplets are skipped).
    fn apply_change(&mut self, id: u64, change: Change) {
        let backup_id = matches!(change, Change::Backups(true, _)).then(|| self.next_id("image"));
        let snapshot_id = matches!(change, Change::Snapshot(_)).then(|| self.next_id("snapshot"));
        let now = self.now_ms;
        let Some(d) = self.droplets.get_mut(id) else {
            return;
        };
        let mut new_snapshot = None;
        match change {
            Change::Nothing => {}
            Change::Power(power) => d.status = power,
            Change::Backups(on, policy) => {
                d.backups = on;
                d.backup_policy = policy;
                if let (Some(backup_id), true) = (backup_id, d.backups_taken.is_empty()) {
                    d.backups_taken.push(json!({
                        "id": backup_id, "name": format!("{} {}", d.name, &iso8601(now)[..10]),
                        "distribution": d.image["distribution"], "slug": null, "public": false,
                        "regions": [d.region_slug], "created_at": iso8601(now),
                        "min_disk_size": d.disk, "size_gigabytes": (d.disk as f64) / 10.0, "type": "backup",
                    }));
                }
            }
            Change::Policy(policy) => d.backup_policy = policy,
            Change::Resize { slug, disk } => {
                d.size_slug = slug;
                if let Some(disk) = disk {
                    d.disk = disk;
                }
            }
            Change::Rebuild(image) => {
                d.image = image;
                d.status = Power::Active;
            }
            Change::Rename(name) => d.name = name,
            Change::Kernel(kernel) => d.kernel = Some(kernel),
            Change::Ipv6 => d.ipv6 = true,
            Change::Snapshot(name) => {
                let snapshot_id = snapshot_id.unwrap_or_default();
                d.snapshot_ids.push(snapshot_id);
                let name = name.unwrap_or_else(|| format!("{}-{}", d.name, now));
                new_snapshot = Some(json!({
                    "id": snapshot_id.to_string(), "name": name, "created_at": iso8601(now),
                    "regions": [d.region_slug], "resource_id": id.to_string(),
                    "resource_type": "droplet", "min_disk_size": d.disk,
                    "size_gigabytes": (d.disk as f64) / 10.0, "tags": [],
                }));
            }
        }
        if let Some(snapshot) = new_snapshot {
            self.snapshots.add(snapshot);
        }
    }
}
