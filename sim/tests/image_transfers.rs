//! Image account transfers: only snapshot images, one pending transfer per image, accept
//! moves the image away, cancel and decline keep it; 400 for bad bodies, 404 for unknown
//! images and transfers.

mod common;

use common::TestSim;
use serde_json::json;

const TEAM: &str = "4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf";

/// A private snapshot image (the seeded custom image, converted); returns its id.
async fn snapshot_image(sim: &TestSim) -> u64 {
    let converted = sim
        .post("/v2/images/170000001/actions", json!({"type": "convert"}))
        .await;
    assert_eq!(converted.status, 201, "{}", converted.text);
    assert_eq!(
        converted.json["region"]["slug"], "nyc3",
        "where the image is"
    );
    sim.finish_actions();
    let image = sim.get("/v2/images/170000001").await;
    assert_eq!(image.json["image"]["type"], "snapshot");
    170_000_001
}

fn transfer_path(image: u64, end: &str) -> String {
    format!("/v2/images/{image}/account_transfer{end}")
}

#[tokio::test]
async fn cancel_and_decline_keep_the_image() {
    let sim = TestSim::new();
    let image = snapshot_image(&sim).await;
    for end in ["/cancel", "/decline"] {
        let created = sim
            .post(
                &transfer_path(image, ""),
                json!({"recipient_email": "alice@example.com"}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text);
        let id = created.json["transfer_id"].as_u64().unwrap();
        assert!(id > 0, "pending transfers have a non-zero id");
        sim.post(&transfer_path(image, ""), json!({"recipient_uuid": TEAM}))
            .await
            .assert_error(400, "bad_request");
        sim.post(&transfer_path(image, end), json!({"transfer_id": id + 1}))
            .await
            .assert_error(404, "not_found");
        let ended = sim
            .post(&transfer_path(image, end), json!({"transfer_id": id}))
            .await;
        assert_eq!(ended.status, 204, "{}", ended.text);
        assert!(ended.text.is_empty());
        sim.post(&transfer_path(image, end), json!({"transfer_id": id}))
            .await
            .assert_error(404, "not_found");
        assert_eq!(sim.get(&format!("/v2/images/{image}")).await.status, 200);
    }
}

#[tokio::test]
async fn accept_moves_the_image_to_the_recipient() {
    let sim = TestSim::new();
    let image = snapshot_image(&sim).await;
    let created = sim
        .post(&transfer_path(image, ""), json!({"recipient_uuid": TEAM}))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.json["transfer_id"].as_u64().unwrap();
    let accept = transfer_path(image, "/accept");
    sim.post(&accept, json!({"transfer_id": id}))
        .await
        .assert_error(400, "bad_request");
    sim.post(
        &accept,
        json!({"transfer_id": id, "recipient_uuid": "another-team"}),
    )
    .await
    .assert_error(400, "bad_request");
    let accepted = sim
        .post(&accept, json!({"transfer_id": id, "recipient_uuid": TEAM}))
        .await;
    assert_eq!(accepted.status, 201, "{}", accepted.text);
    assert!(accepted.text.is_empty(), "no body: {}", accepted.text);
    sim.get(&format!("/v2/images/{image}"))
        .await
        .assert_error(404, "not_found");
    sim.post(
        &transfer_path(image, ""),
        json!({"recipient_email": "alice@example.com"}),
    )
    .await
    .assert_error(404, "not_found");
}

#[tokio::test]
async fn droplet_snapshots_can_be_transferred() {
    let sim = TestSim::new();
    let droplet = sim.droplet("snapper", &[]).await;
    sim.finish_actions();
    let action = sim
        .droplet_action(droplet, json!({"type": "snapshot"}))
        .await;
    assert_eq!(action.status, 201, "{}", action.text);
    sim.finish_actions();
    let list = sim.get("/v2/snapshots?resource_type=droplet").await;
    let snapshot: u64 = list.json["snapshots"][0]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let created = sim
        .post(
            &transfer_path(snapshot, ""),
            json!({"recipient_email": "bob@example.com"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.json["transfer_id"].clone();
    let accepted = sim
        .post(
            &transfer_path(snapshot, "/accept"),
            json!({"transfer_id": id, "recipient_uuid": TEAM}),
        )
        .await;
    assert_eq!(accepted.status, 201, "{}", accepted.text);
    sim.get(&format!("/v2/snapshots/{snapshot}"))
        .await
        .assert_error(404, "not_found");
    let shown = sim.get(&format!("/v2/droplets/{droplet}")).await;
    assert_eq!(shown.json["droplet"]["snapshot_ids"], json!([]));
}

#[tokio::test]
async fn only_snapshot_images_and_valid_bodies() {
    let sim = TestSim::new();
    let email = json!({"recipient_email": "alice@example.com"});
    for image in ["ubuntu-24-04-x64", "160000001", "170000001"] {
        let reply = sim
            .post(
                &format!("/v2/images/{image}/account_transfer"),
                email.clone(),
            )
            .await;
        let message = reply.assert_error(400, "bad_request");
        assert!(message.contains("snapshot"), "{message}");
    }
    sim.post(&transfer_path(999_999_999, ""), email.clone())
        .await
        .assert_error(404, "not_found");
    let image = snapshot_image(&sim).await;
    for body in [
        json!({}),
        json!({"recipient_email": "not-an-address"}),
        json!({"recipient_email": "alice@example.com", "recipient_uuid": TEAM}),
        json!({"recipient_uuid": ""}),
        json!({"recipient_uuid": 7}),
    ] {
        sim.post(&transfer_path(image, ""), body)
            .await
            .assert_error(400, "bad_request");
    }
    for end in ["/accept", "/cancel", "/decline"] {
        for body in [json!({}), json!({"transfer_id": "1"})] {
            sim.post(&transfer_path(image, end), body)
                .await
                .assert_error(400, "bad_request");
        }
    }
    let body = email.to_string();
    sim.send("POST", &transfer_path(image, ""), Some(&body), &[])
        .await
        .assert_error(401, "unauthorized");
}

#[tokio::test]
async fn reset_drops_pending_transfers() {
    let sim = TestSim::new();
    let image = snapshot_image(&sim).await;
    let created = sim
        .post(&transfer_path(image, ""), json!({"recipient_uuid": TEAM}))
        .await;
    let id = created.json["transfer_id"].clone();
    assert_eq!(sim.post("/meta/reset", json!({})).await.status, 204);
    let image = snapshot_image(&sim).await;
    sim.post(&transfer_path(image, "/cancel"), json!({"transfer_id": id}))
        .await
        .assert_error(404, "not_found");
}
