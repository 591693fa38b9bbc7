//! The action tracker: a sans-IO state machine (quinn-proto style) that decides which poll
//! request to send and when, and turns poll replies into events. No clock: every method that
//! depends on time takes `now_ms`.
//!
//! One request per tick however many actions are open: `GET /v2/actions?page=1&per_page=N`
//! covers every recent open action; an action missing from that page (older, or pushed off
//! by other activity) is polled on its own with `GET /v2/actions/{id}`, one per tick, in
//! turn, alternating with the list while other actions are still covered by it.
//!
//! The driver: [`ActionTracker::track`] ids, arm a timer for [`ActionTracker::next_wakeup`],
//! then call [`ActionTracker::poll_request`], send it, feed the reply to
//! [`ActionTracker::handle_list`] / [`ActionTracker::handle_single`] (or
//! [`ActionTracker::handle_failure`]) and drain [`ActionTracker::take_events`].
//!
//! ```
//! use digitalocean_wasm::core::{ActionEvent, ActionFact, ActionStatus, ActionTracker, PollRequest};
//! let mut t = ActionTracker::new(5000.0);
//! t.track(&[7, 8], 0.0);
//! assert_eq!(t.next_wakeup(), Some(5000.0));
//! assert_eq!(t.poll_request(4999.0), None);
//! assert_eq!(t.poll_request(5000.0), Some(PollRequest::List { per_page: 25 }));
//! let done = |id| ActionFact { id, status: ActionStatus::Completed, kind: "create".into() };
//! t.handle_list(5100.0, &[done(7), done(8)]);
//! assert!(t.is_idle());
//! let events = t.take_events();
//! assert!(events.contains(&ActionEvent::Completed(8)));
//! ```

use super::facts::{ActionFact, ActionStatus};

/// The one request of a poll tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollRequest {
    /// `GET /v2/actions?page=1&per_page=N`.
    List {
        /// Page size (25..=200).
        per_page: u32,
    },
    /// `GET /v2/actions/{id}`.
    Single(u64),
}

/// What a poll reply told about a tracked action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionEvent {
    /// A poll saw the action for the first time, or with a new status (`onProgress`).
    Changed {
        /// Action id.
        id: u64,
        /// Its status now.
        status: ActionStatus,
        /// Its type.
        kind: String,
    },
    /// The action completed; it is no longer tracked.
    Completed(u64),
    /// The action errored; it is no longer tracked.
    Errored(u64),
}

#[derive(Debug, Clone)]
struct Entry {
    id: u64,
    status: Option<ActionStatus>,
    off_list: bool,
    /// Number of requests issued when the id was tracked.
    tracked_at_request: u64,
}

/// Smallest and largest page of the list poll.
const PER_PAGE_MIN: u32 = 25;
const PER_PAGE_MAX: u32 = 200;

/// The action tracker.
#[derive(Debug, Clone)]
pub struct ActionTracker {
    /// Open actions, sorted by id (a sorted `Vec`: no B-tree code in the wasm).
    open: Vec<Entry>,
    interval_ms: f64,
    next_tick_ms: Option<f64>,
    not_before_ms: f64,
    in_flight: Option<PollRequest>,
    issued: u64,
    last_was_list: bool,
    single_cursor: u64,
    events: Vec<ActionEvent>,
}

