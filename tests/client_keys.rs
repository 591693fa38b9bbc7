//! SSH keys: create, get, update, list, delete.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const PUBLIC_KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJrJ2Z0dGVzdGtleWZvcmRpZ2l0YWxvY2VhbndhcwAA test@example";

#[wasm_bindgen_test]
async fn keys_crud() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createKey",
        &[&format!(
            r#"{{"name": "laptop", "public_key": "{PUBLIC_KEY}"}}"#
        )],
    )
    .await
    .expect("createKey");
    let id = num(&created, "ssh_key.id");
    assert!(!text(&created, "ssh_key.fingerprint").is_empty());
    let got = call(&client, "key", &[JsValue::from_f64(id)])
        .await
        .expect("key");
    assert_eq!(text(&got, "ssh_key.name"), "laptop");
    let updated = call(
        &client,
        "updateKey",
        &[JsValue::from_f64(id), js(r#"{"name": "desk"}"#)],
    )
    .await
    .expect("update");
    assert_eq!(text(&updated, "ssh_key.name"), "desk");
    let listed = callj(&client, "keys", &[]).await.expect("keys");
    assert_eq!(len(&listed, "ssh_keys"), 1);
    let deleted = call(&client, "deleteKey", &[JsValue::from_f64(id)])
        .await
        .expect("deleteKey");
    assert!(deleted.is_undefined());
    expect_error(
        call(&client, "key", &[JsValue::from_f64(id)]).await,
        404,
        "not_found",
    );
}
