//! Snapshots chapter: droplet and volume snapshots listed together, the `resource_type`
//! filter, get and delete.

mod common;

use common::TestSim;
use serde_json::json;

async fn volume_snapshot(sim: &TestSim) -> String {
    let volume = sim
        .post(
            "/v2/volumes",
            json!({"name": "data", "size_gigabytes": 10, "region": "nyc3"}),
        )
        .await;
    let id = volume.json["volume"]["id"].as_str().unwrap().to_string();
    let snapshot = sim
        .post(
            &format!("/v2/volumes/{id}/snapshots"),
            json!({"name": "vsnap"}),
        )
        .await;
    assert_eq!(snapshot.status, 201, "{}", snapshot.text);
    snapshot.json["snapshot"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn droplet_snapshot(sim: &TestSim) -> (u64, String) {
    let droplet = sim.droplet("web", &[]).await;
    sim.finish_actions();
    let body = json!({"type": "snapshot", "name": "dsnap"});
    let action = sim
        .post(&format!("/v2/droplets/{droplet}/actions"), body)
        .await;
    assert!(action.status < 300, "{}", action.text);
    sim.finish_actions();
    let list = sim.get("/v2/snapshots?resource_type=droplet").await;
    let id = list.json["snapshots"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    (droplet, id)
}

#[tokio::test]
async fn lists_droplet_and_volume_snapshots_with_a_type_filter() {
    let sim = TestSim::new();
    let volume_snap = volume_snapshot(&sim).await;
    let (droplet, droplet_snap) = droplet_snapshot(&sim).await;
    assert!(
        !droplet_snap.is_empty(),
        "the snapshot action added a droplet snapshot"
    );
    let all = sim.get("/v2/snapshots").await;
    assert_eq!(all.status, 200);
    assert_eq!(all.json["meta"]["total"], 2);
    let volumes = sim.get("/v2/snapshots?resource_type=volume").await;
    assert_eq!(volumes.json["snapshots"][0]["id"], volume_snap.as_str());
    assert_eq!(volumes.json["meta"]["total"], 1);
    let droplets = sim.get("/v2/snapshots?resource_type=droplet").await;
    let snapshot = &droplets.json["snapshots"][0];
    assert_eq!(snapshot["resource_id"], droplet.to_string());
    assert_eq!(snapshot["name"], "dsnap");
    let page = sim.get("/v2/snapshots?per_page=1").await;
    assert!(page.json["links"]["pages"]["next"].is_string());
    sim.get("/v2/snapshots?resource_type=image")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn get_and_delete_either_kind() {
    let sim = TestSim::new();
    let volume_snap = volume_snapshot(&sim).await;
    let (droplet, droplet_snap) = droplet_snapshot(&sim).await;
    for id in [&volume_snap, &droplet_snap] {
        let reply = sim.get(&format!("/v2/snapshots/{id}")).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.json["snapshot"]["id"], id.as_str());
    }
    assert_eq!(
        sim.delete(&format!("/v2/snapshots/{droplet_snap}"))
            .await
            .status,
        204
    );
    let shown = sim.get(&format!("/v2/droplets/{droplet}")).await;
    let numeric: u64 = droplet_snap.parse().unwrap();
    let ids = shown.json["droplet"]["snapshot_ids"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        !ids.contains(&json!(numeric)),
        "the droplet forgets the snapshot: {ids:?}"
    );
    assert_eq!(
        sim.delete(&format!("/v2/snapshots/{volume_snap}"))
            .await
            .status,
        204
    );
    assert_eq!(sim.get("/v2/snapshots").await.json["meta"]["total"], 0);
    sim.get(&format!("/v2/snapshots/{volume_snap}"))
        .await
        .assert_error(404, "not_found");
    sim.delete("/v2/snapshots/12345")
        .await
        .assert_error(404, "not_found");
}

#[tokio::test]
async fn droplet_snapshots_are_not_volume_snapshots() {
    let sim = TestSim::new();
    let (_, droplet_snap) = droplet_snapshot(&sim).await;
    let path = format!("/v2/volumes/snapshots/{droplet_snap}");
    sim.get(&path).await.assert_error(404, "not_found");
    sim.delete(&path).await.assert_error(404, "not_found");
    assert_eq!(
        sim.get(&format!("/v2/snapshots/{droplet_snap}"))
            .await
            .status,
        200
    );
}
