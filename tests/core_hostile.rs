//! Nothing panics: every method of the catalogue gets hostile argument lists, classification
//! gets odd replies, the tracker gets odd event orders, the number writer gets every kind of
//! double. Deterministic pseudo-random inputs, bounded loops.

// Native only: plain #[test]s.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/hostile_rows.rs"]
mod hostile_rows;

use digitalocean_wasm::catalogue::{self, ReplyKind};
use digitalocean_wasm::core::{
    classify, pages, plan, prepare, prepare_raw, prepare_rows, ActionFact, ActionStatus,
    ActionTracker, Attempt, BodyFacts, Config, ErrorKind, HeaderFacts, ItemFact, Outcome,
    RetryPolicy, Value,
};
use hostile_rows::malformed_rows_texts;

/// xorshift64: a fixed sequence, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const STRINGS: &[&str] = &[
    "",
    " ",
    ".",
    "..",
    "../../v2/account",
    "%2e%2e",
    "a/b?c#d",
    "例え",
    "\u{0}",
    "12",
    "-1",
    "1e3",
    "prod:web",
    "dop_v1_should_not_leak",
];

const KEYS: &[&str] = &[
    "id",
    "tag",
    "name",
    "region",
    "checkStatus",
    "volume",
    "droplet",
    "type",
    "page",
    "per_page",
    "private",
    "tag_name",
    "__proto__",
    "",
];

