//! Tags: name rules, the tag list, and the order resources were tagged in (for
//! `last_tagged_uri`). Which resources carry a tag is stored on the resources themselves
//! (a droplet's or volume's `tags`); this store only knows the names and the history.
//!
//! ```
//! use do_sim::store::tags::Tags;
//! let mut tags = Tags::default();
//! assert_eq!(tags.create("PROD").unwrap(), "PROD");
//! assert_eq!(tags.create("prod").unwrap(), "PROD"); // case stable
//! ```

use super::Store;
use serde_json::{json, Value};

/// Longest tag name DigitalOcean accepts.
pub const MAX_TAG_LEN: usize = 255;

/// The kinds of resource a tag can be applied to (the spec's `resource_type` enum).
pub const TAGGABLE_TYPES: [&str; 4] = ["droplet", "image", "volume", "volume_snapshot"];

/// A resource that was tagged: its type and id as the API names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaggedResource {
    /// `droplet`, `image`, `volume` or `volume_snapshot`.
    pub resource_type: String,
    /// The resource's id (numeric ids as decimal text).
    pub resource_id: String,
}

impl TaggedResource {
    /// A resource of `resource_type` with id `resource_id`.
    ///
    /// ```
    /// use do_sim::store::tags::TaggedResource;
    /// assert_eq!(TaggedResource::new("droplet", 7).resource_id, "7");
    /// ```
    pub fn new(resource_type: &str, resource_id: impl ToString) -> Self {
        Self {
            resource_type: resource_type.to_string(),
            resource_id: resource_id.to_string(),
        }
    }

    /// The resource's API URI, as `last_tagged_uri` shows it.
    ///
    /// ```
    /// use do_sim::store::tags::TaggedResource;
    /// let r = TaggedResource::new("droplet", 7);
    /// assert_eq!(r.uri(), "https://api.digitalocean.com/v2/droplets/7");
    /// ```
    pub fn uri(&self) -> String {
        let collection = match self.resource_type.as_str() {
            "droplet" => "droplets",
            "image" => "images",
            "volume" => "volumes",
            _ => "snapshots",
        };
        format!(
            "https://api.digitalocean.com/v2/{collection}/{}",
            self.resource_id
        )
    }
}

/// One tag: its canonical name and the resources tagged with it, oldest first.
#[derive(Clone, Debug, Default)]
struct Tag {
    name: String,
    history: Vec<TaggedResource>,
}

/// Every tag of the account, in creation order.
#[derive(Clone, Debug, Default)]
pub struct Tags {
    tags: Vec<Tag>,
}

impl Tags {
    /// Creates `name` (or finds it, case-insensitively) and returns its canonical spelling;
    /// `Err` holds the 422 message for a bad name.
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// assert!(Tags::default().create("bad name").is_err());
    /// ```
    pub fn create(&mut self, name: &str) -> Result<String, String> {
        check_tag_name(name)?;
        if let Some(existing) = self.canonical(name) {
            return Ok(existing.to_string());
        }
        self.tags.push(Tag {
            name: name.to_string(),
            history: Vec::new(),
        });
        Ok(name.to_string())
    }

    /// Makes sure a tag named `name` exists (resources created with `tags` call it); bad
    /// names are ignored, the caller validated them.
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// let mut tags = Tags::default();
    /// tags.ensure("web");
    /// assert!(tags.exists("web"));
    /// ```
    pub fn ensure(&mut self, name: &str) {
        let _ = self.create(name);
    }

