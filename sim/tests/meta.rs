//! The meta interface: reset, ping, account, statistics, capabilities, faults.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn ping_counts_since_reset() {
    let sim = TestSim::new();
    assert_eq!(
        sim.post("/meta/ping", json!({})).await.json,
        json!({"pong": true, "pings": 1})
    );
    assert_eq!(
        sim.get("/meta/ping").await.json,
        json!({"pong": true, "pings": 2})
    );
    let reset = sim.post("/meta/reset", json!({})).await;
    assert_eq!(reset.status, 204);
    assert_eq!(reset.text, "");
    assert_eq!(sim.get("/meta/ping").await.json["pings"], 1);
}

#[tokio::test]
async fn redirect_points_at_ping_without_reaching_it() {
    let sim = TestSim::new();
    for reply in [
        sim.get("/meta/redirect").await,
        sim.post("/meta/redirect", json!({})).await,
    ] {
        assert_eq!(reply.status, 307);
        assert_eq!(reply.header("location"), "/meta/ping");
    }
    assert_eq!(sim.get("/meta/ping").await.json["pings"], 1);
}

#[tokio::test]
async fn reset_restores_seeded_state() {
    let sim = TestSim::new();
    let before = sim.droplet("x", &[]).await;
    sim.put("/meta/account", json!({"droplet_limit": 1})).await;
    sim.put("/meta/faults", json!({"rate_5xx": 0.5})).await;
    sim.post("/meta/reset", json!({})).await;
    assert_eq!(sim.get("/v2/droplets").await.json["meta"]["total"], 0);
    assert_eq!(
        sim.get("/v2/account").await.json["account"]["droplet_limit"],
        25
    );
    assert_eq!(
        sim.get("/meta/faults").await.json["faults"]["rate_5xx"],
        0.0
    );
    assert_eq!(sim.get("/v2/actions").await.json["meta"]["total"], 0);
    assert!(sim.droplet("y", &[]).await > before, "ids are never reused");
}

#[tokio::test]
async fn account_merge() {
    let sim = TestSim::new();
    let reply = sim
        .post(
            "/meta/account",
            json!({"droplet_limit": 3, "email": "t@example.com"}),
        )
        .await;
    assert_eq!(reply.json["account"]["droplet_limit"], 3);
    assert_eq!(reply.json["account"]["email"], "t@example.com");
    assert_eq!(
        reply.json["account"]["status"], "active",
        "other fields kept"
    );
    let put = sim
        .put("/meta/account", json!({"account": {"volume_limit": 7}}))
        .await;
    assert_eq!(put.json["account"]["volume_limit"], 7);
    assert_eq!(put.json["account"]["droplet_limit"], 3);
    assert_eq!(
        sim.get("/v2/account").await.json["account"]["volume_limit"],
        7
    );
    sim.post("/meta/account", json!({"droplet_limit": "many"}))
        .await
        .assert_error(422, "unprocessable_entity");
}

#[tokio::test]
async fn statistics_count_v2_requests() {
    let sim = TestSim::new();
    sim.get("/v2/regions").await;
    sim.get("/v2/regions").await;
    sim.get("/v2/droplets/1").await;
    sim.droplet("s", &[]).await;
    sim.send("GET", "/v2/sizes", None, &[]).await;
    let stats = sim.get("/meta/statistics").await.json;
    assert_eq!(stats["requests"]["total"], 5);
    assert_eq!(stats["requests"]["by_route"]["regions_list"], 2);
    assert_eq!(stats["requests"]["by_route"]["droplets_get"], 1);
    assert_eq!(stats["requests"]["by_route"]["droplets_create"], 1);
    assert_eq!(stats["requests"]["by_status"]["200"], 2);
    assert_eq!(stats["requests"]["by_status"]["404"], 1);
    assert_eq!(stats["requests"]["by_status"]["202"], 1);
    assert_eq!(stats["requests"]["by_status"]["401"], 1);
    assert_eq!(stats["actions"]["started"], 1);
    assert_eq!(stats["rate_limited"], 0);
    assert_eq!(stats["active_droplets"], 1);
}

