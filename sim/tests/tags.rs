//! Tags chapter: create (name rules, case-stable names), list, get with resource counts,
//! tagging and untagging droplets and volumes (visible on the resources), delete.

mod common;

use common::TestSim;
use serde_json::{json, Value};

fn resources(items: &[(&str, &str)]) -> Value {
    let list: Vec<Value> = items
        .iter()
        .map(|(kind, id)| json!({"resource_type": kind, "resource_id": id}))
        .collect();
    json!({ "resources": list })
}

#[tokio::test]
async fn create_get_and_list() {
    let sim = TestSim::new();
    let reply = sim.post("/v2/tags", json!({"name": "PROD"})).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    assert_eq!(reply.json["tag"]["name"], "PROD");
    assert_eq!(reply.json["tag"]["resources"]["count"], 0);
    assert_eq!(
        reply.json["tag"]["resources"]["droplets"],
        json!({"count": 0})
    );
    let same = sim.post("/v2/tags", json!({"name": "prod"})).await;
    assert_eq!(same.json["tag"]["name"], "PROD", "names are case stable");
    assert_eq!(sim.get("/v2/tags/PROD").await.json["tag"]["name"], "PROD");
    sim.get("/v2/tags/prod")
        .await
        .assert_error(404, "not_found");
    sim.post("/v2/tags", json!({"name": "env:web"})).await;
    let list = sim.get("/v2/tags?per_page=1").await;
    assert_eq!(
        list.json["meta"]["total"].as_u64().unwrap(),
        3,
        "PROD, env:web and the seeded image tags"
    );
}

#[tokio::test]
async fn bad_names_are_422() {
    let sim = TestSim::new();
    let long = "x".repeat(256);
    for name in [
        json!(""),
        json!("has space"),
        json!("slash/no"),
        json!(long),
        json!(5),
    ] {
        let reply = sim.post("/v2/tags", json!({ "name": name })).await;
        reply.assert_error(422, "unprocessable_entity");
    }
    sim.post("/v2/tags", json!({}))
        .await
        .assert_error(422, "unprocessable_entity");
}

#[tokio::test]
async fn tagging_a_droplet_shows_in_its_tags_and_the_counts() {
    let sim = TestSim::new();
    let first = sim.droplet("web-1", &[]).await;
    let second = sim.droplet("web-2", &[]).await;
    sim.post("/v2/tags", json!({"name": "web"})).await;
    let body = resources(&[
        ("droplet", &first.to_string()),
        ("droplet", &second.to_string()),
    ]);
    let reply = sim.post("/v2/tags/web/resources", body).await;
    assert_eq!(reply.status, 204, "{}", reply.text);
    let droplet = sim.get(&format!("/v2/droplets/{first}")).await;
    assert_eq!(droplet.json["droplet"]["tags"], json!(["web"]));
    let tag = sim.get("/v2/tags/web").await.json["tag"].clone();
    assert_eq!(tag["resources"]["count"], 2);
    assert_eq!(tag["resources"]["droplets"]["count"], 2);
    let last = format!("https://api.digitalocean.com/v2/droplets/{second}");
    assert_eq!(tag["resources"]["last_tagged_uri"], last);
    assert_eq!(tag["resources"]["droplets"]["last_tagged_uri"], last);

    let untag = resources(&[("droplet", &second.to_string())]);
    assert_eq!(
        sim.call("DELETE", "/v2/tags/web/resources", Some(untag))
            .await
            .status,
        204
    );
    let droplet = sim.get(&format!("/v2/droplets/{second}")).await;
    assert_eq!(droplet.json["droplet"]["tags"], json!([]));
    let tag = sim.get("/v2/tags/web").await.json["tag"].clone();
    assert_eq!(tag["resources"]["count"], 1);
    let still = format!("https://api.digitalocean.com/v2/droplets/{first}");
    assert_eq!(tag["resources"]["last_tagged_uri"], still);
}

