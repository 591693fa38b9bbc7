//! Actions chapter: list (newest first, paginated), get, progress over time, errored knob.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn list_is_newest_first_and_paginated() {
    let sim = TestSim::new();
    for i in 0..3 {
        sim.droplet(&format!("a{i}"), &[]).await;
    }
    let all = sim.get("/v2/actions").await;
    assert_eq!(all.json["meta"]["total"], 3);
    let ids: Vec<u64> = all.json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_u64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {ids:?}");
    let page = sim.get("/v2/actions?per_page=1&page=3").await;
    assert_eq!(page.json["actions"][0]["id"], ids[2]);
    assert!(page.json["links"]["pages"].get("next").is_none());
    assert_eq!(
        page.json["links"]["pages"]["prev"],
        "http://sim.test/v2/actions?page=2&per_page=1"
    );
}

#[tokio::test]
async fn action_object_shape_and_progress() {
    let sim = TestSim::new();
    sim.droplet("shape", &[]).await;
    let listed = sim.get("/v2/actions").await;
    let action = &listed.json["actions"][0];
    for field in [
        "id",
        "status",
        "type",
        "started_at",
        "completed_at",
        "resource_id",
        "resource_type",
        "region",
        "region_slug",
    ] {
        assert!(action.get(field).is_some(), "{field} in {action}");
    }
    assert_eq!(action["region"]["slug"], "nyc3");
    assert_eq!(action["resource_type"], "droplet");
    let id = action["id"].as_u64().unwrap();
    sim.advance(500);
    assert_eq!(
        sim.get(&format!("/v2/actions/{id}")).await.json["action"]["status"],
        "in-progress"
    );
    sim.advance(501);
    let done = sim.get(&format!("/v2/actions/{id}")).await;
    assert_eq!(done.json["action"]["status"], "completed");
    let stats = sim.get("/meta/statistics").await;
    assert_eq!(
        stats.json["actions"],
        json!({"started": 1, "completed": 1, "errored": 0})
    );
}

#[tokio::test]
async fn unknown_actions_are_404() {
    let sim = TestSim::new();
    sim.get("/v2/actions/42")
        .await
        .assert_error(404, "not_found");
    sim.get("/v2/actions/not-a-number")
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn errored_actions_knob_leaves_state_unchanged() {
    let sim = TestSim::new();
    let id = sim.droplet("err", &[]).await;
    sim.finish_actions();
    sim.put("/meta/faults", json!({"errored_actions": 1.0}))
        .await;
    let action = sim
        .post(
            &format!("/v2/droplets/{id}/actions"),
            json!({"type": "power_off"}),
        )
        .await;
    let action_id = action.json["action"]["id"].as_u64().unwrap();
    sim.finish_actions();
    let done = sim.get(&format!("/v2/actions/{action_id}")).await;
    assert_eq!(done.json["action"]["status"], "errored");
    assert!(done.json["action"]["completed_at"].is_string());
    assert_eq!(
        sim.get(&format!("/v2/droplets/{id}")).await.json["droplet"]["status"],
        "active"
    );
    assert_eq!(
        sim.get("/meta/statistics").await.json["actions"]["errored"],
        1
    );
}
