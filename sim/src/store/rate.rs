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

/// Request times per token (the key is the token itself, kept in memory only).
///
/// ```
/// let mut w = do_sim::store::rate::RateWindows::default();
/// assert!(w.admit("t", 0, 1, 10).allowed);
/// let refused = w.admit("t", 10, 1, 10);
/// assert!(!refused.allowed);
/// assert_eq!(refused.retry_after_s, 60);
/// ```
#[derive(Debug, Default)]
pub struct RateWindows {
    times: HashMap<String, VecDeque<u64>>,
}

impl RateWindows {
    /// Counts a request at `now_ms` if both windows have room.
    pub fn admit(
        &mut self,
        token: &str,
        now_ms: u64,
        per_minute: u32,
        per_hour: u32,
    ) -> RateVerdict {
        let times = self.times.entry(token.to_string()).or_default();
        while times.front().is_some_and(|t| t + HOUR_MS <= now_ms) {
            times.pop_front();
        }
        let in_minute = times
            .iter()
            .rev()
            .take_while(|t| **t + MINUTE_MS > now_ms)
            .count();
        let minute_full = in_minute >= per_minute as usize;
        let hour_full = times.len() >= per_hour as usize;
        let allowed = !minute_full && !hour_full;
        if allowed {
            times.push_back(now_ms);
        }
        let retry_after_ms = if hour_full {
            times.front().map_or(0, |t| t + HOUR_MS - now_ms)
        } else if minute_full {
            times
                .get(times.len() - in_minute)
                .map_or(0, |t| t + MINUTE_MS - now_ms)
        } else {
            0
        };
        let reset_ms = times.front().map_or(now_ms, |t| t + HOUR_MS);
        RateVerdict {
            allowed,
            limit: per_hour,
            remaining: per_hour.saturating_sub(times.len() as u32),
            reset_epoch_s: reset_ms.div_ceil(1000),
            retry_after_s: retry_after_ms.div_ceil(1000).max(u64::from(!allowed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RateWindows;

    #[test]
    fn minute_window_slides() {
        let mut w = RateWindows::default();
        for i in 0..3 {
            assert!(w.admit("a", i * 1000, 3, 100).allowed);
        }
        let refused = w.admit("a", 5_000, 3, 100);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_s, 55);
        assert_eq!(refused.remaining, 97);
        assert!(
            w.admit("a", 60_000, 3, 100).allowed,
            "the first request left the window"
        );
        assert!(
            w.admit("b", 5_000, 3, 100).allowed,
            "tokens are counted apart"
        );
    }

    #[test]
    fn hour_window_limits() {
        let mut w = RateWindows::default();
        assert!(w.admit("a", 0, 10, 2).allowed);
        assert!(w.admit("a", 120_000, 10, 2).allowed);
        let refused = w.admit("a", 180_000, 10, 2);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_s, 3_420);
        assert_eq!(refused.reset_epoch_s, 3_600);
        assert!(w.admit("a", 3_600_000, 10, 2).allowed);
    }
}
