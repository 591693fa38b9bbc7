//! The operation registry: every route is a row `(operationId, method, spec path)`.
//!
//! Each chapter (`routes/<chapter>.rs`) declares `pub const OPERATIONS: &[Operation]` and a
//! `pub const CHAPTER: Chapter`; its `router()` attaches one handler per row with
//! [`ChapterRouter::handle`], which takes the method and path from the row, so a route
//! can never disagree with its declared operation. The lookup `(method, matched path) ->
//! operationId` used by statistics and fault injection is built from the same rows.

use crate::state::SharedState;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{on, MethodFilter};
use axum::Router;
use std::collections::HashMap;

/// HTTP methods used by the spec's operations (a `Copy` stand-in for `http::Method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

impl Verb {
    /// The axum method filter of this verb.
    ///
    /// ```
    /// use do_sim::ops::Verb;
    /// assert_eq!(Verb::Get.filter(), axum::routing::MethodFilter::GET);
    /// ```
    pub fn filter(self) -> MethodFilter {
        match self {
            Verb::Get => MethodFilter::GET,
            Verb::Post => MethodFilter::POST,
            Verb::Put => MethodFilter::PUT,
            Verb::Patch => MethodFilter::PATCH,
            Verb::Delete => MethodFilter::DELETE,
        }
    }

    /// The verb of an HTTP method (`None` for HEAD, OPTIONS, …).
    ///
    /// ```
    /// use do_sim::ops::Verb;
    /// assert_eq!(Verb::of(&axum::http::Method::PATCH), Some(Verb::Patch));
    /// ```
    pub fn of(method: &Method) -> Option<Verb> {
        Some(match *method {
            Method::GET => Verb::Get,
            Method::POST => Verb::Post,
            Method::PUT => Verb::Put,
            Method::PATCH => Verb::Patch,
            Method::DELETE => Verb::Delete,
            _ => return None,
        })
    }
}

/// One operation of the OpenAPI description served by the simulator.
///
/// ```
/// use do_sim::ops::{Operation, Verb};
/// const OP: Operation = Operation::new("droplets_get", Verb::Get, "/v2/droplets/{droplet_id}");
/// assert_eq!(OP.id, "droplets_get");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The spec's operationId, verbatim.
    pub id: &'static str,
    /// HTTP method.
    pub method: Verb,
    /// The spec path, `{param}` placeholders included (axum uses the same syntax).
    pub path: &'static str,
}

impl Operation {
    /// A row (usable in `const` tables).
    ///
    /// ```
    /// let _ = do_sim::ops::Operation::new("account_get", do_sim::ops::Verb::Get, "/v2/account");
    /// ```
    pub const fn new(id: &'static str, method: Verb, path: &'static str) -> Self {
        Self { id, method, path }
    }
}

/// How completely a chapter is simulated (reported by `/meta/capabilities`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    /// Every operation of the spec's tag is served.
    Complete,
    /// Some operations of the tag are served.
    Partial,
}

impl Support {
    /// `"complete"` or `"partial"`.
    ///
    /// ```
    /// assert_eq!(do_sim::ops::Support::Partial.as_str(), "partial");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Support::Complete => "complete",
            Support::Partial => "partial",
        }
    }
}

/// A chapter: a name, its support level, its operations and its router.
#[derive(Debug, Clone, Copy)]
pub struct Chapter {
    /// Name used in `/meta/capabilities` (`chapter_<name>`).
    pub name: &'static str,
    /// How complete the chapter is.
    pub support: Support,
    /// The operations served.
    pub operations: &'static [Operation],
    /// Builds the chapter's routes.
    pub router: fn() -> Router<SharedState>,
}

/// Builds a chapter's router from its operation rows.
///
/// ```
/// use do_sim::ops::{ChapterRouter, Operation, Verb};
/// const OPS: &[Operation] = &[Operation::new("ping_get", Verb::Get, "/v2/ping")];
/// async fn ping_get() -> &'static str { "pong" }
/// let _router = ChapterRouter::new(OPS).handle("ping_get", ping_get).finish();
/// ```
pub struct ChapterRouter {
    operations: &'static [Operation],
    handled: Vec<&'static str>,
    router: Router<SharedState>,
}

impl ChapterRouter {
    /// Starts a router for these rows.
    pub fn new(operations: &'static [Operation]) -> Self {
        Self {
            operations,
            handled: Vec::new(),
            router: Router::new(),
        }
    }

    /// Routes the row `operation_id` (method and path from the row) to `handler`.
    ///
    /// Panics when the id is not one of the rows: that is a programming error caught by
    /// every test that builds the app.
    pub fn handle<H, T>(mut self, operation_id: &'static str, handler: H) -> Self
    where
        H: Handler<T, SharedState>,
        T: 'static,
    {
        let Some(op) = self.operations.iter().find(|op| op.id == operation_id) else {
            panic!("operation {operation_id} is not declared in its chapter's OPERATIONS");
        };
        self.handled.push(op.id);
        self.router = self.router.route(op.path, on(op.method.filter(), handler));
        self
    }

    /// The finished router. Panics when a declared row has no handler (programming error).
    pub fn finish(self) -> Router<SharedState> {
        if let Some(missing) = self
            .operations
            .iter()
            .find(|op| !self.handled.contains(&op.id))
        {
            panic!("operation {} is declared but has no handler", missing.id);
        }
        self.router
    }
}

/// Lookup from `(verb, spec path)` to operationId, built from every chapter.
///
/// ```
/// use do_sim::ops::{Registry, Verb};
/// let registry = Registry::new(do_sim::CHAPTERS);
/// assert_eq!(registry.find(Verb::Get, "/v2/droplets/{droplet_id}"), Some("droplets_get"));
/// assert!(registry.operation_ids().contains(&"droplets_create"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    by_path: HashMap<&'static str, Vec<(Verb, &'static str)>>,
    ids: Vec<&'static str>,
    top_segments: Vec<&'static str>,
}

impl Registry {
    /// Collects the rows of `chapters`.
    pub fn new(chapters: &[Chapter]) -> Self {
        let mut registry = Registry::default();
        for op in chapters.iter().flat_map(|c| c.operations) {
            registry
                .by_path
                .entry(op.path)
                .or_default()
                .push((op.method, op.id));
            registry.ids.push(op.id);
            let top = op
                .path
                .trim_start_matches("/v2/")
                .split('/')
                .next()
                .unwrap_or("");
            if !top.is_empty() && !registry.top_segments.contains(&top) {
                registry.top_segments.push(top);
            }
        }
        registry.ids.sort_unstable();
        registry
    }

    /// The operationId served at `(verb, spec path)`.
    pub fn find(&self, verb: Verb, path: &str) -> Option<&'static str> {
        self.by_path
            .get(path)?
            .iter()
            .find_map(|(v, id)| (*v == verb).then_some(*id))
    }

    /// Every operationId served, sorted.
    pub fn operation_ids(&self) -> &[&'static str] {
        &self.ids
    }

    /// True when `segment` is the first segment after `/v2/` of some route (`droplets`…).
    ///
    /// ```
    /// let registry = do_sim::ops::Registry::new(do_sim::CHAPTERS);
    /// assert!(registry.is_api_segment("droplets"));
    /// assert!(!registry.is_api_segment("index.html"));
    /// ```
    pub fn is_api_segment(&self, segment: &str) -> bool {
        self.top_segments.contains(&segment)
    }
}