impl ActionTracker {
    /// A tracker polling every `interval_ms` (`rateLimitFrequency * 1000`).
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::ActionTracker::new(5000.0).is_idle());
    /// ```
    pub fn new(interval_ms: f64) -> ActionTracker {
        ActionTracker {
            open: Vec::new(),
            interval_ms: sane(interval_ms),
            next_tick_ms: None,
            not_before_ms: 0.0,
            in_flight: None,
            issued: 0,
            last_was_list: false,
            single_cursor: 0,
            events: Vec::new(),
        }
    }

    /// Changes the poll interval (applies from the next scheduled tick).
    ///
    /// ```
    /// let mut t = digitalocean_wasm::core::ActionTracker::new(5000.0);
    /// t.set_interval(50.0);
    /// t.track(&[1], 0.0);
    /// assert_eq!(t.next_wakeup(), Some(50.0));
    /// ```
    pub fn set_interval(&mut self, interval_ms: f64) {
        self.interval_ms = sane(interval_ms);
    }

    /// The poll interval in milliseconds.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::ActionTracker::new(-5.0).interval_ms(), 0.0);
    /// ```
    pub fn interval_ms(&self) -> f64 {
        self.interval_ms
    }

    /// Starts tracking actions (already tracked ids are ignored). The first poll comes one
    /// interval later unless a tick is already scheduled.
    ///
    /// ```
    /// let mut t = digitalocean_wasm::core::ActionTracker::new(1000.0);
    /// t.track(&[3, 3, 4], 10.0);
    /// assert_eq!(t.open_ids().count(), 2);
    /// ```
    pub fn track(&mut self, ids: &[u64], now_ms: f64) {
        for &id in ids {
            if let Err(pos) = self.open.binary_search_by_key(&id, |e| e.id) {
                let entry = Entry {
                    id,
                    status: None,
                    off_list: false,
                    tracked_at_request: self.issued,
                };
                self.open.insert(pos, entry);
            }
        }
        if !self.open.is_empty() && self.in_flight.is_none() && self.next_tick_ms.is_none() {
            self.next_tick_ms = Some(now_ms + self.interval_ms);
        }
    }

    /// Stops tracking actions nobody waits for any more (an aborted or timed-out wait).
    ///
    /// ```
    /// let mut t = digitalocean_wasm::core::ActionTracker::new(1000.0);
    /// t.track(&[3], 0.0);
    /// t.forget(&[3]);
    /// assert!(t.is_idle());
    /// ```
    pub fn forget(&mut self, ids: &[u64]) {
        self.open.retain(|e| !ids.contains(&e.id));
        if self.open.is_empty() {
            self.next_tick_ms = None;
        }
    }

    /// Holds every poll back until `until_ms` (the rate-limit policy stretches the ticks).
    ///
    /// ```
    /// let mut t = digitalocean_wasm::core::ActionTracker::new(1000.0);
    /// t.track(&[1], 0.0);
    /// t.delay_until(7000.0);
    /// assert_eq!(t.next_wakeup(), Some(7000.0));
    /// ```
    pub fn delay_until(&mut self, until_ms: f64) {
        if until_ms.is_finite() {
            self.not_before_ms = self.not_before_ms.max(until_ms);
        }
    }

    /// The ids still open.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::ActionTracker::new(1.0).open_ids().count(), 0);
    /// ```
    pub fn open_ids(&self) -> impl Iterator<Item = u64> + '_ {
        self.open.iter().map(|e| e.id)
    }

    /// Nothing open and nothing in flight: the poll timer can stop.
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::ActionTracker::new(1.0).is_idle());
    /// ```
    pub fn is_idle(&self) -> bool {
        self.open.is_empty() && self.in_flight.is_none()
    }

    /// When to call [`poll_request`](Self::poll_request) next; `None` while a request is in
    /// flight or nothing is open.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::ActionTracker::new(1.0).next_wakeup(), None);
    /// ```
    pub fn next_wakeup(&self) -> Option<f64> {
        if self.in_flight.is_some() || self.open.is_empty() {
            return None;
        }
        self.next_tick_ms.map(|t| t.max(self.not_before_ms))
    }

    /// The request to send now, if a tick is due; at most one is in flight at a time.
    ///
    /// ```
    /// use digitalocean_wasm::core::{ActionTracker, PollRequest};
    /// let mut t = ActionTracker::new(100.0);
    /// t.track(&[1], 0.0);
    /// assert!(t.poll_request(100.0).is_some());
    /// assert_eq!(t.poll_request(100.0), None); // one in flight
    /// ```
    pub fn poll_request(&mut self, now_ms: f64) -> Option<PollRequest> {
        let due = self.next_wakeup()?;
        if now_ms < due {
            return None;
        }
        let on_list = self.open.iter().filter(|e| !e.off_list).count();
        let next_single = self.next_off_list();
        let request = match next_single {
            Some(id) if on_list == 0 || self.last_was_list => {
                self.single_cursor = id;
                PollRequest::Single(id)
            }
            _ => {
                let wanted = u32::try_from(on_list.saturating_mul(2)).unwrap_or(PER_PAGE_MAX);
                PollRequest::List {
                    per_page: wanted.clamp(PER_PAGE_MIN, PER_PAGE_MAX),
                }
            }
        };
        self.last_was_list = matches!(request, PollRequest::List { .. });
        self.issued += 1;
        self.in_flight = Some(request);
        self.next_tick_ms = None;
        Some(request)
    }

    /// The next off-list id after the cursor, wrapping around.
    fn next_off_list(&self) -> Option<u64> {
        let mut off = self.open.iter().filter(|e| e.off_list).map(|e| e.id);
        let first = off.clone().next()?;
        Some(off.find(|id| *id > self.single_cursor).unwrap_or(first))
    }

    /// Feeds the actions of a `GET /v2/actions` page (the reply to a `List` request).
    /// Open actions missing from it are polled one by one from then on.
    ///
    /// ```
    /// use digitalocean_wasm::core::{ActionTracker, PollRequest};
    /// let mut t = ActionTracker::new(100.0);
    /// t.track(&[1], 0.0);
    /// t.poll_request(100.0);
    /// t.handle_list(150.0, &[]);
    /// assert_eq!(t.poll_request(250.0), Some(PollRequest::Single(1)));
    /// ```
    pub fn handle_list(&mut self, now_ms: f64, page: &[ActionFact]) {
        let request_number = self.issued;
        self.in_flight = None;
        let mut seen: Vec<&ActionFact> = Vec::new();
        for entry in &mut self.open {
            match page.iter().find(|a| a.id == entry.id) {
                Some(action) => seen.push(action),
                None => {
                    if !entry.off_list && entry.tracked_at_request < request_number {
                        entry.off_list = true;
                    }
                }
            }
        }
        for action in seen {
            self.update(action);
        }
        self.schedule(now_ms);
    }

    /// Feeds the reply to a `Single` request (`GET /v2/actions/{id}` -> `{action}`).
    ///
    /// ```
    /// use digitalocean_wasm::core::{ActionFact, ActionStatus, ActionTracker};
    /// let mut t = ActionTracker::new(100.0);
    /// t.track(&[1], 0.0);
    /// t.poll_request(100.0);
    /// t.handle_single(120.0, &ActionFact { id: 1, status: ActionStatus::Errored, kind: String::new() });
    /// assert!(t.is_idle());
    /// ```
    pub fn handle_single(&mut self, now_ms: f64, action: &ActionFact) {
        self.in_flight = None;
        self.update(action);
        self.schedule(now_ms);
    }

    /// The poll request failed (network, 5xx, 404…): try again next tick.
    ///
    /// ```
    /// let mut t = digitalocean_wasm::core::ActionTracker::new(100.0);
    /// t.track(&[1], 0.0);
    /// t.poll_request(100.0);
    /// t.handle_failure(130.0);
    /// assert_eq!(t.next_wakeup(), Some(230.0));
    /// ```
    pub fn handle_failure(&mut self, now_ms: f64) {
        self.in_flight = None;
        self.schedule(now_ms);
    }

    /// Every pending event at once, oldest first.
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::ActionTracker::new(1.0).take_events().is_empty());
    /// ```
    pub fn take_events(&mut self) -> Vec<ActionEvent> {
        std::mem::take(&mut self.events)
    }

    fn update(&mut self, action: &ActionFact) {
        let Ok(pos) = self.open.binary_search_by_key(&action.id, |e| e.id) else {
            return;
        };
        let entry = &mut self.open[pos];
        if entry.status != Some(action.status) {
            entry.status = Some(action.status);
            self.events.push(ActionEvent::Changed {
                id: action.id,
                status: action.status,
                kind: action.kind.clone(),
            });
        }
        match action.status {
            ActionStatus::Completed => self.events.push(ActionEvent::Completed(action.id)),
            ActionStatus::Errored => self.events.push(ActionEvent::Errored(action.id)),
            ActionStatus::InProgress => return,
        }
        self.open.remove(pos);
    }

    fn schedule(&mut self, now_ms: f64) {
        self.next_tick_ms = if self.open.is_empty() {
            None
        } else {
            Some(now_ms + self.interval_ms)
        };
    }
}

