//! Domains chapter: create (with DigitalOcean's starter records), get with the zone file,
//! list with pagination, delete, and the 401/404/422 replies.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn create_answers_201_and_get_shows_the_zone_file() {
    let sim = TestSim::new();
    let reply = sim.example_domain().await;
    let domain = &reply.json["domain"];
    assert_eq!(domain["name"], "example.com");
    assert_eq!(domain["ttl"], 1800);
    assert!(
        domain["zone_file"].is_null(),
        "as on DigitalOcean: {}",
        reply.text
    );
    let shown = sim.get("/v2/domains/example.com").await;
    assert_eq!(shown.status, 200);
    let zone = shown.json["domain"]["zone_file"].as_str().unwrap();
    assert!(
        zone.starts_with("$ORIGIN example.com.\n$TTL 1800\n"),
        "{zone}"
    );
    assert!(zone.contains("example.com. IN SOA ns1.digitalocean.com. hostmaster.example.com. "));
    for ns in ["ns1", "ns2", "ns3"] {
        assert!(zone.contains(&format!("example.com. 1800 IN NS {ns}.digitalocean.com.\n")));
    }
    assert!(
        zone.contains("example.com. 1800 IN A 192.0.2.1\n"),
        "{zone}"
    );
}

#[tokio::test]
async fn get_reflects_record_changes_in_the_zone_file() {
    let sim = TestSim::new();
    sim.post("/v2/domains", json!({"name": "example.org"}))
        .await;
    let record = json!({"type": "CNAME", "name": "www", "data": "@"});
    let created = sim.post("/v2/domains/example.org/records", record).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let reply = sim.get("/v2/domains/EXAMPLE.org").await;
    assert_eq!(reply.status, 200);
    let zone = reply.json["domain"]["zone_file"].as_str().unwrap();
    assert!(
        zone.contains("www.example.org. 1800 IN CNAME example.org.\n"),
        "{zone}"
    );
    assert!(
        !zone.contains(" IN A "),
        "no ip_address, no A record: {zone}"
    );
}

#[tokio::test]
async fn creating_an_existing_domain_is_422_already_exists() {
    let sim = TestSim::new();
    assert_eq!(
        sim.post("/v2/domains", json!({"name": "example.com"}))
            .await
            .status,
        201
    );
    let again = sim
        .post("/v2/domains", json!({"name": "Example.COM"}))
        .await;
    let message = again.assert_error(422, "unprocessable_entity");
    assert!(message.contains("already exists"), "{message}");
}

#[tokio::test]
async fn invalid_names_and_addresses_are_422() {
    let sim = TestSim::new();
    let bodies = [
        json!({}),
        json!({"name": "localhost"}),
        json!({"name": "bad..example.com"}),
        json!({"name": "example.com", "ip_address": "999.1.1.1"}),
        json!({"name": "example.com", "ip_address": 7}),
    ];
    for body in bodies {
        sim.post("/v2/domains", body)
            .await
            .assert_error(422, "unprocessable_entity");
    }
    assert_eq!(
        sim.get("/v2/domains").await.json["meta"]["total"],
        0,
        "nothing was created"
    );
}

#[tokio::test]
async fn list_is_sorted_and_paginated() {
    let sim = TestSim::new();
    for name in ["c.example", "a.example", "b.example"] {
        sim.post("/v2/domains", json!({"name": name})).await;
    }
    let first = sim.get("/v2/domains?per_page=2").await;
    assert_eq!(first.status, 200);
    let names: Vec<&str> = first.json["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.example", "b.example"]);
    assert_eq!(first.json["meta"]["total"], 3);
    let next = first.json["links"]["pages"]["next"].as_str().unwrap();
    assert_eq!(next, "http://sim.test/v2/domains?page=2&per_page=2");
    let second = sim.get("/v2/domains?page=2&per_page=2").await;
    assert_eq!(second.json["domains"][0]["name"], "c.example");
    assert!(second.json["links"]["pages"].get("next").is_none());
}

#[tokio::test]
async fn delete_removes_the_domain_and_its_records() {
    let sim = TestSim::new();
    sim.post("/v2/domains", json!({"name": "gone.example"}))
        .await;
    let reply = sim.delete("/v2/domains/gone.example").await;
    assert_eq!(reply.status, 204);
    assert!(reply.text.is_empty());
    sim.get("/v2/domains/gone.example")
        .await
        .assert_error(404, "not_found");
    sim.get("/v2/domains/gone.example/records")
        .await
        .assert_error(404, "not_found");
    sim.delete("/v2/domains/gone.example")
        .await
        .assert_error(404, "not_found");
    // Re-creating starts from fresh starter records.
    sim.post("/v2/domains", json!({"name": "gone.example"}))
        .await;
    let records = sim.get("/v2/domains/gone.example/records").await;
    assert_eq!(records.json["meta"]["total"], 4);
}

#[tokio::test]
async fn requests_without_a_token_are_401() {
    let sim = TestSim::new();
    let reply = sim.send("GET", "/v2/domains", None, &[]).await;
    reply.assert_error(401, "unauthorized");
}

#[tokio::test]
async fn meta_reset_forgets_domains() {
    let sim = TestSim::new();
    sim.post("/v2/domains", json!({"name": "example.com"}))
        .await;
    assert_eq!(sim.call("POST", "/meta/reset", None).await.status, 204);
    assert_eq!(sim.get("/v2/domains").await.json["meta"]["total"], 0);
    sim.get("/v2/domains/example.com/records")
        .await
        .assert_error(404, "not_found");
}
