//! The sans-IO core: plain Rust, tested natively. No `wasm_bindgen`, `js_sys` or `web_sys`,
//! no clock (time comes in as `now_ms: f64`, Unix milliseconds), no randomness (jitter comes
//! in as a number in `[0, 1]`).
//!
//! What the edge relies on:
//!
//! | step | items |
//! |---|---|
//! | JS arguments | [`Value`] (JSON-shaped; `undefined` -> `Null`), [`catalogue::is_call_options`](crate::catalogue::is_call_options) splits off the per-call options |
//! | first request | [`prepare()`] -> [`Call`] {`op`, `plan`, `request`: [`Prepared`], `bound`}; [`prepare_raw`] for `request()` |
//! | one attempt | send `Prepared` (url, method, headers incl. `Authorization`, body); read [`HeaderFacts`] and [`BodyFacts`]; [`classify()`] / [`classify_network`] -> [`Outcome`]; [`RateLimiter::observe`] every reply; [`TraceEvent`] per attempt |
//! | waits | [`RateLimiter::delay_before_next`] before each send; [`RetryPolicy`] for back-off |
//! | plans | [`pages::next_page`] (AllPages, FindByName, TagFanOut listing), [`plan::pick`] / [`plan::not_found`] (FindByName), [`plan::fan_out`] (TagFanOut), [`plan::reread`] (CreateReread) |
//! | actions | [`ActionTracker`]: `track`, `next_wakeup`, `poll_request` -> [`PollRequest`] -> [`plan::poll`], `handle_list` / `handle_single` / `handle_failure`, `take_events` -> [`ActionEvent`]s |
//! | errors | [`Error`] {kind, status, id, message, request_id, method, path, attempts} |
//!
//! ```
//! use digitalocean_wasm::core::{prepare, Config, Value};
//! let cfg = Config::new(Some("http://127.0.0.1:1"), Some("dop_v1_demo".into())).unwrap();
//! let call = prepare(&cfg, "droplet", &[Value::obj([("id", Value::Num(3.0))])]).unwrap();
//! assert_eq!(call.request.url, "http://127.0.0.1:1/v2/droplets/3");
//! ```

pub mod actions;
pub mod args;
pub mod classify;
pub mod error;
pub mod facts;
pub mod number;
pub mod pages;
pub mod path;
pub mod plan;
pub mod prepare;
pub mod query;
pub mod rate_limit;
pub mod raw;
pub mod retry;
pub mod trace;
pub mod value;

pub use self::actions::{ActionEvent, ActionTracker, PollRequest};
pub use self::classify::{classify, classify_network, Attempt, Outcome};
pub use self::error::{Error, ErrorFields, ErrorKind};
pub use self::facts::{ActionFact, ActionStatus, BodyFacts, HeaderFacts, ItemFact};
pub use self::prepare::{prepare, prepare_rows, Call, Config, Prepared};
pub use self::rate_limit::{RateLimitInfo, RateLimiter};
pub use self::raw::prepare_raw;
pub use self::retry::{Cause, RetryPolicy};
pub use self::trace::TraceEvent;
pub use self::value::Value;
