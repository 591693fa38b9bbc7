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
    assert_eq!(
        sim.get("/v2/droplets?type=gpus").await.json["meta"]["total"],
        0
    );
    assert_eq!(
        sim.get("/v2/droplets?type=droplets").await.json["meta"]["total"],
        5
    );
    sim.get("/v2/droplets?type=tpu")
        .await
        .assert_error(400, "bad_request");
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

#[tokio::test]
async fn destroy_with_associated_resources() {
    let sim = TestSim::new();
    let id = sim.droplet("assoc", &[]).await;
    sim.finish_actions();
    sim.droplet_action(id, json!({"type": "snapshot", "name": "keep-me"}))
        .await;
    sim.finish_actions();
    sim.droplet_action(id, json!({"type": "snapshot", "name": "drop-me"}))
        .await;
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
