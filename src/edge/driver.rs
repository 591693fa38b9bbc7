//! The driver: runs one prepared call to its end. It executes the catalogue's plan (single
//! request, all pages, find by name, tag fan-out, create-then-reread), waits for actions
//! through the poller unless `wait: false`, and applies the call's signal and timeout.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::AbortSignal;

use crate::catalogue::{Plan, ReplyKind};
use crate::core::pages::{next_page, MAX_PAGES};
use crate::core::value::number_text;
use crate::core::{plan, Call, Error, ErrorKind, ItemFact, Outcome, Prepared};

use super::client::Client;
use super::exchange::{exchange, Failure, Reply};
use super::facts::get;
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

/// One running call.
struct Run<'a> {
    client: &'a Rc<Client>,
    options: &'a CallOptions,
    scope: CallScope,
    attempts: Cell<u32>,
}

/// Runs a prepared call; resolves with the JS result or rejects with a core error, or with
/// the signal's reason (`Stop::Aborted`), or a timeout.
///
/// ```no_run
/// # async fn demo(client: std::rc::Rc<digitalocean_wasm::edge::client::Client>, call: digitalocean_wasm::core::Call) {
/// use digitalocean_wasm::edge::driver::{run_call, CallOptions};
/// let result = run_call(&client, &call, &CallOptions::default()).await;
/// # drop(result);
/// # }
/// ```
pub async fn run_call(
    client: &Rc<Client>,
    call: &Call,
    options: &CallOptions,
) -> Result<JsValue, Failure> {
    let run = Run::new(client, options);
    let result = match call.plan {
        Plan::Single => run.single(&call.request).await,
        Plan::AllPages => run.all_pages(call).await,
        Plan::FindByName => run.find_by_name(call).await,
        Plan::TagFanOut => run.tag_fan_out(call).await,
        Plan::CreateReread => run.create_reread(call).await,
    };
    result.map_err(|failure| run.finish_failure(failure, &call.request))
}

/// Runs one request (the generic `request()` and `waitForActions` use this too).
///
/// ```no_run
/// # async fn demo(client: std::rc::Rc<digitalocean_wasm::edge::client::Client>, req: digitalocean_wasm::core::Prepared) {
/// use digitalocean_wasm::edge::driver::{run_request, CallOptions};
/// let result = run_request(&client, &req, &CallOptions::default()).await;
/// # drop(result);
/// # }
/// ```
pub async fn run_request(
    client: &Rc<Client>,
    request: &Prepared,
    options: &CallOptions,
) -> Result<JsValue, Failure> {
    let run = Run::new(client, options);
    let result = run.single(request).await;
    result.map_err(|failure| run.finish_failure(failure, request))
}

