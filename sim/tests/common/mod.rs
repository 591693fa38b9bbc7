//! Shared helpers for the do-sim integration tests (part A and part B use them).
//!
//! - [`TestSim`]: the whole app in process (no socket), driven with `tower::ServiceExt::oneshot`:
//!   `sim.get(path)`, `sim.post(path, json)`, `sim.put`, `sim.patch`, `sim.delete`, or
//!   `sim.send(method, path, body, headers)`; each returns a [`Reply`] `{status, headers, json, text}`.
//!   Requests carry `Authorization: Bearer <sim.token>` unless `send` is given its own.
//!   `sim.finish_actions()` moves the simulated clock past the action duration;
//!   `sim.droplet(name, tags)` creates a droplet, `sim.droplet_action(id, body)` posts an action.
//! - [`RealServer`]: spawns the real `do-sim` binary on 127.0.0.1:0, reads its URL from
//!   the first stdout line, and [`http`] talks HTTP/1.1 to it over a TcpStream. Killed on drop.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request};
use do_sim::{Config, SharedState};
use http_body_util::BodyExt;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tower::ServiceExt;

/// The token test requests carry.
pub const TOKEN: &str = "dop_v1_demo";

/// A reply: status, headers, body parsed as JSON (`Null` when empty or not JSON) and raw text.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub json: Value,
    pub text: String,
}

impl Reply {
    /// A header as text ("" when absent).
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts a DigitalOcean error body with this status and id; returns the message.
    pub fn assert_error(&self, status: u16, id: &str) -> String {
        assert_eq!(self.status, status, "status of {}", self.text);
        assert_eq!(self.json["id"], id, "error id of {}", self.text);
        let request_id = self.json["request_id"].as_str().unwrap_or("");
        assert!(!request_id.is_empty(), "request_id in {}", self.text);
        assert_eq!(
            self.header("x-request-id"),
            request_id,
            "x-request-id matches the body"
        );
        self.json["message"].as_str().unwrap_or("").to_string()
    }
}

/// The app in process.
pub struct TestSim {
    pub router: axum::Router,
    pub state: SharedState,
    pub token: String,
}

impl TestSim {
    /// Default test config: 1 s actions, quiet, seed 7, generous rate limits.
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    /// Like [`TestSim::new`] with changes to the config.
    pub fn with(edit: impl FnOnce(&mut Config)) -> Self {
        let mut config = Config {
            action_ms: 1000,
            quiet: true,
            seed: 7,
            per_minute: 10_000,
            per_hour: 100_000,
            ..Config::default()
        };
        edit(&mut config);
        let (router, state) = do_sim::app(config);
        TestSim {
            router,
            state,
            token: TOKEN.to_string(),
        }
    }

    /// Sends a request with explicit headers (no automatic Authorization).
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut builder = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(path)
            .header("host", "sim.test");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        if body.is_some() {
            builder = builder.header("content-type", "application/json");
        }
        let request = builder
            .body(Body::from(body.unwrap_or("").to_string()))
            .unwrap();
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).to_string();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            headers,
            json,
            text,
        }
    }

    /// Sends `method path` with the test token and an optional JSON body.
    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Reply {
        let auth = format!("Bearer {}", self.token);
        let text = body.map(|b| b.to_string());
        self.send(method, path, text.as_deref(), &[("authorization", &auth)])
            .await
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.call("GET", path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> Reply {
        self.call("POST", path, Some(body)).await
    }
    pub async fn put(&self, path: &str, body: Value) -> Reply {
        self.call("PUT", path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> Reply {
        self.call("PATCH", path, Some(body)).await
    }
    pub async fn delete(&self, path: &str) -> Reply {
        self.call("DELETE", path, None).await
    }

    /// Moves the simulated clock forward by `ms`.
    pub fn advance(&self, ms: u64) {
        self.state.clock.advance(ms);
    }

    /// Moves the clock past the action duration so every started action completes.
    pub fn finish_actions(&self) {
        self.advance(self.state.config.action_ms + 1);
    }

    /// `POST /v2/droplets/{id}/actions` with `body`.
    pub async fn droplet_action(&self, id: u64, body: Value) -> Reply {
        self.post(&format!("/v2/droplets/{id}/actions"), body).await
    }

    /// Creates `example.com` with `ip_address` 192.0.2.1 (so an A record too); asserts the 201.
    pub async fn example_domain(&self) -> Reply {
        let reply = self
            .post(
                "/v2/domains",
                serde_json::json!({"name": "example.com", "ip_address": "192.0.2.1"}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        reply
    }

    /// Creates one droplet (`s-1vcpu-1gb`, `ubuntu-24-04-x64`, nyc3, these tags); returns its id.
    pub async fn droplet(&self, name: &str, tags: &[&str]) -> u64 {
        let reply = self
            .post(
                "/v2/droplets",
                serde_json::json!({"name": name, "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64", "region": "nyc3", "tags": tags}),
            )
            .await;
        assert_eq!(reply.status, 202, "{}", reply.text);
        reply.json["droplet"]["id"].as_u64().unwrap()
    }
}

/// The real binary on a free port; killed on drop.
pub struct RealServer {
    pub url: String,
    pub addr: String,
    child: Child,
}

impl RealServer {
    /// Starts `do-sim --listen 127.0.0.1:0 <args>`; stderr goes to `stderr_file` when given.
    pub fn start(args: &[&str], stderr_file: Option<&std::path::Path>) -> Self {
        let stderr = match stderr_file {
            Some(path) => Stdio::from(std::fs::File::create(path).unwrap()),
            None => Stdio::null(),
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_do-sim"))
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("spawn do-sim");
        let stdout = child.stdout.take().unwrap();
        let mut first = String::new();
        BufReader::new(stdout).read_line(&mut first).unwrap();
        let url = first.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "first line is the URL: {url:?}"
        );
        let addr = url.trim_start_matches("http://").to_string();
        RealServer { url, addr, child }
    }
}

impl Drop for RealServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What [`http`] returns: status, lower-cased header pairs, body text.
pub type RawReply = (u16, Vec<(String, String)>, String);

/// One HTTP/1.1 request over a fresh TcpStream (`Connection: close`); `Err` on I/O failure
/// (e.g. a dropped connection). Headers in the reply are lower-cased names.
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> std::io::Result<RawReply> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let body = body.unwrap_or("");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "no complete head")
    })?;
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "no status line"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect::<Vec<_>>();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok());
    if let Some(length) = length {
        if body.len() < length {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "body shorter than content-length",
            ));
        }
    }
    Ok((status, headers, body.to_string()))
}
