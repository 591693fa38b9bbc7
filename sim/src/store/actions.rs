//! Actions: started `in-progress`, finished lazily by [`Store::tick`] once due, when their
//! effect (a closure over `&mut Store`) is applied.

use super::Store;
use crate::time::iso8601;
use serde_json::{json, Value};

/// What happens to the store when an action completes (not run when it ends `errored`).
pub type Effect = Box<dyn FnOnce(&mut Store) + Send>;

/// Final or current status of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionStatus {
    /// Still running.
    InProgress,
    /// Finished well; its effect was applied.
    Completed,
    /// Finished badly; its effect was dropped.
    Errored,
}

impl ActionStatus {
    /// The wire value.
    ///
    /// ```
    /// assert_eq!(do_sim::store::actions::ActionStatus::InProgress.as_str(), "in-progress");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Completed => "completed",
            ActionStatus::Errored => "errored",
        }
    }
}

/// One action.
pub struct ActionRecord {
    /// Action id.
    pub id: u64,
    /// `type` (`create`, `power_off`, `attach_volume`…).
    pub kind: String,
    /// Current status.
    pub status: ActionStatus,
    /// Start, epoch ms.
    pub started_ms: u64,
    /// When the action finishes, epoch ms.
    pub due_ms: u64,
    /// End, once finished.
    pub completed_ms: Option<u64>,
    /// Whether it will end `errored` (decided at start by the `errored_actions` knob).
    pub will_error: bool,
    /// `resource_id` (numeric, or none for volumes).
    pub resource_id: Option<u64>,
    /// `resource_type` (`droplet`, `volume`, `image`…).
    pub resource_type: String,
    /// Region slug, when the resource has one.
    pub region_slug: Option<String>,
    effect: Option<Effect>,
}

impl std::fmt::Debug for ActionRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActionRecord")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("status", &self.status)
            .field("resource_id", &self.resource_id)
            .finish_non_exhaustive()
    }
}

/// Every action, oldest first. Ids and due times grow with the start order (one duration for
/// all actions), so the unfinished ones are the records from `first_pending` on.
#[derive(Debug, Default)]
pub struct Actions {
    records: Vec<ActionRecord>,
    first_pending: usize,
}

impl Actions {
    /// The action with this id.
    pub fn get(&self, id: u64) -> Option<&ActionRecord> {
        let index = self.records.binary_search_by_key(&id, |a| a.id).ok()?;
        self.records.get(index)
    }

    /// Every action, newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &ActionRecord> {
        self.records.iter().rev()
    }

    /// Actions of one resource, newest first.
    pub fn for_resource<'a>(
        &'a self,
        resource_type: &'a str,
        resource_id: u64,
    ) -> impl Iterator<Item = &'a ActionRecord> {
        self.newest_first()
            .filter(move |a| a.resource_type == resource_type && a.resource_id == Some(resource_id))
    }

    /// Number of actions still in progress for this resource.
    pub fn pending_for(&self, resource_type: &str, resource_id: u64) -> usize {
        self.for_resource(resource_type, resource_id)
            .filter(|a| a.status == ActionStatus::InProgress)
            .count()
    }
}

/// What to start: the fields of the action object.
#[derive(Debug, Clone, Default)]
pub struct NewAction<'a> {
    /// `type`.
    pub kind: &'a str,
    /// `resource_id`.
    pub resource_id: Option<u64>,
    /// `resource_type`.
    pub resource_type: &'a str,
    /// `region_slug`.
    pub region_slug: Option<&'a str>,
}

tokio::task_local! {
    /// operationId of the request being handled (set by the operation layer), so that the
    /// `errored_actions` knob honours the fault `routes`.
    pub static CURRENT_OPERATION: &'static str;
}