    /// The canonical spelling of `name`, when the tag exists (case-insensitive lookup).
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// let mut tags = Tags::default();
    /// tags.create("Web").unwrap();
    /// assert_eq!(tags.canonical("web"), Some("Web"));
    /// ```
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.tags
            .iter()
            .find(|t| t.name.eq_ignore_ascii_case(name))
            .map(|t| t.name.as_str())
    }

    /// Whether the tag `name` exists with exactly this spelling (URLs use the canonical one).
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// let mut tags = Tags::default();
    /// tags.create("Web").unwrap();
    /// assert!(tags.exists("Web") && !tags.exists("web"));
    /// ```
    pub fn exists(&self, name: &str) -> bool {
        self.tags.iter().any(|t| t.name == name)
    }

    /// Every tag name, in creation order.
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// assert_eq!(Tags::default().names().count(), 0);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tags.iter().map(|t| t.name.as_str())
    }

    /// Deletes the tag `name`; false when there was none.
    ///
    /// ```
    /// use do_sim::store::tags::Tags;
    /// assert!(!Tags::default().delete("x"));
    /// ```
    pub fn delete(&mut self, name: &str) -> bool {
        let before = self.tags.len();
        self.tags.retain(|t| t.name != name);
        before != self.tags.len()
    }

    /// Notes that `resource` was just tagged with `name` (moves it to the end of the history).
    ///
    /// ```
    /// use do_sim::store::tags::{TaggedResource, Tags};
    /// let mut tags = Tags::default();
    /// tags.create("web").unwrap();
    /// tags.note_tagged("web", TaggedResource::new("droplet", 1));
    /// ```
    pub fn note_tagged(&mut self, name: &str, resource: TaggedResource) {
        if let Some(tag) = self.tags.iter_mut().find(|t| t.name == name) {
            tag.history.retain(|r| *r != resource);
            tag.history.push(resource);
        }
    }

    /// The tag's `resources` object: counts per type and the last tagged URI, over the
    /// resources in `current` (those that carry the tag now).
    ///
    /// ```
    /// use do_sim::store::tags::{TaggedResource, Tags};
    /// let mut tags = Tags::default();
    /// tags.create("web").unwrap();
    /// let one = TaggedResource::new("droplet", 1);
    /// tags.note_tagged("web", one.clone());
    /// let stats = tags.resources_json("web", &[one]);
    /// assert_eq!(stats["count"], 1);
    /// assert_eq!(stats["droplets"]["count"], 1);
    /// ```
    pub fn resources_json(&self, name: &str, current: &[TaggedResource]) -> Value {
        let history = self
            .tags
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.history.as_slice())
            .unwrap_or_default();
        let stats = |kind: Option<&str>| {
            let in_kind = |r: &&TaggedResource| kind.is_none_or(|k| r.resource_type == k);
            let count = current.iter().filter(in_kind).count();
            let last = history
                .iter()
                .rev()
                .filter(in_kind)
                .find(|r| current.contains(r))
                .or_else(|| current.iter().rev().find(in_kind));
            match last {
                Some(resource) => json!({"count": count, "last_tagged_uri": resource.uri()}),
                None => json!({"count": count}),
            }
        };
        let mut all = stats(None);
        all["droplets"] = stats(Some("droplet"));
        all["images"] = stats(Some("image"));
        all["volumes"] = stats(Some("volume"));
        all["volume_snapshots"] = stats(Some("volume_snapshot"));
        all["databases"] = json!({"count": 0});
        all
    }
}

impl Store {
    /// Every resource that carries the tag `name` now (droplets, images, volumes, volume
    /// snapshots).
    ///
    /// ```
    /// let store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(store.tagged_with("nothing-has-this").is_empty());
    /// ```
    pub fn tagged_with(&self, name: &str) -> Vec<TaggedResource> {
        let has = |tags: &Value| tags.as_array().is_some_and(|t| t.iter().any(|x| x == name));
        let droplets = self
            .droplets
            .iter()
            .filter(|d| d.tags.iter().any(|t| t == name));
        let images = self
            .catalogue
            .images
            .iter()
            .filter(|i| has(&i.body["tags"]));
        let volumes = self
            .volumes
            .items
            .iter()
            .filter(|v| v.tags.iter().any(|t| t == name));
        let snapshots = self
            .snapshots
            .items
            .iter()
            .filter(|s| s["resource_type"] == "volume" && has(&s["tags"]));
        droplets
            .map(|d| TaggedResource::new("droplet", d.id))
            .chain(images.map(|i| TaggedResource::new("image", &i.body["id"])))
            .chain(volumes.map(|v| TaggedResource::new("volume", &v.id)))
            .chain(snapshots.filter_map(|s| {
                s["id"]
                    .as_str()
                    .map(|id| TaggedResource::new("volume_snapshot", id))
            }))
            .collect()
    }

