//! The driver: runs one call to its end. Every exported call (`dispatch`, `request`,
//! `waitForActions`) is ONE future of ONE type (`drive`, started by [`start`]): a loop with
//! two await points (send a request, wait for actions). What to do next is decided by plain
//! synchronous code, the [`Job`]'s plan state (single request, all pages, find by name, tag
//! fan-out, create-then-reread, a bare wait), so the wasm carries one small async state
//! machine instead of one per plan.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::future_to_promise;
use web_sys::AbortSignal;

use crate::catalogue::{Plan, ReplyKind};
use crate::core::pages::{next_page, MAX_PAGES};
use crate::core::value::number_text;
use crate::core::{plan, Call, Error, ErrorKind, ItemFact, Outcome, Prepared};

use super::client::Client;
use super::exchange::{exchange, Failure, Reply};
use super::facts::get;
use super::js;
use super::poller::WaitError;
use super::scope::{CallScope, Stop};

/// Per-call options: the optional last argument of every method.
#[derive(Debug, Clone)]
pub struct CallOptions {
    /// Cancels the request and the wait; the call rejects with `signal.reason`.
    pub signal: Option<AbortSignal>,
    /// `false`: resolve with the immediate reply, do not wait for actions.
    pub wait: bool,
    /// Bound on the whole call in ms.
    pub timeout_ms: Option<f64>,
    /// Receives each action object whenever a poll sees it change.
    pub on_progress: Option<Function>,
}

impl Default for CallOptions {
    fn default() -> Self {
        CallOptions {
            signal: None,
            wait: true,
            timeout_ms: None,
            on_progress: None,
        }
    }
}

/// What one exported call runs.
#[derive(Debug)]
// One per call, moved once into its future: boxing the large variant saves nothing.
#[allow(clippy::large_enum_variant)]
pub enum Job {
    /// A catalogue call, prepared.
    Call(Call),
    /// One request (the generic `request()`).
    Request(Prepared),
    /// `waitForActions(ids)`: resolves `{actions: [...]}`.
    Wait(Vec<u64>),
}

/// Starts `job` and returns its Promise: the JS result, or the rejection (a
/// `DigitalOceanError`, or the signal's reason for an abort).
///
/// ```no_run
/// # fn demo(client: std::rc::Rc<digitalocean_wasm::edge::client::Client>) {
/// use digitalocean_wasm::edge::driver::{start, CallOptions, Job};
/// let promise = start(client, Job::Wait(vec![7, 8]), CallOptions::default());
/// # drop(promise);
/// # }
/// ```
pub fn start(client: Rc<Client>, job: Job, options: CallOptions) -> Promise {
    future_to_promise(drive(client, job, options))
}

/// What the driver does next.
enum Step {
    Send(Prepared),
    Wait(Vec<u64>),
    Done(JsValue),
}

/// The one async state machine of every call.
async fn drive(client: Rc<Client>, job: Job, options: CallOptions) -> Result<JsValue, JsValue> {
    let run = Run::new(&client, &options);
    let mut state = State::new(job);
    let mut step = state.first(&run);
    let result = loop {
        step = match step {
            Ok(Step::Done(value)) => break Ok(value),
            Err(failure) => break Err(failure),
            Ok(Step::Send(request)) => match run.send(&request).await {
                Ok(reply) => state.on_reply(&run, &request, reply),
                Err(failure) => Err(failure),
            },
            Ok(Step::Wait(ids)) => {
                let (method, path) = state.place();
                match run.wait(&ids, method, path).await {
                    Ok(objects) => state.on_waited(&run, objects),
                    Err(failure) => Err(failure),
                }
            }
        };
    };
    result.map_err(|failure| {
        let (method, path) = state.place();
        reject(failure, method, path, &run)
    })
}

/// The rejection of a failed call: a timeout becomes a `timeout` error, an abort keeps the
/// signal's reason untouched.
fn reject(failure: Failure, method: &str, path: &str, run: &Run) -> JsValue {
    match failure {
        Failure::Error(error) => crate::js::error::to_js(&error),
        Failure::Stopped(Stop::Aborted(reason)) => reason,
        Failure::Stopped(Stop::TimedOut) => {
            let after = run.options.timeout_ms.unwrap_or(0.0);
            let error = Error::timeout(after).at(method, path, run.sent.get());
            crate::js::error::to_js(&error)
        }
    }
}

