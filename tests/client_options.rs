//! Constructor options beyond the basics: a custom `fetch`, a default `AbortSignal`,
//! a `userAgent` suffix; and cancellation while a request is in flight.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::Cell;
use std::rc::Rc;

use common::*;
use digitalocean_wasm::js::client::DigitalOceanCore;
use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

/// A `fetch` option that counts its calls, records the `User-Agent` it saw, and forwards
/// to the global `fetch`.
fn counting_fetch(count: Rc<Cell<u32>>, agent: Rc<std::cell::RefCell<String>>) -> Function {
    let global_fetch: Function = Reflect::get(&js_sys::global(), &"fetch".into())
        .expect("global fetch")
        .unchecked_into();
    let closure = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |request: JsValue| {
        count.set(count.get() + 1);
        let request: web_sys::Request = request.unchecked_into();
        if let Ok(Some(ua)) = request.headers().get("user-agent") {
            *agent.borrow_mut() = ua;
        }
        global_fetch
            .call1(&JsValue::UNDEFINED, &request)
            .unwrap_or(JsValue::UNDEFINED)
    });
    let function = closure.as_ref().unchecked_ref::<Function>().clone();
    closure.forget();
    function
}

#[wasm_bindgen_test]
async fn a_custom_fetch_receives_every_request() {
    fresh().await;
    let count = Rc::new(Cell::new(0));
    let agent = Rc::new(std::cell::RefCell::new(String::new()));
    let options = set_key(
        options(r#"{"userAgent": "bench/1.0"}"#),
        "fetch",
        &counting_fetch(count.clone(), agent.clone()).into(),
    );
    let client = DigitalOceanCore::new(options).expect("client");
    let account = callj(&client, "account", &[]).await.expect("account");
    assert!(at(&account, "account").is_object());
    callj(&client, "regions", &[]).await.expect("regions");
    assert_eq!(count.get(), 2);
    let seen = agent.borrow().clone();
    // Node lets a request carry its own User-Agent; browsers may drop it.
    let node = Reflect::get(&js_sys::global(), &"process".into()).is_ok_and(|p| p.is_object());
    if node {
        assert!(seen.ends_with("bench/1.0"), "user agent: {seen}");
    } else {
        assert!(
            seen.is_empty() || seen.ends_with("bench/1.0"),
            "user agent: {seen}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_fetch_option_that_returns_junk_is_a_network_error() {
    let junk = Closure::<dyn FnMut(JsValue) -> JsValue>::new(|_: JsValue| JsValue::from_f64(42.0));
    let options = set_key(options(r#"{"maxRetries": 0}"#), "fetch", junk.as_ref());
    junk.forget();
    let client = DigitalOceanCore::new(options).expect("client");
    let error = expect_error(callj(&client, "account", &[]).await, 0, "network");
    assert!(
        text(&error, "message").contains("Response"),
        "{}",
        show(&error)
    );
}

#[wasm_bindgen_test]
async fn the_default_signal_cancels_every_call() {
    fresh().await;
    let controller = web_sys::AbortController::new().expect("AbortController");
    let client = DigitalOceanCore::new(set_key(
        options("{}"),
        "signal",
        &controller.signal().into(),
    ))
    .expect("client");
    callj(&client, "account", &[])
        .await
        .expect("works before the abort");
    controller.abort_with_reason(&JsValue::from_str("shutting down"));
    let rejected = callj(&client, "account", &[]).await.expect_err("aborted");
    assert_eq!(rejected.as_string().as_deref(), Some("shutting down"));
}

#[wasm_bindgen_test]
async fn an_abort_cancels_a_request_in_flight() {
    let client =
        fresh_with_faults(r#"{"slow_rate": 1.0, "slow_ms": 3000, "routes": ["account_get"]}"#)
            .await;
    let controller = web_sys::AbortController::new().expect("AbortController");
    let opts = with("{}", "signal", &controller.signal().into());
    let started = js_sys::Date::now();
    let pending = dispatch(&client, "account", [opts].iter().collect());
    gloo_timers::future::TimeoutFuture::new(50).await;
    let reason = js_sys::Error::new("stop");
    controller.abort_with_reason(&reason);
    let rejected = JsFuture::from(pending).await.expect_err("aborted");
    assert_eq!(rejected, JsValue::from(reason));
    assert!(
        js_sys::Date::now() - started < 2000.0,
        "did not wait for the slow reply"
    );
    faults(&client, r#"{"slow_rate": 0}"#).await;
}

#[wasm_bindgen_test]
async fn a_timeout_bounds_a_slow_request() {
    let client =
        fresh_with_faults(r#"{"slow_rate": 1.0, "slow_ms": 3000, "routes": ["account_get"]}"#)
            .await;
    let started = js_sys::Date::now();
    let error = expect_error(
        callj(&client, "account", &[r#"{"timeout": 100}"#]).await,
        0,
        "timeout",
    );
    assert_eq!(text(&error, "name"), "TimeoutError");
    assert_eq!(text(&error, "path"), "/v2/account");
    assert!(js_sys::Date::now() - started < 2000.0);
    faults(&client, r#"{"slow_rate": 0}"#).await;
    callj(&client, "account", &[])
        .await
        .expect("the client works after a timeout");
}