    /// The tag object `{name, resources}` of the API.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// store.tags.ensure("web");
    /// assert_eq!(store.tag_json("web")["resources"]["count"], 0);
    /// ```
    pub fn tag_json(&self, name: &str) -> Value {
        let current = self.tagged_with(name);
        json!({"name": name, "resources": self.tags.resources_json(name, &current)})
    }

    /// Makes every tag carried by a resource (seeded images, droplets created with `tags`)
    /// exist in the tag list.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// store.sync_tags();
    /// ```
    pub fn sync_tags(&mut self) {
        let mut names: Vec<String> = self.droplets.iter().flat_map(|d| d.tags.clone()).collect();
        names.extend(self.volumes.items.iter().flat_map(|v| v.tags.clone()));
        let json_tags = self.catalogue.images.iter().map(|i| &i.body["tags"]);
        let json_tags = json_tags.chain(self.snapshots.items.iter().map(|s| &s["tags"]));
        for tags in json_tags.filter_map(Value::as_array) {
            names.extend(tags.iter().filter_map(Value::as_str).map(String::from));
        }
        for name in names {
            self.tags.ensure(&name);
        }
    }

    /// Adds (`add`) or removes the tag `name` on `resource`; false when the resource does
    /// not exist.
    ///
    /// ```
    /// use do_sim::store::tags::TaggedResource;
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(!store.set_tag("web", &TaggedResource::new("droplet", 1), true));
    /// ```
    pub fn set_tag(&mut self, name: &str, resource: &TaggedResource, add: bool) -> bool {
        let edit = |tags: &mut Vec<String>| {
            tags.retain(|t| t != name);
            if add {
                tags.push(name.to_string());
            }
        };
        let id = resource.resource_id.as_str();
        let found = match resource.resource_type.as_str() {
            "droplet" => id
                .parse()
                .ok()
                .and_then(|n| self.droplets.get_mut(n))
                .map(|d| edit(&mut d.tags))
                .is_some(),
            "volume" => self
                .volumes
                .get_mut(id)
                .map(|v| edit(&mut v.tags))
                .is_some(),
            "image" => edit_json_tags(self.catalogue.image_mut(id).map(|i| &mut i.body), edit),
            _ => {
                let snapshot = self
                    .snapshots
                    .get_mut(id)
                    .filter(|s| s["resource_type"] == "volume");
                edit_json_tags(snapshot, edit)
            }
        };
        if found && add {
            self.tags.note_tagged(name, resource.clone());
        }
        found
    }

    /// Tags a new `resource` with `names` (already checked with [`check_tag_name`]): each tag
    /// is created if needed and noted as last tagged; returns the canonical spellings.
    ///
    /// ```
    /// use do_sim::store::tags::TaggedResource;
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// store.tags.create("DB").unwrap();
    /// let names = store.adopt_tags(&["db".into()], &TaggedResource::new("volume", "v1"));
    /// assert_eq!(names, ["DB"]);
    /// ```
    pub fn adopt_tags(&mut self, names: &[String], resource: &TaggedResource) -> Vec<String> {
        let mut canonical = Vec::new();
        for name in names {
            if let Ok(tag) = self.tags.create(name) {
                self.tags.note_tagged(&tag, resource.clone());
                if !canonical.contains(&tag) {
                    canonical.push(tag);
                }
            }
        }
        canonical
    }