#[tokio::test]
async fn capabilities_list_chapters_and_operations() {
    let sim = TestSim::new();
    let caps = sim.get("/meta/capabilities").await.json;
    let chapters = caps["chapters"].as_array().unwrap();
    for name in [
        "account",
        "actions",
        "droplets",
        "droplet_actions",
        "images",
        "regions",
        "sizes",
    ] {
        assert!(chapters.contains(&json!(name)), "{name}");
        assert!(
            caps[format!("chapter_{name}")]["support"].is_string(),
            "{name}"
        );
    }
    assert_eq!(caps["chapter_droplets"]["support"], "complete");
    assert_eq!(caps["chapter_images"]["support"], "complete");
    let ops = caps["operations"].as_array().unwrap();
    for op in [
        "droplets_create",
        "dropletActions_post_byTag",
        "actions_get",
        "imageActions_post",
        "account_get",
    ] {
        assert!(ops.contains(&json!(op)), "{op}");
    }
}

#[tokio::test]
async fn faults_round_trip_and_validation() {
    let sim = TestSim::new();
    let reply = sim
        .put(
            "/meta/faults",
            json!({"rate_429": 0.25, "routes": ["droplets_list"]}),
        )
        .await;
    let faults = &reply.json["faults"];
    assert_eq!(faults["rate_429"], 0.25);
    assert_eq!(faults["routes"], json!(["droplets_list"]));
    for knob in [
        "rate_5xx",
        "slow_rate",
        "slow_ms",
        "drop_rate",
        "malformed_rate",
        "errored_actions",
    ] {
        assert!(faults.get(knob).is_some(), "every knob shown: {knob}");
    }
    let kept = sim.post("/meta/faults", json!({"slow_ms": 5})).await;
    assert_eq!(
        kept.json["faults"]["rate_429"], 0.25,
        "omitted fields keep their value"
    );
    assert_eq!(kept.json["faults"]["slow_ms"], 5);
    sim.put("/meta/faults", json!({"rate_5xx": 2}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.put("/meta/faults", json!({"bogus": 1}))
        .await
        .assert_error(422, "unprocessable_entity");
    let typo = sim
        .put(
            "/meta/faults",
            json!({"rate_429": 1.0, "routes": ["droplets_lst"]}),
        )
        .await;
    assert!(typo
        .assert_error(422, "unprocessable_entity")
        .contains("droplets_lst"));
    let unchanged = sim.get("/meta/faults").await;
    assert_eq!(
        unchanged.json["faults"]["rate_429"], 0.25,
        "a refused body changes nothing"
    );
    assert_eq!(unchanged.json["faults"]["routes"], json!(["droplets_list"]));
}

#[tokio::test]
async fn meta_requires_the_token() {
    let sim = TestSim::new();
    sim.send("GET", "/meta/ping", None, &[])
        .await
        .assert_error(401, "unauthorized");
    sim.send(
        "POST",
        "/meta/reset",
        None,
        &[("authorization", "Bearer wrong")],
    )
    .await
    .assert_error(401, "unauthorized");
}

#[tokio::test]
async fn every_listed_operation_is_routed_and_counted() {
    let sim = TestSim::new();
    let caps = sim.get("/meta/capabilities").await.json;
    let ops: Vec<String> = caps["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap().to_string())
        .collect();
    assert!(ops.len() >= 36, "{}", ops.len());
    for chapter in do_sim::CHAPTERS {
        for op in chapter.operations {
            let path = op
                .path
                .split('/')
                .map(|seg| if seg.starts_with('{') { "1" } else { seg })
                .collect::<Vec<_>>()
                .join("/");
            let method = format!("{:?}", op.method).to_uppercase();
            let body = (method != "GET").then(|| json!({}));
            let reply = sim.call(&method, &path, body).await;
            assert_ne!(reply.status, 405, "{} {method} {path}", op.id);
        }
    }
    let stats = sim.get("/meta/statistics").await.json;
    for op in &ops {
        assert!(
            stats["requests"]["by_route"][op].as_u64() >= Some(1),
            "{op} was not counted: routed elsewhere?"
        );
    }
    assert_eq!(
        stats["requests"]["by_route"].as_object().unwrap().len(),
        ops.len()
    );
}