fn sane(ms: f64) -> f64 {
    if ms.is_finite() && ms > 0.0 {
        ms
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(id: u64, status: ActionStatus) -> ActionFact {
        ActionFact {
            id,
            status,
            kind: "create".into(),
        }
    }

    /// A simulated API: actions complete at given times; the list page shows the newest
    /// `visible` actions only (ids above a threshold).
    struct World {
        done_at: std::collections::BTreeMap<u64, f64>,
        list_shows_from: u64,
    }

    impl World {
        fn status(&self, id: u64, now: f64) -> ActionStatus {
            match self.done_at.get(&id) {
                Some(t) if now >= *t => ActionStatus::Completed,
                _ => ActionStatus::InProgress,
            }
        }
    }

    /// Drives the tracker in simulated time; returns (requests, finish time).
    fn drive(t: &mut ActionTracker, world: &World, log: &mut Vec<PollRequest>) -> f64 {
        let mut now = 0.0;
        for _ in 0..1000 {
            let Some(wake) = t.next_wakeup() else {
                return now;
            };
            now = wake;
            let Some(req) = t.poll_request(now) else {
                panic!("woken at {now} without a request");
            };
            log.push(req);
            now += 10.0; // round trip
            match req {
                PollRequest::List { .. } => {
                    let page: Vec<ActionFact> = t
                        .open_ids()
                        .filter(|id| *id >= world.list_shows_from)
                        .map(|id| fact(id, world.status(id, now)))
                        .collect();
                    t.handle_list(now, &page);
                }
                PollRequest::Single(id) => t.handle_single(now, &fact(id, world.status(id, now))),
            }
        }
        panic!("tracker did not settle in 1000 steps");
    }

    #[test]
    fn twenty_recent_actions_take_one_request_per_tick() {
        let mut t = ActionTracker::new(1000.0);
        let ids: Vec<u64> = (100..120).collect();
        t.track(&ids, 0.0);
        let world = World {
            done_at: ids
                .iter()
                .map(|id| (*id, 2500.0 + (*id - 100) as f64 * 10.0))
                .collect(),
            list_shows_from: 0,
        };
        let mut log = Vec::new();
        let end = drive(&mut t, &world, &mut log);
        assert!(t.is_idle());
        assert_eq!(log.len(), 3, "{log:?}");
        assert!(log
            .iter()
            .all(|r| matches!(r, PollRequest::List { per_page: 40 })));
        assert!(end < 3100.0);
        let mut completed = 0;
        for e in t.take_events() {
            if matches!(e, ActionEvent::Completed(_)) {
                completed += 1;
            }
        }
        assert_eq!(completed, 20);
    }

    #[test]
    fn old_actions_fall_back_to_single_polls_in_turn_alternating_with_the_list() {
        let mut t = ActionTracker::new(100.0);
        t.track(&[1, 2, 500], 0.0);
        let world = World {
            done_at: [(1, 450.0), (2, 10_000.0), (500, 250.0)]
                .into_iter()
                .collect(),
            list_shows_from: 100,
        };
        let mut log = Vec::new();
        drive(&mut t, &world, &mut log);
        assert!(t.is_idle());
        assert_eq!(
            &log[..5],
            &[
                PollRequest::List { per_page: 25 },
                PollRequest::Single(1),
                PollRequest::List { per_page: 25 },
                PollRequest::Single(2),
                PollRequest::Single(1),
            ]
        );
        // After the list-covered action finished, only singles alternate between 1 and 2.
        assert!(log[4..].iter().all(|r| matches!(r, PollRequest::Single(_))));
        assert_eq!(log.last(), Some(&PollRequest::Single(2)));
    }

    #[test]
    fn ids_tracked_while_a_list_is_in_flight_are_not_marked_off_list() {
        let mut t = ActionTracker::new(100.0);
        t.track(&[1], 0.0);
        assert!(t.poll_request(100.0).is_some());
        t.track(&[2], 105.0);
        assert_eq!(t.poll_request(105.0), None);
        t.handle_list(110.0, &[fact(1, ActionStatus::InProgress)]);
        assert_eq!(
            t.poll_request(210.0),
            Some(PollRequest::List { per_page: 25 })
        );
    }

    #[test]
    fn events_report_first_sighting_changes_and_ends() {
        let mut t = ActionTracker::new(10.0);
        t.track(&[1, 2], 0.0);
        t.poll_request(10.0);
        t.handle_list(
            11.0,
            &[
                fact(1, ActionStatus::InProgress),
                fact(2, ActionStatus::Errored),
                fact(9, ActionStatus::Completed),
            ],
        );
        t.poll_request(21.0);
        t.handle_list(22.0, &[fact(1, ActionStatus::InProgress)]);
        t.poll_request(32.0);
        t.handle_list(33.0, &[fact(1, ActionStatus::Completed)]);
        let events: Vec<ActionEvent> = t.take_events();
        let changed = |id, status| ActionEvent::Changed {
            id,
            status,
            kind: "create".into(),
        };
        assert_eq!(
            events,
            vec![
                changed(1, ActionStatus::InProgress),
                changed(2, ActionStatus::Errored),
                ActionEvent::Errored(2),
                changed(1, ActionStatus::Completed),
                ActionEvent::Completed(1),
            ]
        );
        assert!(t.is_idle());
        assert_eq!(t.next_wakeup(), None);
    }

    #[test]
    fn rate_limit_delay_and_failures_stretch_ticks() {
        let mut t = ActionTracker::new(100.0);
        t.track(&[1], 0.0);
        t.delay_until(f64::NAN);
        t.delay_until(350.0);
        assert_eq!(t.next_wakeup(), Some(350.0));
        assert_eq!(t.poll_request(349.0), None);
        assert!(t.poll_request(350.0).is_some());
        t.handle_failure(360.0);
        assert_eq!(t.next_wakeup(), Some(460.0));
        t.forget(&[1]);
        assert_eq!(t.next_wakeup(), None);
        assert_eq!(t.poll_request(1e9), None);
    }

    #[test]
    fn many_open_actions_cap_the_page() {
        let mut t = ActionTracker::new(1.0);
        let ids: Vec<u64> = (0..1000).collect();
        t.track(&ids, 0.0);
        assert_eq!(
            t.poll_request(1.0),
            Some(PollRequest::List { per_page: 200 })
        );
    }
}
