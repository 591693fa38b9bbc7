//! # digitalocean-wasm
//!
//! A DigitalOcean API v2 client written in Rust and compiled to WebAssembly: every
//! operation is a JS `Promise`, long-running actions are awaited on timers.
//!
//! ## Map of the layers (data flows top to bottom and back)
//!
//! | layer | module | what lives there |
//! |---|---|---|
//! | JS surface | [`js`] | the one `#[wasm_bindgen]` class `DigitalOceanCore` with the dispatcher `dispatch(name, rows, args)` (the facade passes each call its method's catalogue rows), options parsing, JS <-> [`core::Value`], error objects |
//! | endpoint catalogue | [`catalogue`] | one row of static data per (JS method, variant): operationId, HTTP method, path template, argument placement, reply kind, plan |
//! | sans-IO core | [`core`] | argument validation, templating, query building, request preparation, reply classification, pagination, rate limits, retry, the action tracker, errors, trace events. No JS, no clock, no randomness |
//! | I/O edge | [`edge`] | the only code that touches JS: the global `fetch` (a direct binding with `catch`), timers (gloo-timers), `AbortSignal`, the driver loop and the poller |
//! | (beside the layers) | [`alloc`] | the wasm build's global allocator: power-of-two size classes and whole pages over `memory.grow` |
//!
//! The generated catalogue rows and TypeScript declarations (`pkg-template/generated/`) are
//! written from the hand table and `operations.tsv` by `tests/catalogue_sync.rs`; the Rust
//! catalogue reads the generated rows back from `generated/methods.js` at compile time.

pub mod alloc;
pub mod catalogue;
pub mod core;
pub mod edge;
pub mod js;

/// The wasm build's global allocator ([`alloc::Allocator`]): about 1.6 KB of code where
/// std's dlmalloc takes about 8 KB.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator::new();
