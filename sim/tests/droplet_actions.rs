//! Droplet actions: by id and by tag, validation, the state each action leaves, and the
//! lists that actions fill (backups, snapshots, kernels, neighbors).

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn actions_change_state_on_completion() {
    let sim = TestSim::new();
    let id = sim.droplet("worker", &[]).await;
    sim.droplet_action(id, json!({"type": "reboot"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.finish_actions();
    let droplet = |sim_reply: common::Reply| sim_reply.json["droplet"].clone();
    let path = format!("/v2/droplets/{id}");

    let off = sim.droplet_action(id, json!({"type": "power_off"})).await;
    assert_eq!(off.status, 201, "{}", off.text);
    assert_eq!(off.json["action"]["type"], "power_off");
    assert_eq!(
        droplet(sim.get(&path).await)["status"],
        "active",
        "not before completion"
    );
    sim.droplet_action(id, json!({"type": "power_on"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.finish_actions();
    assert_eq!(droplet(sim.get(&path).await)["status"], "off");
    let again = sim
        .droplet_action(id, json!({"type": "shutdown"}))
        .await
        .assert_error(422, "unprocessable_entity");
    assert!(again.contains("already powered off"));

    let resize = sim
        .droplet_action(
            id,
            json!({"type": "resize", "size": "s-2vcpu-4gb", "disk": true}),
        )
        .await;
    assert_eq!(resize.status, 201, "{}", resize.text);
    sim.finish_actions();
    let d = droplet(sim.get(&path).await);
    assert_eq!(
        (
            d["size_slug"].as_str(),
            d["disk"].as_u64(),
            d["memory"].as_u64()
        ),
        (Some("s-2vcpu-4gb"), Some(80), Some(4096))
    );

    for (body, check) in [
        (json!({"type": "rename", "name": "renamed"}), "name"),
        (json!({"type": "enable_ipv6"}), "ipv6"),
        (
            json!({"type": "rebuild", "image": "debian-12-x64"}),
            "image",
        ),
        (json!({"type": "change_kernel", "kernel": 8243}), "kernel"),
        (json!({"type": "enable_backups"}), "backups"),
        (
            json!({"type": "snapshot", "name": "before-upgrade"}),
            "snapshot",
        ),
        (json!({"type": "power_cycle"}), "power"),
        (json!({"type": "password_reset"}), "none"),
        (json!({"type": "disable_backups"}), "no-backups"),
    ] {
        let reply = sim.droplet_action(id, body.clone()).await;
        assert_eq!(reply.status, 201, "{body}: {}", reply.text);
        sim.finish_actions();
        let d = droplet(sim.get(&path).await);
        match check {
            "name" => assert_eq!(d["name"], "renamed"),
            "ipv6" => {
                assert_eq!(d["networks"]["v6"][0]["type"], "public");
                assert!(d["features"].as_array().unwrap().contains(&json!("ipv6")));
            }
            "image" => assert_eq!(d["image"]["slug"], "debian-12-x64"),
            "kernel" => assert_eq!(d["kernel"]["id"], 8243),
            "backups" => {
                assert!(d["features"]
                    .as_array()
                    .unwrap()
                    .contains(&json!("backups")));
                assert_eq!(d["backup_ids"].as_array().unwrap().len(), 1);
                assert!(d["next_backup_window"]["start"].is_string());
            }
            "snapshot" => assert_eq!(d["snapshot_ids"].as_array().unwrap().len(), 1),
            "power" => assert_eq!(d["status"], "active"),
            "no-backups" => assert!(!d["features"]
                .as_array()
                .unwrap()
                .contains(&json!("backups"))),
            _ => {}
        }
    }
    let actions = sim
        .get(&format!("/v2/droplets/{id}/actions?per_page=50"))
        .await;
    let kinds: Vec<&str> = actions.json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"disable_backups"), "newest first");
    assert_eq!(kinds.last(), Some(&"create"));
    let first_id = actions.json["actions"][0]["id"].as_u64().unwrap();
    let one = sim
        .get(&format!("/v2/droplets/{id}/actions/{first_id}"))
        .await;
    assert_eq!(one.json["action"]["status"], "completed");
    sim.get(&format!("/v2/droplets/{id}/actions/1"))
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn action_validation() {
    let sim = TestSim::new();
    let id = sim.droplet("v", &[]).await;
    sim.finish_actions();
    let rows = [
        json!({"type": "explode"}),
        json!({}),
        json!({"type": "resize", "size": "s-2vcpu-4gb"}),
        json!({"type": "rename", "name": "bad name"}),
        json!({"type": "rename"}),
        json!({"type": "rebuild", "image": "nope"}),
        json!({"type": "change_kernel", "kernel": 1}),
        json!({"type": "restore", "image": 1}),
        json!({"type": "change_backup_policy", "backup_policy": {"plan": "weekly"}}),
        json!({"type": "enable_backups", "backup_policy": {"plan": "hourly"}}),
    ];
    for body in rows {
        let reply = sim.droplet_action(id, body.clone()).await;
        assert_eq!(reply.status, 422, "{body}: {}", reply.text);
    }
    sim.droplet_action(999, json!({"type": "reboot"}))
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn actions_by_tag() {
    let sim = TestSim::new();
    sim.droplet("t1", &["fleet"]).await;
    sim.droplet("t2", &["fleet"]).await;
    sim.droplet("t3", &[]).await;
    sim.finish_actions();
    let reply = sim
        .post(
            "/v2/droplets/actions?tag_name=fleet",
            json!({"type": "power_off"}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(reply.json["actions"].as_array().unwrap().len(), 2);
    sim.finish_actions();
    let off = sim.get("/v2/droplets?tag_name=fleet").await;
    assert!(off.json["droplets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["status"] == "off"));
    let rebooted = sim
        .post(
            "/v2/droplets/actions?tag_name=fleet",
            json!({"type": "reboot"}),
        )
        .await;
    assert_eq!(rebooted.status, 422, "reboot is not allowed by tag");
    let snap = sim
        .post(
            "/v2/droplets/actions?tag_name=fleet",
            json!({"type": "snapshot", "name": "nightly"}),
        )
        .await;
    assert_eq!(snap.status, 201);
    let none = sim
        .post(
            "/v2/droplets/actions?tag_name=nobody",
            json!({"type": "power_on"}),
        )
        .await;
    assert_eq!(none.json["actions"], json!([]));
    sim.post("/v2/droplets/actions", json!({"type": "power_on"}))
        .await
        .assert_error(422, "unprocessable_entity");
}

#[tokio::test]
async fn backups_snapshots_kernels_firewalls_neighbors() {
    let sim = TestSim::new();
    let id = sim.droplet("rich", &[]).await;
    sim.finish_actions();
    sim.droplet_action(id, json!({"type": "enable_backups", "backup_policy": {"plan": "weekly", "weekday": "TUE", "hour": 8}})).await;
    sim.finish_actions();
    sim.droplet_action(id, json!({"type": "snapshot"})).await;
    sim.finish_actions();
    let backups = sim.get(&format!("/v2/droplets/{id}/backups")).await;
    assert_eq!(backups.json["backups"][0]["type"], "backup");
    let policy = sim.get(&format!("/v2/droplets/{id}/backups/policy")).await;
    assert_eq!(policy.json["policy"]["backup_policy"]["weekday"], "TUE");
    assert_eq!(
        policy.json["policy"]["backup_policy"]["retention_period_days"],
        28
    );
    let policies = sim.get("/v2/droplets/backups/policies").await;
    assert_eq!(
        policies.json["policies"][id.to_string()]["backup_enabled"],
        true
    );
    assert_eq!(policies.json["meta"]["total"], 1);
    let supported = sim.get("/v2/droplets/backups/supported_policies").await;
    assert_eq!(supported.json["supported_policies"][0]["name"], "weekly");
    let snapshots = sim.get(&format!("/v2/droplets/{id}/snapshots")).await;
    assert_eq!(snapshots.json["snapshots"][0]["type"], "snapshot");
    assert!(snapshots.json["snapshots"][0]["id"].is_u64());
    let backup_id = backups.json["backups"][0]["id"].as_u64().unwrap();
    sim.droplet_action(id, json!({"type": "power_off"})).await;
    sim.finish_actions();
    assert_eq!(
        sim.droplet_action(id, json!({"type": "restore", "image": backup_id}))
            .await
            .status,
        201
    );
    let kernels = sim
        .get(&format!("/v2/droplets/{id}/kernels?per_page=1"))
        .await;
    assert_eq!(kernels.json["meta"]["total"], 3);
    assert!(kernels.json["links"]["pages"]["next"].is_string());
    let firewalls = sim.get(&format!("/v2/droplets/{id}/firewalls")).await;
    assert_eq!(firewalls.json["firewalls"], json!([]));
    for i in 0..8 {
        sim.droplet(&format!("n{i}"), &[]).await;
    }
    let neighbors = sim.get(&format!("/v2/droplets/{id}/neighbors")).await;
    assert_eq!(neighbors.status, 200);
    assert!(
        !neighbors.json["droplets"].as_array().unwrap().is_empty(),
        "9 droplets on 4 hosts"
    );
    let ids = sim.get("/v2/reports/droplet_neighbors_ids").await;
    assert!(ids.json["neighbor_ids"]
        .as_array()
        .unwrap()
        .iter()
        .all(|g| g.as_array().unwrap().len() > 1));
    for path in [
        "backups",
        "backups/policy",
        "snapshots",
        "kernels",
        "firewalls",
        "neighbors",
        "actions",
    ] {
        sim.get(&format!("/v2/droplets/1/{path}"))
            .await
            .assert_error(404, "not_found");
    }
}
