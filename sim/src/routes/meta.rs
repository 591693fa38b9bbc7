//! The meta interface for tests (bearer auth as `/v2`, never rate limited), in the wire
//! format Net::Async::DigitalOcean's meta methods use.

use crate::error::ApiError;
use crate::extract::DoJson;
use crate::state::SharedState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};

/// The `/meta/*` routes.
pub fn router() -> Router<SharedState> {
    Router::new()
        .route("/meta/reset", post(meta_reset))
        .route("/meta/ping", get(meta_ping).post(meta_ping))
        .route("/meta/redirect", get(meta_redirect).post(meta_redirect))
        .route(
            "/meta/account",
            post(meta_account).put(meta_account).get(meta_account_get),
        )
        .route("/meta/statistics", get(meta_statistics))
        .route("/meta/capabilities", get(meta_capabilities))
        .route(
            "/meta/faults",
            get(meta_faults_get).put(meta_faults).post(meta_faults),
        )
}

/// `POST /meta/reset` → 204; everything back to the seeded state.
pub async fn meta_reset(State(state): State<SharedState>) -> StatusCode {
    state.reset();
    StatusCode::NO_CONTENT
}

/// `POST|GET /meta/ping` → `{"pong": true, "pings": n}` (pings since the last reset).
pub async fn meta_ping(State(state): State<SharedState>) -> Json<Value> {
    let mut store = state.store();
    store.pings += 1;
    Json(json!({"pong": true, "pings": store.pings}))
}

/// `GET|POST /meta/redirect` → 307 to `/meta/ping` (the method kept): the API itself never
/// redirects, so a client that follows this one would send its token to another URL; tests
/// check it refuses (and that `/meta/ping` was not reached).
pub async fn meta_redirect() -> impl IntoResponse {
    (
        StatusCode::TEMPORARY_REDIRECT,
        [(header::LOCATION, "/meta/ping")],
    )
}

/// `POST|PUT /meta/account` → `{"account": …}` after merging the body's fields.
pub async fn meta_account(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    let mut store = state.store();
    store
        .account
        .merge(&body)
        .map_err(ApiError::unprocessable)?;
    Ok(Json(json!({"account": store.account.to_json()})))
}

/// `GET /meta/account` → `{"account": …}`.
pub async fn meta_account_get(State(state): State<SharedState>) -> Json<Value> {
    Json(json!({"account": state.store().account.to_json()}))
}

/// `GET /meta/statistics` → requests, actions, rate_limited, active_droplets.
pub async fn meta_statistics(State(state): State<SharedState>) -> Json<Value> {
    let store = state.store();
    Json(store.stats.to_json(store.droplets.len()))
}

/// `GET /meta/capabilities` → chapters, operations, and `chapter_<name>: {support}`.
pub async fn meta_capabilities(State(state): State<SharedState>) -> Json<Value> {
    let mut body = Map::new();
    let served: Vec<_> = crate::CHAPTERS
        .iter()
        .filter(|c| !c.operations.is_empty())
        .collect();
    body.insert(
        "chapters".into(),
        served.iter().map(|c| Value::from(c.name)).collect(),
    );
    body.insert(
        "operations".into(),
        Value::from(state.registry.operation_ids().to_vec()),
    );
    for chapter in served {
        body.insert(
            format!("chapter_{}", chapter.name),
            json!({"support": chapter.support.as_str()}),
        );
    }
    Json(Value::Object(body))
}

/// `PUT|POST /meta/faults` → `{"faults": {every knob}}`; omitted fields keep their value;
/// 422 (nothing changed) for a bad value or a `routes` entry that is not a served operationId.
pub async fn meta_faults(
    State(state): State<SharedState>,
    DoJson(body): DoJson,
) -> Result<Json<Value>, ApiError> {
    let mut store = state.store();
    let mut knobs = store.faults.clone();
    knobs.merge(&body).map_err(ApiError::unprocessable)?;
    knobs
        .check_routes(&state.registry)
        .map_err(ApiError::unprocessable)?;
    store.faults = knobs;
    Ok(Json(json!({"faults": store.faults})))
}

/// `GET /meta/faults` → `{"faults": {every knob}}`.
pub async fn meta_faults_get(State(state): State<SharedState>) -> Json<Value> {
    Json(json!({"faults": state.store().faults}))
}
