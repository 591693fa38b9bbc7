//! The state one client object owns: configuration, the rate-limit bookkeeping learned from
//! replies, and the poller that completes awaited actions.

use std::cell::{Cell, RefCell};

use js_sys::Function;
use web_sys::AbortSignal;

use crate::core::{Config, RateLimitInfo, RateLimiter, RetryPolicy};

use super::poller::Poller;
use super::trace::Tracing;

/// Everything a client is configured with (built from the JS constructor options).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Endpoint, token and user agent, as the core uses them.
    pub config: Config,
    /// The user's `fetch` replacing the global one.
    pub fetch: Option<Function>,
    /// A signal that cancels every call.
    pub signal: Option<AbortSignal>,
    /// Where trace events go.
    pub tracing: Tracing,
    /// Retry and back-off policy.
    pub policy: RetryPolicy,
    /// Seconds between polls of open actions.
    pub poll_seconds: f64,
    /// Longest wait for the reply to one attempt (ms); polls use it too.
    pub attempt_timeout_ms: f64,
}

/// Default of [`Settings::attempt_timeout_ms`]: a request that gets no reply in a minute is
/// given up (and retried when the method allows).
pub const DEFAULT_ATTEMPT_TIMEOUT_MS: f64 = 60_000.0;

/// One client: settings, rate-limit state, poller. Shared as `Rc<Client>` by every call.
///
/// ```no_run
/// # fn demo(settings: digitalocean_wasm::edge::client::Settings) {
/// let client = digitalocean_wasm::edge::client::Client::new(settings);
/// assert!(client.rate_limit().is_none());
/// # }
/// ```
#[derive(Debug)]
pub struct Client {
    /// Configuration.
    pub settings: Settings,
    /// Rate-limit headers seen so far and the spacing policy.
    pub rate: RefCell<RateLimiter>,
    /// The action poller.
    pub poller: Poller,
    /// The earliest time (Unix ms) the next request may be sent: concurrent requests take
    /// turns at the limiter's spacing instead of all waiting the same delay.
    next_slot_ms: Cell<f64>,
}

impl Client {
    /// A client with fresh rate-limit state and an idle poller.
    pub fn new(settings: Settings) -> Client {
        let poller = Poller::new(settings.poll_seconds * 1000.0);
        // A 429 holds back the other requests at most as long as it may hold back its own.
        let mut rate = RateLimiter::default();
        rate.max_block_ms = settings.policy.max_rate_limit_wait_ms;
        Client {
            settings,
            rate: RefCell::new(rate),
            poller,
            next_slot_ms: Cell::new(0.0),
        }
    }

    /// Reserves the send slot of one request and returns how long to wait for it (ms from
    /// `now`). The slot is no earlier than `now + wait_ms` (the wait the previous reply asked
    /// for), than the limiter allows (unless `own_wait` says that `wait_ms` already answers
    /// a 429), and than the previous slot plus the limiter's spacing at that slot.
    ///
    /// ```no_run
    /// # fn demo(client: &digitalocean_wasm::edge::client::Client) {
    /// let first = client.reserve(1000.0, 0.0, false);
    /// let second = client.reserve(1000.0, 0.0, false);
    /// assert!(second >= first);
    /// # }
    /// ```
    pub fn reserve(&self, now: f64, wait_ms: f64, own_wait: bool) -> f64 {
        let rate = self.rate.borrow();
        let limiter = if own_wait {
            0.0
        } else {
            rate.delay_before_next(now)
        };
        let slot = (now + wait_ms.max(limiter)).max(self.next_slot_ms.get());
        self.next_slot_ms.set(slot + rate.delay_before_next(slot));
        slot - now
    }

    /// The latest `{limit, remaining, reset}`, `None` before the first reply that had them.
    pub fn rate_limit(&self) -> Option<RateLimitInfo> {
        self.rate.borrow().latest()
    }
}
