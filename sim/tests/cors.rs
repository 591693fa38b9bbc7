//! CORS: preflight answered without a token, Origin echoed, headers exposed.

mod common;

use common::TestSim;

#[tokio::test]
async fn preflight_is_answered_without_auth() {
    let sim = TestSim::new();
    let reply = sim
        .send(
            "OPTIONS",
            "/v2/droplets",
            None,
            &[
                ("origin", "http://console.test"),
                ("access-control-request-method", "POST"),
                (
                    "access-control-request-headers",
                    "authorization, content-type",
                ),
            ],
        )
        .await;
    assert_eq!(reply.status, 204);
    assert_eq!(
        reply.header("access-control-allow-origin"),
        "http://console.test"
    );
    assert!(reply
        .header("access-control-allow-methods")
        .contains("DELETE"));
    assert_eq!(
        reply.header("access-control-allow-headers"),
        "authorization, content-type"
    );
    assert_eq!(reply.header("access-control-max-age"), "86400");
    assert_eq!(reply.header("access-control-allow-credentials"), "true");
}

#[tokio::test]
async fn replies_echo_origin_and_expose_headers() {
    let sim = TestSim::new();
    let auth = format!("Bearer {}", sim.token);
    for (path, headers) in [
        ("/v2/regions", vec![("authorization", auth.as_str())]),
        ("/v2/regions", vec![]),
    ] {
        let mut headers = headers;
        headers.push(("origin", "https://app.example"));
        let reply = sim.send("GET", path, None, &headers).await;
        assert_eq!(
            reply.header("access-control-allow-origin"),
            "https://app.example",
            "also on {}",
            reply.status
        );
        let exposed = reply.header("access-control-expose-headers");
        for name in [
            "ratelimit-limit",
            "ratelimit-remaining",
            "ratelimit-reset",
            "retry-after",
            "x-request-id",
        ] {
            assert!(exposed.contains(name), "{name} in {exposed}");
        }
    }
    let plain = sim.get("/v2/regions").await;
    assert_eq!(
        plain.header("access-control-allow-origin"),
        "",
        "no Origin, no CORS headers"
    );
}
