//! Droplet creation (validated like DigitalOcean) and destruction, alone or with its
//! associated resources.

use super::actions::NewAction;
use super::droplets::{Droplet, Power};
use super::Store;
use crate::error::ApiError;
use serde_json::{json, Value};

/// Most droplets one `POST /v2/droplets` may create.
pub const MAX_NAMES: usize = 10;

/// Region used when the request names none.
const DEFAULT_REGION: &str = "nyc3";

/// A validated droplet creation request.
#[derive(Debug, Clone, PartialEq)]
pub struct DropletPlan {
    /// One name per droplet to create.
    pub names: Vec<String>,
    /// Size slug.
    pub size: String,
    /// Image object.
    pub image: Value,
    /// Region slug.
    pub region: String,
    /// Tags (canonical spelling).
    pub tags: Vec<String>,
    /// `backups`.
    pub backups: bool,
    /// `ipv6`.
    pub ipv6: bool,
    /// `monitoring`.
    pub monitoring: bool,
    /// `vpc_uuid`, when given.
    pub vpc_uuid: Option<String>,
    /// Volumes to attach (single droplet only).
    pub volumes: Vec<String>,
}

/// True for a valid droplet hostname: letters, digits, `.` and `-`, 1–255 characters.
///
/// ```
/// use do_sim::store::droplet_life::valid_hostname;
/// assert!(valid_hostname("web-01.example"));
/// assert!(!valid_hostname("bad name"));
/// assert!(!valid_hostname(""));
/// ```
pub fn valid_hostname(name: &str) -> bool {
    (1..=255).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !name.starts_with(['-', '.'])
}

fn text_field<'a>(body: &'a Value, field: &str) -> Result<Option<&'a str>, ApiError> {
    match &body[field] {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text.as_str())),
        _ => Err(ApiError::unprocessable(format!("{field} must be a string"))),
    }
}

fn flag(body: &Value, field: &str) -> Result<bool, ApiError> {
    match &body[field] {
        Value::Null => Ok(false),
        Value::Bool(on) => Ok(*on),
        _ => Err(ApiError::unprocessable(format!(
            "{field} must be a boolean"
        ))),
    }
}

/// The image named by a JSON id (number or numeric string) or slug.
pub fn image_key(value: &Value) -> Option<String> {
    match value {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(n) => n.as_u64().map(|id| id.to_string()),
        _ => None,
    }
}

