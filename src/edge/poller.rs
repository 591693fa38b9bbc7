//! The poller: runs the core's [`ActionTracker`] on gloo-timers. ONE request per tick however
//! many actions are open; it starts itself when something is waited for and stops when
//! nothing is open. Waiters are futures the poller completes; dropping one (abort, timeout)
//! unregisters its ids.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use js_sys::{Array, Function};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::{plan, ActionEvent, ActionFact, ActionTracker, Error, ErrorKind, PollRequest};

use super::client::Client;
use super::exchange::{exchange, Failure};
use super::facts::get;
use super::js::{self, now_ms};
use super::scope::CallScope;
use super::timer::sleep;

/// Upper bound on the ticks of one poller run (each tick sleeps or sends one request).
const MAX_TICKS: u32 = 10_000_000;

/// Consecutive failed polls (each after its own retries) that end every wait.
pub const MAX_POLL_FAILURES: u32 = 5;

/// What a wait ends with: the final action objects, or why it cannot end well.
pub type WaitResult = Result<Vec<JsValue>, WaitError>;

/// Why a wait failed.
#[derive(Debug, Clone)]
pub enum WaitError {
    /// An awaited action ended `errored`: its id and type (`reboot`…, empty when unknown).
    Errored {
        /// Action id.
        id: u64,
        /// Action type.
        kind: String,
    },
    /// Polling cannot tell: the action is unknown (404 on `GET /v2/actions/{id}`), the
    /// token was refused (401/403), or [`MAX_POLL_FAILURES`] polls in a row failed.
    Failed(Error),
}

/// The poller of one client.
///
/// ```no_run
/// # async fn demo(client: std::rc::Rc<digitalocean_wasm::edge::client::Client>) {
/// let done = client.poller.wait(&client, &[42], None).await;
/// # drop(done);
/// # }
/// ```
#[derive(Debug)]
pub struct Poller {
    state: Rc<RefCell<PollState>>,
}

#[derive(Debug)]
struct PollState {
    tracker: ActionTracker,
    /// The latest object seen of each awaited action (few entries: a Vec, no B-tree code).
    latest: Vec<(u64, JsValue)>,
    waiters: Vec<Rc<Waiter>>,
    generation: u64,
    running: bool,
    /// Polls that failed in a row.
    failures: u32,
}

#[derive(Debug)]
struct Waiter {
    ids: Vec<u64>,
    pending: RefCell<Vec<u64>>,
    outcome: RefCell<Option<WaitResult>>,
    waker: RefCell<Option<Waker>>,
    on_progress: Option<Function>,
}

impl Waiter {
    fn finish(&self, outcome: WaitResult) {
        self.outcome.borrow_mut().get_or_insert(outcome);
        if let Some(waker) = self.waker.borrow_mut().take() {
            waker.wake();
        }
    }
}

/// Resolves with the final action objects (in the order of the ids), or the errored action.
#[derive(Debug)]
pub struct WaitActions {
    state: Rc<RefCell<PollState>>,
    waiter: Rc<Waiter>,
}

impl Future for WaitActions {
    type Output = WaitResult;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Some(outcome) = self.waiter.outcome.borrow_mut().take() {
            return Poll::Ready(outcome);
        }
        *self.waiter.waker.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for WaitActions {
    fn drop(&mut self) {
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return;
        };
        state.remove_waiter(&self.waiter);
        state.forget_unwanted(&self.waiter.ids);
    }
}

impl PollState {
    /// Whether some waiter still waits for `id`.
    fn is_wanted(&self, id: u64) -> bool {
        self.waiters.iter().any(|w| w.ids.contains(&id))
    }

    /// Takes `waiter` off the list of waits.
    fn remove_waiter(&mut self, waiter: &Rc<Waiter>) {
        self.waiters.retain(|w| !Rc::ptr_eq(w, waiter));
    }

    /// Stops tracking those of `ids` no waiter wants any more.
    fn forget_unwanted(&mut self, ids: &[u64]) {
        for &id in ids {
            if !self.is_wanted(id) {
                self.tracker.forget(&[id]);
            }
        }
        self.keep_wanted_latest();
    }

    /// Drops the latest objects of the actions no waiter waits for any more.
    fn keep_wanted_latest(&mut self) {
        let mut latest = std::mem::take(&mut self.latest);
        latest.retain(|(id, _)| self.is_wanted(*id));
        self.latest = latest;
    }

    /// A poll failed with `error`: counts it and takes out the waiters it ends (those of a
    /// single action the server does not know, or all of them after a refused token or too
    /// many failures in a row).
    fn fail(&mut self, request: PollRequest, error: &Error) -> Vec<Rc<Waiter>> {
        self.failures += 1;
        let all = matches!(error.status, 401 | 403) || self.failures >= MAX_POLL_FAILURES;
        let unknown = match request {
            PollRequest::Single(id)
                if (400..500).contains(&error.status) && error.status != 429 =>
            {
                Some(id)
            }
            _ => None,
        };
        if !all && unknown.is_none() {
            return Vec::new();
        }
        if all {
            self.failures = 0;
        }
        let mut ended = Vec::new();
        for waiter in std::mem::take(&mut self.waiters) {
            if all || unknown.is_some_and(|id| waiter.ids.contains(&id)) {
                ended.push(waiter);
            } else {
                self.waiters.push(waiter);
            }
        }
        for waiter in &ended {
            self.forget_unwanted(&waiter.ids);
        }
        ended
    }

