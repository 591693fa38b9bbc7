//! Read-only catalogues: images (with filters), regions, sizes, account.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn images_regions_sizes_account() {
    let client = fresh().await;
    let images = callj(&client, "images", &[]).await.expect("images");
    assert!(len(&images, "images") > 0);
    let apps = callj(&client, "images", &[r#"{"type": "application"}"#])
        .await
        .expect("application images");
    assert!(len(&apps, "images") > 0);
    let private = callj(&client, "images", &[r#"{"private": true}"#])
        .await
        .expect("private images");
    for i in 0..len(&private, "images") {
        assert_eq!(
            at(&private, &format!("images.{i}.public")).as_bool(),
            Some(false),
            "{}",
            show(&private)
        );
    }
    let regions = callj(&client, "regions", &[]).await.expect("regions");
    assert!((0..len(&regions, "regions"))
        .any(|i| text(&regions, &format!("regions.{i}.slug")) == "nyc3"));
    let sizes = callj(&client, "sizes", &[]).await.expect("sizes");
    assert!((0..len(&sizes, "sizes"))
        .any(|i| text(&sizes, &format!("sizes.{i}.slug")) == "s-1vcpu-1gb"));
    let account = callj(&client, "account", &[]).await.expect("account");
    assert!(num(&account, "account.droplet_limit") > 0.0);
}
