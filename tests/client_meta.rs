//! Meta methods, the generic `request()`, and tracing (console and function; never the token).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn meta_methods() {
    let client = client_with("{}");
    let reset = callj(&client, "metaReset", &[]).await.expect("metaReset");
    assert!(reset.is_undefined());
    let ping = callj(&client, "metaPing", &[]).await.expect("metaPing");
    assert!(at(&ping, "pong").as_bool().unwrap_or(false));
    let ping2 = callj(&client, "metaPing", &[]).await.expect("metaPing");
    assert_eq!(num(&ping2, "pings"), num(&ping, "pings") + 1.0);
    let account = callj(&client, "metaAccount", &[r#"{"droplet_limit": 2}"#])
        .await
        .expect("metaAccount");
    assert_eq!(num(&account, "account.droplet_limit"), 2.0);
    let stats = callj(&client, "metaStatistics", &[])
        .await
        .expect("metaStatistics");
    assert_eq!(
        num(&stats, "requests.total"),
        0.0,
        "meta calls are not counted: {}",
        show(&stats)
    );
    callj(&client, "account", &[]).await.expect("account");
    let stats = callj(&client, "metaStatistics", &[])
        .await
        .expect("metaStatistics");
    assert_eq!(num(&stats, "requests.by_route.account_get"), 1.0);
    let caps = callj(&client, "metaCapabilities", &[])
        .await
        .expect("metaCapabilities");
    assert!(len(&caps, "operations") > 10, "{}", show(&caps));
    let faults = callj(&client, "metaFaults", &[r#"{"slow_rate": 0}"#])
        .await
        .expect("metaFaults");
    assert!(at(&faults, "faults").is_object());
}

#[wasm_bindgen_test]
async fn request_reaches_any_path() {
    let client = fresh().await;
    let account = JsFuture::from(client.request(
        "GET".into(),
        "/v2/account".into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    ))
    .await
    .expect("request GET");
    assert!(at(&account, "account").is_object());
    let parts = js(r#"{"body": {"name": "raw.example"}}"#);
    let created = JsFuture::from(client.request(
        "POST".into(),
        "/v2/domains".into(),
        parts,
        JsValue::UNDEFINED,
    ))
    .await
    .expect("request POST");
    assert_eq!(text(&created, "domain.name"), "raw.example");
    let query = js(r#"{"query": {"per_page": 1}}"#);
    let regions = JsFuture::from(client.request(
        "GET".into(),
        "/v2/regions".into(),
        query,
        JsValue::UNDEFINED,
    ))
    .await
    .expect("request with query");
    assert_eq!(len(&regions, "regions"), 1);
    let bad = JsFuture::from(client.request(
        "BREW".into(),
        "/v2/account".into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    ))
    .await;
    expect_error(bad, 0, "bad_argument");
}

#[wasm_bindgen_test]
async fn a_tracing_function_gets_one_token_free_event_per_attempt() {
    fresh().await;
    let (sink, events) = recorder();
    let traced = client_with_value("tracing", &sink.into());
    callj(&traced, "account", &[]).await.expect("account");
    let _ = callj(&traced, "droplet", &[r#"{"id": 424242}"#]).await;
    assert_eq!(events.length(), 2, "{}", show(&events.clone().into()));
    let first = events.get(0);
    assert_eq!(text(&first, "method"), "GET");
    assert!(text(&first, "url").ends_with("/v2/account"));
    assert_eq!(num(&first, "status"), 200.0);
    assert_eq!(num(&first, "attempt"), 1.0);
    assert!(num(&first, "ms") >= 0.0);
    assert!(!text(&first, "requestId").is_empty());
    assert!(num(&first, "rateLimitRemaining") >= 0.0);
    let second = events.get(1);
    assert_eq!(num(&second, "status"), 404.0);
    assert!(!at(&second, "error").is_null() && !at(&second, "error").is_undefined());
    let all = show(&Array::from(&events).into());
    assert!(!all.contains(TOKEN), "no token in traces: {all}");
}

#[wasm_bindgen_test]
async fn console_tracing_writes_token_free_lines() {
    let client = fresh().await;
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).expect("console");
    let original = js_sys::Reflect::get(&console, &"debug".into()).expect("console.debug");
    let (stub, lines) = recorder();
    js_sys::Reflect::set(&console, &"debug".into(), &stub).expect("stub console.debug");
    let traced = client_with_value("tracing", &JsValue::TRUE);
    let result = callj(&traced, "account", &[]).await;
    js_sys::Reflect::set(&console, &"debug".into(), &original).expect("restore console.debug");
    result.expect("account with console tracing");
    let all = show(&lines.clone().into());
    assert!(lines.length() >= 1, "one line per attempt: {all}");
    assert!(all.contains("/v2/account"), "{all}");
    assert!(!all.contains(TOKEN), "no token in console lines: {all}");
    drop(client);
}

fn client_with_value(
    key: &str,
    value: &JsValue,
) -> digitalocean_wasm::js::client::DigitalOceanCore {
    digitalocean_wasm::js::client::DigitalOceanCore::new(set_key(options("{}"), key, value))
        .expect("client")
}
