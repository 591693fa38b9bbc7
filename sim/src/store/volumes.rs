//! Block-storage volumes: creation rules, the volume object, deletion, and the
//! attach/detach/resize actions whose effects update volumes and droplets.
//!
//! ```
//! use do_sim::store::Store;
//! use serde_json::json;
//! let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
//! let body = json!({"name": "data", "size_gigabytes": 10, "region": "nyc1"});
//! let volume = store.create_volume(&body).unwrap();
//! assert_eq!(volume["region"]["slug"], "nyc1");
//! ```

use super::actions::{ActionStatus, NewAction};
use super::tags::TaggedResource;
use super::Store;
use crate::error::ApiError;
use crate::time::iso8601;
use axum::http::StatusCode;
use serde_json::{json, Value};

/// Largest volume DigitalOcean creates, in GiB.
pub const MAX_VOLUME_GIB: u64 = 16_384;
/// Most volumes attached to one droplet.
pub const MAX_VOLUMES_PER_DROPLET: usize = 7;

/// One volume.
#[derive(Clone, Debug, PartialEq)]
pub struct Volume {
    /// UUID.
    pub id: String,
    /// Name, unique per region.
    pub name: String,
    /// Region slug.
    pub region_slug: String,
    /// Size in GiB.
    pub size_gigabytes: u64,
    /// Free-form description.
    pub description: String,
    /// The droplet it is attached to (at most one).
    pub droplet_ids: Vec<u64>,
    /// Creation time, epoch ms.
    pub created_ms: u64,
    /// `ext4`, `xfs` or empty.
    pub filesystem_type: String,
    /// Filesystem label.
    pub filesystem_label: String,
    /// Tag names.
    pub tags: Vec<String>,
    /// Ids of the actions run on it, oldest first.
    pub action_ids: Vec<u64>,
}

/// Every volume, oldest first.
#[derive(Debug, Default, Clone)]
pub struct Volumes {
    /// The volumes.
    pub items: Vec<Volume>,
}

impl Volumes {
    /// The volume `id`.
    ///
    /// ```
    /// assert!(do_sim::store::volumes::Volumes::default().get("x").is_none());
    /// ```
    pub fn get(&self, id: &str) -> Option<&Volume> {
        self.items.iter().find(|v| v.id == id)
    }

    /// The volume `id`, or DigitalOcean's 404.
    ///
    /// ```
    /// let volumes = do_sim::store::volumes::Volumes::default();
    /// assert_eq!(volumes.find("x").unwrap_err().status, 404);
    /// ```
    pub fn find(&self, id: &str) -> Result<&Volume, ApiError> {
        self.get(id).ok_or_else(ApiError::not_found)
    }

    /// The volume `id`, for changes.
    ///
    /// ```
    /// assert!(do_sim::store::volumes::Volumes::default().get_mut("x").is_none());
    /// ```
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Volume> {
        self.items.iter_mut().find(|v| v.id == id)
    }

    /// The volume called `name` in `region`.
    ///
    /// ```
    /// assert!(do_sim::store::volumes::Volumes::default().by_name("a", "nyc1").is_none());
    /// ```
    pub fn by_name(&self, name: &str, region: &str) -> Option<&Volume> {
        self.items
            .iter()
            .find(|v| v.name == name && v.region_slug == region)
    }

    /// Name of the volume `id`, if it exists.
    ///
    /// ```
    /// assert!(do_sim::store::volumes::Volumes::default().name_of("x").is_none());
    /// ```
    pub fn name_of(&self, id: &str) -> Option<String> {
        self.get(id).map(|v| v.name.clone())
    }

    /// Size in GiB of the volume `id`, if it exists.
    ///
    /// ```
    /// assert!(do_sim::store::volumes::Volumes::default().size_of("x").is_none());
    /// ```
    pub fn size_of(&self, id: &str) -> Option<u64> {
        self.get(id).map(|v| v.size_gigabytes)
    }

    /// Removes `droplet_id` from every volume's `droplet_ids` (droplet destroyed).
    ///
    /// ```
    /// do_sim::store::volumes::Volumes::default().detach_droplet(7);
    /// ```
    pub fn detach_droplet(&mut self, droplet_id: u64) {
        for volume in &mut self.items {
            volume.droplet_ids.retain(|id| *id != droplet_id);
        }
    }

    /// Deletes the volume `id`; true if it existed.
    ///
    /// ```
    /// assert!(!do_sim::store::volumes::Volumes::default().remove("x"));
    /// ```
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|v| v.id != id);
        before != self.items.len()
    }
}

/// Checks a volume name: lower-case letters, digits and `-`, starting with a letter, ≤ 64.
///
/// ```
/// use do_sim::store::volumes::check_volume_name;
/// assert!(check_volume_name("data-1").is_ok());
/// assert!(check_volume_name("1data").is_err());
/// ```
pub fn check_volume_name(name: &str) -> Result<(), String> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err("name must be lowercase and be composed only of numbers, letters and \"-\", up to a limit of 64 characters, and must begin with a letter".into())
    }
}

