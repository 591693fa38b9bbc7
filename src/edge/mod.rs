//! The I/O edge: the only code that touches JS besides [`crate::js`]. It sends what the core
//! prepares (gloo-net, or the user's `fetch`), waits on gloo-timers, honours `AbortSignal`s,
//! drives each call's plan, and polls open actions.
//!
//! | file | job |
//! |---|---|
//! | [`js`] | raw bindings of `Date.now`, `Math.random`, `console.debug` (all `catch`) |
//! | [`timer`] | `sleep(ms)` clamped to `u32`, `race` |
//! | [`scope`] | one call's signals and timeout merged into one internal `AbortController` |
//! | [`fetch`] | one HTTP exchange: `Prepared` -> status, headers, `JSON.parse`d body |
//! | [`facts`] | body -> the core's `BodyFacts` without converting the whole body |
//! | [`exchange`] | one request with rate-limit spacing, classification, retries, tracing |
//! | [`trace`] | trace events to `console.debug` or the user's function |
//! | [`driver`] | the plans: single, all pages, find by name, tag fan-out, create-then-reread |
//! | [`poller`] | the action tracker on timers: one request per tick |
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
