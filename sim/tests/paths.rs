//! Path normalisation, error shapes, bodies, pagination validation, static files.

mod common;

use common::TestSim;
use serde_json::json;

#[tokio::test]
async fn double_slashes_and_missing_prefix() {
    let sim = TestSim::new();
    for path in [
        "//v2//regions",
        "/regions",
        "//regions",
        "/v2/regions/",
        "//account",
    ] {
        assert_eq!(sim.get(path).await.status, 200, "{path}");
    }
    let stats = sim.get("/meta/statistics").await.json;
    assert_eq!(stats["requests"]["by_route"]["regions_list"], 4);
    let created = sim
        .post(
            "//droplets",
            json!({"name": "bare", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}),
        )
        .await;
    assert_eq!(created.status, 202);
    assert!(created.json["links"]["actions"][0]["href"]
        .as_str()
        .unwrap()
        .contains("/v2/actions/"));
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let sim = TestSim::new();
    sim.get("/v2/nothing-here")
        .await
        .assert_error(404, "not_found");
    sim.send("GET", "/v2/nothing-here", None, &[])
        .await
        .assert_error(401, "unauthorized");
    sim.call("PATCH", "/v2/regions", Some(json!({})))
        .await
        .assert_error(405, "method_not_allowed");
    sim.get("/").await.assert_error(404, "not_found");
}

#[tokio::test]
async fn bodies_and_auth_headers() {
    let sim = TestSim::new();
    let auth = format!("Bearer {}", sim.token);
    let bad = sim
        .send(
            "POST",
            "/v2/droplets",
            Some("{not json"),
            &[("authorization", &auth)],
        )
        .await;
    bad.assert_error(400, "bad_request");
    let array = sim
        .send(
            "POST",
            "/v2/droplets",
            Some("[1]"),
            &[("authorization", &auth)],
        )
        .await;
    array.assert_error(400, "bad_request");
    let empty = sim
        .send("POST", "/v2/droplets", None, &[("authorization", &auth)])
        .await;
    empty.assert_error(422, "unprocessable_entity");
    let message = sim
        .send(
            "GET",
            "/v2/account",
            None,
            &[("authorization", "Basic abc")],
        )
        .await
        .assert_error(401, "unauthorized");
    assert_eq!(message, "Unable to authenticate you");
    sim.send("GET", "/v2/account", None, &[("authorization", "Bearer ")])
        .await
        .assert_error(401, "unauthorized");
    assert_eq!(
        sim.send(
            "GET",
            "/v2/account",
            None,
            &[("authorization", "bearer dop_v1_demo")]
        )
        .await
        .status,
        200
    );
    let any = TestSim::with(|c| c.any_token = true);
    assert_eq!(
        any.send(
            "GET",
            "/v2/account",
            None,
            &[("authorization", "Bearer whatever")]
        )
        .await
        .status,
        200
    );
    any.send("GET", "/v2/account", None, &[])
        .await
        .assert_error(401, "unauthorized");
}

#[tokio::test]
async fn pagination_parameters_are_validated() {
    let sim = TestSim::new();
    for query in [
        "per_page=0",
        "per_page=201",
        "page=0",
        "page=x",
        "per_page=-1",
    ] {
        sim.get(&format!("/v2/regions?{query}"))
            .await
            .assert_error(400, "bad_request");
    }
    assert_eq!(sim.get("/v2/regions?per_page=200").await.status, 200);
    let capped = TestSim::with(|c| {
        c.max_page_size = 5;
        c.page_size = 2;
    });
    assert_eq!(
        capped.get("/v2/regions").await.json["regions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    capped
        .get("/v2/regions?per_page=6")
        .await
        .assert_error(400, "bad_request");
}

#[tokio::test]
async fn every_reply_has_a_request_id() {
    let sim = TestSim::new();
    let reply = sim.get("/v2/regions").await;
    assert_eq!(reply.header("x-request-id").len(), 36);
}

#[tokio::test]
async fn static_directory_is_served_beside_the_api() {
    let dir = std::env::temp_dir().join(format!("do-sim-static-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("views")).unwrap();
    std::fs::write(dir.join("index.html"), "<h1>console</h1>").unwrap();
    std::fs::write(dir.join("views/app.js"), "export {}").unwrap();
    std::fs::create_dir_all(dir.join("images")).unwrap();
    std::fs::write(dir.join("images/logo.svg"), "<svg/>").unwrap();
    let sim = TestSim::with(|c| c.static_dir = Some(dir.clone()));
    let index = sim.send("GET", "/", None, &[]).await;
    assert_eq!(index.status, 200);
    assert_eq!(index.text, "<h1>console</h1>");
    assert!(index.header("content-type").starts_with("text/html"));
    let js = sim.send("GET", "/views/app.js", None, &[]).await;
    assert!(js.header("content-type").starts_with("text/javascript"));
    sim.send("GET", "/missing.css", None, &[])
        .await
        .assert_error(404, "not_found");
    sim.send("GET", "/../etc/passwd", None, &[])
        .await
        .assert_error(404, "not_found");
    assert_eq!(sim.get("/regions").await.status, 200, "API paths still win");
    let logo = sim.send("GET", "/images/logo.svg", None, &[]).await;
    assert_eq!(
        (logo.status, logo.text.as_str()),
        (200, "<svg/>"),
        "asset folders named like routes"
    );
    assert_eq!(
        sim.get("/images/ubuntu-24-04-x64").await.status,
        200,
        "with a token it is the API"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