/// One running call: its client, options, cancellation scope and request count.
struct Run<'a> {
    client: &'a Rc<Client>,
    options: &'a CallOptions,
    scope: CallScope,
    sent: Cell<u32>,
}

impl<'a> Run<'a> {
    fn new(client: &'a Rc<Client>, options: &'a CallOptions) -> Run<'a> {
        let mut signals: Vec<AbortSignal> = Vec::new();
        signals.extend(client.settings.signal.iter().cloned());
        signals.extend(options.signal.iter().cloned());
        Run {
            client,
            options,
            scope: CallScope::new(&signals, options.timeout_ms),
            sent: Cell::new(0),
        }
    }

    async fn send(&self, request: &Prepared) -> Result<Reply, Failure> {
        let limit = self.client.settings.attempt_timeout_ms;
        exchange(self.client, request, &self.scope, &self.sent, limit).await
    }

    async fn wait(&self, ids: &[u64], method: &str, path: &str) -> Result<Vec<JsValue>, Failure> {
        let waiting = self
            .client
            .poller
            .wait(self.client, ids, self.options.on_progress.clone());
        match self.scope.guard(waiting).await {
            Ok(Ok(objects)) => Ok(objects),
            Ok(Err(WaitError::Errored { id, kind })) => {
                let error = Error::action_errored(id, &kind);
                Err(Failure::Error(error.at(method, path, self.sent.get())))
            }
            // The poll of these actions failed for good (404, 401, repeated failures).
            Ok(Err(WaitError::Failed(error))) => Err(Failure::Error(error)),
            Err(stop) => Err(Failure::Stopped(stop)),
        }
    }

    fn config(&self) -> &crate::core::Config {
        &self.client.settings.config
    }
}

/// Where a plan is.
enum State {
    /// One request; `body` keeps its reply while its actions are awaited.
    Single { request: Prepared, body: JsValue },
    /// A page walk (all pages, find by name, the listing of a tag fan-out).
    Walk { call: Call, walk: Walk },
    /// Tag fan-out: one action request per droplet, then one wait for all.
    FanOut {
        call: Call,
        droplets: Vec<ItemFact>,
        next: usize,
        immediate: Array,
        open: Vec<u64>,
    },
    /// Create, wait, then re-read every created droplet.
    Create {
        call: Call,
        body: JsValue,
        items: Vec<ItemFact>,
        next: usize,
        reread: Array,
    },
    /// `waitForActions`.
    Wait(Vec<u64>),
}

/// The pages read so far.
struct Walk {
    items: Array,
    facts: Vec<ItemFact>,
    total: Option<f64>,
    visited: Vec<String>,
}

impl State {
    fn new(job: Job) -> State {
        match job {
            Job::Request(request) => State::Single {
                request,
                body: JsValue::UNDEFINED,
            },
            Job::Wait(ids) => State::Wait(ids),
            Job::Call(call) => match call.plan {
                Plan::Single => {
                    // One page resolved as it is: its items are not read (a page walk's are).
                    let mut request = call.request;
                    if request.reply.list_key().is_some() {
                        request.reply = ReplyKind::Body;
                    }
                    State::Single {
                        request,
                        body: JsValue::UNDEFINED,
                    }
                }
                Plan::AllPages | Plan::FindByName | Plan::TagFanOut => State::Walk {
                    call,
                    walk: Walk {
                        items: Array::new(),
                        facts: Vec::new(),
                        total: None,
                        visited: Vec::new(),
                    },
                },
                Plan::CreateReread => State::Create {
                    call,
                    body: JsValue::UNDEFINED,
                    items: Vec::new(),
                    next: 0,
                    reread: Array::new(),
                },
            },
        }
    }

    /// Method and path errors are reported at.
    fn place(&self) -> (&str, &str) {
        let request = match self {
            State::Single { request, .. } => request,
            State::Walk { call, .. } | State::FanOut { call, .. } | State::Create { call, .. } => {
                &call.request
            }
            State::Wait(_) => return ("GET", "/v2/actions"),
        };
        (request.method.as_str(), &request.path)
    }