/// A 422 with `message`.
pub(crate) fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::unprocessable(message)
}

/// The string field `key` of a request body (`None` when absent or null).
pub(crate) fn text_field<'a>(body: &'a Value, key: &str) -> Result<Option<&'a str>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(invalid(format!("{key} must be a string"))),
    }
}

/// Tag names from a `tags` field (absent or null: none); each must follow the tag rules.
///
/// ```
/// let tags = do_sim::store::volumes::tag_list(&serde_json::json!({"tags": ["a", "b"]})).unwrap();
/// assert_eq!(tags, ["a", "b"]);
/// ```
pub fn tag_list(body: &Value) -> Result<Vec<String>, ApiError> {
    let Some(items) = body.get("tags").filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let items = items
        .as_array()
        .ok_or_else(|| invalid("tags must be an array of strings"))?;
    items
        .iter()
        .map(|item| {
            let name = item
                .as_str()
                .ok_or_else(|| invalid("tags must be an array of strings"))?;
            super::tags::check_tag_name(name).map_err(invalid)?;
            Ok(name.to_string())
        })
        .collect()
}

impl Store {
    /// The volume object as the API shows it (`components/schemas/volume_full`).
    ///
    /// ```
    /// use do_sim::store::{Store, volumes::Volume};
    /// let store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let volume = Volume { id: "v".into(), name: "a".into(), region_slug: "nyc1".into(),
    ///     size_gigabytes: 1, description: String::new(), droplet_ids: vec![], created_ms: 0,
    ///     filesystem_type: String::new(), filesystem_label: String::new(), tags: vec![],
    ///     action_ids: vec![] };
    /// assert_eq!(store.volume_json(&volume)["size_gigabytes"], 1);
    /// ```
    pub fn volume_json(&self, volume: &Volume) -> Value {
        let region = self
            .catalogue
            .region(&volume.region_slug)
            .cloned()
            .unwrap_or(Value::Null);
        json!({
            "id": volume.id,
            "region": region,
            "droplet_ids": volume.droplet_ids,
            "name": volume.name,
            "description": volume.description,
            "size_gigabytes": volume.size_gigabytes,
            "created_at": iso8601(volume.created_ms),
            "filesystem_type": volume.filesystem_type,
            "filesystem_label": volume.filesystem_label,
            "tags": volume.tags,
        })
    }

