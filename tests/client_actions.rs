//! Long-running actions: waited by id and by tag, errored, aborted, timed out, `wait: false`,
//! `onProgress`, `waitForActions`, and the poller's start/stop controls.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

fn id_arg(id: f64) -> JsValue {
    with("{}", "id", &JsValue::from_f64(id))
}

#[wasm_bindgen_test]
async fn reboot_by_id_resolves_the_completed_action() {
    let client = fresh().await;
    let id = droplet(&client, "r").await;
    let done = call(&client, "reboot", &[id_arg(id)])
        .await
        .expect("reboot");
    assert_eq!(text(&done, "action.status"), "completed", "{}", show(&done));
    assert_eq!(text(&done, "action.type"), "reboot");
}

#[wasm_bindgen_test]
async fn power_off_by_tag_waits_for_every_droplet() {
    let client = fresh().await;
    tagged_droplets(&client, "grp", &["p-1", "p-2"]).await;
    let done = callj(&client, "powerOff", &[r#"{"tag": "grp"}"#])
        .await
        .expect("powerOff by tag");
    assert_eq!(len(&done, "actions"), 2, "{}", show(&done));
    assert_eq!(text(&done, "actions.0.status"), "completed");
    assert_eq!(text(&done, "actions.1.status"), "completed");
    let listed = callj(&client, "droplets", &[]).await.expect("droplets");
    assert_eq!(len(&listed, "droplets"), 2, "{}", show(&listed));
    for i in 0..2 {
        let status = text(&listed, &format!("droplets.{i}.status"));
        assert_eq!(status, "off", "{}", show(&listed));
    }
}

#[wasm_bindgen_test]
async fn reboot_by_tag_fans_out_where_the_api_has_no_tag_form() {
    let client = fresh().await;
    tagged_droplets(&client, "fan", &["f-1", "f-2", "f-3"]).await;
    let done = callj(&client, "reboot", &[r#"{"tag": "fan"}"#])
        .await
        .expect("reboot by tag");
    assert_eq!(len(&done, "actions"), 3, "{}", show(&done));
    for i in 0..3 {
        assert_eq!(text(&done, &format!("actions.{i}.status")), "completed");
    }
}

#[wasm_bindgen_test]
async fn an_errored_action_rejects() {
    let client = fresh().await;
    let id = droplet(&client, "e").await;
    faults(&client, r#"{"errored_actions": 1.0}"#).await;
    let failed = call(&client, "reboot", &[id_arg(id)]).await;
    let error = expect_error(failed, 0, "action_errored");
    assert!(
        text(&error, "message").contains("errored"),
        "{}",
        show(&error)
    );
}

#[wasm_bindgen_test]
async fn wait_false_resolves_with_the_immediate_reply() {
    let client = fresh().await;
    let id = droplet(&client, "w").await;
    let reply = call(&client, "reboot", &[id_arg(id), js(r#"{"wait": false}"#)])
        .await
        .expect("reboot");
    assert_eq!(
        text(&reply, "action.status"),
        "in-progress",
        "{}",
        show(&reply)
    );
    let action_id = num(&reply, "action.id");
    let ids: Array = [JsValue::from_f64(action_id)].iter().collect();
    let waited = JsFuture::from(client.wait_for_actions(ids.into(), JsValue::UNDEFINED))
        .await
        .expect("wait");
    assert_eq!(
        text(&waited, "actions.0.status"),
        "completed",
        "{}",
        show(&waited)
    );
}

#[wasm_bindgen_test]
async fn wait_for_actions_takes_action_objects() {
    let client = fresh().await;
    let id = droplet(&client, "wo").await;
    let reply = call(
        &client,
        "powerCycle",
        &[id_arg(id), js(r#"{"wait": false}"#)],
    )
    .await
    .expect("powerCycle");
    let actions: Array = [at(&reply, "action")].iter().collect();
    let waited = JsFuture::from(client.wait_for_actions(actions.into(), JsValue::UNDEFINED))
        .await
        .expect("wait");
    assert_eq!(text(&waited, "actions.0.status"), "completed");
}

#[wasm_bindgen_test]
async fn on_progress_sees_the_action_complete() {
    let client = fresh().await;
    let id = droplet(&client, "pr").await;
    let (progress, seen) = recorder();
    let opts = with("{}", "onProgress", &progress.into());
    call(&client, "shutdown", &[id_arg(id), opts])
        .await
        .expect("shutdown");
    assert!(seen.length() >= 1, "onProgress was called");
    let last = seen.get(seen.length() - 1);
    assert_eq!(text(&last, "status"), "completed", "{}", show(&last));
    assert_eq!(text(&last, "type"), "shutdown");
}

#[wasm_bindgen_test]
async fn a_timeout_rejects_with_a_timeout_error() {
    let client = fresh().await;
    let id = droplet(&client, "to").await;
    let slow = client_with(r#"{"rateLimitFrequency": 5}"#);
    let failed = call(&slow, "reboot", &[id_arg(id), js(r#"{"timeout": 100}"#)]).await;
    let error = expect_error(failed, 0, "timeout");
    assert_eq!(text(&error, "name"), "TimeoutError");
    // the client still works after a timeout
    let again = call(&slow, "droplet", &[id_arg(id)])
        .await
        .expect("droplet after timeout");
    assert_eq!(num(&again, "droplet.id"), id);
}

#[wasm_bindgen_test]
async fn an_abort_rejects_with_the_signal_reason() {
    let client = fresh().await;
    let id = droplet(&client, "ab").await;
    let controller = web_sys::AbortController::new().expect("AbortController");
    let opts = with("{}", "signal", &controller.signal().into());
    let pending = dispatch(&client, "reboot", [id_arg(id), opts].iter().collect());
    let reason = js(r#"{"why": "user left"}"#);
    gloo_timers::future::TimeoutFuture::new(5).await;
    controller.abort_with_reason(&reason);
    let rejected = JsFuture::from(pending).await.expect_err("aborted");
    assert_eq!(rejected, reason, "rejects with signal.reason untouched");
}

#[wasm_bindgen_test]
async fn an_already_aborted_signal_sends_nothing() {
    let client = fresh().await;
    let before = num(
        &callj(&client, "metaStatistics", &[]).await.expect("stats"),
        "requests.total",
    );
    let controller = web_sys::AbortController::new().expect("AbortController");
    controller.abort();
    let opts = with("{}", "signal", &controller.signal().into());
    let rejected = call(&client, "account", &[opts])
        .await
        .expect_err("aborted");
    assert_eq!(text(&rejected, "name"), "AbortError", "{}", show(&rejected));
    let after = num(
        &callj(&client, "metaStatistics", &[]).await.expect("stats"),
        "requests.total",
    );
    assert_eq!(after, before, "nothing reached the API");
}

#[wasm_bindgen_test]
async fn stop_actionables_stops_polling_and_start_resumes_it() {
    let fetch = mock_fetch(
        "const status = state.done ? 'completed' : 'in-progress';
         return reply(200, { actions: [{ id: 3, status, type: 'reboot' }] });",
    );
    let client = mock_client(&fetch, "{}");
    // The promise runs on its own; it is awaited at the end.
    let waiting = client.wait_for_actions(js("[3]"), js(r#"{"timeout": 10000}"#));
    gloo_timers::future::TimeoutFuture::new(200).await;
    assert!(mock_count(&fetch) >= 2.0, "polling while started");
    client.stop_actionables();
    client.stop_actionables();
    gloo_timers::future::TimeoutFuture::new(50).await;
    let stopped_at = mock_count(&fetch);
    gloo_timers::future::TimeoutFuture::new(300).await;
    assert_eq!(mock_count(&fetch), stopped_at, "no poll while stopped");
    set_key(at(&fetch, "state"), "done", &JsValue::TRUE);
    client.start_actionables(None);
    let done = JsFuture::from(waiting)
        .await
        .expect("the wait ends after start");
    assert_eq!(text(&done, "actions.0.status"), "completed");
}

#[wasm_bindgen_test]
async fn actionables_start_and_stop_are_idempotent() {
    let client = fresh().await;
    client.stop_actionables();
    client.stop_actionables();
    client.start_actionables(Some(0.05));
    client.start_actionables(None);
    let id = droplet(&client, "st").await;
    client.stop_actionables();
    let done = call(&client, "powerOff", &[id_arg(id)])
        .await
        .expect("a wait restarts the stopped poller");
    assert_eq!(text(&done, "action.status"), "completed", "{}", show(&done));
    client.stop_actionables();
}

#[wasm_bindgen_test]
async fn positional_action_arguments_reach_the_droplet() {
    let client = fresh().await;
    let id = droplet(&client, "before").await;
    call(&client, "rename", &[id_arg(id), JsValue::from_str("after")])
        .await
        .expect("rename");
    call(&client, "powerOff", &[id_arg(id)])
        .await
        .expect("powerOff");
    call(
        &client,
        "resize",
        &[id_arg(id), JsValue::from_str("s-1vcpu-2gb"), JsValue::FALSE],
    )
    .await
    .expect("resize");
    let snap = call(
        &client,
        "createDropletSnapshot",
        &[id_arg(id), JsValue::from_str("snap")],
    )
    .await
    .expect("snapshot");
    assert_eq!(text(&snap, "action.type"), "snapshot");
    let got = call(&client, "droplet", &[id_arg(id)])
        .await
        .expect("droplet");
    assert_eq!(text(&got, "droplet.name"), "after");
    assert_eq!(
        text(&got, "droplet.size_slug"),
        "s-1vcpu-2gb",
        "{}",
        show(&got)
    );
    assert_eq!(len(&got, "droplet.snapshot_ids"), 1);
    // A kernel the droplet offers, by its id.
    let kernels = call(&client, "kernels", &[id_arg(id)])
        .await
        .expect("kernels");
    let kernel = num(&kernels, "kernels.0.id");
    let changed = call(
        &client,
        "changeKernel",
        &[id_arg(id), JsValue::from_f64(kernel)],
    )
    .await
    .expect("changeKernel");
    assert_eq!(text(&changed, "action.type"), "change_kernel");
    assert_eq!(text(&changed, "action.status"), "completed");
    let got = call(&client, "droplet", &[id_arg(id)])
        .await
        .expect("droplet");
    assert_eq!(num(&got, "droplet.kernel.id"), kernel, "{}", show(&got));
}

#[wasm_bindgen_test]
async fn delete_with_associated_resources_and_its_status() {
    let client = fresh().await;
    let id = droplet(&client, "assoc").await;
    let gone = call(&client, "deleteWithAssociatedResources", &[id_arg(id)])
        .await
        .expect("dangerous delete");
    assert!(gone.is_undefined(), "{}", show(&gone));
    let status = call(
        &client,
        "associatedResources",
        &[with("{}", "checkStatus", &JsValue::from_f64(id))],
    )
    .await
    .expect("status");
    assert!(at(&status, "droplet").is_object(), "{}", show(&status));
}
