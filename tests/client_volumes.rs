//! Volumes: create, get by id and by name, list by name, snapshots, attach/detach/resize
//! (the client adds the action `type`), delete by id and by name.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn volumes_lifecycle() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createVolume",
        &[r#"{"name": "vol-1", "region": "nyc3", "size_gigabytes": 10}"#],
    )
    .await
    .expect("createVolume");
    let id = text(&created, "volume.id");
    let by_id = call(
        &client,
        "volume",
        &[with("{}", "id", &JsValue::from_str(&id))],
    )
    .await
    .expect("by id");
    assert_eq!(text(&by_id, "volume.name"), "vol-1");
    let by_name = callj(
        &client,
        "volume",
        &[r#"{"name": "vol-1", "region": "nyc3"}"#],
    )
    .await
    .expect("by name");
    assert_eq!(text(&by_name, "volume.id"), id);
    let listed = callj(&client, "volumes", &[r#"{"name": "vol-1"}"#])
        .await
        .expect("volumes by name");
    assert_eq!(len(&listed, "volumes"), 1);

    let droplet_id = droplet(&client, "host").await;
    let attach = format!(r#"{{"droplet_id": {droplet_id}, "region": "nyc3"}}"#);
    let attached = call(
        &client,
        "volumeAttach",
        &[JsValue::from_str(&id), js(&attach)],
    )
    .await
    .expect("attach");
    assert_eq!(
        text(&attached, "action.status"),
        "completed",
        "{}",
        show(&attached)
    );
    assert_eq!(text(&attached, "action.type"), "attach_volume");
    let after = call(
        &client,
        "volume",
        &[with("{}", "id", &JsValue::from_str(&id))],
    )
    .await
    .expect("volume");
    assert_eq!(num(&after, "volume.droplet_ids.0"), droplet_id);
    call(
        &client,
        "volumeDetach",
        &[JsValue::from_str(&id), js(&attach)],
    )
    .await
    .expect("detach");
    call(
        &client,
        "volumeResize",
        &[
            JsValue::from_str(&id),
            js(r#"{"size_gigabytes": 20, "region": "nyc3"}"#),
        ],
    )
    .await
    .expect("resize");
    let resized = call(
        &client,
        "volume",
        &[with("{}", "id", &JsValue::from_str(&id))],
    )
    .await
    .expect("volume");
    assert_eq!(num(&resized, "volume.size_gigabytes"), 20.0);

    let snap = call(
        &client,
        "createSnapshot",
        &[JsValue::from_str(&id), js(r#"{"name": "snap-1"}"#)],
    )
    .await
    .expect("createSnapshot");
    let snap_id = text(&snap, "snapshot.id");
    let snaps = call(
        &client,
        "snapshots",
        &[with("{}", "volume", &JsValue::from_str(&id))],
    )
    .await
    .expect("snapshots");
    assert_eq!(len(&snaps, "snapshots"), 1);
    call(&client, "deleteSnapshot", &[JsValue::from_str(&snap_id)])
        .await
        .expect("deleteSnapshot");

    let deleted = callj(
        &client,
        "deleteVolume",
        &[r#"{"name": "vol-1", "region": "nyc3"}"#],
    )
    .await
    .expect("delete");
    assert!(deleted.is_undefined());
    let gone = callj(&client, "volumes", &[]).await.expect("volumes");
    assert_eq!(len(&gone, "volumes"), 0);
}
