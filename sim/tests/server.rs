//! The real binary over real HTTP on 127.0.0.1.

mod common;

use common::{http, RealServer, TOKEN};
use std::time::Instant;

#[test]
fn binary_prints_url_first_and_serves_http() {
    let started = Instant::now();
    let server = RealServer::start(&["--action-ms", "50"], None);
    let startup = started.elapsed();
    assert!(startup.as_millis() < 1000, "started in {startup:?}");
    let auth = format!("Bearer {TOKEN}");
    let (status, headers, body) = http(
        &server.addr,
        "GET",
        "/v2/account",
        &[("authorization", &auth)],
        None,
    )
    .unwrap();
    assert_eq!(status, 200, "{body}");
    assert!(headers.iter().any(|(n, _)| n == "ratelimit-remaining"));
    let account: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(account["account"]["droplet_limit"], 25);
    let (status, _, body) = http(&server.addr, "GET", "/v2/account", &[], None).unwrap();
    assert_eq!(status, 401);
    assert!(body.contains("\"unauthorized\""), "{body}");
    let (status, _, body) = http(
        &server.addr,
        "GET",
        "//account",
        &[("authorization", &auth)],
        None,
    )
    .unwrap();
    assert_eq!(status, 200, "bare-root client paths work: {body}");
}

#[test]
fn log_lines_never_hold_the_token() {
    let log = std::env::temp_dir().join(format!("do-sim-log-{}.txt", std::process::id()));
    let secret = "dop_v1_secret_token_value";
    {
        let server = RealServer::start(&["--token", secret], Some(&log));
        let auth = format!("Bearer {secret}");
        let (status, _, _) = http(
            &server.addr,
            "GET",
            "/v2/droplets?per_page=5",
            &[("authorization", &auth)],
            None,
        )
        .unwrap();
        assert_eq!(status, 200);
        let (status, _, _) = http(
            &server.addr,
            "GET",
            "/v2/droplets",
            &[("authorization", "Bearer dop_v1_demo")],
            None,
        )
        .unwrap();
        assert_eq!(status, 401, "--token replaces the demo token");
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let _ = std::fs::remove_file(&log);
    assert!(
        text.contains("GET /v2/droplets 200"),
        "one line per request: {text}"
    );
    assert!(!text.contains(secret), "token leaked into the log: {text}");
}

#[test]
fn bad_flags_exit_with_usage() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_do-sim"))
        .arg("--no-such-flag")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown flag --no-such-flag"));
}

#[test]
fn env_vars_configure_the_server() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_do-sim"))
        .env("DO_SIM_LISTEN", "127.0.0.1:0")
        .env("DO_SIM_TOKENS", "env_token_a,env_token_b")
        .env("DO_SIM_QUIET", "1")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let addr = line.trim().trim_start_matches("http://").to_string();
    let (status, _, _) = http(
        &addr,
        "GET",
        "/meta/ping",
        &[("authorization", "Bearer env_token_b")],
        None,
    )
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(status, 200);
}
