//! One logical request: rate-limit spacing, send, classify, and the retries the core allows
//! (429 waited out, POST included; 5xx and network errors with jittered back-off for
//! idempotent methods only). Every attempt is traced.

use std::cell::Cell;

use wasm_bindgen::JsValue;

use crate::core::{
    classify, classify_network, Attempt, BodyFacts, Error, ErrorKind, HeaderFacts, Outcome,
    Prepared, TraceEvent,
};

use super::client::Client;
use super::facts::body_facts;
use super::fetch::{send, Incoming, SendFailure};
use super::js::{now_ms, random};
use super::scope::{CallScope, Stop, Waited};
use super::timer::sleep;

/// Hard cap on attempts of one request, whatever the policy says.
const MAX_ATTEMPTS: u32 = 64;

/// A successful reply.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The parsed body (`None` when empty).
    pub body: Option<JsValue>,
    /// What the core read from the body.
    pub facts: BodyFacts,
    /// `Done`, `Empty` or `WaitActions(ids)`.
    pub outcome: Outcome,
}

/// Why a request (or a whole call) failed.
#[derive(Debug, Clone)]
pub enum Failure {
    /// An error to reject with (as `DigitalOceanError`).
    Error(Error),
    /// The call was aborted or timed out.
    Stopped(Stop),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Error(error)
    }
}

/// Sends `request` until the core says it is done, failed, or out of retries. `sent` counts
/// every request sent (a call's total, shown as `attempts` on its error); each attempt waits
/// at most `limit_ms` for its reply.
///
/// ```no_run
/// # async fn demo(client: &digitalocean_wasm::edge::client::Client, req: &digitalocean_wasm::core::Prepared) {
/// use digitalocean_wasm::edge::{exchange::exchange, scope::CallScope};
/// let sent = std::cell::Cell::new(0);
/// let reply = exchange(client, req, &CallScope::new(&[], None), &sent, 60_000.0).await;
/// # drop(reply);
/// # }
/// ```
pub async fn exchange(
    client: &Client,
    request: &Prepared,
    scope: &CallScope,
    sent: &Cell<u32>,
    limit_ms: f64,
) -> Result<Reply, Failure> {
    // One sleep and one send per attempt: the wait the last reply asked for (429 or back-off)
    // and the rate-limit spacing are taken together, before sending.
    let mut wait_ms: f64 = 0.0;
    let mut after_429 = false;
    let method = request.method.as_str();
    for number in 1..=MAX_ATTEMPTS {
        let delay = client.reserve(now_ms(), wait_ms, after_429);
        if delay > 0.0 {
            let mut nap = sleep(delay);
            if let Waited::Stopped(stop) = scope.wait_js(None, &mut nap).await {
                return Err(Failure::Stopped(stop));
            }
        }
        let started = now_ms();
        sent.set(sent.get() + 1);
        let result = send(request, client.settings.fetch.as_ref(), scope, limit_ms).await;
        let (outcome, body, facts) = match result {
            Err(SendFailure::Stopped(stop)) => {
                trace_stop(client, request, number, started, &stop);
                return Err(Failure::Stopped(stop));
            }
            Err(SendFailure::Build(message)) => {
                let error = Error::bad_argument(message).at(method, &request.path, sent.get());
                return Err(Failure::Error(error));
            }
            Err(SendFailure::Network(message)) => {
                let outcome = network_failure(client, request, number, started, &message);
                (outcome, None, BodyFacts::default())
            }
            Ok(incoming) => judge(client, request, incoming, number, started),
        };
        after_429 = matches!(outcome, Outcome::RateLimited { .. });
        wait_ms = match outcome {
            Outcome::RateLimited { wait_ms } => wait_ms,
            Outcome::Retry { after_ms } => after_ms,
            Outcome::Failed(mut error) => {
                error.attempts = sent.get();
                return Err(Failure::Error(error));
            }
            done => {
                return Ok(Reply {
                    body,
                    facts,
                    outcome: done,
                })
            }
        };
    }
    Err(Failure::Error(
        Error::client(ErrorKind::Network, "too many attempts").at(
            method,
            &request.path,
            sent.get(),
        ),
    ))
}

fn attempt(number: u32) -> Attempt {
    Attempt {
        number,
        now_ms: now_ms(),
        jitter: random(),
    }
}

/// An attempt cut short by an abort or the call's timeout is traced too.
#[inline(never)]
fn trace_stop(client: &Client, request: &Prepared, number: u32, started_ms: f64, stop: &Stop) {
    let tracing = &client.settings.tracing;
    if tracing.is_on() {
        let error = match stop {
            Stop::TimedOut => Error::client(ErrorKind::Timeout, "timed out"),
            Stop::Aborted(_) => Error::aborted(),
        };
        tracing.emit(&TraceEvent::failure(
            request,
            number,
            started_ms,
            now_ms(),
            &error,
        ));
    }
}

/// No reply: what the core says (retry or fail), traced.
#[inline(never)]
fn network_failure(
    client: &Client,
    request: &Prepared,
    number: u32,
    started_ms: f64,
    message: &str,
) -> Outcome {
    let settings = &client.settings;
    let attempt = attempt(number);
    let outcome = classify_network(request, message, &attempt, &settings.policy);
    if settings.tracing.is_on() {
        let error = match &outcome {
            Outcome::Failed(e) => e.clone(),
            _ => Error::client(ErrorKind::Network, message),
        };
        let event = TraceEvent::failure(request, number, started_ms, attempt.now_ms, &error);
        settings.tracing.emit(&event);
    }
    outcome
}

/// Reads one reply: rate-limit bookkeeping, facts, classification, trace.
#[inline(never)]
fn judge(
    client: &Client,
    request: &Prepared,
    incoming: Incoming,
    number: u32,
    started_ms: f64,
) -> (Outcome, Option<JsValue>, BodyFacts) {
    let attempt = &attempt(number);
    let Incoming {
        status,
        headers,
        body,
        malformed,
    } = incoming;
    client
        .rate
        .borrow_mut()
        .observe(&headers, status, attempt.now_ms);
    let facts = match &body {
        _ if malformed => BodyFacts::not_json(),
        None => BodyFacts::empty(),
        Some(value) => body_facts(value, request.reply.borrowed(), status),
    };
    let outcome = classify(
        request,
        status,
        &headers,
        &facts,
        attempt,
        &client.settings.policy,
    );
    trace_reply(
        client, request, attempt, started_ms, status, &headers, &outcome,
    );
    (outcome, body, facts)
}

fn trace_reply(
    client: &Client,
    request: &Prepared,
    attempt: &Attempt,
    started_ms: f64,
    status: u16,
    headers: &HeaderFacts,
    outcome: &Outcome,
) {
    let tracing = &client.settings.tracing;
    if !tracing.is_on() {
        return;
    }
    let mut event = TraceEvent::reply(
        request,
        attempt.number,
        started_ms,
        attempt.now_ms,
        status,
        headers,
    );
    event.error = match outcome {
        Outcome::Failed(error) => Some(error.message.clone()),
        Outcome::RateLimited { .. } => Some("rate limited".into()),
        Outcome::Retry { .. } => Some("server error, retrying".into()),
        _ => None,
    };
    tracing.emit(&event);
}
