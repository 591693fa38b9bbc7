//! Volumes chapter: create/get/list/delete (by id and by name), attach/detach/resize
//! actions by id and by name with region checks, state after the actions complete,
//! volume actions list/get, and one flow over real HTTP.

mod common;

use common::{http, RealServer, TestSim};
use serde_json::{json, Value};

async fn volume(sim: &TestSim, name: &str, region: &str, size: u64) -> String {
    let body = json!({"name": name, "size_gigabytes": size, "region": region});
    let reply = sim.post("/v2/volumes", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.json["volume"]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn create_returns_the_volume_with_its_region_object() {
    let sim = TestSim::new();
    let body = json!({"name": "data", "size_gigabytes": 10, "region": "nyc3",
        "description": "db", "filesystem_type": "ext4", "filesystem_label": "data", "tags": ["db"]});
    let reply = sim.post("/v2/volumes", body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    let volume = &reply.json["volume"];
    assert_eq!(volume["name"], "data");
    assert_eq!(volume["size_gigabytes"], 10);
    assert_eq!(volume["region"]["slug"], "nyc3");
    assert_eq!(volume["droplet_ids"], json!([]));
    assert_eq!(volume["filesystem_type"], "ext4");
    assert_eq!(volume["tags"], json!(["db"]));
    assert_eq!(volume["id"].as_str().unwrap().len(), 36);
    let id = volume["id"].as_str().unwrap();
    assert_eq!(
        sim.get(&format!("/v2/volumes/{id}")).await.json["volume"],
        *volume
    );
}

#[tokio::test]
async fn invalid_volumes_are_rejected() {
    let sim = TestSim::new();
    let rows = [
        json!({"size_gigabytes": 10, "region": "nyc3"}),
        json!({"name": "Upper", "size_gigabytes": 10, "region": "nyc3"}),
        json!({"name": "9lives", "size_gigabytes": 10, "region": "nyc3"}),
        json!({"name": "ok", "region": "nyc3"}),
        json!({"name": "ok", "size_gigabytes": 0, "region": "nyc3"}),
        json!({"name": "ok", "size_gigabytes": 16385, "region": "nyc3"}),
        json!({"name": "ok", "size_gigabytes": 10}),
        json!({"name": "ok", "size_gigabytes": 10, "region": "xyz9"}),
        json!({"name": "ok", "size_gigabytes": 10, "region": "nyc3", "filesystem_type": "ntfs"}),
        json!({"name": "ok", "size_gigabytes": 10, "region": "nyc3", "filesystem_type": "xfs", "filesystem_label": "thirteen-long"}),
        json!({"name": "ok", "size_gigabytes": 10, "region": "nyc3", "snapshot_id": "missing"}),
    ];
    for body in rows {
        let reply = sim.post("/v2/volumes", body.clone()).await;
        reply.assert_error(422, "unprocessable_entity");
    }
    volume(&sim, "taken", "nyc3", 1).await;
    let dup = sim
        .post(
            "/v2/volumes",
            json!({"name": "taken", "size_gigabytes": 1, "region": "nyc3"}),
        )
        .await;
    dup.assert_error(409, "conflict");
    volume(&sim, "taken", "fra1", 1).await; // names are unique per region
}

#[tokio::test]
async fn list_filters_by_name_and_region_and_paginates() {
    let sim = TestSim::new();
    volume(&sim, "a", "nyc3", 1).await;
    volume(&sim, "b", "nyc3", 1).await;
    volume(&sim, "a", "fra1", 1).await;
    let total = |reply: &common::Reply| reply.json["meta"]["total"].as_u64().unwrap();
    assert_eq!(total(&sim.get("/v2/volumes").await), 3);
    assert_eq!(total(&sim.get("/v2/volumes?name=a").await), 2);
    assert_eq!(total(&sim.get("/v2/volumes?region=nyc3").await), 2);
    let both = sim.get("/v2/volumes?name=a&region=fra1").await;
    assert_eq!(both.json["volumes"][0]["region"]["slug"], "fra1");
    let page = sim.get("/v2/volumes?per_page=2&page=2").await;
    assert_eq!(page.json["volumes"].as_array().unwrap().len(), 1);
    assert!(page.json["links"]["pages"]["prev"].is_string());
}

fn action_of(reply: &common::Reply, kind: &str) -> u64 {
    assert_eq!(reply.status, 202, "{}", reply.text);
    let action = &reply.json["action"];
    assert_eq!(action["type"], kind);
    assert_eq!(action["status"], "in-progress");
    assert_eq!(action["resource_type"], "volume");
    action["id"].as_u64().unwrap()
}

#[tokio::test]
async fn attach_and_detach_update_volume_and_droplet_when_complete() {
    let sim = TestSim::new();
    let droplet = sim.droplet("web", &[]).await;
    sim.finish_actions();
    let id = volume(&sim, "data", "nyc3", 10).await;
    let path = format!("/v2/volumes/{id}");
    let attach = sim
        .post(
            &format!("{path}/actions"),
            json!({"type": "attach", "droplet_id": droplet, "region": "nyc3"}),
        )
        .await;
    let action_id = action_of(&attach, "attach_volume");
    assert_eq!(attach.json["action"]["region_slug"], "nyc3");
    assert_eq!(
        sim.get(&path).await.json["volume"]["droplet_ids"],
        json!([]),
        "not before completion"
    );
    let busy = sim
        .post(
            &format!("{path}/actions"),
            json!({"type": "resize", "size_gigabytes": 20}),
        )
        .await;
    let message = busy.assert_error(422, "unprocessable_entity");
    assert!(message.contains("pending"), "{message}");
    sim.finish_actions();
    assert_eq!(
        sim.get(&path).await.json["volume"]["droplet_ids"],
        json!([droplet])
    );
    let shown = sim.get(&format!("/v2/droplets/{droplet}")).await;
    assert_eq!(shown.json["droplet"]["volume_ids"], json!([id]));
    let action = sim.get(&format!("{path}/actions/{action_id}")).await;
    assert_eq!(action.json["action"]["status"], "completed");
    assert_eq!(
        sim.get(&format!("/v2/actions/{action_id}")).await.json["action"]["type"],
        "attach_volume"
    );

    sim.delete(&path).await.assert_error(409, "conflict");
    let again = sim
        .post(
            &format!("{path}/actions"),
            json!({"type": "attach", "droplet_id": droplet}),
        )
        .await;
    again.assert_error(422, "unprocessable_entity");

    let detach = sim
        .post("/v2/volumes/actions", json!({"type": "detach", "volume_name": "data", "region": "nyc3", "droplet_id": droplet}))
        .await;
    let detach_id = action_of(&detach, "detach_volume");
    sim.finish_actions();
    assert_eq!(
        sim.get(&path).await.json["volume"]["droplet_ids"],
        json!([])
    );
    let shown = sim.get(&format!("/v2/droplets/{droplet}")).await;
    assert_eq!(shown.json["droplet"]["volume_ids"], json!([]));
    let list = sim.get(&format!("{path}/actions")).await;
    let ids: Vec<u64> = list.json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [detach_id, action_id], "newest first");
    assert_eq!(list.json["meta"]["total"], 2);
    assert_eq!(sim.delete(&path).await.status, 204);
    sim.get(&path).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn attach_by_name_and_region_rules() {
    let sim = TestSim::new();
    let droplet = sim.droplet("web", &[]).await;
    let far = volume(&sim, "far", "fra1", 10).await;
    let across = sim
        .post(
            &format!("/v2/volumes/{far}/actions"),
            json!({"type": "attach", "droplet_id": droplet}),
        )
        .await;
    let message = across.assert_error(422, "unprocessable_entity");
    assert!(message.contains("same region"), "{message}");
    let wrong_region = sim
        .post(
            &format!("/v2/volumes/{far}/actions"),
            json!({"type": "attach", "droplet_id": droplet, "region": "nyc3"}),
        )
        .await;
    wrong_region.assert_error(422, "unprocessable_entity");
    volume(&sim, "near", "nyc3", 10).await;
    // Without a region the by-name form looks in the droplet's region.
    let by_name = sim
        .post(
            "/v2/volumes/actions",
            json!({"type": "attach", "volume_name": "near", "droplet_id": droplet}),
        )
        .await;
    action_of(&by_name, "attach_volume");
    let missing = sim
        .post("/v2/volumes/actions", json!({"type": "attach", "volume_name": "nope", "region": "nyc3", "droplet_id": droplet}))
        .await;
    missing.assert_error(404, "not_found");
    let no_droplet = sim
        .post(
            "/v2/volumes/actions",
            json!({"type": "attach", "volume_name": "near", "region": "nyc3", "droplet_id": 1}),
        )
        .await;
    no_droplet.assert_error(404, "not_found");
    let resize_by_name = sim
        .post(
            "/v2/volumes/actions",
            json!({"type": "resize", "volume_name": "near", "region": "nyc3"}),
        )
        .await;
    resize_by_name.assert_error(422, "unprocessable_entity");
    let not_attached = sim
        .post(
            &format!("/v2/volumes/{far}/actions"),
            json!({"type": "detach", "droplet_id": droplet}),
        )
        .await;
    not_attached.assert_error(422, "unprocessable_entity");
    let bogus = sim
        .post(
            &format!("/v2/volumes/{far}/actions"),
            json!({"type": "format"}),
        )
        .await;
    bogus.assert_error(422, "unprocessable_entity");
}

#[tokio::test]
async fn resize_only_grows_up_to_16_tib() {
    let sim = TestSim::new();
    let id = volume(&sim, "grow", "nyc3", 100).await;
    let actions = format!("/v2/volumes/{id}/actions");
    for size in [
        json!(50),
        json!(100),
        json!(16385),
        json!("200"),
        Value::Null,
    ] {
        let reply = sim
            .post(&actions, json!({"type": "resize", "size_gigabytes": size}))
            .await;
        reply.assert_error(422, "unprocessable_entity");
    }
    let reply = sim
        .post(&actions, json!({"type": "resize", "size_gigabytes": 16384}))
        .await;
    action_of(&reply, "resize_volume");
    assert_eq!(
        sim.get(&format!("/v2/volumes/{id}")).await.json["volume"]["size_gigabytes"],
        100
    );
    sim.finish_actions();
    assert_eq!(
        sim.get(&format!("/v2/volumes/{id}")).await.json["volume"]["size_gigabytes"],
        16384
    );
}

#[tokio::test]
async fn delete_by_name_and_region() {
    let sim = TestSim::new();
    volume(&sim, "old", "nyc3", 1).await;
    volume(&sim, "old", "fra1", 1).await;
    assert_eq!(
        sim.delete("/v2/volumes?name=old&region=nyc3").await.status,
        204
    );
    let left = sim.get("/v2/volumes?name=old").await;
    assert_eq!(left.json["volumes"][0]["region"]["slug"], "fra1");
    assert_eq!(left.json["meta"]["total"], 1);
    sim.delete("/v2/volumes?name=old&region=nyc3")
        .await
        .assert_error(404, "not_found");
    sim.delete("/v2/volumes?name=old")
        .await
        .assert_error(422, "unprocessable_entity");
}

#[tokio::test]
async fn volume_snapshots_create_list_get_delete() {
    let sim = TestSim::new();
    let id = volume(&sim, "snapme", "nyc3", 20).await;
    let path = format!("/v2/volumes/{id}/snapshots");
    let created = sim
        .post(&path, json!({"name": "nightly", "tags": ["backup"]}))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let snapshot = created.json["snapshot"].clone();
    assert_eq!(snapshot["resource_type"], "volume");
    assert_eq!(snapshot["resource_id"], id.as_str());
    assert_eq!(snapshot["min_disk_size"], 20);
    assert_eq!(snapshot["regions"], json!(["nyc3"]));
    assert_eq!(snapshot["tags"], json!(["backup"]));
    let snapshot_id = snapshot["id"].as_str().unwrap();
    assert_eq!(sim.get(&path).await.json["snapshots"], json!([snapshot]));
    let by_id = format!("/v2/volumes/snapshots/{snapshot_id}");
    assert_eq!(sim.get(&by_id).await.json["snapshot"], snapshot);
    // A new volume from the snapshot takes its size.
    let copy = sim
        .post(
            "/v2/volumes",
            json!({"name": "copy", "region": "nyc3", "snapshot_id": snapshot_id}),
        )
        .await;
    assert_eq!(copy.json["volume"]["size_gigabytes"], 20, "{}", copy.text);
    sim.post(&path, json!({}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.post("/v2/volumes/nope/snapshots", json!({"name": "x"}))
        .await
        .assert_error(404, "not_found");
    sim.get("/v2/volumes/nope/snapshots")
        .await
        .assert_error(404, "not_found");
    assert_eq!(sim.delete(&by_id).await.status, 204);
    sim.get(&by_id).await.assert_error(404, "not_found");
    sim.delete(&by_id).await.assert_error(404, "not_found");
}

#[tokio::test]
async fn unknown_volumes_and_actions_are_404() {
    let sim = TestSim::new();
    for path in [
        "/v2/volumes/nope",
        "/v2/volumes/nope/actions",
        "/v2/volumes/nope/actions/1",
    ] {
        sim.get(path).await.assert_error(404, "not_found");
    }
    sim.delete("/v2/volumes/nope")
        .await
        .assert_error(404, "not_found");
    let resize = json!({"type": "resize", "size_gigabytes": 20});
    sim.post("/v2/volumes/nope/actions", resize)
        .await
        .assert_error(404, "not_found");
    let id = volume(&sim, "v", "nyc3", 1).await;
    sim.get(&format!("/v2/volumes/{id}/actions/123"))
        .await
        .assert_error(404, "not_found");
}

/// Attach over real HTTP against the binary, polling the action until it completes.
#[test]
fn attach_over_real_http_completes() {
    let server = RealServer::start(&["--action-ms", "50", "--any-token", "--quiet"], None);
    let auth = [
        ("authorization", "Bearer dop_v1_real"),
        ("content-type", "application/json"),
    ];
    let send = |method: &str, path: &str, body: Option<Value>| {
        let text = body.map(|b| b.to_string());
        let (status, _, reply) =
            http(&server.addr, method, path, &auth, text.as_deref()).expect("http");
        (
            status,
            serde_json::from_str::<Value>(&reply).unwrap_or(Value::Null),
        )
    };
    let droplet = json!({"name": "real", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "region": "nyc3"});
    let (status, created) = send("POST", "/v2/droplets", Some(droplet));
    assert_eq!(status, 202, "{created}");
    let droplet_id = created["droplet"]["id"].as_u64().unwrap();
    let (status, volume) = send(
        "POST",
        "/v2/volumes",
        Some(json!({"name": "real", "size_gigabytes": 5, "region": "nyc3"})),
    );
    assert_eq!(status, 201, "{volume}");
    let volume_id = volume["volume"]["id"].as_str().unwrap().to_string();
    let attach = json!({"type": "attach", "droplet_id": droplet_id});
    let (status, action) = send(
        "POST",
        &format!("/v2/volumes/{volume_id}/actions"),
        Some(attach),
    );
    assert_eq!(status, 202, "{action}");
    let action_path = format!("/v2/volumes/{volume_id}/actions/{}", action["action"]["id"]);
    let mut final_status = Value::Null;
    for _ in 0..100 {
        let (_, polled) = send("GET", &action_path, None);
        final_status = polled["action"]["status"].clone();
        if final_status != "in-progress" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(final_status, "completed");
    let (_, shown) = send("GET", &format!("/v2/volumes/{volume_id}"), None);
    assert_eq!(shown["volume"]["droplet_ids"], json!([droplet_id]));
    let (_, droplet) = send("GET", &format!("/v2/droplets/{droplet_id}"), None);
    assert_eq!(droplet["droplet"]["volume_ids"], json!([volume_id]));
}

#[tokio::test]
async fn an_errored_attach_changes_nothing() {
    let sim = TestSim::with(|config| config.faults.errored_actions = 1.0);
    let droplet = sim.droplet("web", &[]).await;
    let id = volume(&sim, "data", "nyc3", 10).await;
    let attach = json!({"type": "attach", "droplet_id": droplet});
    let reply = sim.post(&format!("/v2/volumes/{id}/actions"), attach).await;
    let action_id = action_of(&reply, "attach_volume");
    sim.finish_actions();
    let action = sim
        .get(&format!("/v2/volumes/{id}/actions/{action_id}"))
        .await;
    assert_eq!(action.json["action"]["status"], "errored");
    let shown = sim.get(&format!("/v2/volumes/{id}")).await;
    assert_eq!(shown.json["volume"]["droplet_ids"], json!([]));
}