/// Waits for action ids; resolves `{actions: [...]}`.
///
/// ```no_run
/// # async fn demo(client: std::rc::Rc<digitalocean_wasm::edge::client::Client>) {
/// use digitalocean_wasm::edge::driver::{wait_for_actions, CallOptions};
/// let result = wait_for_actions(&client, &[7, 8], &CallOptions::default()).await;
/// # drop(result);
/// # }
/// ```
pub async fn wait_for_actions(
    client: &Rc<Client>,
    ids: &[u64],
    options: &CallOptions,
) -> Result<JsValue, Failure> {
    let run = Run::new(client, options);
    let result = run.wait(ids, "GET", "/v2/actions").await;
    result
        .map(|objects| wrap("actions", &array(objects)))
        .map_err(|failure| run.stopped_to_error(failure, "GET", "/v2/actions"))
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
            attempts: Cell::new(0),
        }
    }

    async fn send(&self, request: &Prepared) -> Result<Reply, Failure> {
        exchange(self.client, request, &self.scope, &self.attempts).await
    }

    async fn wait(&self, ids: &[u64], method: &str, path: &str) -> Result<Vec<JsValue>, Failure> {
        let waiting = self
            .client
            .poller
            .wait(self.client, ids, self.options.on_progress.clone());
        match self.scope.guard(waiting).await {
            Err(stop) => Err(Failure::Stopped(stop)),
            Ok(Err(WaitError::Errored { id, kind })) => Err(Failure::Error(
                Error::action_errored(id, &kind).at(method, path, self.attempts.get()),
            )),
            // The poll of these actions failed for good (404, 401, repeated failures).
            Ok(Err(WaitError::Failed(error))) => Err(Failure::Error(error)),
            Ok(Ok(objects)) => Ok(objects),
        }
    }

    async fn single(&self, request: &Prepared) -> Result<JsValue, Failure> {
        let reply = self.send(request).await?;
        let body = reply.body.clone().unwrap_or(JsValue::UNDEFINED);
        match reply.outcome {
            // Deletes resolve `undefined`, whatever body the server sent.
            _ if request.reply == ReplyKind::Empty => Ok(JsValue::UNDEFINED),
            Outcome::Empty => Ok(JsValue::UNDEFINED),
            Outcome::WaitActions(ids) if self.options.wait => {
                let objects = self
                    .wait(&ids, request.method.as_str(), &request.path)
                    .await?;
                Ok(shape_actions(request.reply, &body, objects))
            }
            _ => Ok(body),
        }
    }

    /// Every page of a list: the items (JS), their facts, and the server's total.
    async fn walk(&self, first: &Prepared) -> Result<(Array, Vec<ItemFact>, Option<f64>), Failure> {
        let key = first.reply.list_key().unwrap_or("items");
        let items = Array::new();
        let mut facts = Vec::new();
        let mut total = None;
        let mut request = first.clone();
        // URLs already read: a `next` link back to one of them is a loop, not more pages.
        let mut visited: Vec<String> = Vec::new();
        loop {
            // More than `MAX_PAGES` is an `invalid_reply` too, never a silent truncation.
            if visited.len() >= MAX_PAGES as usize || visited.contains(&request.url) {
                return Err(self.invalid_reply(first, "the next page link repeats a page"));
            }
            visited.push(request.url.clone());
            let reply = self.send(&request).await?;
            let body = reply.body.unwrap_or(JsValue::UNDEFINED);
            let page = get(&body, key);
            if Array::is_array(&page) {
                for item in Array::from(&page).iter() {
                    items.push(&item);
                }
            }
            facts.extend(reply.facts.items);
            total = total.or(reply.facts.total);
            match reply.facts.next_page {
                Some(next) => request = next_page(&request, &next)?,
                None => break,
            }
        }
        Ok((items, facts, total))
    }

    async fn all_pages(&self, call: &Call) -> Result<JsValue, Failure> {
        let key = call.request.reply.list_key().unwrap_or("items");
        let (items, _, total) = self.walk(&call.request).await?;
        let count = f64::from(items.length());
        let result = wrap(key, &items);
        let meta = wrap(
            "total",
            &JsValue::from_f64(total.unwrap_or(count).max(count)),
        );
        set(&result, "meta", &meta);
        Ok(result)
    }

    async fn find_by_name(&self, call: &Call) -> Result<JsValue, Failure> {
        let (items, facts, _) = self.walk(&call.request).await?;
        let chosen = plan::pick(call, &facts).and_then(|i| facts.get(i));
        let found = chosen.and_then(|fact| {
            items
                .iter()
                .find(|item| id_text(item).as_deref() == Some(fact.id.as_str()))
        });
        match found {
            Some(item) => Ok(wrap(plan::singular(call), &item)),
            None => Err(Failure::Error(plan::not_found(call, self.attempts.get()))),
        }
    }

    async fn tag_fan_out(&self, call: &Call) -> Result<JsValue, Failure> {
        let (_, droplets, _) = self.walk(&call.request).await?;
        let immediate = Array::new();
        let mut open = Vec::new();
        for droplet in &droplets {
            let request = plan::fan_out(&self.client.settings.config, call, &droplet.id)?;
            let reply = self.send(&request).await?;
            immediate.push(&get(
                reply.body.as_ref().unwrap_or(&JsValue::UNDEFINED),
                "action",
            ));
            if let Outcome::WaitActions(ids) = reply.outcome {
                open.extend(ids);
            }
        }
        if !self.options.wait || open.is_empty() {
            return Ok(wrap("actions", &immediate));
        }
        let finals = self
            .wait(&open, call.request.method.as_str(), &call.request.path)
            .await?;
        Ok(wrap("actions", &merge(&immediate, &finals)))
    }

    async fn create_reread(&self, call: &Call) -> Result<JsValue, Failure> {
        let reply = self.send(&call.request).await?;
        let body = reply.body.clone().unwrap_or(JsValue::UNDEFINED);
        if !self.options.wait {
            return Ok(body);
        }
        if let Outcome::WaitActions(ids) = &reply.outcome {
            self.wait(ids, call.request.method.as_str(), &call.request.path)
                .await?;
        }
        let mut reread = Vec::new();
        for item in &reply.facts.items {
            let request = plan::reread(&self.client.settings.config, &item.id)?;
            let again = self.send(&request).await?;
            reread.push(get(
                again.body.as_ref().unwrap_or(&JsValue::UNDEFINED),
                "droplet",
            ));
        }
        if get(&body, "droplets").is_undefined() {
            Ok(reread.pop().map_or(body, |one| wrap("droplet", &one)))
        } else {
            Ok(wrap("droplets", &array(reread)))
        }
    }

    fn invalid_reply(&self, request: &Prepared, message: &str) -> Failure {
        let error = Error::client(ErrorKind::InvalidReply, message);
        Failure::Error(error.at(request.method.as_str(), &request.path, self.attempts.get()))
    }

    fn finish_failure(&self, failure: Failure, request: &Prepared) -> Failure {
        self.stopped_to_error(failure, request.method.as_str(), &request.path)
    }

    /// A timeout becomes a `timeout` error; an abort keeps the signal's reason.
    fn stopped_to_error(&self, failure: Failure, method: &str, path: &str) -> Failure {
        match failure {
            Failure::Stopped(Stop::TimedOut) => {
                Failure::Error(Error::timeout(self.options.timeout_ms.unwrap_or(0.0)).at(
                    method,
                    path,
                    self.attempts.get(),
                ))
            }
            other => other,
        }
    }
}

/// The resolved value of a waited single request, shaped as the reply kind says.
fn shape_actions(reply: ReplyKind, body: &JsValue, objects: Vec<JsValue>) -> JsValue {
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
            if Array::is_array(&listed) {
                wrap("actions", &merge(&Array::from(&listed), &objects))
            } else {
                wrap("actions", &array(objects))
            }
        }
    }
}

/// `immediate` with every action replaced by its final object from `finals` (same id).
fn merge(immediate: &Array, finals: &[JsValue]) -> Array {
    immediate
        .iter()
        .map(|action| {
            let id = get(&action, "id").as_f64();
            finals
                .iter()
                .find(|f| id.is_some() && get(f, "id").as_f64() == id)
                .cloned()
                .unwrap_or(action)
        })
        .collect()
}

fn id_text(item: &JsValue) -> Option<String> {
    let id = get(item, "id");
    id.as_f64().map(number_text).or_else(|| id.as_string())
}

fn array(values: Vec<JsValue>) -> Array {
    values.into_iter().collect()
}

fn wrap(key: &str, value: &JsValue) -> JsValue {
    let object = Object::new();
    set(&object, key, value);
    object.into()
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}
