//! Account, regions, sizes, images and image actions.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn account_has_the_spec_fields() {
    let sim = TestSim::new();
    let account = sim.get("/v2/account").await.json["account"].clone();
    for field in [
        "droplet_limit",
        "floating_ip_limit",
        "email",
        "uuid",
        "email_verified",
        "status",
        "status_message",
        "team",
    ] {
        assert!(account.get(field).is_some(), "{field}");
    }
}

#[tokio::test]
async fn regions_and_sizes_hold_known_slugs() {
    let sim = TestSim::new();
    let regions = sim.get("/v2/regions?per_page=200").await.json;
    let slugs: Vec<&str> = regions["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["slug"].as_str().unwrap())
        .collect();
    for slug in ["nyc1", "nyc3", "fra1", "ams3", "sfo3"] {
        assert!(slugs.contains(&slug), "{slug}");
    }
    let sizes = sim.get("/v2/sizes?per_page=200").await.json;
    let s1 = sizes["sizes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "s-1vcpu-1gb")
        .unwrap()
        .clone();
    assert_eq!(
        (
            s1["memory"].as_u64(),
            s1["vcpus"].as_u64(),
            s1["disk"].as_u64()
        ),
        (Some(1024), Some(1), Some(25))
    );
    assert!(s1["regions"].as_array().unwrap().contains(&json!("nyc1")));
    let page = sim.get("/v2/sizes?per_page=5").await.json;
    assert_eq!(page["sizes"].as_array().unwrap().len(), 5);
    assert!(page["links"]["pages"]["last"]
        .as_str()
        .unwrap()
        .contains("page=3"));
}

#[tokio::test]
async fn image_filters() {
    let sim = TestSim::new();
    let apps = sim
        .get("/v2/images?type=application&per_page=200")
        .await
        .json;
    let slugs: Vec<&str> = apps["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["slug"].as_str())
        .collect();
    assert!(slugs.contains(&"openfaas-18-04"));
    assert!(!slugs.contains(&"ubuntu-24-04-x64"));
    let distros = sim
        .get("/v2/images?type=distribution&per_page=200")
        .await
        .json;
    assert!(distros["images"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["slug"] == "ubuntu-24-04-x64"));
    let private = sim.get("/v2/images?private=true").await.json;
    assert_eq!(private["meta"]["total"], 1);
    assert_eq!(private["images"][0]["public"], false);
    let tagged = sim.get("/v2/images?tag_name=prod").await.json;
    assert_eq!(tagged["images"][0]["name"], "my-custom-image");
    assert_eq!(
        sim.get("/v2/images?tag_name=none").await.json["meta"]["total"],
        0
    );
    sim.get("/v2/images?type=weird")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn image_get_update_delete() {
    let sim = TestSim::new();
    let by_slug = sim.get("/v2/images/ubuntu-24-04-x64").await.json;
    let id = by_slug["image"]["id"].as_u64().unwrap();
    assert_eq!(
        sim.get(&format!("/v2/images/{id}")).await.json["image"]["slug"],
        "ubuntu-24-04-x64"
    );
    sim.get("/v2/images/nope")
        .await
        .assert_error(404, "not_found");
    sim.put(&format!("/v2/images/{id}"), json!({"name": "mine"}))
        .await
        .assert_error(404, "not_found");
    let updated = sim
        .put(
            "/v2/images/170000001",
            json!({"name": "renamed", "description": "d"}),
        )
        .await;
    assert_eq!(updated.json["image"]["name"], "renamed");
    sim.put("/v2/images/170000001", json!({"name": ""}))
        .await
        .assert_error(422, "unprocessable_entity");
    let created = sim.post("/v2/images", json!({"name": "imported", "url": "http://x/img.qcow2", "region": "nyc3", "distribution": "Ubuntu"})).await;
    assert_eq!(created.status, 202, "{}", created.text);
    assert_eq!(created.json["image"]["status"], "NEW");
    sim.post("/v2/images", json!({"name": "x"}))
        .await
        .assert_error(422, "unprocessable_entity");
    assert_eq!(sim.delete("/v2/images/170000001").await.status, 204);
    sim.delete("/v2/images/170000001")
        .await
        .assert_error(404, "not_found");
    sim.delete(&format!("/v2/images/{id}"))
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn image_actions_return_bare_actions() {
    let sim = TestSim::new();
    let posted = sim
        .post(
            "/v2/images/170000001/actions",
            json!({"type": "transfer", "region": "sfo3"}),
        )
        .await;
    assert_eq!(posted.status, 201, "{}", posted.text);
    assert_eq!(posted.json["type"], "transfer", "bare action");
    assert_eq!(posted.json["resource_type"], "image");
    let action_id = posted.json["id"].as_u64().unwrap();
    sim.finish_actions();
    let got = sim
        .get(&format!("/v2/images/170000001/actions/{action_id}"))
        .await;
    assert_eq!(got.json["status"], "completed");
    let image = sim.get("/v2/images/170000001").await.json;
    assert!(image["image"]["regions"]
        .as_array()
        .unwrap()
        .contains(&json!("sfo3")));
    let listed = sim.get("/v2/images/170000001/actions").await.json;
    assert_eq!(listed["meta"]["total"], 1);
    sim.post(
        "/v2/images/170000001/actions",
        json!({"type": "transfer", "region": "moon"}),
    )
    .await
    .assert_error(422, "unprocessable_entity");
    sim.post("/v2/images/170000001/actions", json!({"type": "melt"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.get("/v2/images/1/actions")
        .await
        .assert_error(404, "not_found");
    sim.get(&format!("/v2/images/160000001/actions/{action_id}"))
        .await
        .assert_error(404, "not_found");
}
