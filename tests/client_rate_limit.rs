//! Rate limits and retries: injected 429s are waited out and retried (POST included, no
//! duplicate creates), 503s are retried for GET but never for POST; `rateLimit` getter.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::wasm_bindgen_test;

async fn status_count(
    client: &digitalocean_wasm::js::client::DigitalOceanCore,
    status: &str,
) -> f64 {
    let stats = callj(client, "metaStatistics", &[]).await.expect("stats");
    at(&stats, &format!("requests.by_status.{status}"))
        .as_f64()
        .unwrap_or(0.0)
}

#[wasm_bindgen_test]
async fn rate_limit_is_null_then_the_latest_headers() {
    let client = client_with("{}");
    assert!(client.rate_limit().is_null());
    callj(&client, "account", &[]).await.expect("account");
    let limit = client.rate_limit();
    assert!(num(&limit, "limit") > 0.0, "{}", show(&limit));
    assert!(num(&limit, "remaining") >= 0.0);
    assert!(num(&limit, "reset") > 1.0e9, "reset is in Unix seconds");
}

#[wasm_bindgen_test]
async fn injected_429s_are_retried_without_duplicate_creates() {
    let client = fresh_with_faults(r#"{"rate_429": 0.5, "routes": ["droplets_create"]}"#).await;
    let patient = client_with(r#"{"maxRetries": 12}"#);
    let mut created = 0;
    for i in 0..12 {
        droplet(&patient, &format!("rl-{i}")).await;
        created += 1;
        if status_count(&client, "429").await > 0.0 {
            break;
        }
    }
    assert!(
        status_count(&client, "429").await > 0.0,
        "the simulator injected a 429"
    );
    faults(&client, r#"{"rate_429": 0}"#).await;
    let droplets = callj(&client, "droplets", &[]).await.expect("droplets");
    assert_eq!(
        len(&droplets, "droplets"),
        created,
        "each create happened once: {}",
        show(&droplets)
    );
    assert_eq!(
        route_count(&client, "droplets_create").await,
        f64::from(created) + status_count(&client, "429").await
    );
}

#[wasm_bindgen_test]
async fn a_503_on_get_is_retried() {
    let client = fresh().await;
    let patient = client_with(r#"{"maxRetries": 12}"#);
    faults(&client, r#"{"rate_5xx": 0.5, "routes": ["account_get"]}"#).await;
    for _ in 0..12 {
        callj(&patient, "account", &[])
            .await
            .expect("account succeeds after 5xx");
        if status_count(&client, "503").await + status_count(&client, "500").await > 0.0 {
            break;
        }
    }
    assert!(status_count(&client, "503").await + status_count(&client, "500").await > 0.0);
}

#[wasm_bindgen_test]
async fn a_503_on_post_is_not_retried() {
    let client = fresh_with_faults(r#"{"rate_5xx": 1.0, "routes": ["domains_create"]}"#).await;
    let error = callj(
        &client,
        "createDomain",
        &[r#"{"name": "once.example.com"}"#],
    )
    .await
    .expect_err("5xx");
    let status = num(&error, "status");
    assert!(status == 503.0 || status == 500.0, "{}", show(&error));
    assert_eq!(num(&error, "attempts"), 1.0);
    assert_eq!(
        route_count(&client, "domains_create").await,
        1.0,
        "one POST reached the server"
    );
}
