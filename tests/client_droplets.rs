//! Droplets through the dispatcher against do-sim: create (waited, re-read), get by id and by
//! name, list, delete by id and by tag, and the droplet sub-resources.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const SPEC: &str = r#""region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64""#;

#[wasm_bindgen_test]
async fn readme_example_creates_a_running_droplet_with_networks() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createDroplet",
        &[&format!(r#"{{"name": "web-1", {SPEC}}}"#)],
    )
    .await
    .expect("createDroplet");
    assert_eq!(text(&created, "droplet.name"), "web-1");
    assert_eq!(
        text(&created, "droplet.status"),
        "active",
        "{}",
        show(&created)
    );
    assert!(
        len(&created, "droplet.networks.v4") > 0,
        "{}",
        show(&created)
    );
}

#[wasm_bindgen_test]
async fn create_with_names_resolves_every_droplet() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createDroplet",
        &[&format!(r#"{{"names": ["a-1", "a-2"], {SPEC}}}"#)],
    )
    .await
    .expect("createDroplet names");
    assert_eq!(len(&created, "droplets"), 2, "{}", show(&created));
    assert_eq!(text(&created, "droplets.0.status"), "active");
    assert_eq!(text(&created, "droplets.1.status"), "active");
}

#[wasm_bindgen_test]
async fn droplet_by_id_and_by_name_and_region() {
    let client = fresh().await;
    let first = droplet(&client, "same").await;
    let _second = droplet(&client, "same").await;
    let by_id = call(
        &client,
        "droplet",
        &[with("{}", "id", &JsValue::from_f64(first))],
    )
    .await
    .expect("by id");
    assert_eq!(num(&by_id, "droplet.id"), first);
    let by_string_id = callj(&client, "droplet", &[&format!(r#"{{"id": "{first}"}}"#)])
        .await
        .expect("string id");
    assert_eq!(num(&by_string_id, "droplet.id"), first);
    let by_name = callj(
        &client,
        "droplet",
        &[r#"{"name": "same", "region": "nyc3"}"#],
    )
    .await
    .expect("by name");
    assert_eq!(num(&by_name, "droplet.id"), first, "the lowest id wins");
    let missing = callj(
        &client,
        "droplet",
        &[r#"{"name": "same", "region": "fra1"}"#],
    )
    .await;
    expect_error(missing, 404, "not_found");
}

#[wasm_bindgen_test]
async fn find_by_name_picks_the_lowest_id_wherever_it_is_listed() {
    let client = fresh().await;
    let first = droplet(&client, "twin").await;
    let second = droplet(&client, "twin").await;
    assert!(first < second);
    // The same simulator behind a fetch that lists droplets in reverse order.
    let fetch = mock_fetch(
        "const target = new URL(url.pathname + url.search, SIM);
         const r = await fetch(new Request(target, req));
         if (req.method !== 'GET' || url.pathname !== '/v2/droplets') return r;
         const j = await r.json();
         j.droplets.reverse();
         return reply(r.status, j);"
            .replace("SIM", &format!("'{SIM_URL}'"))
            .as_str(),
    );
    let reversed = mock_client(&fetch, "{}");
    let listed = callj(&reversed, "droplets", &[]).await.expect("droplets");
    assert_eq!(num(&listed, "droplets.0.id"), second, "listed in reverse");
    let by_name = callj(
        &reversed,
        "droplet",
        &[r#"{"name": "twin", "region": "nyc3"}"#],
    )
    .await
    .expect("by name");
    assert_eq!(num(&by_name, "droplet.id"), first, "the lowest id wins");
}

#[wasm_bindgen_test]
async fn list_then_delete_by_id_and_by_tag() {
    let client = fresh().await;
    let keep = droplet(&client, "keep").await;
    tagged_droplets(&client, "doomed", &["t-1", "t-2"]).await;
    let listed = callj(&client, "droplets", &[]).await.expect("droplets");
    assert_eq!(len(&listed, "droplets"), 3, "{}", show(&listed));
    assert_eq!(num(&listed, "meta.total"), 3.0);

    let gone = callj(&client, "deleteDroplet", &[r#"{"tag": "doomed"}"#])
        .await
        .expect("delete by tag");
    assert!(
        gone.is_undefined(),
        "deletes resolve undefined: {}",
        show(&gone)
    );
    let deleted = call(
        &client,
        "deleteDroplet",
        &[with("{}", "id", &JsValue::from_f64(keep))],
    )
    .await
    .expect("delete");
    assert!(deleted.is_undefined());
    let after = callj(&client, "droplets", &[]).await.expect("droplets");
    assert_eq!(len(&after, "droplets"), 0, "{}", show(&after));
    let lookup = call(
        &client,
        "droplet",
        &[with("{}", "id", &JsValue::from_f64(keep))],
    )
    .await;
    expect_error(lookup, 404, "not_found");
}

#[wasm_bindgen_test]
async fn droplet_sub_resources() {
    let client = fresh().await;
    let id = droplet(&client, "subs").await;
    let by_id = with("{}", "id", &JsValue::from_f64(id));
    let actions = call(&client, "dropletActions", std::slice::from_ref(&by_id))
        .await
        .expect("dropletActions");
    assert!(
        len(&actions, "actions") >= 1,
        "the create action is listed: {}",
        show(&actions)
    );
    let backups = call(&client, "backups", &[JsValue::from_f64(id)])
        .await
        .expect("backups");
    assert_eq!(len(&backups, "backups"), 0);
    let snapshots = call(
        &client,
        "snapshots",
        &[with("{}", "droplet", &JsValue::from_f64(id))],
    )
    .await
    .expect("snapshots of a droplet");
    assert_eq!(len(&snapshots, "snapshots"), 0);
    let associated = call(&client, "associatedResources", std::slice::from_ref(&by_id))
        .await
        .expect("associated");
    assert!(
        at(&associated, "snapshots").is_object(),
        "{}",
        show(&associated)
    );
    let kernels = call(&client, "kernels", std::slice::from_ref(&by_id))
        .await
        .expect("kernels");
    let neighbors = call(&client, "neighbors", std::slice::from_ref(&by_id))
        .await
        .expect("neighbors");
    assert!(
        at(&neighbors, "droplets").is_object(),
        "{}",
        show(&neighbors)
    );
    assert!(len(&kernels, "kernels") >= 1, "{}", show(&kernels));
}
