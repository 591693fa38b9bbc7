//! Domain records chapter: the starter records, filters (`type`, `name` as a fully
//! qualified name), pagination, per-type validation, PUT and PATCH, delete, and 404s.

mod common;

use common::TestSim;
use serde_json::{json, Value};

async fn with_domain() -> TestSim {
    let sim = TestSim::new();
    sim.example_domain().await;
    sim
}

fn types(list: &Value) -> Vec<String> {
    list["domain_records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_new_domain_lists_soa_ns_and_a() {
    let sim = with_domain().await;
    let reply = sim.get("/v2/domains/example.com/records").await;
    assert_eq!(reply.status, 200);
    assert_eq!(types(&reply.json), ["SOA", "NS", "NS", "NS", "A"]);
    let ns = &reply.json["domain_records"][1];
    assert_eq!(ns["name"], "@");
    assert_eq!(ns["data"], "ns1.digitalocean.com");
    assert_eq!(ns["ttl"], 1800);
    for key in ["priority", "port", "weight", "flags", "tag"] {
        assert!(ns[key].is_null(), "{key} is null on NS");
    }
}

#[tokio::test]
async fn filters_by_type_and_fully_qualified_name() {
    let sim = with_domain().await;
    let www = json!({"type": "A", "name": "www", "data": "192.0.2.7"});
    assert_eq!(
        sim.post("/v2/domains/example.com/records", www)
            .await
            .status,
        201
    );
    let ns = sim.get("/v2/domains/example.com/records?type=NS").await;
    assert_eq!(ns.json["meta"]["total"], 3);
    let by_name = sim
        .get("/v2/domains/example.com/records?name=www.example.com")
        .await;
    assert_eq!(by_name.json["meta"]["total"], 1);
    assert_eq!(by_name.json["domain_records"][0]["data"], "192.0.2.7");
    let both = sim
        .get("/v2/domains/example.com/records?type=A&name=example.com")
        .await;
    assert_eq!(both.json["domain_records"][0]["data"], "192.0.2.1");
    assert_eq!(both.json["meta"]["total"], 1);
    let relative = sim.get("/v2/domains/example.com/records?name=www").await;
    assert_eq!(
        relative.json["meta"]["total"], 0,
        "the name filter takes the FQDN"
    );
}

#[tokio::test]
async fn list_is_paginated() {
    let sim = with_domain().await;
    let page = sim
        .get("/v2/domains/example.com/records?per_page=2&page=3")
        .await;
    assert_eq!(types(&page.json), ["A"]);
    assert_eq!(page.json["meta"]["total"], 5);
    assert!(page.json["links"]["pages"]["prev"]
        .as_str()
        .unwrap()
        .contains("page=2"));
    sim.get("/v2/domains/example.com/records?per_page=500")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn creates_every_record_type_with_its_fields() {
    let sim = with_domain().await;
    let rows = [
        json!({"type": "AAAA", "name": "v6", "data": "2001:db8::1"}),
        json!({"type": "CNAME", "name": "blog", "data": "www.example.com."}),
        json!({"type": "MX", "name": "@", "data": "mail.example.com.", "priority": 10}),
        json!({"type": "TXT", "name": "@", "data": "v=spf1 -all", "ttl": 300}),
        json!({"type": "NS", "name": "sub", "data": "ns1.other.net."}),
        json!({"type": "SRV", "name": "_sip._tcp", "data": "sip.example.com.", "priority": 1, "port": 5060, "weight": 5}),
        json!({"type": "CAA", "name": "@", "data": "letsencrypt.org", "flags": 0, "tag": "issue"}),
    ];
    for row in rows {
        let reply = sim
            .post("/v2/domains/example.com/records", row.clone())
            .await;
        assert_eq!(reply.status, 201, "{row}: {}", reply.text);
        let record = &reply.json["domain_record"];
        assert!(record["id"].as_u64().is_some());
        for (key, value) in row.as_object().unwrap() {
            assert_eq!(&record[key], value, "{key} of {row}");
        }
    }
    let zone = sim.get("/v2/domains/example.com").await.json["domain"]["zone_file"].clone();
    let zone = zone.as_str().unwrap();
    assert!(
        zone.contains("_sip._tcp.example.com. 1800 IN SRV 1 5 5060 sip.example.com.\n"),
        "{zone}"
    );
    assert!(zone.contains("example.com. 1800 IN CAA 0 issue \"letsencrypt.org\"\n"));
    assert!(zone.contains("example.com. 300 IN TXT \"v=spf1 -all\"\n"));
}

#[tokio::test]
async fn invalid_records_are_422_with_a_reason() {
    let sim = with_domain().await;
    let rows = [
        (
            json!({"type": "A", "name": "www", "data": "not-an-ip"}),
            "IPv4",
        ),
        (
            json!({"type": "AAAA", "name": "www", "data": "192.0.2.1"}),
            "IPv6",
        ),
        (
            json!({"type": "MX", "name": "@", "data": "mail.example.com."}),
            "Priority",
        ),
        (
            json!({"type": "SRV", "name": "_x._tcp", "data": "h.example.com.", "priority": 1, "weight": 1}),
            "Port",
        ),
        (
            json!({"type": "CAA", "name": "@", "data": "ca.example", "flags": 0, "tag": "bogus"}),
            "Tag",
        ),
        (
            json!({"type": "CAA", "name": "@", "data": "ca.example", "flags": 300, "tag": "issue"}),
            "Flags",
        ),
        (json!({"type": "SOA", "name": "@", "data": "x"}), "SOA"),
        (
            json!({"type": "LOC", "name": "@", "data": "x"}),
            "record type",
        ),
        (json!({"type": "A", "data": "192.0.2.1"}), "Name"),
        (json!({"type": "TXT", "name": "@"}), "Data"),
        (
            json!({"type": "A", "name": "www", "data": "192.0.2.1", "ttl": 1}),
            "TTL",
        ),
        (
            json!({"type": "A", "name": "www", "data": "192.0.2.1", "priority": "high"}),
            "Invalid record",
        ),
    ];
    for (row, needle) in rows {
        let reply = sim
            .post("/v2/domains/example.com/records", row.clone())
            .await;
        let message = reply.assert_error(422, "unprocessable_entity");
        assert!(message.contains(needle), "{row}: {message}");
    }
    let missing = sim
        .post("/v2/domains/nope.com/records", json!({"type": "A"}))
        .await;
    missing.assert_error(404, "not_found");
}

#[tokio::test]
async fn get_put_patch_and_delete_a_record() {
    let sim = with_domain().await;
    let created = sim
        .post(
            "/v2/domains/example.com/records",
            json!({"type": "A", "name": "app", "data": "192.0.2.5"}),
        )
        .await;
    let id = created.json["domain_record"]["id"].as_u64().unwrap();
    let path = format!("/v2/domains/example.com/records/{id}");
    assert_eq!(sim.get(&path).await.json["domain_record"]["name"], "app");
    let put = sim
        .put(&path, json!({"name": "api", "data": "192.0.2.6"}))
        .await;
    assert_eq!(put.status, 200, "{}", put.text);
    assert_eq!(put.json["domain_record"]["name"], "api");
    let patch = sim.patch(&path, json!({"ttl": 60})).await;
    assert_eq!(patch.json["domain_record"]["ttl"], 60);
    assert_eq!(
        patch.json["domain_record"]["data"], "192.0.2.6",
        "PATCH keeps other fields"
    );
    sim.patch(&path, json!({"type": "TXT"}))
        .await
        .assert_error(422, "unprocessable_entity");
    sim.patch(&path, json!({"data": "x"}))
        .await
        .assert_error(422, "unprocessable_entity");
    assert_eq!(sim.delete(&path).await.status, 204);
    sim.get(&path).await.assert_error(404, "not_found");
    sim.put(&path, json!({"ttl": 60}))
        .await
        .assert_error(404, "not_found");
    sim.delete(&path).await.assert_error(404, "not_found");
    sim.get("/v2/domains/example.com/records/abc")
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn soa_changes_only_its_ttl_and_cannot_be_deleted() {
    let sim = with_domain().await;
    let list = sim.get("/v2/domains/example.com/records?type=SOA").await;
    let soa = &list.json["domain_records"][0];
    let path = format!("/v2/domains/example.com/records/{}", soa["id"]);
    let updated = sim
        .patch(&path, json!({"ttl": 3600, "data": "ignored"}))
        .await;
    assert_eq!(updated.json["domain_record"]["ttl"], 3600);
    assert_eq!(updated.json["domain_record"]["data"], soa["data"]);
    sim.delete(&path)
        .await
        .assert_error(422, "unprocessable_entity");
    let zone = sim.get("/v2/domains/example.com").await.json["domain"]["zone_file"].clone();
    assert!(
        zone.as_str().unwrap().contains(" 10800 3600 604800 3600\n"),
        "{zone}"
    );
}

#[tokio::test]
async fn records_of_another_domain_are_not_found() {
    let sim = with_domain().await;
    sim.post("/v2/domains", json!({"name": "other.com"})).await;
    let list = sim.get("/v2/domains/example.com/records").await;
    let id = &list.json["domain_records"][0]["id"];
    sim.get(&format!("/v2/domains/other.com/records/{id}"))
        .await
        .assert_error(404, "not_found");
}
