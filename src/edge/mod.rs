//! The I/O edge: the only code that touches JS besides [`crate::js`]. It sends what the core
//! prepares (the global `fetch`, or the user's), waits on gloo-timers, honours `AbortSignal`s,
//! drives each call's plan, and polls open actions.
//!
//! Rules: every JS import that can throw is bound with `catch` (or read through `Reflect`);
//! nothing `unwrap`s outside data; each exported call is ONE future of ONE type
//! ([`driver::start`]), and every sleep and fetch step is one non-generic wait
//! ([`scope::CallScope::wait_js`]).
//!
//! | file | job |
//! |---|---|
//! | [`js`] | raw bindings of `fetch`, `Date.now`, `Math.random`, `console.debug`, `JSON.parse`, `Array.isArray`, `Object.keys` (all `catch`) |
//! | [`timer`] | `sleep(ms)` of any length (re-armed beyond 2^31-1 ms), `race` |
//! | [`scope`] | one call's signals and timeout merged into one internal `AbortController`; `wait_js` |
//! | [`fetch`] | one HTTP exchange: `Prepared` -> status, headers, `JSON.parse`d body, within the attempt's time limit |
//! | [`facts`] | body -> the core's `BodyFacts` without converting the whole body |
//! | [`exchange`] | one request with rate-limit send slots, classification, retries, tracing |
//! | [`trace`] | trace events to `console.debug` or the user's function |
//! | [`driver`] | one future per call; the plans (single, all pages, find by name, tag fan-out, create-then-reread, wait) as a synchronous state machine |
//! | [`poller`] | the action tracker on timers: one request per tick; failing polls end their waits |
//! | [`client`] | the state one client owns |

pub mod client;
pub mod driver;
pub mod exchange;
pub mod facts;
pub mod fetch;
pub mod js;
pub mod poller;
pub mod scope;
pub mod timer;
pub mod trace;
