//! Fault-injection knobs: set by flags at start-up and by `PUT /meta/faults` at run time.

use crate::config::parse_num;
use crate::ops::Registry;
use serde::Serialize;
use serde_json::Value;

/// Fault-injection knobs (all probabilities are 0–1). Empty `routes` means every operation.
///
/// ```
/// let f = do_sim::config::Faults::default();
/// assert_eq!(f.rate_5xx, 0.0);
/// assert!(f.routes.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Faults {
    /// Probability of answering 429 `too_many_requests` without touching state.
    pub rate_429: f64,
    /// Probability of answering 500 `server_error` or 503 `service_unavailable`.
    pub rate_5xx: f64,
    /// Probability of delaying the reply by `slow_ms`.
    pub slow_rate: f64,
    /// Delay of a slow reply, in milliseconds.
    pub slow_ms: u64,
    /// Probability of dropping the connection instead of replying.
    pub drop_rate: f64,
    /// Probability of a truncated (malformed) JSON body after the request was handled.
    pub malformed_rate: f64,
    /// Probability that a started action ends `errored` instead of `completed`.
    pub errored_actions: f64,
    /// operationIds the faults apply to; empty = all.
    pub routes: Vec<String>,
}

impl Faults {
    /// Applies the fields present in a `PUT /meta/faults` body; omitted fields keep their value.
    ///
    /// ```
    /// let mut f = do_sim::config::Faults::default();
    /// f.merge(&serde_json::json!({"rate_5xx": 0.5, "routes": ["droplets_list"]})).unwrap();
    /// assert_eq!(f.rate_5xx, 0.5);
    /// assert_eq!(f.routes, vec!["droplets_list".to_string()]);
    /// ```
    pub fn merge(&mut self, body: &Value) -> Result<(), String> {
        let obj = body
            .as_object()
            .ok_or("the faults body must be a JSON object")?;
        for (key, value) in obj {
            match key.as_str() {
                "routes" => self.routes = string_list(value)?,
                "slow_ms" => {
                    self.slow_ms = value
                        .as_u64()
                        .ok_or("slow_ms must be a non-negative integer")?
                }
                name => {
                    let slot = self
                        .rate_mut(name)
                        .ok_or_else(|| format!("unknown fault knob {name}"))?;
                    *slot = probability(name, value)?;
                }
            }
        }
        Ok(())
    }

    /// Sets one knob from its textual flag value (`--rate-5xx 0.2`).
    pub(crate) fn set_text(&mut self, name: &str, text: &str) -> Result<(), String> {
        match name {
            "routes" => {
                self.routes = text
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            }
            "slow_ms" => self.slow_ms = parse_num(name, text)?,
            _ => {
                let value: f64 = parse_num(name, text)?;
                let slot = self
                    .rate_mut(name)
                    .ok_or_else(|| format!("unknown fault knob {name}"))?;
                *slot = probability(name, &Value::from(value))?;
            }
        }
        Ok(())
    }

    fn rate_mut(&mut self, name: &str) -> Option<&mut f64> {
        Some(match name {
            "rate_429" => &mut self.rate_429,
            "rate_5xx" => &mut self.rate_5xx,
            "slow_rate" => &mut self.slow_rate,
            "drop_rate" => &mut self.drop_rate,
            "malformed_rate" => &mut self.malformed_rate,
            "errored_actions" => &mut self.errored_actions,
            _ => return None,
        })
    }

    /// Checks that every entry of `routes` is an operationId the simulator serves (a typo
    /// would otherwise silently switch every fault off).
    ///
    /// ```
    /// let registry = do_sim::ops::Registry::new(do_sim::CHAPTERS);
    /// let mut f = do_sim::config::Faults::default();
    /// f.routes = vec!["droplets_list".into()];
    /// assert!(f.check_routes(&registry).is_ok());
    /// f.routes.push("droplets_lst".into());
    /// assert!(f.check_routes(&registry).unwrap_err().contains("droplets_lst"));
    /// ```
    pub fn check_routes(&self, registry: &Registry) -> Result<(), String> {
        match self
            .routes
            .iter()
            .find(|r| !registry.operation_ids().contains(&r.as_str()))
        {
            Some(unknown) => Err(format!(
                "routes: {unknown} is not an operationId served here (see /meta/capabilities)"
            )),
            None => Ok(()),
        }
    }

    /// True when the faults apply to `operation_id`.
    ///
    /// ```
    /// let mut f = do_sim::config::Faults::default();
    /// assert!(f.applies_to("droplets_get"));
    /// f.routes = vec!["droplets_list".into()];
    /// assert!(!f.applies_to("droplets_get"));
    /// ```
    pub fn applies_to(&self, operation_id: &str) -> bool {
        self.routes.is_empty() || self.routes.iter().any(|r| r == operation_id)
    }
}

fn probability(name: &str, value: &Value) -> Result<f64, String> {
    match value.as_f64() {
        Some(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{name} must be a number between 0 and 1")),
    }
}

fn string_list(value: &Value) -> Result<Vec<String>, String> {
    let items = value
        .as_array()
        .ok_or("routes must be an array of operationIds")?;
    items
        .iter()
        .map(|v| {
            v.as_str()
                .map(String::from)
                .ok_or_else(|| "routes must hold strings".to_string())
        })
        .collect()
}
