//! Domains and domain records: create, get, list with filters, update, delete.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn domains_crud() {
    let client = fresh().await;
    let created = callj(
        &client,
        "createDomain",
        &[r#"{"name": "example.com", "ip_address": "192.0.2.10"}"#],
    )
    .await
    .expect("createDomain");
    assert_eq!(text(&created, "domain.name"), "example.com");
    let again = callj(&client, "createDomain", &[r#"{"name": "example.com"}"#]).await;
    expect_error(again, 422, "unprocessable_entity");
    let got = callj(&client, "domain", &[r#""example.com""#])
        .await
        .expect("domain");
    assert!(
        text(&got, "domain.zone_file").contains("192.0.2.10"),
        "{}",
        show(&got)
    );
    let listed = callj(&client, "domains", &[]).await.expect("domains");
    assert_eq!(len(&listed, "domains"), 1);
    let deleted = callj(&client, "deleteDomain", &[r#""example.com""#])
        .await
        .expect("deleteDomain");
    assert!(deleted.is_undefined());
    expect_error(
        callj(&client, "domain", &[r#""example.com""#]).await,
        404,
        "not_found",
    );
}

#[wasm_bindgen_test]
async fn records_crud_and_filters() {
    let client = fresh().await;
    callj(&client, "createDomain", &[r#"{"name": "rec.example"}"#])
        .await
        .expect("createDomain");
    let record = callj(
        &client,
        "createRecord",
        &[
            r#""rec.example""#,
            r#"{"type": "A", "name": "www", "data": "192.0.2.1", "ttl": 1800}"#,
        ],
    )
    .await
    .expect("createRecord");
    let id = num(&record, "domain_record.id");
    let all = callj(&client, "domainRecords", &[r#""rec.example""#])
        .await
        .expect("domainRecords");
    assert!(
        len(&all, "domain_records") >= 5,
        "SOA + 3 NS + A: {}",
        show(&all)
    );
    let only_a = callj(
        &client,
        "domainRecords",
        &[r#""rec.example""#, r#"{"type": "A"}"#],
    )
    .await
    .expect("by type");
    assert_eq!(len(&only_a, "domain_records"), 1, "{}", show(&only_a));
    let by_name = callj(
        &client,
        "domainRecords",
        &[r#""rec.example""#, r#"{"name": "www.rec.example"}"#],
    )
    .await
    .expect("by name");
    assert_eq!(len(&by_name, "domain_records"), 1, "{}", show(&by_name));
    let one = call(
        &client,
        "domainRecord",
        &[js(r#""rec.example""#), JsValue::from_f64(id)],
    )
    .await
    .expect("get");
    assert_eq!(text(&one, "domain_record.data"), "192.0.2.1");
    let updated = call(
        &client,
        "updateRecord",
        &[
            js(r#""rec.example""#),
            JsValue::from_f64(id),
            js(r#"{"data": "192.0.2.2"}"#),
        ],
    )
    .await
    .expect("updateRecord");
    assert_eq!(text(&updated, "domain_record.data"), "192.0.2.2");
    let deleted = call(
        &client,
        "deleteRecord",
        &[js(r#""rec.example""#), JsValue::from_f64(id)],
    )
    .await
    .expect("delete");
    assert!(deleted.is_undefined());
    let gone = call(
        &client,
        "domainRecord",
        &[js(r#""rec.example""#), JsValue::from_f64(id)],
    )
    .await;
    expect_error(gone, 404, "not_found");
}
