//! Per-token sliding windows of request times, for the per-minute and per-hour limits.

use std::collections::{HashMap, VecDeque};

const MINUTE_MS: u64 = 60_000;
const HOUR_MS: u64 = 3_600_000;

/// The verdict for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateVerdict {
    /// Whether the request may proceed (it was counted).
    pub allowed: bool,
    /// `ratelimit-limit` (the hourly limit).
    pub limit: u32,
    /// `ratelimit-remaining` in the hourly window after this request.
    pub remaining: u32,
    /// `ratelimit-reset`: epoch seconds when the oldest counted request leaves the hour window.
    pub reset_epoch_s: u64,
    /// `retry-after` seconds when refused.
    pub retry_after_s: u64,
}

/// An operation's own, stricter window (DigitalOcean limits `GET /v2/account/keys` to 10
/// requests per 60 s), counted besides the token's minute and hour windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnLimit {
    /// operationId.
    pub operation: &'static str,
    /// Requests allowed per window.
    pub limit: u32,
    /// Window length in ms.
    pub window_ms: u64,
}

/// Request times per token (the key is the token itself, kept in memory only).
///
/// ```
/// let mut w = do_sim::store::rate::RateWindows::default();
/// assert!(w.admit("t", 0, 1, 10, None).allowed);
/// let refused = w.admit("t", 10, 1, 10, None);
/// assert!(!refused.allowed);
/// assert_eq!(refused.retry_after_s, 60);
/// ```
#[derive(Debug, Default)]
pub struct RateWindows {
    times: HashMap<String, VecDeque<u64>>,
    own: HashMap<(String, &'static str), VecDeque<u64>>,
}

/// Drops the times that left a window of `window_ms`; true when `limit` times remain.
fn full(times: &mut VecDeque<u64>, now_ms: u64, window_ms: u64, limit: u32) -> bool {
    while times.front().is_some_and(|t| t + window_ms <= now_ms) {
        times.pop_front();
    }
    times.len() >= limit as usize
}

impl RateWindows {
    /// Counts a request at `now_ms` if the minute, hour and (when given) operation windows
    /// all have room; a refused request is not counted.
    pub fn admit(
        &mut self,
        token: &str,
        now_ms: u64,
        per_minute: u32,
        per_hour: u32,
        own: Option<OwnLimit>,
    ) -> RateVerdict {
        let times = self.times.entry(token.to_string()).or_default();
        let hour_full = full(times, now_ms, HOUR_MS, per_hour);
        let in_minute = times
            .iter()
            .rev()
            .take_while(|t| **t + MINUTE_MS > now_ms)
            .count();
        let minute_full = in_minute >= per_minute as usize;
        let mut allowed = !minute_full && !hour_full;
        let mut wait_ms = if hour_full {
            times.front().map_or(0, |t| t + HOUR_MS - now_ms)
        } else if minute_full {
            times
                .get(times.len() - in_minute)
                .map_or(0, |t| t + MINUTE_MS - now_ms)
        } else {
            0
        };
        if let Some(own) = own {
            let own_times = self
                .own
                .entry((token.to_string(), own.operation))
                .or_default();
            if full(own_times, now_ms, own.window_ms, own.limit) {
                allowed = false;
                let own_wait = own_times.front().map_or(0, |t| t + own.window_ms - now_ms);
                wait_ms = wait_ms.max(own_wait);
            } else if allowed {
                own_times.push_back(now_ms);
            }
        }
        if allowed {
            times.push_back(now_ms);
        }
        let reset_ms = times.front().map_or(now_ms, |t| t + HOUR_MS);
        RateVerdict {
            allowed,
            limit: per_hour,
            remaining: per_hour.saturating_sub(times.len() as u32),
            reset_epoch_s: reset_ms.div_ceil(1000),
            retry_after_s: wait_ms.div_ceil(1000).max(u64::from(!allowed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{OwnLimit, RateWindows};

    #[test]
    fn an_operation_window_counts_apart() {
        let mut w = RateWindows::default();
        let keys = Some(OwnLimit {
            operation: "sshKeys_list",
            limit: 2,
            window_ms: 60_000,
        });
        assert!(w.admit("a", 0, 100, 100, keys).allowed);
        assert!(w.admit("a", 1_000, 100, 100, keys).allowed);
        let refused = w.admit("a", 2_000, 100, 100, keys);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_s, 58);
        assert_eq!(refused.remaining, 98, "refused requests are not counted");
        assert!(
            w.admit("a", 2_000, 100, 100, None).allowed,
            "other operations go on"
        );
        assert!(
            w.admit("a", 60_000, 100, 100, keys).allowed,
            "the window slid"
        );
        let minute_full = w.admit("b", 0, 0, 100, keys);
        assert!(!minute_full.allowed);
        assert!(
            w.admit("b", 0, 100, 100, keys).allowed,
            "the refusal did not use the operation window"
        );
        assert!(w.admit("b", 0, 100, 100, keys).allowed);
    }

    #[test]
    fn minute_window_slides() {
        let mut w = RateWindows::default();
        for i in 0..3 {
            assert!(w.admit("a", i * 1000, 3, 100, None).allowed);
        }
        let refused = w.admit("a", 5_000, 3, 100, None);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_s, 55);
        assert_eq!(refused.remaining, 97);
        assert!(
            w.admit("a", 60_000, 3, 100, None).allowed,
            "the first request left the window"
        );
        assert!(
            w.admit("b", 5_000, 3, 100, None).allowed,
            "tokens are counted apart"
        );
    }

    #[test]
    fn hour_window_limits() {
        let mut w = RateWindows::default();
        assert!(w.admit("a", 0, 10, 2, None).allowed);
        assert!(w.admit("a", 120_000, 10, 2, None).allowed);
        let refused = w.admit("a", 180_000, 10, 2, None);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_s, 3_420);
        assert_eq!(refused.reset_epoch_s, 3_600);
        assert!(w.admit("a", 3_600_000, 10, 2, None).allowed);
    }
}
