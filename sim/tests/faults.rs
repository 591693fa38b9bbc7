//! Fault injection: seeded, per route, each kind observable.

mod common;

use common::{http, RealServer, TestSim, TOKEN};
use serde_json::json;
use std::time::Instant;

#[tokio::test]
async fn server_errors_and_429_only_on_chosen_routes() {
    let sim = TestSim::new();
    sim.put(
        "/meta/faults",
        json!({"rate_5xx": 1.0, "routes": ["regions_list"]}),
    )
    .await;
    let failed = sim.get("/v2/regions").await;
    assert!(matches!(failed.status, 500 | 503), "{}", failed.text);
    assert!(["server_error", "service_unavailable"].contains(&failed.json["id"].as_str().unwrap()));
    assert_eq!(
        sim.get("/v2/sizes").await.status,
        200,
        "other routes untouched"
    );
    sim.put(
        "/meta/faults",
        json!({"rate_5xx": 0.0, "rate_429": 1.0, "routes": []}),
    )
    .await;
    let body = json!({"name": "x", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"});
    let limited = sim.post("/v2/droplets", body).await;
    limited.assert_error(429, "too_many_requests");
    assert_eq!(limited.header("retry-after"), "1");
    assert_eq!(
        sim.get("/meta/statistics").await.json["active_droplets"],
        0,
        "no state change"
    );
}

#[tokio::test]
async fn same_seed_same_faults() {
    async fn run() -> Vec<u16> {
        let sim = TestSim::with(|c| c.seed = 99);
        sim.put("/meta/faults", json!({"rate_5xx": 0.5})).await;
        let mut statuses = Vec::new();
        for _ in 0..20 {
            statuses.push(sim.get("/v2/sizes").await.status);
        }
        statuses
    }
    let first = run().await;
    assert_eq!(first, run().await);
    assert!(
        first.contains(&200) && first.iter().any(|s| *s >= 500),
        "a mix: {first:?}"
    );
}

#[tokio::test]
async fn malformed_bodies_are_cut() {
    let sim = TestSim::new();
    sim.put("/meta/faults", json!({"malformed_rate": 1.0}))
        .await;
    let reply = sim.get("/v2/regions").await;
    assert_eq!(reply.status, 200);
    assert!(
        serde_json::from_str::<serde_json::Value>(&reply.text).is_err(),
        "not JSON: {}",
        &reply.text[..20]
    );
}

#[tokio::test]
async fn slow_replies_wait() {
    let sim = TestSim::new();
    sim.put("/meta/faults", json!({"slow_rate": 1.0, "slow_ms": 150}))
        .await;
    let started = Instant::now();
    assert_eq!(sim.get("/v2/sizes").await.status, 200);
    assert!(started.elapsed().as_millis() >= 150);
}

#[test]
fn dropped_connections_over_real_http() {
    let server = RealServer::start(&["--drop-rate", "1", "--fault-routes", "sizes_list"], None);
    let auth = format!("Bearer {TOKEN}");
    let dropped = http(
        &server.addr,
        "GET",
        "/v2/sizes",
        &[("authorization", &auth)],
        None,
    );
    assert!(dropped.is_err(), "connection dropped: {dropped:?}");
    let fine = http(
        &server.addr,
        "GET",
        "/v2/regions",
        &[("authorization", &auth)],
        None,
    )
    .unwrap();
    assert_eq!(fine.0, 200);
}

#[test]
fn fault_flags_show_in_meta() {
    let server = RealServer::start(
        &[
            "--rate-429",
            "0.5",
            "--slow-ms",
            "10",
            "--errored-actions",
            "0.1",
        ],
        None,
    );
    let auth = format!("Bearer {TOKEN}");
    let (status, _, body) = http(
        &server.addr,
        "GET",
        "/meta/faults",
        &[("authorization", &auth)],
        None,
    )
    .unwrap();
    assert_eq!(status, 200);
    let faults: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(faults["faults"]["rate_429"], 0.5);
    assert_eq!(faults["faults"]["slow_ms"], 10);
    assert_eq!(faults["faults"]["errored_actions"], 0.1);
}

#[tokio::test]
async fn errored_actions_follow_the_routes_filter() {
    let sim = TestSim::new();
    sim.put(
        "/meta/faults",
        json!({"errored_actions": 1.0, "routes": ["dropletActions_post"]}),
    )
    .await;
    let id = sim.droplet("picky", &[]).await;
    sim.finish_actions();
    let droplet = sim.get(&format!("/v2/droplets/{id}")).await;
    assert_eq!(
        droplet.json["droplet"]["status"], "active",
        "create is not in routes"
    );
    let action = sim.droplet_action(id, json!({"type": "power_off"})).await;
    let action_id = action.json["action"]["id"].as_u64().unwrap();
    sim.finish_actions();
    assert_eq!(
        sim.get(&format!("/v2/actions/{action_id}")).await.json["action"]["status"],
        "errored"
    );
    let stats = sim.get("/meta/statistics").await.json;
    assert_eq!(
        stats["actions"],
        json!({"started": 2, "completed": 1, "errored": 1})
    );
}
