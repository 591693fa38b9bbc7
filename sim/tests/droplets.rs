//! Droplets chapter: create, list, get, destroy, actions and their state changes.

mod common;

use common::TestSim;
use serde_json::json;

const BASE: serde_json::Value = serde_json::Value::Null;

fn create_body(name: &str) -> serde_json::Value {
    json!({"name": name, "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "region": "nyc3"})
}

#[tokio::test]
async fn create_single_is_new_then_active() {
    let sim = TestSim::new();
    let reply = sim.post("/v2/droplets", create_body("web-1")).await;
    assert_eq!(reply.status, 202, "{}", reply.text);
    let droplet = &reply.json["droplet"];
    assert_eq!(droplet["status"], "new");
    assert_eq!(droplet["size_slug"], "s-1vcpu-1gb");
    assert_eq!(droplet["size"]["memory"], 1024);
    assert_eq!(droplet["region"]["slug"], "nyc3");
    assert_eq!(droplet["image"]["slug"], "ubuntu-24-04-x64");
    let v4 = droplet["networks"]["v4"].as_array().unwrap();
    assert!(v4.iter().any(|n| n["type"] == "public") && v4.iter().any(|n| n["type"] == "private"));
    assert_eq!(droplet["networks"]["v6"], json!([]));
    let link = &reply.json["links"]["actions"][0];
    assert_eq!(link["rel"], "create");
    let action_id = link["id"].as_u64().unwrap();
    assert_eq!(
        link["href"],
        format!("http://sim.test/v2/actions/{action_id}")
    );
    let id = droplet["id"].as_u64().unwrap();

    let action = sim.get(&format!("/v2/actions/{action_id}")).await;
    assert_eq!(action.json["action"]["status"], "in-progress");
    assert_eq!(action.json["action"]["resource_id"], id);
    sim.finish_actions();
    let action = sim.get(&format!("/v2/actions/{action_id}")).await;
    assert_eq!(action.json["action"]["status"], "completed");
    assert!(action.json["action"]["completed_at"].is_string());
    let got = sim.get(&format!("/v2/droplets/{id}")).await;
    assert_eq!(got.json["droplet"]["status"], "active");
}

#[tokio::test]
async fn create_multiple_returns_one_link_per_droplet() {
    let sim = TestSim::new();
    let body = json!({"names": ["a-1", "a-2", "a-3"], "size": "s-1vcpu-1gb", "image": 160000001u64, "tags": ["multi"]});
    let reply = sim.post("/v2/droplets", body).await;
    assert_eq!(reply.status, 202, "{}", reply.text);
    assert_eq!(reply.json["droplets"].as_array().unwrap().len(), 3);
    assert_eq!(reply.json["links"]["actions"].as_array().unwrap().len(), 3);
    assert_eq!(reply.json["droplets"][2]["tags"], json!(["multi"]));
    assert_eq!(
        reply.json["droplets"][0]["region"]["slug"], "nyc3",
        "default region"
    );
}

#[tokio::test]
async fn create_validation_errors() {
    let sim = TestSim::new();
    let rows = [
        (
            json!({"size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}),
            "Name",
        ),
        (
            json!({"name": "bad name", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}),
            "hostname",
        ),
        (
            json!({"name": "x", "size": "nope", "image": "ubuntu-24-04-x64"}),
            "invalid size",
        ),
        (
            json!({"name": "x", "size": "s-1vcpu-1gb", "image": "nope"}),
            "invalid image",
        ),
        (
            json!({"name": "x", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "region": "mars1"}),
            "invalid region",
        ),
        (
            json!({"name": "x", "names": ["y"], "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}),
            "not both",
        ),
        (
            json!({"names": [], "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}),
            "between 1 and 10",
        ),
        (
            json!({"name": "x", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "tags": ["bad tag!"]}),
            "may contain",
        ),
    ];
    for (body, needle) in rows {
        let reply = sim.post("/v2/droplets", body.clone()).await;
        let message = reply.assert_error(422, "unprocessable_entity");
        assert!(message.contains(needle), "{body} -> {message}");
    }
    assert_eq!(
        sim.get("/v2/droplets").await.json["meta"]["total"],
        0,
        "nothing created"
    );
}

#[tokio::test]
async fn droplet_limit_is_enforced() {
    let sim = TestSim::new();
    sim.post("/meta/account", json!({"droplet_limit": 2})).await;
    sim.droplet("one", &[]).await;
    let names =
        json!({"names": ["two", "three"], "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"});
    let message = sim
        .post("/v2/droplets", names)
        .await
        .assert_error(422, "unprocessable_entity");
    assert_eq!(
        message,
        "creating this/these droplet(s) will exceed your droplet limit"
    );
    assert_eq!(
        sim.post("/v2/droplets", create_body("two")).await.status,
        202
    );
    assert_eq!(
        sim.post("/v2/droplets", create_body("three")).await.status,
        422
    );
}

#[tokio::test]
async fn list_filters_and_pages() {
    let sim = TestSim::new();
    for i in 0..5 {
        let tags: &[&str] = if i % 2 == 0 { &["even"] } else { &[] };
        sim.droplet(&format!("d-{i}"), tags).await;
    }
    let all = sim.get("/v2/droplets").await;
    assert_eq!(all.json["meta"]["total"], 5);
    assert_eq!(all.json["links"], json!({}));
    let even = sim.get("/v2/droplets?tag_name=even").await;
    assert_eq!(even.json["meta"]["total"], 3);
    let named = sim.get("/v2/droplets?name=d-3").await;
    assert_eq!(named.json["droplets"][0]["name"], "d-3");
    let middle = sim.get("/v2/droplets?per_page=2&page=2").await;
    assert_eq!(middle.json["droplets"].as_array().unwrap().len(), 2);
    let pages = &middle.json["links"]["pages"];
    assert_eq!(
        pages["first"],
        "http://sim.test/v2/droplets?page=1&per_page=2"
    );
    assert_eq!(
        pages["prev"],
        "http://sim.test/v2/droplets?page=1&per_page=2"
    );
    assert_eq!(
        pages["next"],
        "http://sim.test/v2/droplets?page=3&per_page=2"
    );
    assert_eq!(
        pages["last"],
        "http://sim.test/v2/droplets?page=3&per_page=2"
    );
    let filtered = sim.get("/v2/droplets?tag_name=even&per_page=1").await;
    assert_eq!(
        filtered.json["links"]["pages"]["next"],
        "http://sim.test/v2/droplets?tag_name=even&page=2&per_page=1"
    );
    let past = sim.get("/v2/droplets?page=9").await;
    assert_eq!(past.json["droplets"], json!([]));
    assert_eq!(past.json["meta"]["total"], 5);
}

#[tokio::test]
async fn get_and_destroy() {
    let sim = TestSim::new();
    let id = sim.droplet("gone", &[]).await;
    sim.get("/v2/droplets/12345")
        .await
        .assert_error(404, "not_found");
    sim.get("/v2/droplets/abc")
        .await
        .assert_error(404, "not_found");
    let deleted = sim.delete(&format!("/v2/droplets/{id}")).await;
    assert_eq!(deleted.status, 204);
    assert_eq!(deleted.text, "");
    sim.get(&format!("/v2/droplets/{id}"))
        .await
        .assert_error(404, "not_found");
    sim.delete(&format!("/v2/droplets/{id}"))
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn destroy_by_tag() {
    let sim = TestSim::new();
    sim.droplet("a", &["doomed"]).await;
    sim.droplet("b", &["doomed"]).await;
    sim.droplet("c", &["kept"]).await;
    assert_eq!(sim.delete("/v2/droplets?tag_name=doomed").await.status, 204);
    let left = sim.get("/v2/droplets").await;
    assert_eq!(left.json["meta"]["total"], 1);
    assert_eq!(left.json["droplets"][0]["name"], "c");
    sim.delete("/v2/droplets")
        .await
        .assert_error(422, "unprocessable_entity");
}

async fn act(sim: &TestSim, id: u64, body: serde_json::Value) -> common::Reply {
    sim.post(&format!("/v2/droplets/{id}/actions"), body).await
}

#[tokio::test]
async fn actions_change_state_on_completion() {
    let sim = TestSim::new();
    let id = sim.droplet("worker", &[]).await;
    act(&sim, id, json!({"type": "reboot"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.finish_actions();
    let droplet = |sim_reply: common::Reply| sim_reply.json["droplet"].clone();
    let path = format!("/v2/droplets/{id}");

    let off = act(&sim, id, json!({"type": "power_off"})).await;
    assert_eq!(off.status, 201, "{}", off.text);
    assert_eq!(off.json["action"]["type"], "power_off");
    assert_eq!(
        droplet(sim.get(&path).await)["status"],
        "active",
        "not before completion"
    );
    act(&sim, id, json!({"type": "power_on"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.finish_actions();
    assert_eq!(droplet(sim.get(&path).await)["status"], "off");
    let again = act(&sim, id, json!({"type": "shutdown"}))
        .await
        .assert_error(422, "unprocessable_entity");
    assert!(again.contains("already powered off"));

    let resize = act(
        &sim,
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
        let reply = act(&sim, id, body.clone()).await;
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
        let reply = act(&sim, id, body.clone()).await;
        assert_eq!(reply.status, 422, "{body}: {}", reply.text);
    }
    act(&sim, 999, json!({"type": "reboot"}))
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
    act(&sim, id, json!({"type": "enable_backups", "backup_policy": {"plan": "weekly", "weekday": "TUE", "hour": 8}})).await;
    sim.finish_actions();
    act(&sim, id, json!({"type": "snapshot"})).await;
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
    act(&sim, id, json!({"type": "power_off"})).await;
    sim.finish_actions();
    assert_eq!(
        act(&sim, id, json!({"type": "restore", "image": backup_id}))
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

#[tokio::test]
async fn destroy_with_associated_resources() {
    let sim = TestSim::new();
    let id = sim.droplet("assoc", &[]).await;
    sim.finish_actions();
    act(&sim, id, json!({"type": "snapshot", "name": "keep-me"})).await;
    sim.finish_actions();
    act(&sim, id, json!({"type": "snapshot", "name": "drop-me"})).await;
    sim.finish_actions();
    let listed = sim
        .get(&format!(
            "/v2/droplets/{id}/destroy_with_associated_resources"
        ))
        .await;
    let snaps = listed.json["snapshots"].as_array().unwrap().clone();
    assert_eq!(snaps.len(), 2);
    assert_eq!(listed.json["volumes"], json!([]));
    let drop_id = snaps.iter().find(|s| s["name"] == "drop-me").unwrap()["id"].clone();
    let path = format!("/v2/droplets/{id}/destroy_with_associated_resources");
    sim.get(&format!("{path}/status"))
        .await
        .assert_error(404, "not_found");
    let selective = sim
        .call(
            "DELETE",
            &format!("{path}/selective"),
            Some(json!({"snapshots": [drop_id]})),
        )
        .await;
    assert_eq!(selective.status, 202, "{}", selective.text);
    sim.get(&format!("/v2/droplets/{id}"))
        .await
        .assert_error(404, "not_found");
    let status = sim.get(&format!("{path}/status")).await;
    assert_eq!(status.json["droplet"]["id"], id.to_string());
    assert_eq!(
        status.json["resources"]["snapshots"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(status.json["failures"], 0);
    assert_eq!(sim.post(&format!("{path}/retry"), BASE).await.status, 202);

    let other = sim.droplet("danger", &[]).await;
    let danger = format!("/v2/droplets/{other}/destroy_with_associated_resources/dangerous");
    sim.delete(&danger)
        .await
        .assert_error(412, "precondition_failed");
    let auth = format!("Bearer {}", sim.token);
    let ok = sim
        .send(
            "DELETE",
            &danger,
            None,
            &[("authorization", &auth), ("x-dangerous", "true")],
        )
        .await;
    assert_eq!(ok.status, 202);
    assert_eq!(sim.get("/v2/droplets").await.json["meta"]["total"], 0);
}

#[tokio::test]
async fn create_checks_ssh_keys_and_attaches_volumes() {
    let sim = TestSim::new();
    let key =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A me@host";
    let created = sim
        .post("/v2/account/keys", json!({"name": "k", "public_key": key}))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let key_id = created.json["ssh_key"]["id"].clone();
    let fingerprint = created.json["ssh_key"]["fingerprint"].clone();
    let mut body = create_body("keyed");
    body["ssh_keys"] = json!([key_id, fingerprint]);
    assert_eq!(sim.post("/v2/droplets", body.clone()).await.status, 202);
    body["ssh_keys"] = json!([12345]);
    let message = sim
        .post("/v2/droplets", body)
        .await
        .assert_error(422, "unprocessable_entity");
    assert!(message.contains("SSH key"), "{message}");

    let volume = sim
        .post(
            "/v2/volumes",
            json!({"name": "data", "size_gigabytes": 10, "region": "nyc3"}),
        )
        .await;
    assert_eq!(volume.status, 201, "{}", volume.text);
    let volume_id = volume.json["volume"]["id"].as_str().unwrap().to_string();
    let far = sim
        .post(
            "/v2/volumes",
            json!({"name": "far", "size_gigabytes": 10, "region": "fra1"}),
        )
        .await;
    let far_id = far.json["volume"]["id"].as_str().unwrap().to_string();
    let mut body = create_body("with-volume");
    body["volumes"] = json!([far_id]);
    sim.post("/v2/droplets", body.clone())
        .await
        .assert_error(422, "unprocessable_entity");
    body["volumes"] = json!([volume_id]);
    let reply = sim.post("/v2/droplets", body).await;
    assert_eq!(reply.status, 202, "{}", reply.text);
    let droplet_id = reply.json["droplet"]["id"].as_u64().unwrap();
    assert_eq!(reply.json["droplet"]["volume_ids"], json!([volume_id]));
    let attached = sim.get(&format!("/v2/volumes/{volume_id}")).await;
    assert_eq!(attached.json["volume"]["droplet_ids"], json!([droplet_id]));
    let listed = sim
        .get(&format!(
            "/v2/droplets/{droplet_id}/destroy_with_associated_resources"
        ))
        .await;
    assert_eq!(listed.json["volumes"][0]["name"], "data");
    assert_eq!(
        sim.delete(&format!("/v2/droplets/{droplet_id}"))
            .await
            .status,
        204
    );
    let detached = sim.get(&format!("/v2/volumes/{volume_id}")).await;
    assert_eq!(detached.json["volume"]["droplet_ids"], json!([]));
}
