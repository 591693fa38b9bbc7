//! Rate limits: headers on every /v2 reply, 429 with retry-after and no state change,
//! per-token windows, /meta never limited.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn headers_count_down_then_429() {
    let sim = TestSim::with(|c| {
        c.per_minute = 3;
        c.per_hour = 10;
    });
    for remaining in [9, 8, 7] {
        let reply = sim.get("/v2/regions").await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("ratelimit-limit"), "10");
        assert_eq!(reply.header("ratelimit-remaining"), remaining.to_string());
        let reset: u64 = reply.header("ratelimit-reset").parse().unwrap();
        assert!(reset > 1_700_000_000, "epoch seconds");
    }
    let body = json!({"name": "blocked", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"});
    let refused = sim.post("/v2/droplets", body).await;
    refused.assert_error(429, "too_many_requests");
    let retry: u64 = refused.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&retry), "retry-after {retry}");
    assert_eq!(refused.header("ratelimit-remaining"), "7");
    assert_eq!(
        sim.get("/meta/statistics").await.json["active_droplets"],
        0,
        "no state change"
    );
    assert_eq!(
        sim.get("/meta/ping").await.status,
        200,
        "meta is not limited"
    );
    let other = sim
        .send(
            "GET",
            "/v2/regions",
            None,
            &[("authorization", "Bearer other")],
        )
        .await;
    assert_eq!(other.status, 401);
    sim.advance(60_001);
    assert_eq!(
        sim.get("/v2/regions").await.status,
        200,
        "the minute window slid"
    );
    let stats = sim.get("/meta/statistics").await.json;
    assert_eq!(stats["rate_limited"], 1);
    assert_eq!(stats["requests"]["by_status"]["429"], 1);
}

#[tokio::test]
async fn hourly_limit_and_tokens_apart() {
    let sim = TestSim::with(|c| {
        c.per_minute = 100;
        c.per_hour = 2;
        c.any_token = true;
    });
    let a = [("authorization", "Bearer token-a")];
    let b = [("authorization", "Bearer token-b")];
    assert_eq!(sim.send("GET", "/v2/sizes", None, &a).await.status, 200);
    assert_eq!(sim.send("GET", "/v2/sizes", None, &a).await.status, 200);
    let refused = sim.send("GET", "/v2/sizes", None, &a).await;
    assert_eq!(refused.status, 429);
    let retry: u64 = refused.header("retry-after").parse().unwrap();
    assert!(retry > 3000, "waits for the hour window: {retry}");
    assert_eq!(
        sim.send("GET", "/v2/sizes", None, &b).await.status,
        200,
        "other token has its own window"
    );
}

#[tokio::test]
async fn ssh_key_list_has_its_own_limit() {
    let sim = TestSim::new();
    for _ in 0..10 {
        assert_eq!(sim.get("/v2/account/keys").await.status, 200);
    }
    let refused = sim.get("/v2/account/keys").await;
    refused.assert_error(429, "too_many_requests");
    let retry: u64 = refused.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(
        sim.get("/v2/regions").await.status,
        200,
        "only that operation is limited"
    );
    sim.advance(60_001);
    assert_eq!(sim.get("/v2/account/keys").await.status, 200);
}
