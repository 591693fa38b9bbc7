//! Errors: bad arguments rejected before any request, bad options thrown by the constructor,
//! 401, 404, invalid replies, network failures; and the instance keeps working afterwards.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use digitalocean_wasm::js::client::DigitalOceanCore;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

async fn total_requests(client: &DigitalOceanCore) -> f64 {
    num(
        &callj(client, "metaStatistics", &[]).await.expect("stats"),
        "requests.total",
    )
}

#[wasm_bindgen_test]
async fn bad_arguments_reject_before_any_request() {
    let client = fresh().await;
    let before = total_requests(&client).await;
    let cases: &[(&str, &[&str], &str)] = &[
        ("droplet", &["{}"], "droplet"),
        ("droplet", &[r#"{"id": 1, "tag": "x"}"#], "tag"),
        ("droplet", &[r#"{"id": "12abc"}"#], "id"),
        ("droplet", &[r#"{"id": true}"#], "id"),
        ("droplet", &[r#"{"name": "", "region": "nyc3"}"#], "name"),
        ("domain", &[r#""""#], "name"),
        ("reboot", &[r#"{"id": 1, "colour": "red"}"#], "colour"),
        ("noSuchMethod", &[], "noSuchMethod"),
    ];
    for (name, args, mentions) in cases {
        let error = expect_error(callj(&client, name, args).await, 0, "bad_argument");
        assert!(
            text(&error, "message").contains(mentions),
            "{name}{args:?}: message should name {mentions}: {}",
            show(&error)
        );
        assert_eq!(text(&error, "name"), "DigitalOceanError");
    }
    let bad_options = callj(&client, "account", &[r#"{"wait": "yes"}"#]).await;
    expect_error(bad_options, 0, "bad_argument");
    assert_eq!(
        total_requests(&client).await,
        before,
        "no request reached the API"
    );
}

#[wasm_bindgen_test]
fn the_constructor_throws_on_bad_options() {
    let cases = [
        r#"{"endpoint": 5}"#,
        r#"{"endpoint": "ftp://x"}"#,
        r#"{"colour": "red"}"#,
        r#"{"rateLimitFrequency": -1}"#,
        r#"{"tracing": "yes"}"#,
        r#"{"bearer": "a\nb", "endpoint": "http://127.0.0.1:1"}"#,
    ];
    for case in cases {
        let error = DigitalOceanCore::new(js(case)).expect_err(case);
        assert_eq!(text(&error, "id"), "bad_argument", "{case}");
        assert_eq!(num(&error, "status"), 0.0);
    }
    // the official endpoint needs a token (no DIGITALOCEAN_BEARER in the test environment)
    if common::at(&js_sys::global(), "process.env.DIGITALOCEAN_BEARER").is_undefined() {
        let error = DigitalOceanCore::new(JsValue::UNDEFINED).expect_err("no token");
        assert!(text(&error, "message").contains("bearer"));
    }
    if common::at(&js_sys::global(), "process.env.DIGITALOCEAN_API").is_undefined() {
        let error = DigitalOceanCore::new(js(r#"{"endpoint": null, "bearer": "t"}"#))
            .expect_err("endpoint null");
        assert!(text(&error, "message").contains("DIGITALOCEAN_API"));
    }
    assert!(DigitalOceanCore::new(js(r#"{"bearer": "t"}"#)).is_ok());
}

#[wasm_bindgen_test]
async fn unauthorized_and_not_found_carry_the_server_fields() {
    let client = fresh().await;
    let anonymous =
        DigitalOceanCore::new(js(&format!(r#"{{"endpoint": "{SIM_URL}"}}"#))).expect("no token");
    let error = expect_error(callj(&anonymous, "account", &[]).await, 401, "unauthorized");
    assert_eq!(text(&error, "method"), "GET");
    assert_eq!(text(&error, "path"), "/v2/account");
    assert!(!text(&error, "requestId").is_empty());

    let error = expect_error(
        callj(&client, "droplet", &[r#"{"id": 987654}"#]).await,
        404,
        "not_found",
    );
    assert_eq!(text(&error, "path"), "/v2/droplets/987654");
    assert_eq!(num(&error, "attempts"), 1.0);
    assert!(!text(&error, "message").is_empty());
    assert!(
        !show(&error).contains(TOKEN),
        "the token never shows in errors"
    );
}

#[wasm_bindgen_test]
async fn path_segments_cannot_escape() {
    let client = fresh().await;
    let result = callj(&client, "domain", &[r#""../account""#]).await;
    expect_error(result, 404, "not_found");
}

#[wasm_bindgen_test]
async fn a_malformed_body_is_invalid_reply_and_the_instance_keeps_working() {
    let client = fresh_with_faults(r#"{"malformed_rate": 1.0, "routes": ["account_get"]}"#).await;
    let error = expect_error(callj(&client, "account", &[]).await, 0, "invalid_reply");
    assert_eq!(text(&error, "path"), "/v2/account");
    faults(&client, r#"{"malformed_rate": 0}"#).await;
    let account = callj(&client, "account", &[])
        .await
        .expect("account after a bad reply");
    assert!(at(&account, "account").is_object(), "{}", show(&account));
}

#[wasm_bindgen_test]
async fn a_closed_port_is_a_network_error() {
    let closed = DigitalOceanCore::new(js(
        r#"{"endpoint": "http://127.0.0.1:9", "bearer": "t", "maxRetries": 1, "retryBaseMs": 1}"#,
    ))
    .expect("client");
    let error = expect_error(callj(&closed, "account", &[]).await, 0, "network");
    assert_eq!(
        num(&error, "attempts"),
        2.0,
        "a GET is retried once: {}",
        show(&error)
    );
    let error = expect_error(
        callj(&closed, "createDomain", &[r#"{"name": "x.com"}"#]).await,
        0,
        "network",
    );
    assert_eq!(
        num(&error, "attempts"),
        1.0,
        "a POST is never resent: {}",
        show(&error)
    );
}

#[wasm_bindgen_test]
async fn hostile_rows_texts_reject_and_the_module_keeps_working() {
    let client = fresh().await;
    let before = total_requests(&client).await;
    let texts = hostile_rows::malformed_rows_texts();
    let id = js(r#"{"id": 1}"#);
    for rows in &texts {
        for args in [js_sys::Array::new(), [id.clone()].iter().collect()] {
            let result = wasm_bindgen_futures::JsFuture::from(client.dispatch(
                "m".into(),
                Some(rows.clone()),
                args,
            ))
            .await;
            let error = expect_error(result, 0, "bad_argument");
            let message = text(&error, "message");
            assert!(
                message.starts_with("m: malformed catalogue row"),
                "{message}"
            );
            assert!(message.len() < 300, "message of {} bytes", message.len());
        }
    }
    // No rows: not a known method, as before.
    let result = wasm_bindgen_futures::JsFuture::from(client.dispatch(
        "m".into(),
        None,
        js_sys::Array::new(),
    ))
    .await;
    let error = expect_error(result, 0, "bad_argument");
    assert_eq!(text(&error, "message"), "`m` is not a known method");
    // Nothing was sent, and the instance (and the module) still work.
    assert_eq!(
        total_requests(&client).await,
        before,
        "no request reached the API"
    );
    let account = callj(&client, "account", &[])
        .await
        .expect("account after hostile rows");
    assert!(at(&account, "account").is_object(), "{}", show(&account));
}

#[wasm_bindgen_test]
async fn argument_lists_that_are_not_arrays_or_are_huge_reject_before_reading() {
    let client = fresh().await;
    let rows = digitalocean_wasm::catalogue::rows_text("account").expect("account rows");
    let not_array: js_sys::Array = js(r#"{"0": 1, "length": 1}"#).unchecked_into();
    let huge = js_sys::Array::new_with_length(10_000_000);
    for (args, expected) in [
        (not_array, "account: the arguments must be an array"),
        (huge, "account: 10000000 arguments (at most 64)"),
    ] {
        let started = js_sys::Date::now();
        let result = wasm_bindgen_futures::JsFuture::from(client.dispatch(
            "account".into(),
            Some(rows.clone()),
            args,
        ))
        .await;
        let error = expect_error(result, 0, "bad_argument");
        assert_eq!(text(&error, "message"), expected);
        assert!(
            js_sys::Date::now() - started < 1_000.0,
            "refused without reading the list"
        );
    }
    // Trailing `undefined`s within the bound are still fine.
    let padded: js_sys::Array = (0..10).map(|_| JsValue::UNDEFINED).collect();
    let account =
        wasm_bindgen_futures::JsFuture::from(client.dispatch("account".into(), Some(rows), padded))
            .await
            .expect("account with trailing undefineds");
    assert!(at(&account, "account").is_object(), "{}", show(&account));
}

#[wasm_bindgen_test]
async fn an_error_body_request_id_is_used_without_the_header() {
    let fetch = mock_fetch(
        r#"return reply(404, { id: "not_found", message: "The resource you were accessing could not be found.", request_id: "rid-from-body" });"#,
    );
    let client = mock_client(&fetch, "{}");
    let error = expect_error(
        callj(&client, "droplet", &[r#"{"id": 1}"#]).await,
        404,
        "not_found",
    );
    assert_eq!(
        text(&error, "requestId"),
        "rid-from-body",
        "{}",
        show(&error)
    );
    // The header wins when both came.
    let fetch = mock_fetch(
        r#"return reply(404, { id: "not_found", message: "gone", request_id: "rid-from-body" }, { "x-request-id": "rid-from-header" });"#,
    );
    let client = mock_client(&fetch, "{}");
    let error = expect_error(
        callj(&client, "droplet", &[r#"{"id": 1}"#]).await,
        404,
        "not_found",
    );
    assert_eq!(text(&error, "requestId"), "rid-from-header");
}
