//! The poller: runs the core's [`ActionTracker`] on gloo-timers. ONE request per tick however
//! many actions are open; it starts itself when something is waited for and stops when
//! nothing is open. Waiters are futures the poller completes; dropping one (abort, timeout)
//! unregisters its ids.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use js_sys::{Array, Function};
use wasm_bindgen::JsValue;

use crate::core::{plan, ActionEvent, ActionFact, ActionTracker, PollRequest};

use super::client::Client;
use super::exchange::exchange;
use super::facts::get;
use super::js::{self, now_ms};
use super::scope::CallScope;
use super::timer::sleep;

/// Upper bound on the ticks of one poller run (each tick sleeps or sends one request).
const MAX_TICKS: u32 = 10_000_000;

/// What a wait ends with: the final action objects, or the action that errored.
pub type WaitResult = Result<Vec<JsValue>, Errored>;

/// The action an awaited call saw end `errored`: its id and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Errored {
    /// Action id.
    pub id: u64,
    /// Action type (`reboot`…), empty when unknown.
    pub kind: String,
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
        state.waiters.retain(|w| !Rc::ptr_eq(w, &self.waiter));
        let unwanted: Vec<u64> = self
            .waiter
            .ids
            .iter()
            .copied()
            .filter(|id| !state.is_wanted(*id))
            .collect();
        state.tracker.forget(&unwanted);
        state.latest.retain(|(id, _)| !unwanted.contains(id));
    }
}

impl PollState {
    /// Whether some waiter still waits for `id`.
    fn is_wanted(&self, id: u64) -> bool {
        self.waiters.iter().any(|w| w.ids.contains(&id))
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
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.waiters.push(waiter.clone());
            state.tracker.track(ids, now_ms());
        }
        self.ensure_running(client);
        WaitActions {
            state: self.state.clone(),
            waiter,
        }
    }

    /// `startActionables(seconds?)`: sets the interval and runs the timer if anything is open.
    pub fn start(&self, client: &Rc<Client>, seconds: Option<f64>) {
        if let Some(s) = seconds.filter(|s| s.is_finite() && *s > 0.0) {
            if let Ok(mut state) = self.state.try_borrow_mut() {
                state.tracker.set_interval(s * 1000.0);
            }
        }
        self.ensure_running(client);
    }

    /// `stopActionables()`: stops the timer (a later wait starts it again). Idempotent.
    pub fn stop(&self) {
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.generation += 1;
            state.running = false;
        }
    }

    /// Whether a poller run is alive.
    pub fn is_running(&self) -> bool {
        self.state.try_borrow().map(|s| s.running).unwrap_or(true)
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
        match next_step(&client, &state, generation) {
            Step::Exit => return,
            Step::Sleep(ms) => sleep(ms).await,
            Step::Send(request) => {
                tick(&client, &state, request).await;
                notify(&state);
            }
        }
    }
}

fn next_step(client: &Client, state: &Rc<RefCell<PollState>>, generation: u64) -> Step {
    let Ok(mut st) = state.try_borrow_mut() else {
        return Step::Sleep(1.0);
    };
    if st.generation != generation {
        return Step::Exit;
    }
    let now = now_ms();
    let spacing = client.rate.borrow().delay_before_next(now);
    if spacing > 0.0 {
        st.tracker.delay_until(now + spacing);
    }
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

async fn tick(client: &Client, state: &Rc<RefCell<PollState>>, request: PollRequest) {
    let prepared = plan::poll(&client.settings.config, &request);
    let reply = match prepared {
        Ok(prepared) => exchange(client, &prepared, &CallScope::new(&[], None))
            .await
            .ok(),
        Err(_) => None,
    };
    let Ok(mut st) = state.try_borrow_mut() else {
        return;
    };
    let now = now_ms();
    let Some(reply) = reply else {
        st.tracker.handle_failure(now);
        return;
    };
    let body = reply.body.unwrap_or(JsValue::UNDEFINED);
    match request {
        PollRequest::List { .. } => {
            remember(&mut st, &get(&body, "actions"), &reply.facts.actions);
            st.tracker.handle_list(now, &reply.facts.actions);
        }
        PollRequest::Single(_) => {
            let action = get(&body, "action");
            match reply.facts.actions.first() {
                Some(fact) => {
                    remember(
                        &mut st,
                        &Array::of1(&action).into(),
                        std::slice::from_ref(fact),
                    );
                    st.tracker.handle_single(now, fact);
                }
                None => st.tracker.handle_failure(now),
            }
        }
    }
}

/// Keeps the latest JS object of every open action seen in `objects` (parallel to `facts`).
fn remember(st: &mut PollState, objects: &JsValue, facts: &[ActionFact]) {
    if !Array::is_array(objects) {
        return;
    }
    for object in Array::from(objects).iter() {
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
fn notify(state: &Rc<RefCell<PollState>>) {
    let mut progress: Vec<(Function, JsValue)> = Vec::new();
    let mut finished: Vec<(Rc<Waiter>, WaitResult)> = Vec::new();
    {
        let Ok(mut st) = state.try_borrow_mut() else {
            return;
        };
        let mut events = Vec::new();
        while let Some(event) = st.tracker.poll_event() {
            events.push(event);
        }
        for event in events {
            let (id, end) = match &event {
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
                            let objects = waiter.ids.iter().map(|i| st.latest_of(*i)).collect();
                            finished.push((waiter.clone(), Ok(objects)));
                        }
                    }
                    Some(false) => {
                        let kind = get(&latest, "type").as_string().unwrap_or_default();
                        finished.push((waiter.clone(), Err(Errored { id, kind })));
                    }
                }
            }
        }
        st.waiters
            .retain(|w| !finished.iter().any(|(f, _)| Rc::ptr_eq(f, w)));
        let kept: Vec<(u64, JsValue)> = std::mem::take(&mut st.latest);
        st.latest = kept
            .into_iter()
            .filter(|(id, _)| st.is_wanted(*id))
            .collect();
    }
    for (function, action) in progress {
        let _ = js::call1(&function, &action);
    }
    for (waiter, outcome) in finished {
        waiter.finish(outcome);
    }
}
