//! Pagination: `dropletsAll` walks every page with a small page size; `imagesAll` keeps filters;
//! a generated list's every-page twin (`…All`) resolves every item with `meta.total`.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn droplets_all_walks_every_page() {
    let client = fresh().await;
    callj(
        &client,
        "createDroplet",
        &[r#"{"names": ["p-1", "p-2", "p-3", "p-4", "p-5"], "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}"#],
    )
    .await
    .expect("create 5");
    let small = client_with(r#"{"pageSize": 2}"#);
    let before = route_count(&small, "droplets_list").await;
    let all = callj(&small, "dropletsAll", &[])
        .await
        .expect("dropletsAll");
    assert_eq!(len(&all, "droplets"), 5, "{}", show(&all));
    assert_eq!(num(&all, "meta.total"), 5.0);
    let names: Vec<String> = (0..5)
        .map(|i| text(&all, &format!("droplets.{i}.name")))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 5, "no droplet twice: {names:?}");
    let pages = route_count(&small, "droplets_list").await - before;
    assert_eq!(pages, 3.0, "5 droplets at 2 per page are 3 requests");
}

#[wasm_bindgen_test]
async fn images_all_keeps_its_filters() {
    let client = fresh().await;
    let small = client_with(r#"{"pageSize": 3}"#);
    let all = callj(&small, "imagesAll", &[r#"{"type": "distribution"}"#])
        .await
        .expect("imagesAll");
    let count = len(&all, "images");
    assert!(count > 3, "more than one page of distributions: {count}");
    assert_eq!(num(&all, "meta.total") as u32, count);
    for i in 0..count {
        assert_eq!(
            text(&all, &format!("images.{i}.type")),
            "base",
            "{}",
            show(&all)
        );
    }
    let one_page = callj(&client, "images", &[r#"{"type": "distribution"}"#])
        .await
        .expect("images");
    assert_eq!(num(&one_page, "meta.total") as u32, count);
}

#[wasm_bindgen_test]
async fn generated_list_twin_walks_every_page() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createDroplet",
        &[r#"{"name": "twin-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}"#],
    )
    .await
    .expect("create");
    let id = num(&created, "droplet.id");
    let small = client_with(r#"{"pageSize": 1}"#);
    let all = callj(&small, "dropletsListFirewallsAll", &[&id.to_string()])
        .await
        .expect("dropletsListFirewallsAll");
    assert_eq!(len(&all, "firewalls"), 0, "{}", show(&all));
    assert_eq!(num(&all, "meta.total"), 0.0, "{}", show(&all));
    // The keyed list (an object by droplet id) has no twin: an unknown method.
    let missing = callj(&small, "dropletsListBackupPoliciesAll", &[]).await;
    assert!(missing.is_err(), "a twin of a keyed list");
    let policies = callj(&small, "dropletsListBackupPolicies", &[])
        .await
        .expect("dropletsListBackupPolicies");
    // The page as the API sends it: an object keyed by droplet id.
    assert_eq!(
        num(&policies, &format!("policies.{id}.droplet_id")),
        id,
        "{}",
        show(&policies)
    );
    assert_eq!(num(&policies, "meta.total"), 1.0, "{}", show(&policies));
}
