//! Counters shown by `GET /meta/statistics`.

use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// Request and action counters since the last reset (only `/v2` requests are counted).
///
/// ```
/// let mut s = do_sim::store::stats::Stats::default();
/// s.count_request(Some("droplets_list"), 200);
/// assert_eq!(s.requests_total, 1);
/// ```
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Every `/v2` request answered.
    pub requests_total: u64,
    /// Requests per operationId.
    pub by_route: BTreeMap<String, u64>,
    /// Requests per status code.
    pub by_status: BTreeMap<u16, u64>,
    /// Actions started.
    pub actions_started: u64,
    /// Actions that ended `completed`.
    pub actions_completed: u64,
    /// Actions that ended `errored`.
    pub actions_errored: u64,
    /// Requests refused with 429 by the rate limiter or the 429 fault.
    pub rate_limited: u64,
}

impl Stats {
    /// Counts one answered request.
    pub fn count_request(&mut self, operation_id: Option<&str>, status: u16) {
        self.requests_total += 1;
        if let Some(id) = operation_id {
            *self.by_route.entry(id.to_string()).or_default() += 1;
        }
        *self.by_status.entry(status).or_default() += 1;
    }

    /// The `/meta/statistics` body.
    ///
    /// ```
    /// let body = do_sim::store::stats::Stats::default().to_json(2);
    /// assert_eq!(body["active_droplets"], 2);
    /// assert_eq!(body["requests"]["total"], 0);
    /// ```
    pub fn to_json(&self, active_droplets: usize) -> Value {
        let by_status: Map<String, Value> = self
            .by_status
            .iter()
            .map(|(code, n)| (code.to_string(), Value::from(*n)))
            .collect();
        json!({
            "requests": {"total": self.requests_total, "by_route": self.by_route, "by_status": by_status},
            "actions": {
                "started": self.actions_started,
                "completed": self.actions_completed,
                "errored": self.actions_errored,
            },
            "rate_limited": self.rate_limited,
            "active_droplets": active_droplets,
        })
    }
}