impl Store {
    /// Validates a `POST /v2/droplets` body (single `name` or multiple `names`).
    pub fn plan_droplets(&self, body: &Value) -> Result<DropletPlan, ApiError> {
        let names: Vec<String> = match (&body["name"], &body["names"]) {
            (Value::String(name), Value::Null) => vec![name.clone()],
            (Value::Null, Value::Array(names)) => names
                .iter()
                .map(|n| n.as_str().map(String::from))
                .collect::<Option<_>>()
                .ok_or_else(|| ApiError::unprocessable("names must be an array of strings"))?,
            (Value::Null, Value::Null) => {
                return Err(ApiError::unprocessable("Name is required (name or names)."))
            }
            _ => {
                return Err(ApiError::unprocessable(
                    "Specify either name or names, not both.",
                ))
            }
        };
        if names.is_empty() || names.len() > MAX_NAMES {
            return Err(ApiError::unprocessable(format!(
                "names must hold between 1 and {MAX_NAMES} names"
            )));
        }
        if let Some(bad) = names.iter().find(|n| !valid_hostname(n)) {
            return Err(ApiError::unprocessable(format!(
                "{bad} is not a valid hostname: only a-z, A-Z, 0-9, . and - are allowed"
            )));
        }
        let size = text_field(body, "size")?
            .filter(|slug| self.catalogue.size(slug).is_some())
            .ok_or_else(|| {
                ApiError::unprocessable("You specified an invalid size for Droplet creation.")
            })?;
        let image = image_key(&body["image"])
            .and_then(|key| self.catalogue.image(&key))
            .ok_or_else(|| {
                ApiError::unprocessable("You specified an invalid image for Droplet creation.")
            })?;
        let region = text_field(body, "region")?.unwrap_or(DEFAULT_REGION);
        if self.catalogue.region(region).is_none() {
            return Err(ApiError::unprocessable(
                "You specified an invalid region for Droplet creation.",
            ));
        }
        let tags = match &body["tags"] {
            Value::Null => Vec::new(),
            Value::Array(items) => items
                .iter()
                .map(|t| t.as_str().map(String::from))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| ApiError::unprocessable("tags must be an array of strings"))?,
            _ => return Err(ApiError::unprocessable("tags must be an array of strings")),
        };
        for tag in &tags {
            super::tags::check_tag_name(tag).map_err(ApiError::unprocessable)?;
        }
        self.check_ssh_keys(&body["ssh_keys"])?;
        let volumes = self.check_create_volumes(&body["volumes"], region, names.len())?;
        let limit = self.account.droplet_limit();
        if (self.droplets.len() + names.len()) as u64 > limit {
            return Err(ApiError::unprocessable(
                "creating this/these droplet(s) will exceed your droplet limit",
            ));
        }
        Ok(DropletPlan {
            names,
            size: size.to_string(),
            image: image.body.clone(),
            region: region.to_string(),
            tags,
            backups: flag(body, "backups")?,
            ipv6: flag(body, "ipv6")?,
            monitoring: flag(body, "monitoring")?,
            vpc_uuid: text_field(body, "vpc_uuid")?.map(String::from),
            volumes,
        })
    }

    /// `ssh_keys` must list existing keys, by id or fingerprint.
    fn check_ssh_keys(&self, keys: &Value) -> Result<(), ApiError> {
        let invalid =
            || ApiError::unprocessable("You specified an invalid SSH key for Droplet creation.");
        let items = match keys {
            Value::Null => return Ok(()),
            Value::Array(items) => items,
            _ => return Err(invalid()),
        };
        for key in items {
            let identifier = image_key(key).ok_or_else(invalid)?;
            self.keys.get(&identifier).ok_or_else(invalid)?;
        }
        Ok(())
    }

    /// `volumes` must be unattached volumes of the droplet's region, for one droplet only.
    fn check_create_volumes(
        &self,
        volumes: &Value,
        region: &str,
        droplets: usize,
    ) -> Result<Vec<String>, ApiError> {
        let items = match volumes {
            Value::Null => return Ok(Vec::new()),
            Value::Array(items) => items,
            _ => {
                return Err(ApiError::unprocessable(
                    "volumes must be an array of volume ids",
                ))
            }
        };
        if !items.is_empty() && droplets > 1 {
            return Err(ApiError::unprocessable(
                "Volumes can only be attached when creating a single Droplet.",
            ));
        }
        let mut ids = Vec::new();
        for item in items {
            let volume = item
                .as_str()
                .and_then(|id| self.volumes.get(id))
                .ok_or_else(|| {
                    ApiError::unprocessable("You specified an invalid volume for Droplet creation.")
                })?;
            if volume.region_slug != region || !volume.droplet_ids.is_empty() {
                return Err(ApiError::unprocessable(format!(
                    "Volume {} must be unattached and in the Droplet's region ({region}).",
                    volume.id
                )));
            }
            ids.push(volume.id.clone());
        }
        Ok(ids)
    }

    /// Creates the planned droplets (status `new`) with one `create` action each; the
    /// action's completion makes the droplet `active`. Returns `(droplets, actions)` JSON.
    pub fn create_droplets(
        &mut self,
        plan: DropletPlan,
    ) -> Result<(Vec<Value>, Vec<Value>), ApiError> {
        let mut tags = Vec::new();
        for tag in &plan.tags {
            tags.push(self.tags.create(tag).map_err(ApiError::unprocessable)?);
        }
        let disk = self
            .catalogue
            .size(&plan.size)
            .and_then(|s| s["disk"].as_u64())
            .unwrap_or(25);
        let mut droplets = Vec::new();
        let mut actions = Vec::new();
        for name in plan.names {
            let id = self.next_id("droplet");
            let vpc_uuid = match &plan.vpc_uuid {
                Some(uuid) => uuid.clone(),
                None => self.next_uuid(),
            };
            let droplet = Droplet {
                id,
                name,
                status: Power::New,
                created_ms: self.now_ms,
                size_slug: plan.size.clone(),
                region_slug: plan.region.clone(),
                image: plan.image.clone(),
                tags: tags.clone(),
                volume_ids: plan.volumes.clone(),
                snapshot_ids: Vec::new(),
                backups_taken: Vec::new(),
                backups: plan.backups,
                backup_policy: default_policy(plan.backups),
                ipv6: plan.ipv6,
                ipv4_public: format!("104.131.{}.{}", (id >> 8) % 250 + 1, id % 250 + 2),
                ipv4_private: format!("10.132.{}.{}", (id >> 8) % 250 + 1, id % 250 + 2),
                kernel: None,
                vpc_uuid,
                disk,
                monitoring: plan.monitoring,
                locked: false,
            };
            for tag in &tags {
                self.tags
                    .note_tagged(tag, super::tags::TaggedResource::new("droplet", id));
            }
            for volume_id in &plan.volumes {
                if let Some(volume) = self.volumes.get_mut(volume_id) {
                    volume.droplet_ids.push(id);
                }
            }
            droplets.push(self.droplet_json(&droplet));
            self.droplets.insert(droplet);
            let new = NewAction {
                kind: "create",
                resource_id: Some(id),
                resource_type: "droplet",
                region_slug: Some(&plan.region),
            };
            actions.push(self.start_action(
                new,
                Some(Box::new(move |store: &mut Store| {
                    if let Some(d) = store.droplets.get_mut(id) {
                        d.status = Power::Active;
                    }
                })),
            ));
        }
        Ok((droplets, actions))
    }
}

/// The backup policy of a droplet whose backups are `enabled` (daily at 20:00 by default).
pub fn default_policy(enabled: bool) -> Value {
    if enabled {
        json!({"plan": "daily", "hour": 20, "window_length_hours": 4, "retention_period_days": 7})
    } else {
        Value::Null
    }
}