    fn first(&mut self, run: &Run) -> Result<Step, Failure> {
        match self {
            State::Single { request, .. } => Ok(Step::Send(request.clone())),
            State::Walk { call, walk } => walk.visit(&call.request, run),
            State::Create { call, .. } | State::FanOut { call, .. } => {
                Ok(Step::Send(call.request.clone()))
            }
            State::Wait(ids) => Ok(Step::Wait(std::mem::take(ids))),
        }
    }

    fn on_reply(&mut self, run: &Run, request: &Prepared, reply: Reply) -> Result<Step, Failure> {
        let body = reply.body.unwrap_or(JsValue::UNDEFINED);
        match self {
            State::Single {
                request,
                body: kept,
                ..
            } => {
                match reply.outcome {
                    // Deletes resolve `undefined`, whatever body the server sent.
                    _ if request.reply == ReplyKind::Empty => Ok(Step::Done(JsValue::UNDEFINED)),
                    Outcome::Empty => Ok(Step::Done(JsValue::UNDEFINED)),
                    Outcome::WaitActions(ids) if run.options.wait => {
                        *kept = body;
                        Ok(Step::Wait(ids))
                    }
                    _ => Ok(Step::Done(body)),
                }
            }
            State::Walk { call, walk } => {
                let key = call.request.reply.list_key().unwrap_or("items");
                let page = get(&body, key);
                if js::is_array(&page) {
                    for item in page.unchecked_ref::<Array>().iter() {
                        walk.items.push(&item);
                    }
                }
                walk.facts.extend(reply.facts.items);
                walk.total = walk.total.or(reply.facts.total);
                if let Some(next) = reply.facts.next_page {
                    let next = next_page(request, &next)?;
                    return walk.visit(&next, run);
                }
                self.walked(run)
            }
            State::FanOut {
                immediate, open, ..
            } => {
                immediate.push(&get(&body, "action"));
                if let Outcome::WaitActions(ids) = reply.outcome {
                    open.extend(ids);
                }
                self.fan_out_next(run)
            }
            State::Create {
                body: kept, items, ..
            } if kept.is_undefined() => {
                *items = reply.facts.items;
                if !run.options.wait {
                    return Ok(Step::Done(body));
                }
                *kept = body;
                match reply.outcome {
                    Outcome::WaitActions(ids) => Ok(Step::Wait(ids)),
                    _ => self.reread_next(run),
                }
            }
            State::Create { reread, .. } => {
                reread.push(&get(&body, "droplet"));
                self.reread_next(run)
            }
            State::Wait(_) => Ok(Step::Done(body)),
        }
    }

    fn on_waited(&mut self, run: &Run, objects: Vec<JsValue>) -> Result<Step, Failure> {
        let value = match self {
            State::Single { request, body } => {
                shape_actions(request.reply.borrowed(), body, objects)
            }
            State::FanOut { immediate, .. } => wrap("actions", &merge(immediate, &objects)),
            State::Create { .. } => return self.reread_next(run),
            State::Walk { .. } | State::Wait(_) => wrap("actions", &array(objects)),
        };
        Ok(Step::Done(value))
    }

    /// The walk is over: the plan's result, or the fan-out's first request.
    fn walked(&mut self, run: &Run) -> Result<Step, Failure> {
        let State::Walk { call, walk } = std::mem::replace(self, State::Wait(Vec::new())) else {
            return Ok(Step::Done(JsValue::UNDEFINED));
        };
        let Walk {
            items,
            facts,
            total,
            ..
        } = walk;
        match call.plan {
            Plan::FindByName => {
                let chosen = plan::pick(&call, &facts).and_then(|i| facts.get(i));
                let found = chosen.and_then(|fact| {
                    items
                        .iter()
                        .find(|item| id_text(item).as_deref() == Some(fact.id.as_str()))
                });
                match found {
                    Some(item) => Ok(Step::Done(wrap(plan::singular(&call), &item))),
                    None => Err(Failure::Error(plan::not_found(&call, run.sent.get()))),
                }
            }
            Plan::TagFanOut => {
                *self = State::FanOut {
                    call,
                    droplets: facts,
                    next: 0,
                    immediate: Array::new(),
                    open: Vec::new(),
                };
                self.fan_out_next(run)
            }
            _ => {
                let key = call.request.reply.list_key().unwrap_or("items");
                let count = f64::from(items.length());
                let result = wrap(key, &items);
                let total = total.unwrap_or(count).max(count);
                set(&result, "meta", &wrap("total", &JsValue::from_f64(total)));
                Ok(Step::Done(result))
            }
        }
    }