    /// The latest object seen of action `id` (`undefined` before the first poll saw it).
    fn latest_of(&self, id: u64) -> JsValue {
        self.latest
            .iter()
            .find(|(known, _)| *known == id)
            .map_or(JsValue::UNDEFINED, |(_, object)| object.clone())
    }
}

impl Poller {
    /// An idle poller ticking every `interval_ms` once something is waited for.
    pub fn new(interval_ms: f64) -> Poller {
        Poller {
            state: Rc::new(RefCell::new(PollState {
                tracker: ActionTracker::new(interval_ms),
                latest: Vec::new(),
                waiters: Vec::new(),
                generation: 0,
                running: false,
                failures: 0,
            })),
        }
    }

    /// Waits for every action in `ids` to complete; `on_progress` receives each action
    /// object whenever a poll sees its status change. Starts the poller if needed.
    pub fn wait(
        &self,
        client: &Rc<Client>,
        ids: &[u64],
        on_progress: Option<Function>,
    ) -> WaitActions {
        let waiter = Rc::new(Waiter {
            ids: ids.to_vec(),
            pending: RefCell::new(ids.to_vec()),
            outcome: RefCell::new(None),
            waker: RefCell::new(None),
            on_progress,
        });
        if ids.is_empty() {
            waiter.finish(Ok(Vec::new()));
        }
        match self.state.try_borrow_mut() {
            Ok(mut state) => {
                state.waiters.push(waiter.clone());
                state.tracker.track(ids, now_ms());
            }
            // Cannot happen (no callback runs under the borrow); fail loudly, never hang.
            Err(_) => waiter.finish(Err(WaitError::Failed(Error::client(
                ErrorKind::Network,
                "the action poller is busy",
            )))),
        }
        self.ensure_running(client);
        WaitActions {
            state: self.state.clone(),
            waiter,
        }
    }

    /// `startActionables(seconds?)`: sets the interval (no argument: back to
    /// `rateLimitFrequency`) and runs the timer if anything is open.
    pub fn start(&self, client: &Rc<Client>, seconds: Option<f64>) {
        let seconds = seconds
            .filter(|s| s.is_finite() && *s > 0.0)
            .unwrap_or(client.settings.poll_seconds);
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.tracker.set_interval(seconds * 1000.0);
        }
        self.ensure_running(client);
    }

    /// `stopActionables()`: stops the timer (a later wait starts it again). Idempotent.
    /// A poll still in flight is abandoned (its reply will be ignored), so that a later
    /// start polls again at once instead of waiting for a request that may never answer.
    pub fn stop(&self) {
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.generation += 1;
            state.running = false;
            state.tracker.handle_failure(now_ms());
        }
    }

    fn ensure_running(&self, client: &Rc<Client>) {
        let generation = {
            let Ok(mut state) = self.state.try_borrow_mut() else {
                return;
            };
            if state.running || state.tracker.is_idle() {
                return;
            }
            state.running = true;
            state.generation += 1;
            state.generation
        };
        wasm_bindgen_futures::spawn_local(run(client.clone(), generation));
    }
}

/// What one tick decided.
enum Step {
    Exit,
    Sleep(f64),
    Send(PollRequest),
}

async fn run(client: Rc<Client>, generation: u64) {
    let state = client.poller.state.clone();
    for _ in 0..MAX_TICKS {
        match next_step(&state, generation) {
            Step::Exit => return,
            Step::Sleep(ms) => sleep(ms).await,
            Step::Send(request) => {
                tick(&client, &state, request, generation).await;
                notify(&state);
            }
        }
    }
    // Out of ticks: let a later wait start a new run instead of hanging.
    if let Ok(mut st) = state.try_borrow_mut() {
        if st.generation == generation {
            st.running = false;
        }
    };
}

fn next_step(state: &Rc<RefCell<PollState>>, generation: u64) -> Step {
    let Ok(mut st) = state.try_borrow_mut() else {
        return Step::Sleep(1.0);
    };
    if st.generation != generation {
        return Step::Exit;
    }
    // Rate-limit spacing is applied once per request, by `exchange` (slots from the last
    // request sent), not here: pushing the tick out on every wake-up starved the poller.
    let now = now_ms();
    match st.tracker.next_wakeup() {
        None if st.tracker.is_idle() => {
            st.running = false;
            Step::Exit
        }
        None => Step::Sleep(st.tracker.interval_ms().max(10.0)),
        Some(due) if due > now => Step::Sleep(due - now),
        Some(_) => match st.tracker.poll_request(now) {
            Some(request) => Step::Send(request),
            None => Step::Sleep(1.0),
        },
    }
}

