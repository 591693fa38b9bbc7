//! Per-token rate limits on `/v2` (sliding minute and hour windows): `ratelimit-*` headers
//! on every reply, 429 `too_many_requests` with `retry-after` past the limit, before any
//! state changes. `/meta` is never limited. Operations with their own, stricter limit
//! ([`OWN_LIMITS`]) are also counted in a window of their own.

use super::{is_api_path, operation_of};
use crate::error::ApiError;
use crate::extract::bearer_token;
use crate::state::SharedState;
use crate::store::rate::{OwnLimit, RateVerdict};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Operations DigitalOcean limits more strictly (NOTES.md §3): `GET /v2/account/keys`
/// allows 10 requests per 60 s. (The CDN endpoints' 5 per 10 s are not simulated.)
pub const OWN_LIMITS: &[OwnLimit] = &[OwnLimit {
    operation: "sshKeys_list",
    limit: 10,
    window_ms: 60_000,
}];

/// Admits or refuses the request and adds the rate-limit headers.
pub async fn rate_limit(State(state): State<SharedState>, req: Request, next: Next) -> Response {
    if !is_api_path(req.uri().path()) {
        return next.run(req).await;
    }
    let Some(token) = bearer_token(req.headers()).map(String::from) else {
        return next.run(req).await;
    };
    let verdict = {
        let mut store = state.store();
        let now = store.now_ms;
        let own = operation_of(&state, &req)
            .and_then(|op| OWN_LIMITS.iter().find(|limit| limit.operation == op))
            .copied();
        let (per_minute, per_hour) = (state.config.per_minute, state.config.per_hour);
        let verdict = store.rate.admit(&token, now, per_minute, per_hour, own);
        if !verdict.allowed {
            store.stats.rate_limited += 1;
        }
        verdict
    };
    let mut reply = if verdict.allowed {
        next.run(req).await
    } else {
        let mut refused = ApiError::too_many_requests().into_response();
        set(refused.headers_mut(), "retry-after", verdict.retry_after_s);
        refused
    };
    add_headers(reply.headers_mut(), &verdict);
    reply
}

/// Writes `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset`.
fn add_headers(headers: &mut HeaderMap, verdict: &RateVerdict) {
    set(headers, "ratelimit-limit", u64::from(verdict.limit));
    set(headers, "ratelimit-remaining", u64::from(verdict.remaining));
    set(headers, "ratelimit-reset", verdict.reset_epoch_s);
}

fn set(headers: &mut HeaderMap, name: &'static str, value: u64) {
    headers.insert(name, HeaderValue::from(value));
}