fn value(rng: &mut Rng, depth: u32) -> Value {
    match rng.below(if depth > 2 { 6 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::Num(
            [
                0.0,
                1.0,
                -1.0,
                1.5,
                f64::NAN,
                f64::INFINITY,
                1e300,
                42.0,
                9e15,
            ][rng.below(9)],
        ),
        3 | 4 => Value::from(STRINGS[rng.below(STRINGS.len())]),
        5 => Value::Obj(vec![]),
        6 => Value::Arr((0..rng.below(3)).map(|_| value(rng, depth + 1)).collect()),
        _ => Value::Obj(
            (0..rng.below(4))
                .map(|_| {
                    (
                        KEYS[rng.below(KEYS.len())].to_string(),
                        value(rng, depth + 1),
                    )
                })
                .collect(),
        ),
    }
}

#[test]
fn hostile_arguments_never_panic_and_never_leak() {
    let cfg = Config::new(
        Some("http://127.0.0.1:9"),
        Some("dop_v1_secret_token".into()),
    )
    .unwrap();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let names = catalogue::method_names();
    let (mut ok, mut rejected) = (0, 0);
    for name in &names {
        // Generated rows all share one shape: fewer rounds each.
        let hand = catalogue::ROWS.iter().any(|r| r.js == name);
        for _ in 0..if hand { 40 } else { 8 } {
            let args: Vec<Value> = (0..rng.below(4)).map(|_| value(&mut rng, 0)).collect();
            match prepare(&cfg, name, &args) {
                Ok(call) => {
                    ok += 1;
                    let url = &call.request.url;
                    assert!(url.starts_with("http://127.0.0.1:9/"), "{name}: {url}");
                    assert!(!url.contains("secret"), "{name}: {url}");
                    assert!(!call.request.path.contains("/../"), "{name}: {url}");
                    assert!(!call.request.path.contains("/./"), "{name}: {url}");
                }
                Err(e) => {
                    rejected += 1;
                    assert_eq!(e.kind, ErrorKind::BadArgument, "{name}: {e}");
                    assert_eq!(e.status, 0);
                    assert!(!e.message.is_empty());
                    assert!(!e.to_string().contains("secret"));
                }
            }
        }
    }
    assert!(ok > 0 && rejected > 0);
    println!(
        "{} methods, {} hostile calls: {ok} prepared, {rejected} rejected",
        names.len(),
        ok + rejected
    );
}

#[test]
fn hostile_raw_requests_never_escape_the_endpoint() {
    let cfg = Config::new(Some("http://127.0.0.1:9/base"), None).unwrap();
    let mut rng = Rng(77);
    for _ in 0..2000 {
        let mut path = String::from("/");
        for _ in 0..rng.below(5) {
            path.push_str(STRINGS[rng.below(STRINGS.len())]);
            path.push('/');
        }
        let method = ["GET", "post", "BREW", "", "DELETE"][rng.below(5)];
        let query = value(&mut rng, 0);
        let body = value(&mut rng, 0);
        if let Ok(p) = prepare_raw(&cfg, method, &path, Some(&query), Some(&body)) {
            assert!(p.url.starts_with("http://127.0.0.1:9/base/"), "{}", p.url);
            let segments: Vec<&str> = p.path.split('/').collect();
            assert!(
                !segments.contains(&"..") && !segments.contains(&"."),
                "{}",
                p.path
            );
        }
    }
}

#[test]
fn odd_replies_are_classified_without_panicking() {
    let cfg = Config::new(None, Some("t".into())).unwrap();
    let requests = [
        prepare(&cfg, "account", &[]).unwrap().request,
        prepare(
            &cfg,
            "createDomain",
            &[Value::obj([("name", Value::from("x"))])],
        )
        .unwrap()
        .request,
        prepare(&cfg, "reboot", &[Value::obj([("id", Value::Num(1.0))])])
            .unwrap()
            .request,
        prepare(
            &cfg,
            "imageAction",
            &[
                Value::Num(1.0),
                Value::obj([("type", Value::from("convert"))]),
            ],
        )
        .unwrap()
        .request,
    ];
    let mut rng = Rng(99);
    for _ in 0..3000 {
        let req = &requests[rng.below(requests.len())];
        let status = [
            0, 100, 200, 201, 202, 204, 301, 400, 404, 429, 500, 503, 599, 999,
        ][rng.below(14)];
        let body = value(&mut rng, 0);
        let facts = match rng.below(3) {
            0 => BodyFacts::empty(),
            1 => BodyFacts::not_json(),
            _ => BodyFacts::from_value(&body, req.reply.borrowed()),
        };
        let headers = HeaderFacts {
            retry_after: [None, Some(-1.0), Some(1e12), Some(f64::NAN), Some(2.0)][rng.below(5)],
            reset: [None, Some(0.0), Some(1e15)][rng.below(3)],
            ..HeaderFacts::default()
        };
        let at = Attempt {
            number: rng.below(8) as u32,
            now_ms: [0.0, 1.7e12, f64::NAN][rng.below(3)],
            jitter: [0.0, 0.5, 2.0, f64::NAN][rng.below(4)],
        };
        match classify(req, status, &headers, &facts, &at, &RetryPolicy::default()) {
            Outcome::RateLimited { wait_ms } => assert!((0.0..=120_000.0).contains(&wait_ms)),
            Outcome::Retry { after_ms } => assert!(after_ms.is_finite() && after_ms >= 0.0),
            Outcome::WaitActions(ids) => assert!(!ids.is_empty() && req.reply.waits()),
            Outcome::Failed(e) => assert!(!e.id.is_empty()),
            Outcome::Done | Outcome::Empty => {}
        }
    }
}

#[test]
fn odd_page_links_and_items_never_panic() {
    let cfg = Config::new(Some("http://h"), None).unwrap();
    let call = prepare(
        &cfg,
        "droplet",
        &[Value::obj([
            ("name", Value::from("a")),
            ("region", Value::from("b")),
        ])],
    )
    .unwrap();
    for link in [
        "",
        "?",
        "&&",
        "?page=2&&&",
        "http://x?#",
        "?page=%zz",
        "é?é=é",
        "?a=1?b=2",
    ] {
        match pages::next_page(&call.request, link) {
            // Same endpoint and path whatever the link says; only the query changes.
            Ok(next) => {
                assert!(
                    next.url.starts_with("http://h/v2/droplets"),
                    "{link}: {}",
                    next.url
                );
                assert_ne!(next.url, call.request.url, "{link}");
                assert_eq!(next.path, "/v2/droplets");
            }
            Err(e) => assert_eq!(e.id, "invalid_reply", "{link}"),
        }
    }
    let mut rng = Rng(5);
    for _ in 0..500 {
        let items: Vec<ItemFact> = (0..rng.below(5))
            .filter_map(|_| ItemFact::from_value(&value(&mut rng, 0)))
            .collect();
        if let Some(i) = plan::pick(&call, &items) {
            assert!(i < items.len());
        }
    }
    assert!(
        BodyFacts::from_value(&Value::Null, ReplyKind::List("droplets"))
            .items
            .is_empty()
    );
}

#[test]
fn the_tracker_survives_any_event_order() {
    let mut rng = Rng(2024);
    for _ in 0..200 {
        let mut t = ActionTracker::new([0.0, 10.0, f64::NAN, -5.0][rng.below(4)]);
        let mut now = 0.0;
        for _ in 0..60 {
            now += rng.below(50) as f64;
            let fact = |rng: &mut Rng| ActionFact {
                id: rng.below(6) as u64,
                status: [
                    ActionStatus::InProgress,
                    ActionStatus::Completed,
                    ActionStatus::Errored,
                ][rng.below(3)],
                kind: String::new(),
            };
            match rng.below(7) {
                0 => t.track(&[rng.below(6) as u64], now),
                1 => {
                    let _ = t.poll_request(now);
                }
                2 => {
                    let page: Vec<ActionFact> = (0..rng.below(4)).map(|_| fact(&mut rng)).collect();
                    t.handle_list(now, &page);
                }
                3 => t.handle_single(now, &fact(&mut rng)),
                4 => t.handle_failure(now),
                5 => t.forget(&[rng.below(6) as u64]),
                _ => t.delay_until(now + rng.below(100) as f64),
            }
            t.take_events();
            if let Some(wake) = t.next_wakeup() {
                assert!(wake.is_finite());
            }
            if t.open_ids().count() == 0 {
                assert_eq!(t.next_wakeup(), None);
            }
        }
    }
}

#[test]
fn malformed_rows_texts_are_bad_arguments() {
    let cfg = Config::new(Some("http://127.0.0.1:9"), Some("t".into())).unwrap();
    for text in malformed_rows_texts() {
        for args in [
            vec![],
            vec![Value::from("1")],
            vec![Value::obj([("id", Value::Num(1.0))])],
        ] {
            let e = prepare_rows(&cfg, "m", &text, &args).unwrap_err();
            let shown: String = text.chars().take(40).collect();
            assert_eq!(e.id, "bad_argument", "{shown:?}: {}", e.message);
            assert!(e.message.starts_with("m: "), "{shown:?}: {}", e.message);
            assert!(
                e.message.len() < 300,
                "{shown:?}: message of {} bytes",
                e.message.len()
            );
        }
    }
}

#[test]
fn mutated_rows_texts_never_panic() {
    let cfg = Config::new(Some("http://127.0.0.1:9"), Some("t".into())).unwrap();
    let mut rng = Rng(0x5eed_0f0a_0b0c);
    let names = catalogue::method_names();
    let alphabet = b"|{}:>.?@ ,=\n/abpqmhL";
    let mut prepared = 0;
    for round in 0..4000 {
        let name = &names[rng.below(names.len())];
        let mut bytes = catalogue::rows_text(name).unwrap().into_bytes();
        for _ in 0..1 + rng.below(3) {
            match rng.below(3) {
                0 => bytes.truncate(rng.below(bytes.len() + 1)),
                1 if !bytes.is_empty() => {
                    let at = rng.below(bytes.len());
                    bytes[at] = alphabet[rng.below(alphabet.len())];
                }
                _ => {
                    let at = rng.below(bytes.len() + 1);
                    bytes.insert(at, alphabet[rng.below(alphabet.len())]);
                }
            }
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let args: Vec<Value> = (0..rng.below(4)).map(|_| value(&mut rng, 0)).collect();
        match prepare_rows(&cfg, name, &text, &args) {
            Ok(call) => {
                prepared += 1;
                assert!(
                    call.request.url.starts_with("http://127.0.0.1:9/"),
                    "{round}: {}",
                    call.request.url
                );
            }
            Err(e) => assert_eq!(e.status, 0, "{round}: {}", e.message),
        }
    }
    assert!(prepared > 0);
}

/// An object of `n` keys `k0`, `k1`… (the converter lets an argument hold up to 100,000
/// values).
fn wide_object(n: usize) -> Value {
    Value::Obj((0..n).map(|i| (format!("k{i}"), Value::Num(1.0))).collect())
}

#[test]
fn an_object_of_many_unknown_keys_is_rejected_at_once() {
    let cfg = Config::new(Some("http://127.0.0.1:9"), Some("t".into())).unwrap();
    // No variant of `reboot` fits: the error looks for two keys of different variants
    // among the keys given. It compared every pair (a 20,000-key object took minutes).
    let started = std::time::Instant::now();
    let e = prepare(&cfg, "reboot", &[wide_object(20_000)]).unwrap_err();
    assert_eq!(
        e.message,
        "reboot: unknown key `k0`; expected ({id}) or ({tag})"
    );
    let mut pairs = vec![("id".to_string(), Value::Num(1.0))];
    if let Value::Obj(wide) = wide_object(20_000) {
        pairs.extend(wide);
    }
    pairs.push(("tag".to_string(), Value::from("web")));
    let e = prepare(&cfg, "reboot", &[Value::Obj(pairs)]).unwrap_err();
    assert_eq!(e.message, "reboot: give either `id` or `tag`, not both");
    let elapsed = started.elapsed();
    assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
}

#[test]
fn a_wide_body_binds_in_linear_time() {
    let cfg = Config::new(Some("http://127.0.0.1:9"), Some("t".into())).unwrap();
    // Every key of a body object was looked up in the body built so far (quadratic: a
    // 100,000-key body took seconds).
    let started = std::time::Instant::now();
    let call = prepare(&cfg, "createDomain", &[wide_object(100_000)]).unwrap();
    let elapsed = started.elapsed();
    let body = call.request.body.unwrap_or_default();
    assert!(
        body.starts_with(r#"{"k0":"#),
        "{}",
        &body[..40.min(body.len())]
    );
    assert_eq!(body.matches(r#""k"#).count(), 100_000);
    assert!(elapsed.as_secs() < 2, "took {elapsed:?}");
}