impl Store {
    /// Starts an action and returns its JSON (status `in-progress`). `effect` runs when it
    /// completes; if the `errored_actions` knob fires the action ends `errored` and the
    /// effect is dropped.
    ///
    /// ```
    /// use do_sim::store::{Store, actions::NewAction};
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let new = NewAction { kind: "reboot", resource_id: Some(1), resource_type: "droplet", region_slug: Some("nyc3") };
    /// let action = store.start_action(new, Some(Box::new(|s: &mut Store| s.pings += 1)));
    /// assert_eq!(action["status"], "in-progress");
    /// store.tick(10_000);
    /// assert_eq!(store.pings, 1);
    /// ```
    pub fn start_action(&mut self, new: NewAction<'_>, effect: Option<Effect>) -> Value {
        let id = self.next_id("action");
        let operation = CURRENT_OPERATION.try_with(|op| *op).ok();
        let knob_applies = operation.is_none_or(|op| self.faults.applies_to(op));
        let will_error = knob_applies && self.rng.chance(self.faults.errored_actions);
        let record = ActionRecord {
            id,
            kind: new.kind.to_string(),
            status: ActionStatus::InProgress,
            started_ms: self.now_ms,
            due_ms: self.now_ms + self.action_ms,
            completed_ms: None,
            will_error,
            resource_id: new.resource_id,
            resource_type: new.resource_type.to_string(),
            region_slug: new.region_slug.map(String::from),
            effect,
        };
        self.stats.actions_started += 1;
        let body = self.action_json(&record);
        self.actions.records.push(record);
        body
    }

    /// Finishes every action due at `now_ms` (oldest first) and applies their effects.
    pub fn tick(&mut self, now_ms: u64) {
        self.now_ms = self.now_ms.max(now_ms);
        let now = self.now_ms;
        let mut due: Vec<Effect> = Vec::new();
        let start = self.actions.first_pending;
        let pending = self.actions.records.get_mut(start..).unwrap_or_default();
        let finished = pending.iter().take_while(|r| r.due_ms <= now).count();
        for record in &mut pending[..finished] {
            record.completed_ms = Some(record.due_ms);
            if record.will_error {
                record.status = ActionStatus::Errored;
                self.stats.actions_errored += 1;
                record.effect = None;
            } else {
                record.status = ActionStatus::Completed;
                self.stats.actions_completed += 1;
                due.extend(record.effect.take());
            }
        }
        self.actions.first_pending = start + finished;
        for effect in due {
            effect(self);
        }
    }

    /// The action object as the API shows it (`region` expanded from the catalogue).
    pub fn action_json(&self, record: &ActionRecord) -> Value {
        let region = record
            .region_slug
            .as_deref()
            .and_then(|slug| self.catalogue.region(slug))
            .cloned()
            .unwrap_or(Value::Null);
        json!({
            "id": record.id,
            "status": record.status.as_str(),
            "type": record.kind,
            "started_at": iso8601(record.started_ms),
            "completed_at": record.completed_ms.map(iso8601),
            "resource_id": record.resource_id,
            "resource_type": record.resource_type,
            "region": region,
            "region_slug": record.region_slug,
        })
    }

    /// The action with id `id` as JSON.
    pub fn action_by_id(&self, id: u64) -> Option<Value> {
        self.actions.get(id).map(|record| self.action_json(record))
    }
}

#[cfg(test)]
mod tests {
    use super::{ActionStatus, NewAction};
    use crate::config::Config;
    use crate::store::Store;

    fn start(store: &mut Store, at: u64) -> u64 {
        store.tick(at);
        let new = NewAction {
            kind: "reboot",
            resource_id: Some(1),
            resource_type: "droplet",
            region_slug: None,
        };
        let effect = Box::new(move |s: &mut Store| s.pings = s.pings * 10 + at / 100);
        store.start_action(new, Some(effect))["id"]
            .as_u64()
            .unwrap()
    }

    #[test]
    fn actions_finish_in_start_order_when_due() {
        let config = Config {
            action_ms: 1000,
            ..Config::default()
        };
        let mut store = Store::seeded(&config, 0);
        let a = start(&mut store, 100);
        let b = start(&mut store, 300);
        let c = start(&mut store, 500);
        store.tick(1_350);
        let status = |store: &Store, id| store.actions.get(id).unwrap().status;
        assert_eq!(
            [status(&store, a), status(&store, b), status(&store, c)],
            [
                ActionStatus::Completed,
                ActionStatus::Completed,
                ActionStatus::InProgress
            ]
        );
        assert_eq!(store.pings, 13, "effects ran oldest first");
        store.tick(1_000);
        assert_eq!(
            status(&store, c),
            ActionStatus::InProgress,
            "the clock never goes back"
        );
        store.tick(1_500);
        assert_eq!(store.pings, 135);
        assert_eq!(store.actions.get(c).unwrap().completed_ms, Some(1_500));
        assert!(store.actions.get(a + 100).is_none());
        assert_eq!(store.stats.actions_completed, 3);
    }
}