    /// Creates a volume from a `POST /v2/volumes` body and returns its object.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let bad = serde_json::json!({"name": "data", "size_gigabytes": 0, "region": "nyc1"});
    /// assert_eq!(store.create_volume(&bad).unwrap_err().status, 422);
    /// ```
    pub fn create_volume(&mut self, body: &Value) -> Result<Value, ApiError> {
        let name = text_field(body, "name")?.ok_or_else(|| invalid("name is required"))?;
        check_volume_name(name).map_err(invalid)?;
        let region = text_field(body, "region")?.ok_or_else(|| invalid("region is required"))?;
        if self.catalogue.region(region).is_none() {
            return Err(invalid(format!("region {region} is not a valid region")));
        }
        if self.volumes.by_name(name, region).is_some() {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "conflict",
                format!("a volume with the name {name} already exists in {region}"),
            ));
        }
        let from_snapshot = match text_field(body, "snapshot_id")? {
            Some(id) => Some(self.volume_snapshot_min_size(id, region)?),
            None => None,
        };
        let size = match (body.get("size_gigabytes"), from_snapshot) {
            (Some(size), min) => size
                .as_u64()
                .filter(|gib| (1..=MAX_VOLUME_GIB).contains(gib) && *gib >= min.unwrap_or(1))
                .ok_or_else(|| {
                    invalid(format!(
                        "size_gigabytes must be an integer between {} and {MAX_VOLUME_GIB}",
                        min.unwrap_or(1)
                    ))
                })?,
            (None, Some(min)) => min,
            (None, None) => return Err(invalid("size_gigabytes is required")),
        };
        let filesystem_type = text_field(body, "filesystem_type")?.unwrap_or_default();
        let filesystem_label = text_field(body, "filesystem_label")?.unwrap_or_default();
        let label_max = match filesystem_type {
            "" | "ext4" => 16,
            "xfs" => 12,
            _ => return Err(invalid("filesystem_type must be ext4 or xfs")),
        };
        if filesystem_label.len() > label_max {
            return Err(invalid(format!(
                "filesystem_label must be at most {label_max} characters"
            )));
        }
        let limit = self.account.limit("volume_limit");
        if self.volumes.items.len() as u64 >= limit {
            return Err(invalid(format!(
                "creating this volume would exceed your volume limit of {limit}"
            )));
        }
        let tags = tag_list(body)?;
        let description = text_field(body, "description")?.unwrap_or_default();
        let id = self.next_uuid();
        let tags = self.adopt_tags(&tags, &TaggedResource::new("volume", &id));
        let volume = Volume {
            id,
            name: name.to_string(),
            region_slug: region.to_string(),
            size_gigabytes: size,
            description: description.to_string(),
            droplet_ids: Vec::new(),
            created_ms: self.now_ms,
            filesystem_type: filesystem_type.to_string(),
            filesystem_label: filesystem_label.to_string(),
            tags,
            action_ids: Vec::new(),
        };
        let json = self.volume_json(&volume);
        self.volumes.items.push(volume);
        Ok(json)
    }

    /// Deletes the volume `id`: 404 when missing, 409 while it is attached to a droplet.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert_eq!(store.delete_volume("nope").unwrap_err().status, 404);
    /// ```
    pub fn delete_volume(&mut self, id: &str) -> Result<(), ApiError> {
        let volume = self.volumes.get(id).ok_or_else(ApiError::not_found)?;
        if !volume.droplet_ids.is_empty() {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "conflict",
                "Volume is currently attached to a Droplet. Detach it before deleting it.",
            ));
        }
        self.volumes.remove(id);
        Ok(())
    }

    /// Starts an attach, detach or resize of volume `id` from a volume-action body and
    /// returns the action (`type` `attach_volume`…, `resource_type` `volume`). The volume
    /// and the droplet change when the action completes.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let body = serde_json::json!({"type": "resize", "size_gigabytes": 20});
    /// assert_eq!(store.start_volume_action("nope", &body).unwrap_err().status, 404);
    /// ```
    pub fn start_volume_action(&mut self, id: &str, body: &Value) -> Result<Value, ApiError> {
        let volume = self
            .volumes
            .get(id)
            .cloned()
            .ok_or_else(ApiError::not_found)?;
        if let Some(region) = text_field(body, "region")? {
            if region != volume.region_slug {
                return Err(invalid(format!(
                    "the volume is in {}, not in {region}",
                    volume.region_slug
                )));
            }
        }
        let kind = text_field(body, "type")?.unwrap_or_default();
        let effect: super::actions::Effect = match kind {
            "attach" | "detach" => {
                let droplet_id = body
                    .get("droplet_id")
                    .and_then(Value::as_u64)
                    .ok_or_else(|| invalid("droplet_id is required"))?;
                self.check_attachment(&volume, droplet_id, kind == "attach")?;
                let volume_id = volume.id.clone();
                if kind == "attach" {
                    Box::new(move |store: &mut Store| store.attach(&volume_id, droplet_id))
                } else {
                    Box::new(move |store: &mut Store| store.detach(&volume_id, droplet_id))
                }
            }
            "resize" => {
                let size = body
                    .get("size_gigabytes")
                    .and_then(Value::as_u64)
                    .ok_or_else(|| invalid("size_gigabytes is required"))?;
                if size <= volume.size_gigabytes || size > MAX_VOLUME_GIB {
                    return Err(invalid(format!(
                        "size_gigabytes must be larger than the current size ({}) and at most {MAX_VOLUME_GIB}",
                        volume.size_gigabytes
                    )));
                }
                let volume_id = volume.id.clone();
                Box::new(move |store: &mut Store| {
                    if let Some(v) = store.volumes.get_mut(&volume_id) {
                        v.size_gigabytes = size;
                    }
                })
            }
            _ => return Err(invalid("type must be one of attach, detach, resize")),
        };
        let mut pending = volume
            .action_ids
            .iter()
            .filter_map(|a| self.actions.get(*a));
        if pending.any(|a| a.status == ActionStatus::InProgress) {
            return Err(invalid("Volume already has a pending event."));
        }
        let new = NewAction {
            kind: &format!("{kind}_volume"),
            resource_id: None,
            resource_type: "volume",
            region_slug: Some(&volume.region_slug),
        };
        let action = self.start_action(new, Some(effect));
        if let (Some(action_id), Some(v)) = (action["id"].as_u64(), self.volumes.get_mut(id)) {
            v.action_ids.push(action_id);
        }
        Ok(action)
    }

    fn check_attachment(
        &self,
        volume: &Volume,
        droplet_id: u64,
        attach: bool,
    ) -> Result<(), ApiError> {
        let droplet = self
            .droplets
            .get(droplet_id)
            .ok_or_else(ApiError::not_found)?;
        if !attach {
            if !volume.droplet_ids.contains(&droplet_id) {
                return Err(invalid("The volume is not attached to this Droplet"));
            }
            return Ok(());
        }
        if droplet.region_slug != volume.region_slug {
            return Err(invalid(format!(
                "Volume ({}) and Droplet ({}) must be in the same region",
                volume.region_slug, droplet.region_slug
            )));
        }
        if !volume.droplet_ids.is_empty() {
            return Err(invalid("The volume is already attached to a Droplet"));
        }
        if droplet.volume_ids.len() >= MAX_VOLUMES_PER_DROPLET {
            return Err(invalid(format!(
                "A Droplet can have at most {MAX_VOLUMES_PER_DROPLET} volumes attached"
            )));
        }
        Ok(())
    }

    fn attach(&mut self, volume_id: &str, droplet_id: u64) {
        let (Some(volume), Some(droplet)) = (
            self.volumes.items.iter_mut().find(|v| v.id == volume_id),
            self.droplets.get_mut(droplet_id),
        ) else {
            return;
        };
        volume.droplet_ids = vec![droplet_id];
        if !droplet.volume_ids.iter().any(|id| id == volume_id) {
            droplet.volume_ids.push(volume_id.to_string());
        }
    }

    fn detach(&mut self, volume_id: &str, droplet_id: u64) {
        if let Some(volume) = self.volumes.get_mut(volume_id) {
            volume.droplet_ids.retain(|id| *id != droplet_id);
        }
        if let Some(droplet) = self.droplets.get_mut(droplet_id) {
            droplet.volume_ids.retain(|id| id != volume_id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn store() -> Store {
        Store::seeded(&Config::default(), 1_000)
    }

    #[test]
    fn create_validates_like_digitalocean() {
        let mut store = store();
        let rows = [
            json!({"size_gigabytes": 10, "region": "nyc1"}),
            json!({"name": "Bad", "size_gigabytes": 10, "region": "nyc1"}),
            json!({"name": "ok", "size_gigabytes": 16385, "region": "nyc1"}),
            json!({"name": "ok", "region": "nyc1"}),
            json!({"name": "ok", "size_gigabytes": 10, "region": "mars1"}),
            json!({"name": "ok", "size_gigabytes": 10, "region": "nyc1", "filesystem_type": "zfs"}),
            json!({"name": "ok", "size_gigabytes": 10, "region": "nyc1", "snapshot_id": "nope"}),
            json!({"name": "ok", "size_gigabytes": 10, "region": "nyc1", "tags": ["a b"]}),
        ];
        for body in rows {
            assert_eq!(
                store.create_volume(&body).unwrap_err().status,
                422,
                "{body}"
            );
        }
        let ok = json!({"name": "ok", "size_gigabytes": 10, "region": "nyc1", "tags": ["db"]});
        let volume = store.create_volume(&ok).unwrap();
        assert_eq!(volume["tags"], json!(["db"]));
        assert!(store.tags.exists("db"));
        assert_eq!(store.create_volume(&ok).unwrap_err().status, 409);
    }

    #[test]
    fn volume_from_snapshot_takes_its_size() {
        let mut store = store();
        let body = json!({"name": "src", "size_gigabytes": 50, "region": "nyc1"});
        let id = store.create_volume(&body).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let snapshot = store.snapshot_volume(&id, &json!({"name": "s1"})).unwrap();
        let snapshot_id = snapshot["id"].as_str().unwrap();
        let copy = json!({"name": "copy", "region": "nyc1", "snapshot_id": snapshot_id});
        assert_eq!(store.create_volume(&copy).unwrap()["size_gigabytes"], 50);
        let small = json!({"name": "small", "region": "nyc1", "snapshot_id": snapshot_id, "size_gigabytes": 10});
        assert!(store.create_volume(&small).is_err());
        let elsewhere = json!({"name": "far", "region": "fra1", "snapshot_id": snapshot_id});
        assert!(store.create_volume(&elsewhere).is_err());
    }

    #[test]
    fn resize_only_grows_and_applies_on_completion() {
        let mut store = store();
        let body = json!({"name": "grow", "size_gigabytes": 10, "region": "nyc1"});
        let id = store.create_volume(&body).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        for size in [5, 10, 16385] {
            let body = json!({"type": "resize", "size_gigabytes": size});
            assert!(store.start_volume_action(&id, &body).is_err(), "{size}");
        }
        let action = store
            .start_volume_action(&id, &json!({"type": "resize", "size_gigabytes": 20}))
            .unwrap();
        assert_eq!(action["type"], "resize_volume");
        let busy = store.start_volume_action(&id, &json!({"type": "resize", "size_gigabytes": 30}));
        assert!(busy.unwrap_err().message.contains("pending"));
        assert_eq!(action["resource_type"], "volume");
        assert_eq!(store.volumes.size_of(&id), Some(10));
        store.tick(1_000 + store.action_ms);
        assert_eq!(store.volumes.size_of(&id), Some(20));
        assert_eq!(store.volumes.get(&id).unwrap().action_ids.len(), 1);
    }
}
