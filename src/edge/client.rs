//! The state one client object owns: configuration, the rate-limit bookkeeping learned from
//! replies, and the poller that completes awaited actions.

use std::cell::RefCell;

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
}

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
}

impl Client {
    /// A client with fresh rate-limit state and an idle poller.
    pub fn new(settings: Settings) -> Client {
        let poller = Poller::new(settings.poll_seconds * 1000.0);
        Client {
            settings,
            rate: RefCell::new(RateLimiter::default()),
            poller,
        }
    }

    /// The latest `{limit, remaining, reset}`, `None` before the first reply that had them.
    pub fn rate_limit(&self) -> Option<RateLimitInfo> {
        self.rate.borrow().latest()
    }
}
