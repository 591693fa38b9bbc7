//! The sans-IO core driven natively against do-sim over real HTTP on 127.0.0.1: each test
//! plays the edge's part with a blocking HTTP/1.1 client (prepare -> send -> classify ->
//! pages / fan-out / action tracker), so core and simulator are checked together before
//! any wasm is built.
//!
//! The simulator binary is `$DO_SIM_BIN`, else `$CARGO_TARGET_DIR/debug/do-sim` (build it
//! with `cargo build -p do-sim`); without it every test prints SKIP and passes.

// Native only: reads files / spawns processes / plain #[test]s.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[path = "core_json.rs"]
mod core_json;
use core_json::parse_json;

use digitalocean_wasm::core::{
    classify, pages, plan, prepare, ActionEvent, ActionTracker, Attempt, BodyFacts, Call, Config,
    Error, HeaderFacts, Outcome, PollRequest, Prepared, RateLimiter, RetryPolicy, Value,
};

// ---------------------------------------------------------------- the simulator

struct Sim {
    child: Child,
    url: String,
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sim_binary() -> Option<PathBuf> {
    if let Some(bin) = std::env::var_os("DO_SIM_BIN") {
        return Some(PathBuf::from(bin));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let bin = target.join("debug").join("do-sim");
    bin.exists().then_some(bin)
}

fn start_sim(extra: &[&str]) -> Option<Sim> {
    let Some(bin) = sim_binary() else {
        println!("SKIP: no do-sim binary (cargo build -p do-sim, or set DO_SIM_BIN)");
        return None;
    };
    let mut child = Command::new(bin)
        .args([
            "--listen",
            "127.0.0.1:0",
            "--action-ms",
            "60",
            "--any-token",
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("do-sim starts");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    let url = first.trim().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "do-sim printed {url:?}"
    );
    Some(Sim { child, url })
}

fn cfg(sim: &Sim) -> Config {
    Config::new(Some(&sim.url), Some("dop_v1_core_sim_token".into())).unwrap()
}

// ---------------------------------------------------------------- HTTP/1.1, blocking

struct Reply {
    status: u16,
    headers: HeaderFacts,
    body: Option<Value>,
    text: String,
}

fn send(req: &Prepared) -> Reply {
    let rest = req.url.strip_prefix("http://").expect("http url");
    let (host, target) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut stream = TcpStream::connect(host).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let body = req.body.as_deref().unwrap_or("");
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n",
        req.method.as_str()
    );
    for (name, value) in &req.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("reply");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, payload) = text.split_once("\r\n\r\n").expect("header end");
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let pairs: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = pairs
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let payload = if chunked {
        dechunk(payload)
    } else {
        payload.to_string()
    };
    let headers = HeaderFacts::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let body = if payload.is_empty() {
        None
    } else {
        parse_json(&payload)
    };
    Reply {
        status,
        headers,
        body,
        text: payload,
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

// ---------------------------------------------------------------- the edge's part

fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

fn facts(reply: &Reply, req: &Prepared) -> BodyFacts {
    match &reply.body {
        Some(v) => BodyFacts::from_value(v, req.reply.borrowed()),
        None if reply.text.is_empty() => BodyFacts::empty(),
        None => BodyFacts::not_json(),
    }
}

/// One request with retries: (outcome, reply).
fn exchange(req: &Prepared, limiter: &mut RateLimiter) -> (Outcome, Reply) {
    let policy = RetryPolicy {
        base_ms: 20.0,
        max_rate_limit_wait_ms: 200.0,
        ..RetryPolicy::default()
    };
    for number in 1..=10 {
        let reply = send(req);
        limiter.observe(&reply.headers, reply.status, now_ms());
        let at = Attempt {
            number,
            now_ms: now_ms(),
            jitter: 0.5,
        };
        let outcome = classify(
            req,
            reply.status,
            &reply.headers,
            &facts(&reply, req),
            &at,
            &policy,
        );
        match outcome {
            Outcome::RateLimited { wait_ms } | Outcome::Retry { after_ms: wait_ms } => {
                std::thread::sleep(Duration::from_millis(wait_ms.min(200.0) as u64));
            }
            other => return (other, reply),
        }
    }
    panic!("no final outcome for {}", req.url);
}

/// Waits for actions with the tracker; returns the number of poll requests spent.
fn wait_actions(cfg: &Config, ids: &[u64]) -> Result<usize, Box<Error>> {
    let mut tracker = ActionTracker::new(50.0);
    tracker.track(ids, now_ms());
    let mut limiter = RateLimiter::default();
    let mut polls = 0;
    let started = Instant::now();
    while !tracker.is_idle() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "actions never finished"
        );
        let Some(wake) = tracker.next_wakeup() else {
            break;
        };
        let delay = (wake - now_ms()).max(0.0);
        std::thread::sleep(Duration::from_millis(delay as u64 + 1));
        let Some(request) = tracker.poll_request(now_ms()) else {
            continue;
        };
        polls += 1;
        let prepared = plan::poll(cfg, &request).map_err(Box::new)?;
        let (outcome, reply) = exchange(&prepared, &mut limiter);
        let body_facts = facts(&reply, &prepared);
        match (outcome, request) {
            (Outcome::Done, PollRequest::List { .. }) => {
                tracker.handle_list(now_ms(), &body_facts.actions)
            }
            (Outcome::Done, PollRequest::Single(_)) => match body_facts.actions.first() {
                Some(action) => tracker.handle_single(now_ms(), action),
                None => tracker.handle_failure(now_ms()),
            },
            _ => tracker.handle_failure(now_ms()),
        }
        for event in tracker.take_events() {
            if let ActionEvent::Errored(id) = event {
                return Err(Box::new(Error::action_errored(id, "")));
            }
        }
    }
    Ok(polls)
}

/// Walks every page of a list call; returns (items, total).
fn walk(call: &Call) -> (Vec<Value>, f64) {
    let key = call.request.reply.list_key().expect("a list");
    let mut limiter = RateLimiter::default();
    let mut request = call.request.clone();
    let mut items = Vec::new();
    for _ in 0..pages::MAX_PAGES {
        let (outcome, reply) = exchange(&request, &mut limiter);
        assert_eq!(outcome, Outcome::Done, "{}: {}", request.url, reply.text);
        let body = reply.body.expect("json");
        items.extend(
            body.get(key)
                .and_then(Value::as_array)
                .unwrap_or(&[])
                .iter()
                .cloned(),
        );
        let total = body
            .pointer(&["meta", "total"])
            .and_then(Value::as_f64)
            .unwrap_or(-1.0);
        match pages::PageLinks::from_body(&body).next {
            Some(next) => request = pages::next_page(&request, &next).unwrap(),
            None => return (items, total),
        }
    }
    panic!("too many pages");
}

fn call(cfg: &Config, name: &str, args: &[Value]) -> (Call, Outcome, Reply) {
    let call = prepare(cfg, name, args).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (outcome, reply) = exchange(&call.request, &mut RateLimiter::default());
    (call, outcome, reply)
}

fn droplet_spec(name: &str) -> Value {
    Value::obj([
        ("name", Value::from(name)),
        ("region", Value::from("nyc3")),
        ("size", Value::from("s-1vcpu-1gb")),
        ("image", Value::from("ubuntu-24-04-x64")),
        ("tags", Value::Arr(vec![Value::from("core-sim")])),
    ])
}

fn statistic(cfg: &Config, route: &str) -> f64 {
    let (_, _, reply) = call(cfg, "metaStatistics", &[]);
    reply
        .body
        .and_then(|b| {
            b.pointer(&["requests", "by_route", route])
                .and_then(Value::as_f64)
        })
        .unwrap_or(0.0)
}

// ---------------------------------------------------------------- scenarios

#[test]
fn create_wait_reread_then_find_by_name_and_walk_pages() {
    let Some(sim) = start_sim(&[]) else { return };
    let cfg = cfg(&sim);
    let names = Value::Arr((0..5).map(|i| Value::from(format!("core-{i}"))).collect());
    let mut spec = droplet_spec("x");
    if let Value::Obj(pairs) = &mut spec {
        pairs.retain(|(k, _)| k != "name");
        pairs.push(("names".into(), names));
    }
    let (create, outcome, reply) = call(&cfg, "createDroplet", &[spec]);
    let Outcome::WaitActions(ids) = outcome else {
        panic!("create should wait: {outcome:?} {}", reply.text)
    };
    assert_eq!(ids.len(), 5);
    let polls = wait_actions(&cfg, &ids).unwrap();
    assert!((1..=10).contains(&polls), "{polls} polls");
    let created = facts(&reply, &create.request).items;
    assert_eq!(created.len(), 5);
    for item in &created {
        let reread = plan::reread(&cfg, &item.id).unwrap();
        let (outcome, reply) = exchange(&reread, &mut RateLimiter::default());
        assert_eq!(outcome, Outcome::Done);
        let status = reply
            .body
            .as_ref()
            .and_then(|b| b.pointer(&["droplet", "status"]))
            .cloned();
        assert_eq!(status, Some(Value::from("active")), "{}", reply.text);
    }
    // FindByName: the one named core-3 in nyc3.
    let find = prepare(
        &cfg,
        "droplet",
        &[Value::obj([
            ("name", Value::from("core-3")),
            ("region", Value::from("nyc3")),
        ])],
    )
    .unwrap();
    let (listed, _) = walk(&find);
    let found: Vec<_> = listed
        .iter()
        .filter_map(digitalocean_wasm::core::ItemFact::from_value)
        .collect();
    let pick = plan::pick(&find, &found).expect("found by name");
    assert_eq!(found[pick].name.as_deref(), Some("core-3"));
    // Nothing in another region: the 404 the client reports.
    let elsewhere = prepare(
        &cfg,
        "droplet",
        &[Value::obj([
            ("name", Value::from("core-3")),
            ("region", Value::from("ams3")),
        ])],
    )
    .unwrap();
    assert_eq!(plan::pick(&elsewhere, &found), None);
    assert_eq!(plan::not_found(&elsewhere, 1).status, 404);
    // AllPages with two per page.
    let mut small = cfg.clone();
    small.page_size = Some(2);
    let all = prepare(&small, "dropletsAll", &[]).unwrap();
    let (items, total) = walk(&all);
    assert_eq!(items.len() as f64, total);
    assert!(items.len() >= 5);
    println!(
        "created 5 droplets, {polls} poll requests while waiting; walked {} droplets 2 per page",
        items.len()
    );
}

#[test]
fn reboot_by_tag_fans_out_and_the_tracker_batches_polls() {
    let Some(sim) = start_sim(&[]) else { return };
    let cfg = cfg(&sim);
    let mut ids = Vec::new();
    for i in 0..4 {
        let (_, outcome, _) = call(
            &cfg,
            "createDroplet",
            &[droplet_spec(&format!("tagged-{i}"))],
        );
        if let Outcome::WaitActions(open) = outcome {
            ids.extend(open);
        }
    }
    wait_actions(&cfg, &ids).unwrap();
    let reboot = prepare(
        &cfg,
        "reboot",
        &[Value::obj([("tag", Value::from("core-sim"))])],
    )
    .unwrap();
    let (droplets, _) = walk(&reboot);
    assert_eq!(droplets.len(), 4);
    let before = statistic(&cfg, "actions_list") + statistic(&cfg, "actions_get");
    let mut actions = Vec::new();
    for d in droplets
        .iter()
        .filter_map(digitalocean_wasm::core::ItemFact::from_value)
    {
        let post = plan::fan_out(&cfg, &reboot, &d.id).unwrap();
        let (outcome, reply) = exchange(&post, &mut RateLimiter::default());
        match outcome {
            Outcome::WaitActions(open) => actions.extend(open),
            other => panic!("reboot {}: {other:?} {}", d.id, reply.text),
        }
    }
    assert_eq!(actions.len(), 4);
    let polls = wait_actions(&cfg, &actions).unwrap();
    let after = statistic(&cfg, "actions_list") + statistic(&cfg, "actions_get");
    assert_eq!(
        after - before,
        polls as f64,
        "the tracker's count matches the server's"
    );
    assert!(
        polls <= 6,
        "4 reboots of 60 ms polled every 50 ms: {polls} requests"
    );
    println!("4 tag-wide reboots waited with {polls} poll requests");
}

#[test]
fn errors_and_rate_limits_are_classified() {
    let Some(sim) = start_sim(&[]) else { return };
    let cfg = cfg(&sim);
    let (_, outcome, _) = call(
        &cfg,
        "droplet",
        &[Value::obj([("id", Value::Num(999_999_999.0))])],
    );
    match outcome {
        Outcome::Failed(e) => {
            assert_eq!((e.status, e.id.as_str()), (404, "not_found"));
            assert!(e.request_id.is_some());
            assert!(!e.to_string().contains("core_sim_token"));
        }
        other => panic!("{other:?}"),
    }
    let (_, outcome, reply) = call(
        &cfg,
        "createDomain",
        &[Value::obj([("name", Value::from(""))])],
    );
    assert!(
        matches!(outcome, Outcome::Failed(ref e) if e.status >= 400 && e.status < 500),
        "{outcome:?} {}",
        reply.text
    );
    // Every droplets_list answers 429 once faults say so; classify asks to wait.
    let faults = Value::obj([
        ("rate_429", Value::Num(1.0)),
        ("routes", Value::Arr(vec![Value::from("droplets_list")])),
    ]);
    let (_, outcome, _) = call(&cfg, "metaFaults", &[faults]);
    assert_eq!(outcome, Outcome::Done);
    let list = prepare(&cfg, "droplets", &[]).unwrap();
    let reply = send(&list.request);
    assert_eq!(reply.status, 429, "{}", reply.text);
    let at = Attempt {
        number: 1,
        now_ms: now_ms(),
        jitter: 0.0,
    };
    let outcome = classify(
        &list.request,
        429,
        &reply.headers,
        &facts(&reply, &list.request),
        &at,
        &RetryPolicy::default(),
    );
    assert!(
        matches!(outcome, Outcome::RateLimited { wait_ms } if wait_ms >= 0.0),
        "{outcome:?}"
    );
    let mut limiter = RateLimiter::default();
    limiter.observe(&reply.headers, 429, now_ms());
    assert!(limiter.delay_before_next(now_ms()) > 0.0);
}

#[test]
fn rate_limit_headers_reach_the_limiter() {
    let Some(sim) = start_sim(&[]) else { return };
    let cfg = cfg(&sim);
    let mut limiter = RateLimiter::default();
    let (_, _) = exchange(
        &prepare(&cfg, "account", &[]).unwrap().request,
        &mut limiter,
    );
    let info = limiter
        .latest()
        .expect("ratelimit-* headers on every reply");
    assert!(
        info.limit > 0.0 && info.remaining <= info.limit && info.reset > 0.0,
        "{info:?}"
    );
}