/// Longest wait for one poll's reply: a few intervals, at least 10 s, at most `requestTimeout`.
fn poll_limit_ms(client: &Client, interval_ms: f64) -> f64 {
    (3.0 * interval_ms)
        .max(10_000.0)
        .min(client.settings.attempt_timeout_ms)
}

async fn tick(
    client: &Client,
    state: &Rc<RefCell<PollState>>,
    request: PollRequest,
    generation: u64,
) {
    let limit = match state.try_borrow() {
        Ok(st) => poll_limit_ms(client, st.tracker.interval_ms()),
        Err(_) => client.settings.attempt_timeout_ms,
    };
    let sent = Cell::new(0);
    let reply = match plan::poll(&client.settings.config, &request) {
        Ok(prepared) => {
            let scope = CallScope::new(&[], None);
            match exchange(client, &prepared, &scope, &sent, limit).await {
                Ok(reply) => Ok(reply),
                Err(Failure::Error(error)) => Err(error),
                Err(Failure::Stopped(_)) => Err(Error::client(ErrorKind::Network, "poll stopped")),
            }
        }
        Err(error) => Err(error),
    };
    let ended = {
        let Ok(mut st) = state.try_borrow_mut() else {
            return;
        };
        // Stopped while in flight: the poll was abandoned, a newer run owns the tracker.
        if st.generation != generation {
            return;
        }
        let now = now_ms();
        let failed = match reply {
            Err(error) => Some(error),
            Ok(reply) => {
                let body = reply.body.unwrap_or(JsValue::UNDEFINED);
                match request {
                    PollRequest::List { .. } => {
                        remember(&mut st, &get(&body, "actions"), &reply.facts.actions);
                        st.tracker.handle_list(now, &reply.facts.actions);
                        None
                    }
                    PollRequest::Single(_) => match reply.facts.actions.first() {
                        Some(fact) => {
                            let action = Array::of1(&get(&body, "action"));
                            remember(&mut st, &action, std::slice::from_ref(fact));
                            st.tracker.handle_single(now, fact);
                            None
                        }
                        None => Some(Error::client(
                            ErrorKind::InvalidReply,
                            "the action poll reply has no action",
                        )),
                    },
                }
            }
        };
        match failed {
            None => {
                st.failures = 0;
                return;
            }
            Some(error) => {
                st.tracker.handle_failure(now);
                let ended = st.fail(request, &error);
                (ended, error)
            }
        }
    };
    let (ended, error) = ended;
    for waiter in ended {
        waiter.finish(Err(WaitError::Failed(error.clone())));
    }
}

/// Keeps the latest JS object of every open action seen in `objects` (parallel to `facts`).
#[inline(never)]
fn remember(st: &mut PollState, objects: &JsValue, facts: &[ActionFact]) {
    if !js::is_array(objects) {
        return;
    }
    for object in objects.unchecked_ref::<Array>().iter() {
        let id = get(&object, "id")
            .as_f64()
            .and_then(crate::core::facts::action_id);
        let Some(id) = id.filter(|id| facts.iter().any(|f| f.id == *id) && st.is_wanted(*id))
        else {
            continue;
        };
        match st.latest.iter_mut().find(|(known, _)| *known == id) {
            Some(slot) => slot.1 = object,
            None => st.latest.push((id, object)),
        }
    }
}

/// Turns tracker events into progress callbacks and finished waiters (callbacks run after
/// every borrow is released, so they may call the client again).
#[inline(never)]
fn notify(state: &Rc<RefCell<PollState>>) {
    let mut progress: Vec<(Function, JsValue)> = Vec::new();
    let mut finished: Vec<(Rc<Waiter>, WaitResult)> = Vec::new();
    {
        let Ok(mut st) = state.try_borrow_mut() else {
            return;
        };
        let events = st.tracker.take_events();
        for event in &events {
            let (id, end) = match event {
                ActionEvent::Changed { id, .. } => (*id, None),
                ActionEvent::Completed(id) => (*id, Some(true)),
                ActionEvent::Errored(id) => (*id, Some(false)),
            };
            let latest = st.latest_of(id);
            for waiter in st.waiters.iter().filter(|w| w.ids.contains(&id)) {
                match end {
                    None => {
                        if let Some(f) = &waiter.on_progress {
                            progress.push((f.clone(), latest.clone()));
                        }
                    }
                    Some(true) => {
                        let mut pending = waiter.pending.borrow_mut();
                        pending.retain(|p| *p != id);
                        if pending.is_empty() {
                            let mut objects = Vec::with_capacity(waiter.ids.len());
                            for &waited in &waiter.ids {
                                objects.push(st.latest_of(waited));
                            }
                            finished.push((waiter.clone(), Ok(objects)));
                        }
                    }
                    Some(false) => {
                        let kind = get(&latest, "type").as_string().unwrap_or_default();
                        finished.push((waiter.clone(), Err(WaitError::Errored { id, kind })));
                    }
                }
            }
        }
        for (waiter, _) in &finished {
            st.remove_waiter(waiter);
        }
        st.keep_wanted_latest();
    }
    for (function, action) in &progress {
        let _ = js::call1(function, action);
    }
    for (waiter, outcome) in finished {
        waiter.finish(outcome);
    }
}