#[tokio::test]
async fn tagging_volumes_and_numeric_ids() {
    let sim = TestSim::new();
    let droplet = sim.droplet("db", &[]).await;
    let volume = sim
        .post(
            "/v2/volumes",
            json!({"name": "data", "size_gigabytes": 10, "region": "nyc3"}),
        )
        .await;
    let volume_id = volume.json["volume"]["id"].as_str().unwrap().to_string();
    sim.post("/v2/tags", json!({"name": "db"})).await;
    let body = json!({"resources": [
        {"resource_type": "volume", "resource_id": volume_id},
        {"resource_type": "droplet", "resource_id": droplet},
    ]});
    assert_eq!(sim.post("/v2/tags/db/resources", body).await.status, 204);
    let shown = sim.get(&format!("/v2/volumes/{volume_id}")).await;
    assert_eq!(shown.json["volume"]["tags"], json!(["db"]));
    let tag = sim.get("/v2/tags/db").await.json["tag"].clone();
    assert_eq!(tag["resources"]["volumes"]["count"], 1);
    assert_eq!(tag["resources"]["droplets"]["count"], 1);
    assert_eq!(tag["resources"]["count"], 2);
}

#[tokio::test]
async fn bad_tagging_requests() {
    let sim = TestSim::new();
    let droplet = sim.droplet("x", &[]).await.to_string();
    sim.post("/v2/tags", json!({"name": "t"})).await;
    let rows = [
        json!({}),
        json!({"resources": []}),
        resources(&[("database", "1")]),
        resources(&[("droplet", "")]),
        resources(&[("droplet", "999999")]),
        resources(&[("volume", "no-such-volume")]),
    ];
    for body in rows {
        let reply = sim.post("/v2/tags/t/resources", body.clone()).await;
        reply.assert_error(422, "unprocessable_entity");
    }
    let missing_tag = sim
        .post(
            "/v2/tags/nope/resources",
            resources(&[("droplet", &droplet)]),
        )
        .await;
    missing_tag.assert_error(404, "not_found");
    let droplet_json = sim.get(&format!("/v2/droplets/{droplet}")).await;
    assert_eq!(
        droplet_json.json["droplet"]["tags"],
        json!([]),
        "no partial tagging"
    );
}

#[tokio::test]
async fn delete_removes_the_tag_from_its_resources() {
    let sim = TestSim::new();
    let droplet = sim.droplet("tagged", &["temp"]).await;
    let listed = sim.get("/v2/tags").await;
    let names: Vec<&str> = listed.json["tags"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert!(
        names.contains(&"temp"),
        "tags given at droplet creation exist: {names:?}"
    );
    assert_eq!(sim.delete("/v2/tags/temp").await.status, 204);
    let shown = sim.get(&format!("/v2/droplets/{droplet}")).await;
    assert_eq!(shown.json["droplet"]["tags"], json!([]));
    sim.get("/v2/tags/temp")
        .await
        .assert_error(404, "not_found");
    sim.delete("/v2/tags/temp")
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn resources_created_with_tags_use_the_canonical_spelling() {
    let sim = TestSim::new();
    sim.post("/v2/tags", json!({"name": "DB"})).await;
    let body = json!({"name": "data", "size_gigabytes": 1, "region": "nyc3", "tags": ["db"]});
    let volume = sim.post("/v2/volumes", body).await;
    assert_eq!(
        volume.json["volume"]["tags"],
        json!(["DB"]),
        "{}",
        volume.text
    );
    let id = volume.json["volume"]["id"].as_str().unwrap();
    let tag = sim.get("/v2/tags/DB").await.json["tag"].clone();
    assert_eq!(tag["resources"]["volumes"]["count"], 1);
    let uri = format!("https://api.digitalocean.com/v2/volumes/{id}");
    assert_eq!(tag["resources"]["volumes"]["last_tagged_uri"], uri);
}
