//! Shared state of a running simulator: configuration, clock, operation registry and the
//! one `Mutex<Store>` that holds every resource, the RNG, statistics and rate windows.

use crate::config::Config;
use crate::ops::Registry;
use crate::store::Store;
use crate::time::system_ms;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// What handlers receive as axum state.
pub type SharedState = Arc<AppState>;

/// Wall clock with a test-controlled offset, in epoch milliseconds.
///
/// ```
/// let clock = do_sim::state::Clock::default();
/// let before = clock.now_ms();
/// clock.advance(60_000);
/// assert!(clock.now_ms() >= before + 60_000);
/// ```
#[derive(Debug, Default)]
pub struct Clock {
    skew_ms: AtomicU64,
}

impl Clock {
    /// Now, in epoch milliseconds (system time plus every [`Clock::advance`]).
    pub fn now_ms(&self) -> u64 {
        system_ms().saturating_add(self.skew_ms.load(Ordering::Relaxed))
    }

    /// Moves the clock forward by `ms` (tests use it to finish actions without sleeping).
    pub fn advance(&self, ms: u64) {
        self.skew_ms.fetch_add(ms, Ordering::Relaxed);
    }
}

/// The simulator's state, shared by every request.
///
/// ```
/// let state = do_sim::state::AppState::new(do_sim::config::Config::default());
/// assert!(state.store().droplets.is_empty());
/// ```
#[derive(Debug)]
pub struct AppState {
    /// Start-up configuration.
    pub config: Config,
    /// The clock actions and rate windows are measured with.
    pub clock: Clock,
    /// operationId lookup built from every chapter.
    pub registry: Registry,
    store: Mutex<Store>,
}

impl AppState {
    /// Fresh state, seeded from `config`.
    pub fn new(config: Config) -> SharedState {
        let clock = Clock::default();
        let store = Store::seeded(&config, clock.now_ms());
        Arc::new(AppState {
            registry: Registry::new(crate::CHAPTERS),
            store: Mutex::new(store),
            clock,
            config,
        })
    }

    /// Locks the store after completing every action that is due (lazy action progress).
    /// A poisoned lock is recovered: the store stays usable after a panicking request.
    pub fn store(&self) -> MutexGuard<'_, Store> {
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.tick(self.clock.now_ms());
        guard
    }

    /// Puts every resource, counter, fault knob and rate window back to the seeded state;
    /// id counters go on (ids are never reused).
    ///
    /// ```
    /// let state = do_sim::state::AppState::new(do_sim::config::Config::default());
    /// state.store().pings = 3;
    /// state.reset();
    /// assert_eq!(state.store().pings, 0);
    /// ```
    pub fn reset(&self) {
        let fresh = Store::seeded(&self.config, self.clock.now_ms());
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let previous = std::mem::replace(&mut *guard, fresh);
        guard.keep_ids_of(previous);
    }
}
