//! Rate-limit bookkeeping from the `ratelimit-*` headers, and the defensive spacing policy:
//! when the remaining budget runs low, requests and polls are spread out evenly until the
//! reset; after a 429 nothing is sent before `retry-after` (or `ratelimit-reset`).
//!
//! ```
//! use digitalocean_wasm::core::{HeaderFacts, RateLimiter};
//! let mut rl = RateLimiter::default();
//! assert!(rl.latest().is_none());
//! let h = HeaderFacts { limit: Some(5000.0), remaining: Some(4999.0), reset: Some(1_700_000_000.0), ..Default::default() };
//! rl.observe(&h, 200, 1_699_999_000_000.0);
//! assert_eq!(rl.latest().unwrap().remaining, 4999.0);
//! assert_eq!(rl.delay_before_next(1_699_999_000_000.0), 0.0);
//! ```

use super::facts::HeaderFacts;

/// What `client.rateLimit` shows: the latest reply's headers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimitInfo {
    /// `ratelimit-limit`.
    pub limit: f64,
    /// `ratelimit-remaining`.
    pub remaining: f64,
    /// `ratelimit-reset`, Unix seconds.
    pub reset: f64,
}

/// Longest wait the limiter ever asks for (one hour, the API's window).
pub const MAX_WAIT_MS: f64 = 3_600_000.0;

/// Wait after a 429 that carries neither `retry-after` nor a future `ratelimit-reset`.
pub const DEFAULT_429_WAIT_MS: f64 = 1_000.0;

/// Rate-limit state of one client.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimiter {
    latest: Option<RateLimitInfo>,
    blocked_until_ms: f64,
    /// Spacing starts when `remaining` falls below this share of `limit` (default 0.1).
    pub low_water: f64,
    /// Longest time a 429 blocks every request (default 120 s; the edge sets it from
    /// [`RetryPolicy::max_rate_limit_wait_ms`](super::RetryPolicy)), so that one
    /// `retry-after: 3000` does not park the whole client for 50 minutes.
    pub max_block_ms: f64,
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter {
            latest: None,
            blocked_until_ms: 0.0,
            low_water: 0.1,
            max_block_ms: 120_000.0,
        }
    }
}

fn clamp_wait(ms: f64) -> f64 {
    if ms.is_finite() {
        ms.clamp(0.0, MAX_WAIT_MS)
    } else {
        0.0
    }
}

/// The wait a 429 asks for: `retry-after` seconds, else until `ratelimit-reset`, else
/// [`DEFAULT_429_WAIT_MS`]; clamped to `[0, MAX_WAIT_MS]`.
///
/// ```
/// use digitalocean_wasm::core::{rate_limit::wait_after_429, HeaderFacts};
/// let h = HeaderFacts { retry_after: Some(2.0), ..Default::default() };
/// assert_eq!(wait_after_429(&h, 0.0), 2000.0);
/// let h = HeaderFacts { reset: Some(10.0), ..Default::default() };
/// assert_eq!(wait_after_429(&h, 7_500.0), 2500.0);
/// ```
pub fn wait_after_429(headers: &HeaderFacts, now_ms: f64) -> f64 {
    if let Some(seconds) = headers.retry_after.filter(|s| s.is_finite() && *s >= 0.0) {
        return clamp_wait(seconds * 1000.0);
    }
    match headers.reset.map(|r| r * 1000.0 - now_ms) {
        Some(ms) if ms.is_finite() && ms > 0.0 => clamp_wait(ms),
        _ => DEFAULT_429_WAIT_MS,
    }
}

impl RateLimiter {
    /// The latest `{limit, remaining, reset}`; `None` before the first reply that had them.
    ///
    /// ```
    /// assert!(digitalocean_wasm::core::RateLimiter::default().latest().is_none());
    /// ```
    pub fn latest(&self) -> Option<RateLimitInfo> {
        self.latest
    }

