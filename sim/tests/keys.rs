//! SSH keys chapter: create with a validated key and its MD5 fingerprint, duplicates,
//! get/update/delete by id and by fingerprint, list pagination.

mod common;

use common::TestSim;
use serde_json::json;

/// `ssh-keygen -t ed25519`-shaped key; fingerprint computed with `ssh-keygen -l -E md5`.
const ED25519: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A me@laptop";
const ED25519_MD5: &str = "2f:65:62:6f:8b:15:4a:72:71:27:ef:01:b8:40:e9:99";
/// Made with `ssh-keygen -t rsa -b 1024`.
const RSA: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCq6Q0hfBX05gol+VOvTpBQ/JCPCiFgbzt+Gskeq2JJkiZUvsi9kYnhAcG+DFMULAgWGGKkHSjE2BjJmD6/DQCQDUdf6K2CBvcK7tU5CWzc4gsbbD9du3WY271RdGA8CUTLn33HlWWWDS4jHswEPk5Y5CMfRkZjHOp6q597TzADzQ== r";
const RSA_MD5: &str = "ba:61:2e:44:bf:67:61:be:a1:e2:2f:56:af:03:8f:ad";

#[tokio::test]
async fn create_computes_the_md5_fingerprint() {
    let sim = TestSim::new();
    for (key, fingerprint) in [(ED25519, ED25519_MD5), (RSA, RSA_MD5)] {
        let reply = sim
            .post(
                "/v2/account/keys",
                json!({"name": "laptop", "public_key": key}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        let ssh_key = &reply.json["ssh_key"];
        assert_eq!(ssh_key["fingerprint"], fingerprint);
        assert_eq!(ssh_key["public_key"], key);
        assert_eq!(ssh_key["name"], "laptop");
        assert!(ssh_key["id"].as_u64().is_some());
    }
}

#[tokio::test]
async fn invalid_and_duplicate_keys_are_422() {
    let sim = TestSim::new();
    let bad = [
        json!({"name": "x"}),
        json!({"public_key": ED25519}),
        json!({"name": "x", "public_key": "ssh-dss AAAAB3NzaC1kc3MAAACBAP"}),
        json!({"name": "x", "public_key": "ssh-ed25519 not*base64"}),
        json!({"name": "x", "public_key": ED25519.replace("ssh-ed25519", "ssh-rsa")}),
        json!({"name": " ", "public_key": ED25519}),
    ];
    for body in bad {
        sim.post("/v2/account/keys", body)
            .await
            .assert_error(422, "unprocessable_entity");
    }
    let body = json!({"name": "one", "public_key": ED25519});
    assert_eq!(sim.post("/v2/account/keys", body.clone()).await.status, 201);
    let again = sim.post("/v2/account/keys", body).await;
    let message = again.assert_error(422, "unprocessable_entity");
    assert!(message.contains("already in use"), "{message}");
}

#[tokio::test]
async fn get_update_delete_by_id_or_fingerprint() {
    let sim = TestSim::new();
    let created = sim
        .post(
            "/v2/account/keys",
            json!({"name": "laptop", "public_key": ED25519}),
        )
        .await;
    let id = created.json["ssh_key"]["id"].as_u64().unwrap();
    let by_id = format!("/v2/account/keys/{id}");
    let by_fingerprint = format!("/v2/account/keys/{ED25519_MD5}");
    assert_eq!(sim.get(&by_id).await.json, created.json);
    assert_eq!(sim.get(&by_fingerprint).await.json, created.json);
    let renamed = sim.put(&by_fingerprint, json!({"name": "desk"})).await;
    assert_eq!(renamed.status, 200);
    assert_eq!(renamed.json["ssh_key"]["name"], "desk");
    assert_eq!(sim.get(&by_id).await.json["ssh_key"]["name"], "desk");
    sim.put(&by_id, json!({}))
        .await
        .assert_error(422, "unprocessable_entity");
    assert_eq!(sim.delete(&by_id).await.status, 204);
    sim.get(&by_fingerprint)
        .await
        .assert_error(404, "not_found");
    sim.put(&by_id, json!({"name": "x"}))
        .await
        .assert_error(404, "not_found");
    sim.delete(&by_fingerprint)
        .await
        .assert_error(404, "not_found");
    let unknown = sim.put("/v2/account/keys/1", json!({})).await;
    unknown.assert_error(404, "not_found");
}

#[tokio::test]
async fn list_is_paginated() {
    let sim = TestSim::new();
    for (name, key) in [("a", ED25519), ("b", RSA)] {
        sim.post("/v2/account/keys", json!({"name": name, "public_key": key}))
            .await;
    }
    let page = sim.get("/v2/account/keys?per_page=1&page=2").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.json["meta"]["total"], 2);
    assert_eq!(page.json["ssh_keys"][0]["name"], "b");
    assert!(page.json["links"]["pages"]["first"].is_string());
    let all = sim.get("/v2/account/keys").await;
    assert_eq!(all.json["ssh_keys"].as_array().unwrap().len(), 2);
    assert_eq!(all.json["links"], json!({}));
}
