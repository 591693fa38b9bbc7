//! Retry policy: jittered exponential back-off (the jitter is passed in: no randomness
//! here) and the idempotency rule (a POST is resent only after a 429, never after a 5xx or
//! a network error, because the server may have acted on it).
//!
//! ```
//! use digitalocean_wasm::catalogue::Method;
//! use digitalocean_wasm::core::{Cause, RetryPolicy};
//! let policy = RetryPolicy::default();
//! assert!(policy.may_retry(Method::Get, Cause::ServerError, 1));
//! assert!(!policy.may_retry(Method::Post, Cause::ServerError, 1));
//! assert!(policy.may_retry(Method::Post, Cause::RateLimited, 1));
//! assert_eq!(policy.backoff_ms(1, 1.0), 500.0);
//! ```

use crate::catalogue::Method;

/// Why a request failed in a way that might be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// A 5xx reply.
    ServerError,
    /// No reply at all (connection refused, reset, DNS…).
    Network,
    /// A 429 reply: the server did not process the request.
    RateLimited,
}

/// How often and how patiently to retry (all durations in milliseconds; tests shrink them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included, for 5xx and network errors.
    pub max_attempts: u32,
    /// Attempts in all after 429 replies.
    pub max_rate_limited_attempts: u32,
    /// Back-off before the second attempt; doubles each time.
    pub base_ms: f64,
    /// Cap of one back-off.
    pub max_ms: f64,
    /// Cap of one wait after a 429.
    pub max_rate_limit_wait_ms: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            max_rate_limited_attempts: 5,
            base_ms: 500.0,
            max_ms: 10_000.0,
            max_rate_limit_wait_ms: 120_000.0,
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempts + 1`, after `attempts` failed ones (1-based):
    /// `min(max, base * 2^(attempts-1))`, scaled into `[50%, 100%]` by `jitter` in `[0, 1]`
    /// (clamped; a non-finite jitter counts as 1).
    ///
    /// ```
    /// let p = digitalocean_wasm::core::RetryPolicy::default();
    /// assert_eq!(p.backoff_ms(2, 1.0), 1000.0);
    /// assert_eq!(p.backoff_ms(2, 0.0), 500.0);
    /// assert_eq!(p.backoff_ms(30, 1.0), 10_000.0);
    /// ```
    pub fn backoff_ms(&self, attempts: u32, jitter: f64) -> f64 {
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            1.0
        };
        let exponent = attempts.saturating_sub(1).min(30) as i32;
        let full = (self.base_ms.max(0.0) * 2f64.powi(exponent)).min(self.max_ms.max(0.0));
        full * (0.5 + 0.5 * jitter)
    }

    /// Whether a request of `method` that failed for `cause` on attempt `attempts` may be
    /// sent again.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::Method;
    /// use digitalocean_wasm::core::{Cause, RetryPolicy};
    /// let p = RetryPolicy::default();
    /// assert!(p.may_retry(Method::Delete, Cause::Network, 3));
    /// assert!(!p.may_retry(Method::Delete, Cause::Network, 4));
    /// assert!(!p.may_retry(Method::Patch, Cause::Network, 1));
    /// ```
    pub fn may_retry(&self, method: Method, cause: Cause, attempts: u32) -> bool {
        match cause {
            Cause::RateLimited => attempts < self.max_rate_limited_attempts,
            Cause::ServerError | Cause::Network => {
                method.is_idempotent() && attempts < self.max_attempts
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_caps() {
        let p = RetryPolicy {
            base_ms: 100.0,
            max_ms: 1000.0,
            ..RetryPolicy::default()
        };
        let waits: Vec<f64> = (1..=6).map(|a| p.backoff_ms(a, 1.0)).collect();
        assert_eq!(waits, vec![100.0, 200.0, 400.0, 800.0, 1000.0, 1000.0]);
        assert_eq!(p.backoff_ms(0, 1.0), 100.0);
        assert_eq!(p.backoff_ms(1, 0.5), 75.0);
        assert_eq!(p.backoff_ms(1, -3.0), 50.0);
        assert_eq!(p.backoff_ms(1, f64::NAN), 100.0);
        assert_eq!(p.backoff_ms(u32::MAX, 1.0), 1000.0);
    }

    #[test]
    fn idempotency_table() {
        let p = RetryPolicy::default();
        let cases = [
            (Method::Get, Cause::ServerError, true),
            (Method::Put, Cause::ServerError, true),
            (Method::Delete, Cause::ServerError, true),
            (Method::Head, Cause::Network, true),
            (Method::Post, Cause::ServerError, false),
            (Method::Post, Cause::Network, false),
            (Method::Patch, Cause::ServerError, false),
            (Method::Post, Cause::RateLimited, true),
            (Method::Patch, Cause::RateLimited, true),
        ];
        for (method, cause, expected) in cases {
            assert_eq!(
                p.may_retry(method, cause, 1),
                expected,
                "{method:?} {cause:?}"
            );
        }
        assert!(!p.may_retry(Method::Post, Cause::RateLimited, 5));
    }
}
