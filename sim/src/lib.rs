//! `do-sim`: a stateful local DigitalOcean API v2 simulator.
//!
//! Run it with `cargo run -p do-sim -- --listen 127.0.0.1:0 --action-ms 50 --any-token`;
//! it prints its base URL as the first stdout line. Tests build the same server without a
//! socket through [`app`].
//!
//! # Map
//! - [`config`]: flags and `DO_SIM_*` variables; [`faults`]: the fault-injection knobs. [`state`]: shared state, clock, the one
//!   `Mutex<Store>`. [`store`]: data and transitions per chapter; actions finish lazily and
//!   run their effect closures. [`ops`]: the operation registry.
//! - [`routes`]: one file per chapter, handlers named by operationId; [`routes::meta`]: `/meta/*`.
//! - [`layers`]: log, CORS, path normalisation, request id, statistics, auth, rate limit, faults.
//! - [`error`], [`extract`], [`pages`]: DigitalOcean's error body, extractors, pagination.
//!
//! # Adding a chapter (the pattern every chapter follows)
//! 1. `store/<chapter>.rs`: a struct with the chapter's data (a field of [`store::Store`]) and
//!    `impl Store { fn <thing>_json(..) }` helpers. Cross-chapter changes that happen when an
//!    action completes go through [`store::Store::start_action`] with an effect closure.
//! 2. `routes/<chapter>.rs`: `pub const OPERATIONS: &[Operation]` (operationId, method and
//!    spec path, verbatim from `operations.tsv`), `pub const CHAPTER: Chapter`, and
//!    `pub fn router()` built with [`ops::ChapterRouter::handle`]`("<operationId>", handler)`:
//!    method and path come from the row, so statistics (`by_route`), fault `routes` and
//!    `/meta/capabilities` all know the operation without further code.
//! 3. Add `routes::<chapter>::CHAPTER` to [`CHAPTERS`].
//!
//! Handlers take `State<SharedState>`, lock with `state.store()` (which first completes due
//! actions), return `Result<_, ApiError>`, read bodies with [`extract::DoJson`], lists with
//! [`extract::ListQuery`] + [`pages::paginate`].

#![warn(missing_docs)]

pub mod config;
pub mod error;
pub mod extract;
pub mod faults;
pub mod layers;
pub mod ops;
pub mod pages;
pub mod rng;
pub mod routes;
pub mod state;
pub mod static_files;
pub mod store;
pub mod time;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;

pub use config::Config;
pub use state::{AppState, SharedState};

/// Every chapter served, in `/meta/capabilities` order.
pub const CHAPTERS: &[ops::Chapter] = &[
    routes::account::CHAPTER,
    routes::actions::CHAPTER,
    routes::droplets::CHAPTER,
    routes::droplet_actions::CHAPTER,
    routes::images::CHAPTER,
    routes::image_actions::CHAPTER,
    routes::regions::CHAPTER,
    routes::sizes::CHAPTER,
    routes::domains::CHAPTER,
    routes::records::CHAPTER,
    routes::keys::CHAPTER,
    routes::tags::CHAPTER,
    routes::volumes::CHAPTER,
    routes::snapshots::CHAPTER,
];

/// The whole simulator as a router, and its state (tests use the state to advance the clock).
///
/// ```
/// let (router, state) = do_sim::app(do_sim::Config::default());
/// assert_eq!(state.config.action_ms, 3000);
/// # let _ = router;
/// ```
pub fn app(config: Config) -> (Router, SharedState) {
    let state = AppState::new(config);
    let mut routed: Router<SharedState> = Router::new().merge(routes::meta::router());
    for chapter in CHAPTERS {
        routed = routed.merge((chapter.router)());
    }
    let routed = routed
        .fallback(static_files::fallback)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .layer(from_fn_with_state(state.clone(), layers::faults::faults))
        .layer(from_fn_with_state(
            state.clone(),
            layers::rate_limit::rate_limit,
        ))
        .layer(from_fn_with_state(state.clone(), layers::auth::auth))
        .layer(from_fn_with_state(state.clone(), layers::stats::stats))
        .layer(from_fn(layers::request_id::request_id))
        .with_state(state.clone());
    let router = Router::new()
        .fallback_service(routed)
        .layer(from_fn_with_state(
            state.clone(),
            layers::normalize::normalize,
        ))
        .layer(from_fn(layers::cors::cors))
        .layer(from_fn_with_state(state.clone(), layers::log::log));
    (router, state)
}
