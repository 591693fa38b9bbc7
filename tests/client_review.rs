//! Regression tests of the client review (/tmp/review-client.md): hostile arguments and
//! errors never throw out of wasm, failing or hung action polls end their waits, rate-limit
//! spacing spreads requests instead of stalling or bursting, pagination loops end, and the
//! reply shapes of by-tag actions and deletes. Most use a JS `fetch` replacement.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

fn message(error: &JsValue) -> String {
    text(error, "message")
}

/// Milliseconds since the mock's creation of each logged request whose path starts with `prefix`.
fn times(fetch: &js_sys::Function, prefix: &str) -> Vec<f64> {
    let log = at(fetch, "state.log");
    Array::from(&log)
        .iter()
        .filter(|entry| text(entry, "path").starts_with(prefix))
        .map(|entry| num(&entry, "t"))
        .collect()
}

#[wasm_bindgen_test]
async fn an_invalid_date_is_a_bad_argument_not_a_throw() {
    let fetch = mock_fetch("return reply(201, { domain: { name: 'x.com' } });");
    let client = mock_client(&fetch, "{}");
    let arg = with(r#"{"name": "x.com"}"#, "when", &eval("new Date(NaN)"));
    let error = expect_error(
        call(&client, "createDomain", &[arg]).await,
        0,
        "bad_argument",
    );
    assert!(message(&error).contains("invalid Date"), "{}", show(&error));
    assert!(message(&error).contains(".when"), "{}", show(&error));
    assert_eq!(mock_count(&fetch), 0.0, "nothing was sent");
}

#[wasm_bindgen_test]
async fn hostile_proxies_are_bad_arguments() {
    let fetch = mock_fetch("return reply(200, { account: {} });");
    let client = mock_client(&fetch, "{}");
    let keys = eval("new Proxy({}, { ownKeys() { throw new Error('trap'); } })");
    let arg = with(r#"{"name": "x.com"}"#, "extra", &keys);
    expect_error(
        call(&client, "createDomain", &[arg]).await,
        0,
        "bad_argument",
    );
    let getter = eval("({ get name() { throw new Error('getter'); } })");
    expect_error(
        call(&client, "createDomain", &[getter]).await,
        0,
        "bad_argument",
    );
    let revoked =
        eval("(() => { const p = Proxy.revocable([], {}); p.revoke(); return p.proxy; })()");
    let ids = JsFuture::from(client.wait_for_actions(revoked, JsValue::UNDEFINED)).await;
    expect_error(ids, 0, "bad_argument");
    assert_eq!(mock_count(&fetch), 0.0);
}

#[wasm_bindgen_test]
async fn a_fetch_error_with_odd_fields_is_a_network_error() {
    let fetch = mock_fetch("throw Object.assign(new Error('boom'), { name: 42 });");
    let client = mock_client(&fetch, r#"{"maxRetries": 0}"#);
    let error = expect_error(callj(&client, "account", &[]).await, 0, "network");
    assert!(message(&error).contains("boom"), "{}", show(&error));

    let fetch = mock_fetch(
        "const e = new Error('x');
         Object.defineProperty(e, 'message', { get() { throw new Error('no'); } });
         e.cause = { message: { not: 'a string' } };
         throw e;",
    );
    let client = mock_client(&fetch, r#"{"maxRetries": 0}"#);
    expect_error(callj(&client, "account", &[]).await, 0, "network");
    let fetch = mock_fetch("throw undefined;");
    let client = mock_client(&fetch, r#"{"maxRetries": 0}"#);
    expect_error(callj(&client, "account", &[]).await, 0, "network");
}

#[wasm_bindgen_test]
async fn a_response_with_throwing_getters_rejects_instead_of_throwing() {
    let fetch = mock_fetch(
        "class Odd extends Response { get status() { throw new Error('status'); }
                                      get headers() { throw new Error('headers'); } }
         return new Odd('{}');",
    );
    let client = mock_client(&fetch, r#"{"maxRetries": 0}"#);
    let result = callj(&client, "account", &[]).await;
    assert!(result.is_err(), "an odd Response is an error");
}

#[wasm_bindgen_test]
async fn waiting_for_an_unknown_action_rejects_with_not_found() {
    let client = fresh().await;
    let opts = js(r#"{"timeout": 10000}"#);
    let waited = JsFuture::from(client.wait_for_actions(js("[999999]"), opts)).await;
    expect_error(waited, 404, "not_found");
}

#[wasm_bindgen_test]
async fn a_refused_token_ends_every_wait() {
    let fetch = mock_fetch(
        "return reply(401, { id: 'unauthorized', message: 'Unable to authenticate you' });",
    );
    let client = mock_client(&fetch, "{}");
    let opts = js(r#"{"timeout": 10000}"#);
    let waited = JsFuture::from(client.wait_for_actions(js("[5, 6]"), opts)).await;
    expect_error(waited, 401, "unauthorized");
    assert_eq!(mock_count(&fetch), 1.0, "one poll, no more");
}

#[wasm_bindgen_test]
async fn repeated_poll_failures_end_the_wait() {
    let fetch = mock_fetch("return reply(503, { id: 'service_unavailable', message: 'down' });");
    let client = mock_client(&fetch, r#"{"maxRetries": 0}"#);
    let opts = js(r#"{"timeout": 10000}"#);
    let waited = JsFuture::from(client.wait_for_actions(js("[5]"), opts)).await;
    expect_error(waited, 503, "service_unavailable");
    assert_eq!(
        mock_count(&fetch),
        5.0,
        "five failed polls, then the wait ends"
    );
    gloo_timers::future::TimeoutFuture::new(200).await;
    assert_eq!(mock_count(&fetch), 5.0, "and the poller stops");
}

#[wasm_bindgen_test]
async fn a_poll_that_never_answers_times_out_and_polling_goes_on() {
    let fetch = mock_fetch(
        "if (state.n === 1) return new Promise(() => {});
         return reply(200, { actions: [{ id: 6, status: 'completed', type: 'reboot' }] });",
    );
    let client = mock_client(&fetch, r#"{"requestTimeout": 200}"#);
    let opts = js(r#"{"timeout": 5000}"#);
    let waited = JsFuture::from(client.wait_for_actions(js("[6]"), opts))
        .await
        .expect("the second poll completes the wait");
    assert_eq!(text(&waited, "actions.0.status"), "completed");
}

#[wasm_bindgen_test]
async fn low_rate_limit_budget_spaces_polls_instead_of_stalling_until_the_reset() {
    // 8 of 5000 left, reset 3.5-4.5 s away: about one request per 500 ms.
    let fetch = mock_fetch(
        "const headers = { 'ratelimit-limit': '5000', 'ratelimit-remaining': '8',
                           'ratelimit-reset': String(Math.round(state.t0 / 1000) + 4) };
         if (url.pathname === '/v2/account') return reply(200, { account: {} }, headers);
         state.polls = (state.polls || 0) + 1;
         const status = state.polls >= 3 ? 'completed' : 'in-progress';
         return reply(200, { actions: [{ id: 5, status, type: 'reboot' }] }, headers);",
    );
    let client = mock_client(&fetch, "{}");
    callj(&client, "account", &[]).await.expect("account");
    let opts = js(r#"{"timeout": 10000}"#);
    JsFuture::from(client.wait_for_actions(js("[5]"), opts))
        .await
        .expect("wait");
    let polls = times(&fetch, "/v2/actions");
    assert_eq!(polls.len(), 3, "{polls:?}");
    assert!(
        polls[2] < 3000.0,
        "polls went out before the reset: {polls:?}"
    );
    for pair in polls.windows(2) {
        assert!(pair[1] - pair[0] >= 200.0, "polls are spaced: {polls:?}");
    }
}

#[wasm_bindgen_test]
async fn concurrent_requests_take_turns_when_the_budget_is_low() {
    let fetch = mock_fetch(
        "return reply(200, { account: {} }, { 'ratelimit-limit': '5000', 'ratelimit-remaining': '4',
                  'ratelimit-reset': String(Math.round(state.t0 / 1000) + 3) });",
    );
    let client = mock_client(&fetch, "{}");
    callj(&client, "account", &[]).await.expect("account");
    let pending: Vec<_> = (0..4)
        .map(|_| JsFuture::from(dispatch(&client, "account", Array::new())))
        .collect();
    for p in pending {
        p.await.expect("account");
    }
    let sent = times(&fetch, "/v2/account");
    assert_eq!(sent.len(), 5);
    let spread = sent[4] - sent[1];
    assert!(
        spread >= 600.0,
        "the four were spread out, not a burst: {sent:?}"
    );
}

#[wasm_bindgen_test]
async fn a_timeout_of_2_pow_31_ms_does_not_fire_at_once() {
    let client = fresh().await;
    let done = callj(&client, "account", &[r#"{"timeout": 2147483648}"#])
        .await
        .expect("a huge timeout is practically none");
    assert!(at(&done, "account").is_object());
}

#[wasm_bindgen_test]
async fn by_tag_actions_keep_those_completed_in_the_first_reply() {
    let fetch = mock_fetch(
        "if (req.method === 'POST') return reply(201, { actions: [
            { id: 1, status: 'completed', type: 'power_off' },
            { id: 2, status: 'in-progress', type: 'power_off' } ] });
         return reply(200, { actions: [{ id: 2, status: 'completed', type: 'power_off' }] });",
    );
    let client = mock_client(&fetch, "{}");
    let done = callj(&client, "powerOff", &[r#"{"tag": "web"}"#])
        .await
        .expect("powerOff by tag");
    assert_eq!(len(&done, "actions"), 2, "{}", show(&done));
    assert_eq!(num(&done, "actions.0.id"), 1.0);
    assert_eq!(num(&done, "actions.1.id"), 2.0);
    assert_eq!(text(&done, "actions.1.status"), "completed");
}

#[wasm_bindgen_test]
async fn get_with_a_body_is_a_bad_argument_before_any_request() {
    let fetch = mock_fetch("return reply(200, { account: {} });");
    let client = mock_client(&fetch, "{}");
    let sent = client.request(
        "GET".into(),
        "/v2/account".into(),
        js(r#"{"body": {"a": 1}}"#),
        JsValue::UNDEFINED,
    );
    expect_error(JsFuture::from(sent).await, 0, "bad_argument");
    assert_eq!(mock_count(&fetch), 0.0);
}

#[wasm_bindgen_test]
async fn a_pagination_loop_is_an_invalid_reply() {
    let fetch = mock_fetch(
        "const page = url.searchParams.get('page') || '1';
         const next = { 1: 2, 2: 3, 3: 2 }[page];
         return reply(200, { droplets: [{ id: Number(page), name: 'd' + page }],
           links: { pages: { next: 'http://mock.test/v2/droplets?page=' + next } }, meta: { total: 2 } });",
    );
    let client = mock_client(&fetch, "{}");
    expect_error(callj(&client, "dropletsAll", &[]).await, 0, "invalid_reply");
    assert!(mock_count(&fetch) <= 4.0, "{}", mock_count(&fetch));
}

#[wasm_bindgen_test]
async fn a_delete_resolves_undefined_even_with_a_body() {
    let fetch = mock_fetch("return reply(200, { deleted: true });");
    let client = mock_client(&fetch, "{}");
    let done = callj(&client, "deleteKey", &["7"])
        .await
        .expect("deleteKey");
    assert!(done.is_undefined(), "{}", show(&done));
}

#[wasm_bindgen_test]
fn bearer_null_means_no_token() {
    let no_token = set_key(options("{}"), "bearer", &JsValue::NULL);
    assert!(
        digitalocean_wasm::js::client::DigitalOceanCore::new(no_token).is_ok(),
        "tolerated with another endpoint"
    );
    let official = js(r#"{"bearer": null}"#);
    match digitalocean_wasm::js::client::DigitalOceanCore::new(official) {
        Ok(_) => panic!("the official endpoint needs a token"),
        Err(error) => assert_eq!(text(&error, "id"), "bad_argument"),
    }
}

#[wasm_bindgen_test]
async fn stop_and_start_abandon_a_poll_that_never_answers() {
    let fetch = mock_fetch(
        "if (state.n === 1) return new Promise(() => {});
         return reply(200, { actions: [{ id: 5, status: 'completed', type: 'reboot' },
                                       { id: 6, status: 'completed', type: 'reboot' }] });",
    );
    let client = mock_client(&fetch, "{}");
    let first = JsFuture::from(client.wait_for_actions(js("[5]"), js(r#"{"timeout": 300}"#))).await;
    expect_error(first, 0, "timeout");
    client.stop_actionables();
    client.start_actionables(None);
    let second = JsFuture::from(client.wait_for_actions(js("[6]"), js(r#"{"timeout": 3000}"#)))
        .await
        .expect("a new poll after stop/start");
    assert_eq!(text(&second, "actions.0.status"), "completed");
}
