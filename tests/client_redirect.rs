//! Redirects are never followed: the API does not redirect, so a redirect would only carry
//! the token to another URL. do-sim's `/meta/redirect` answers 307 to `/meta/ping`; the call
//! must fail (Node sees the 307, browsers an opaque redirect with status 0) after one
//! attempt, and `/meta/ping` must not have been reached.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_redirect_fails_the_call_and_is_not_followed() {
    let client = fresh().await;
    for method in ["GET", "POST"] {
        let outcome = JsFuture::from(client.request(
            method.into(),
            "/meta/redirect".into(),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
        ))
        .await;
        let error = outcome.expect_err("a redirect must fail the call");
        let status = num(&error, "status");
        assert!(
            status == 307.0 || status == 0.0,
            "{method}: {}",
            show(&error)
        );
        assert_eq!(num(&error, "attempts"), 1.0, "{method}: {}", show(&error));
        assert_eq!(text(&error, "path"), "/meta/redirect");
        assert!(!show(&error).contains(TOKEN), "the token leaked");
    }
    let ping = callj(&client, "metaPing", &[]).await.expect("metaPing");
    assert_eq!(
        num(&ping, "pings"),
        1.0,
        "the redirect target was reached: {}",
        show(&ping)
    );
}