    fn fan_out_next(&mut self, run: &Run) -> Result<Step, Failure> {
        let State::FanOut {
            call,
            droplets,
            next,
            immediate,
            open,
        } = self
        else {
            return Ok(Step::Done(JsValue::UNDEFINED));
        };
        if let Some(droplet) = droplets.get(*next) {
            *next += 1;
            return Ok(Step::Send(plan::fan_out(run.config(), call, &droplet.id)?));
        }
        if !run.options.wait || open.is_empty() {
            return Ok(Step::Done(wrap("actions", immediate)));
        }
        Ok(Step::Wait(std::mem::take(open)))
    }

    fn reread_next(&mut self, run: &Run) -> Result<Step, Failure> {
        let State::Create {
            body,
            items,
            next,
            reread,
            ..
        } = self
        else {
            return Ok(Step::Done(JsValue::UNDEFINED));
        };
        if let Some(item) = items.get(*next) {
            *next += 1;
            return Ok(Step::Send(plan::reread(run.config(), &item.id)?));
        }
        if get(body, "droplets").is_undefined() {
            let one = reread.pop();
            Ok(Step::Done(if one.is_undefined() {
                body.clone()
            } else {
                wrap("droplet", &one)
            }))
        } else {
            Ok(Step::Done(wrap("droplets", reread)))
        }
    }
}

impl Walk {
    /// Sends the request of the next page, unless it repeats one (a loop) or is one too many.
    fn visit(&mut self, request: &Prepared, run: &Run) -> Result<Step, Failure> {
        if self.visited.len() >= MAX_PAGES as usize || self.visited.contains(&request.url) {
            let error = Error::client(ErrorKind::InvalidReply, "the next page link repeats a page");
            let error = error.at(request.method.as_str(), &request.path, run.sent.get());
            return Err(Failure::Error(error));
        }
        self.visited.push(request.url.clone());
        Ok(Step::Send(request.clone()))
    }
}

/// The resolved value of a waited single request, shaped as the reply kind says.
fn shape_actions(reply: ReplyKind<&str>, body: &JsValue, objects: Vec<JsValue>) -> JsValue {
    match reply {
        ReplyKind::Action => objects
            .into_iter()
            .next()
            .map_or(body.clone(), |a| wrap("action", &a)),
        ReplyKind::BareAction => objects.into_iter().next().unwrap_or_else(|| body.clone()),
        // `{floating_ip, links: {actions}}` and the like: the created resource, once ready.
        ReplyKind::LinksActions => body.clone(),
        // `{actions: [...]}`: every action of the reply, the waited ones in their final form
        // (those already completed in the reply stay as they were).
        _ => {
            let listed = get(body, "actions");
            if js::is_array(&listed) {
                wrap("actions", &merge(listed.unchecked_ref(), &objects))
            } else {
                wrap("actions", &array(objects))
            }
        }
    }
}

/// `immediate` with every action replaced by its final object from `finals` (same id).
fn merge(immediate: &Array, finals: &[JsValue]) -> Array {
    let merged = Array::new();
    for action in immediate.iter() {
        let id = get(&action, "id").as_f64();
        let last = finals
            .iter()
            .find(|f| id.is_some() && get(f, "id").as_f64() == id);
        merged.push(last.unwrap_or(&action));
    }
    merged
}

fn id_text(item: &JsValue) -> Option<String> {
    let id = get(item, "id");
    id.as_f64().map(number_text).or_else(|| id.as_string())
}

fn array(values: Vec<JsValue>) -> Array {
    let array = Array::new();
    for value in &values {
        array.push(value);
    }
    array
}

fn wrap(key: &str, value: &JsValue) -> JsValue {
    let object = Object::new();
    set(&object, key, value);
    object.into()
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}