    /// Reads a reply's headers (any status). A missing header keeps its previous value;
    /// a 429 blocks every request until its wait is over.
    ///
    /// ```
    /// use digitalocean_wasm::core::{HeaderFacts, RateLimiter};
    /// let mut rl = RateLimiter::default();
    /// rl.observe(&HeaderFacts { retry_after: Some(3.0), ..Default::default() }, 429, 1000.0);
    /// assert_eq!(rl.delay_before_next(1000.0), 3000.0);
    /// assert_eq!(rl.delay_before_next(5000.0), 0.0);
    /// ```
    pub fn observe(&mut self, headers: &HeaderFacts, status: u16, now_ms: f64) {
        let previous = self.latest;
        let pick = |new: Option<f64>, old: Option<f64>| new.filter(|n| n.is_finite()).or(old);
        let limit = pick(headers.limit, previous.map(|p| p.limit));
        let remaining = pick(headers.remaining, previous.map(|p| p.remaining));
        let reset = pick(headers.reset, previous.map(|p| p.reset));
        if let (Some(limit), Some(remaining), Some(reset)) = (limit, remaining, reset) {
            self.latest = Some(RateLimitInfo {
                limit,
                remaining,
                reset,
            });
        }
        if status == 429 {
            let until = now_ms + wait_after_429(headers, now_ms).min(self.max_block_ms.max(0.0));
            self.blocked_until_ms = self.blocked_until_ms.max(until);
        }
    }