    /// Whether `resource` exists (so that tagging it can succeed).
    ///
    /// ```
    /// use do_sim::store::tags::TaggedResource;
    /// let store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(!store.resource_exists(&TaggedResource::new("volume", "nope")));
    /// ```
    pub fn resource_exists(&self, resource: &TaggedResource) -> bool {
        let id = resource.resource_id.as_str();
        match resource.resource_type.as_str() {
            "droplet" => id.parse().ok().and_then(|n| self.droplets.get(n)).is_some(),
            "volume" => self.volumes.get(id).is_some(),
            "image" => self.catalogue.image(id).is_some(),
            _ => self
                .snapshots
                .get(id)
                .is_some_and(|s| s["resource_type"] == "volume"),
        }
    }

    /// Deletes the tag `name` and removes it from every resource; false when it did not exist.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(!store.delete_tag("web"));
    /// ```
    pub fn delete_tag(&mut self, name: &str) -> bool {
        if !self.tags.exists(name) {
            return false;
        }
        for resource in self.tagged_with(name) {
            self.set_tag(name, &resource, false);
        }
        self.tags.delete(name)
    }
}

/// Applies `edit` to the `tags` array of a JSON resource; false when there is no resource.
fn edit_json_tags(resource: Option<&mut Value>, edit: impl FnOnce(&mut Vec<String>)) -> bool {
    let Some(resource) = resource else {
        return false;
    };
    let mut tags: Vec<String> = resource["tags"]
        .as_array()
        .map(|t| {
            t.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    edit(&mut tags);
    resource["tags"] = json!(tags);
    true
}

/// Checks a tag name against DigitalOcean's rules: letters, digits, `:`, `-`, `_`, at most
/// 255 characters.
///
/// ```
/// use do_sim::store::tags::check_tag_name;
/// assert!(check_tag_name("env:prod").is_ok());
/// assert!(check_tag_name("no spaces").is_err());
/// ```
pub fn check_tag_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("name is a required field".into());
    }
    if name.len() > MAX_TAG_LEN {
        return Err(format!("name must be at most {MAX_TAG_LEN} characters"));
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
    {
        return Err("name may contain letters, numbers, colons, dashes, and underscores".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn droplet(id: u64) -> TaggedResource {
        TaggedResource::new("droplet", id)
    }

    #[test]
    fn name_rules() {
        for good in ["a", "env:prod", "web_01-x", &"x".repeat(255)] {
            assert!(check_tag_name(good).is_ok(), "{good}");
        }
        for bad in ["", "a b", "é", "a/b", &"x".repeat(256)] {
            assert!(check_tag_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn last_tagged_follows_history_and_current_state() {
        let mut tags = Tags::default();
        tags.create("web").unwrap();
        tags.note_tagged("web", droplet(1));
        tags.note_tagged("web", droplet(2));
        let stats = tags.resources_json("web", &[droplet(1), droplet(2)]);
        assert_eq!(stats["count"], 2);
        assert_eq!(stats["last_tagged_uri"], droplet(2).uri());
        assert_eq!(stats["volumes"], json!({"count": 0}));
        // droplet 2 lost the tag: the last one still tagged is droplet 1
        let stats = tags.resources_json("web", &[droplet(1)]);
        assert_eq!(stats["droplets"]["last_tagged_uri"], droplet(1).uri());
        let mut empty = json!({"count": 0});
        for kind in [
            "droplets",
            "images",
            "volumes",
            "volume_snapshots",
            "databases",
        ] {
            empty[kind] = json!({"count": 0});
        }
        assert_eq!(tags.resources_json("web", &[]), empty);
    }

    #[test]
    fn delete_exists_and_ensure() {
        let mut tags = Tags::default();
        tags.create("Web").unwrap();
        tags.ensure("WEB");
        tags.ensure("bad name");
        assert_eq!(tags.names().collect::<Vec<_>>(), ["Web"]);
        assert!(!tags.delete("web"));
        assert!(tags.delete("Web"));
        assert_eq!(tags.names().count(), 0);
    }
}