    /// How long to wait before sending the next request (or poll): the rest of a 429 wait;
    /// until the reset when nothing remains; the time to the reset shared evenly by the
    /// remaining requests when fewer than `low_water * limit` remain; else 0.
    ///
    /// ```
    /// use digitalocean_wasm::core::{HeaderFacts, RateLimiter};
    /// let mut rl = RateLimiter::default();
    /// // 10 left of 5000, reset in 100 s: one request every 10 s.
    /// rl.observe(&HeaderFacts { limit: Some(5000.0), remaining: Some(10.0), reset: Some(100.0), ..Default::default() }, 200, 0.0);
    /// assert_eq!(rl.delay_before_next(0.0), 10_000.0);
    /// ```
    pub fn delay_before_next(&self, now_ms: f64) -> f64 {
        let blocked = self.blocked_until_ms - now_ms;
        if blocked > 0.0 {
            return clamp_wait(blocked);
        }
        let Some(info) = self.latest else {
            return 0.0;
        };
        let to_reset = info.reset * 1000.0 - now_ms;
        if to_reset.is_nan() || to_reset <= 0.0 {
            return 0.0;
        }
        if info.remaining <= 0.0 {
            return clamp_wait(to_reset);
        }
        if info.remaining < info.limit * self.low_water {
            return clamp_wait(to_reset / info.remaining);
        }
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(limit: f64, remaining: f64, reset: f64) -> HeaderFacts {
        HeaderFacts {
            limit: Some(limit),
            remaining: Some(remaining),
            reset: Some(reset),
            ..HeaderFacts::default()
        }
    }

    #[test]
    fn spacing_table() {
        // (limit, remaining, reset s, now ms) -> delay ms
        let cases = [
            (5000.0, 4000.0, 100.0, 0.0, 0.0),
            (5000.0, 500.0, 100.0, 0.0, 0.0),
            (5000.0, 499.0, 100.0, 0.0, 100_000.0 / 499.0),
            (5000.0, 0.0, 100.0, 40_000.0, 60_000.0),
            (5000.0, 0.0, 100.0, 200_000.0, 0.0),
            (5000.0, 0.0, 1e12, 0.0, MAX_WAIT_MS),
            (250.0, 1.0, 60.0, 0.0, 60_000.0),
        ];
        for (limit, remaining, reset, now, expected) in cases {
            let mut rl = RateLimiter::default();
            rl.observe(&h(limit, remaining, reset), 200, now);
            assert_eq!(
                rl.delay_before_next(now),
                expected,
                "{limit} {remaining} {reset} {now}"
            );
        }
    }

    #[test]
    fn partial_headers_keep_old_values_and_need_all_three_first() {
        let mut rl = RateLimiter::default();
        let only_remaining = HeaderFacts {
            remaining: Some(3.0),
            ..HeaderFacts::default()
        };
        rl.observe(&only_remaining, 200, 0.0);
        assert!(rl.latest().is_none());
        rl.observe(&h(10.0, 9.0, 5.0), 200, 0.0);
        rl.observe(&only_remaining, 200, 0.0);
        assert_eq!(
            rl.latest(),
            Some(RateLimitInfo {
                limit: 10.0,
                remaining: 3.0,
                reset: 5.0
            })
        );
    }

    #[test]
    fn waits_after_429() {
        let cases = [
            (Some(1.5), None, 0.0, 1500.0),
            (None, Some(20.0), 5_000.0, 15_000.0),
            (None, Some(1.0), 5_000.0, DEFAULT_429_WAIT_MS),
            (None, None, 0.0, DEFAULT_429_WAIT_MS),
            (Some(-1.0), None, 0.0, DEFAULT_429_WAIT_MS),
            (Some(f64::INFINITY), None, 0.0, DEFAULT_429_WAIT_MS),
            (Some(1e9), None, 0.0, MAX_WAIT_MS),
        ];
        for (retry_after, reset, now, expected) in cases {
            let headers = HeaderFacts {
                retry_after,
                reset,
                ..HeaderFacts::default()
            };
            assert_eq!(
                wait_after_429(&headers, now),
                expected,
                "{retry_after:?} {reset:?}"
            );
        }
        let mut rl = RateLimiter::default();
        rl.observe(
            &HeaderFacts {
                retry_after: Some(2.0),
                ..HeaderFacts::default()
            },
            429,
            0.0,
        );
        rl.observe(&HeaderFacts::default(), 200, 100.0);
        assert_eq!(rl.delay_before_next(1000.0), 1000.0);
    }

    #[test]
    fn spacing_evaluated_at_successive_slots_spreads_sends_before_the_reset() {
        // 8 left of 5000, reset 3.4 s away, no reply in between (H4/M3 of the review): the edge
        // takes slot = max(now + delay(now), next_slot), next_slot = slot + delay(slot).
        let mut rl = RateLimiter::default();
        rl.observe(&h(5000.0, 8.0, 3.4), 200, 0.0);
        let mut next_slot: f64 = 0.0;
        let mut slots = Vec::new();
        for _ in 0..8 {
            let now = 0.0;
            let slot = (now + rl.delay_before_next(now)).max(next_slot);
            next_slot = slot + rl.delay_before_next(slot);
            slots.push(slot);
        }
        assert_eq!(slots[0], 425.0);
        assert!(slots.windows(2).all(|w| w[1] > w[0]), "{slots:?}");
        assert!(
            slots.iter().all(|s| *s < 3400.0),
            "all before the reset: {slots:?}"
        );
        assert_eq!(rl.delay_before_next(3400.0), 0.0);
    }

    #[test]
    fn a_429_blocks_other_requests_at_most_max_block_ms() {
        let mut rl = RateLimiter::default();
        let far = HeaderFacts {
            retry_after: Some(3000.0),
            ..HeaderFacts::default()
        };
        rl.observe(&far, 429, 0.0);
        assert_eq!(rl.delay_before_next(0.0), 120_000.0);
        let mut short = RateLimiter {
            max_block_ms: 500.0,
            ..RateLimiter::default()
        };
        short.observe(&far, 429, 1000.0);
        assert_eq!(short.delay_before_next(1000.0), 500.0);
        assert_eq!(short.delay_before_next(1500.0), 0.0);
        // Evaluated at a future slot, as the edge does to space its sends.
        assert_eq!(short.delay_before_next(1200.0), 300.0);
    }
}
