//! Reply classification: one attempt's status, headers and body facts -> [`Outcome`].
//!
//! | reply | outcome |
//! |---|---|
//! | 2xx, empty body | `Empty` (resolves `undefined`) |
//! | 2xx, body not JSON | `Failed(invalid_reply)` |
//! | 2xx, waiting reply kind, an action `errored` | `Failed(action_errored)` |
//! | 2xx, waiting reply kind, actions in progress | `WaitActions(ids)` |
//! | other 2xx | `Done` |
//! | 429, attempts left | `RateLimited { wait_ms }` (POST included: it was not processed) |
//! | 5xx, GET/PUT/DELETE/HEAD, attempts left | `Retry { after_ms }` (jittered back-off) |
//! | anything else | `Failed(the server's id and message)` |
//!
//! ```
//! use digitalocean_wasm::core::{classify, prepare, Attempt, BodyFacts, Config, HeaderFacts, Outcome, RetryPolicy, Value};
//! let cfg = Config::new(None, Some("t".into())).unwrap();
//! let call = prepare(&cfg, "account", &[]).unwrap();
//! let at = Attempt { number: 1, now_ms: 0.0, jitter: 1.0 };
//! let out = classify(&call.request, 503, &HeaderFacts::default(), &BodyFacts::not_json(), &at, &RetryPolicy::default());
//! assert_eq!(out, Outcome::Retry { after_ms: 500.0 });
//! ```

use super::error::{Error, ErrorKind};
use super::facts::{ActionStatus, BodyFacts, HeaderFacts};
use super::prepare::Prepared;
use super::rate_limit::wait_after_429;
use super::retry::{Cause, RetryPolicy};

/// What the driver does next with a reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Success: resolve with the body (or go on with the plan).
    Done,
    /// Success without a body: resolve `undefined`.
    Empty,
    /// Success; wait for these actions (in progress) before resolving.
    WaitActions(Vec<u64>),
    /// 429: send the same request again after `wait_ms`.
    RateLimited {
        /// Milliseconds to wait.
        wait_ms: f64,
    },
    /// 5xx or network error on an idempotent request: send it again after `after_ms`.
    Retry {
        /// Milliseconds to wait.
        after_ms: f64,
    },
    /// Reject with this error.
    Failed(Error),
}

/// The attempt being classified: its number (1-based), the time, and the jitter in `[0, 1]`
/// the edge drew for a possible back-off.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attempt {
    /// 1 for the first send.
    pub number: u32,
    /// Now, in Unix milliseconds.
    pub now_ms: f64,
    /// Random number in `[0, 1]`.
    pub jitter: f64,
}

/// The API's usual error id for a status, used when the body has none.
///
/// ```
/// assert_eq!(digitalocean_wasm::core::classify::default_error_id(404), "not_found");
/// assert_eq!(digitalocean_wasm::core::classify::default_error_id(418), "unknown_error");
/// ```
pub fn default_error_id(status: u16) -> &'static str {
    match status {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        410 => "gone",
        412 => "precondition_failed",
        422 => "unprocessable_entity",
        429 => "too_many_requests",
        500..=599 => "server_error",
        _ => "unknown_error",
    }
}

fn server_error(
    req: &Prepared,
    status: u16,
    headers: &HeaderFacts,
    body: &BodyFacts,
    attempt: u32,
) -> Error {
    let id = body
        .error_id
        .clone()
        .unwrap_or_else(|| default_error_id(status).to_string());
    let message = body
        .error_message
        .clone()
        .unwrap_or_else(|| format!("HTTP {status} from {} {}", req.method.as_str(), req.path));
    let mut error = Error::api(status, id, message)
        .at(req.method.as_str(), &req.path, attempt)
        .with_request_id(
            headers
                .request_id
                .clone()
                .or_else(|| body.request_id.clone()),
        );
    if status == 429 {
        error.kind = ErrorKind::RateLimited;
    }
    error
}

/// Classifies one reply.
///
/// ```
/// use digitalocean_wasm::core::{classify, prepare, Attempt, BodyFacts, Config, HeaderFacts, Outcome, RetryPolicy};
/// let cfg = Config::new(None, None).unwrap();
/// let call = prepare(&cfg, "deleteKey", &[1.0.into()]).unwrap();
/// let at = Attempt { number: 1, now_ms: 0.0, jitter: 0.0 };
/// assert_eq!(classify(&call.request, 204, &HeaderFacts::default(), &BodyFacts::empty(), &at, &RetryPolicy::default()), Outcome::Empty);
/// ```
pub fn classify(
    req: &Prepared,
    status: u16,
    headers: &HeaderFacts,
    body: &BodyFacts,
    attempt: &Attempt,
    policy: &RetryPolicy,
) -> Outcome {
    let n = attempt.number;
    match status {
        200..=299 => {
            if body.empty {
                return Outcome::Empty;
            }
            if !body.is_json {
                return Outcome::Failed(
                    Error::client(
                        ErrorKind::InvalidReply,
                        format!(
                            "HTTP {status} reply to {} {} is not JSON",
                            req.method.as_str(),
                            req.path
                        ),
                    )
                    .at(req.method.as_str(), &req.path, n)
                    .with_request_id(headers.request_id.clone()),
                );
            }
            if !req.reply.waits() {
                return Outcome::Done;
            }
            if let Some(bad) = body
                .actions
                .iter()
                .find(|a| a.status == ActionStatus::Errored)
            {
                return Outcome::Failed(
                    Error::action_errored(bad.id, &bad.kind)
                        .at(req.method.as_str(), &req.path, n)
                        .with_request_id(headers.request_id.clone()),
                );
            }
            let mut open: Vec<u64> = Vec::new();
            for action in &body.actions {
                if action.status == ActionStatus::InProgress {
                    open.push(action.id);
                }
            }
            if open.is_empty() {
                Outcome::Done
            } else {
                Outcome::WaitActions(open)
            }
        }
        429 if policy.may_retry(req.method, Cause::RateLimited, n) => Outcome::RateLimited {
            wait_ms: wait_after_429(headers, attempt.now_ms).min(policy.max_rate_limit_wait_ms),
        },
        500..=599 if policy.may_retry(req.method, Cause::ServerError, n) => Outcome::Retry {
            after_ms: policy.backoff_ms(n, attempt.jitter),
        },
        _ => Outcome::Failed(server_error(req, status, headers, body, n)),
    }
}

/// Classifies a request that got no reply (`fetch` rejected, not by an abort).
///
/// ```
/// use digitalocean_wasm::core::{classify_network, prepare, Attempt, Config, Outcome, RetryPolicy, Value};
/// let cfg = Config::new(None, None).unwrap();
/// let call = prepare(&cfg, "createDomain", &[Value::obj([("name", Value::from("x.com"))])]).unwrap();
/// let at = Attempt { number: 1, now_ms: 0.0, jitter: 0.0 };
/// match classify_network(&call.request, "connection refused", &at, &RetryPolicy::default()) {
///     Outcome::Failed(e) => assert_eq!((e.id.as_str(), e.status), ("network", 0)),
///     other => panic!("a POST is never resent: {other:?}"),
/// }
/// ```
pub fn classify_network(
    req: &Prepared,
    message: &str,
    attempt: &Attempt,
    policy: &RetryPolicy,
) -> Outcome {
    if policy.may_retry(req.method, Cause::Network, attempt.number) {
        return Outcome::Retry {
            after_ms: policy.backoff_ms(attempt.number, attempt.jitter),
        };
    }
    Outcome::Failed(
        Error::client(
            ErrorKind::Network,
            format!("no reply from the server: {message}"),
        )
        .at(req.method.as_str(), &req.path, attempt.number),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::ReplyKind;
    use crate::core::facts::ActionFact;
    use crate::core::{prepare, prepare_raw, Config, Value};

    fn req(js: &str, args: &[Value]) -> Prepared {
        let cfg = Config::new(Some("http://h"), Some("dop_v1_secret".into())).unwrap();
        prepare(&cfg, js, args).unwrap().request
    }

    fn get() -> Prepared {
        req("account", &[])
    }

    fn post() -> Prepared {
        req(
            "createDomain",
            &[Value::obj([("name", Value::from("x.com"))])],
        )
    }

    fn reboot() -> Prepared {
        req("reboot", &[Value::obj([("id", Value::Num(1.0))])])
    }

    fn json() -> BodyFacts {
        BodyFacts {
            is_json: true,
            ..BodyFacts::default()
        }
    }

    fn with_actions(statuses: &[(u64, ActionStatus)]) -> BodyFacts {
        BodyFacts {
            actions: statuses
                .iter()
                .map(|(id, status)| ActionFact {
                    id: *id,
                    status: *status,
                    kind: "reboot".into(),
                })
                .collect(),
            ..json()
        }
    }

    fn at(number: u32) -> Attempt {
        Attempt {
            number,
            now_ms: 1_000_000.0,
            jitter: 1.0,
        }
    }

    fn run(req: &Prepared, status: u16, body: &BodyFacts, number: u32) -> Outcome {
        classify(
            req,
            status,
            &HeaderFacts::default(),
            body,
            &at(number),
            &RetryPolicy::default(),
        )
    }

    fn failed_id(outcome: Outcome) -> (String, u16, ErrorKind) {
        match outcome {
            Outcome::Failed(e) => (e.id.clone(), e.status, e.kind),
            other => panic!("expected Failed, got {other:?}"),
        }
    }

    #[test]
    fn successes() {
        assert_eq!(run(&get(), 200, &json(), 1), Outcome::Done);
        assert_eq!(run(&post(), 201, &json(), 1), Outcome::Done);
        assert_eq!(run(&get(), 204, &BodyFacts::empty(), 1), Outcome::Empty);
        assert_eq!(run(&reboot(), 202, &BodyFacts::empty(), 1), Outcome::Empty);
        assert_eq!(
            failed_id(run(&get(), 200, &BodyFacts::not_json(), 1)),
            ("invalid_reply".into(), 0, ErrorKind::InvalidReply)
        );
    }

    #[test]
    fn action_replies() {
        use ActionStatus::*;
        assert_eq!(
            run(&reboot(), 201, &with_actions(&[(5, InProgress)]), 1),
            Outcome::WaitActions(vec![5])
        );
        assert_eq!(
            run(&reboot(), 201, &with_actions(&[(5, Completed)]), 1),
            Outcome::Done
        );
        assert_eq!(run(&reboot(), 201, &json(), 1), Outcome::Done);
        assert_eq!(
            run(
                &reboot(),
                201,
                &with_actions(&[(5, Completed), (6, InProgress), (7, InProgress)]),
                1
            ),
            Outcome::WaitActions(vec![6, 7])
        );
        assert_eq!(
            failed_id(run(
                &reboot(),
                201,
                &with_actions(&[(5, InProgress), (6, Errored)]),
                1
            )),
            ("action_errored".into(), 0, ErrorKind::ActionErrored)
        );
        // Listings of actions never wait.
        let listing = req("dropletActions", &[Value::obj([("id", Value::Num(1.0))])]);
        assert_eq!(listing.reply.borrowed(), ReplyKind::List("actions"));
        assert_eq!(
            run(&listing, 200, &with_actions(&[(5, InProgress)]), 1),
            Outcome::Done
        );
    }

    #[test]
    fn rate_limited_replies_retry_even_a_post() {
        let headers = HeaderFacts {
            retry_after: Some(2.0),
            ..HeaderFacts::default()
        };
        let policy = RetryPolicy::default();
        let out = classify(&post(), 429, &headers, &json(), &at(1), &policy);
        assert_eq!(out, Outcome::RateLimited { wait_ms: 2000.0 });
        let capped = RetryPolicy {
            max_rate_limit_wait_ms: 500.0,
            ..policy
        };
        let out = classify(&post(), 429, &headers, &json(), &at(1), &capped);
        assert_eq!(out, Outcome::RateLimited { wait_ms: 500.0 });
        let out = classify(&post(), 429, &headers, &json(), &at(5), &policy);
        assert_eq!(
            failed_id(out),
            ("too_many_requests".into(), 429, ErrorKind::RateLimited)
        );
    }

    #[test]
    fn server_errors_retry_only_idempotent_requests() {
        assert_eq!(
            run(&get(), 500, &json(), 1),
            Outcome::Retry { after_ms: 500.0 }
        );
        assert_eq!(
            run(&get(), 503, &BodyFacts::not_json(), 2),
            Outcome::Retry { after_ms: 1000.0 }
        );
        assert_eq!(
            failed_id(run(&get(), 502, &BodyFacts::not_json(), 4)),
            ("server_error".into(), 502, ErrorKind::Api)
        );
        assert_eq!(
            failed_id(run(&post(), 500, &json(), 1)),
            ("server_error".into(), 500, ErrorKind::Api)
        );
        assert_eq!(
            failed_id(run(&reboot(), 503, &json(), 1)),
            ("server_error".into(), 503, ErrorKind::Api)
        );
        let cfg = Config::new(Some("http://h"), None).unwrap();
        for method in ["PUT", "DELETE", "HEAD"] {
            let r = prepare_raw(&cfg, method, "/v2/x", None, None).unwrap();
            assert!(
                matches!(run(&r, 500, &json(), 1), Outcome::Retry { .. }),
                "{method}"
            );
        }
        let patch = prepare_raw(&cfg, "PATCH", "/v2/x", None, None).unwrap();
        assert!(matches!(run(&patch, 500, &json(), 1), Outcome::Failed(_)));
    }

    #[test]
    fn client_errors_keep_the_servers_words() {
        let body = BodyFacts {
            error_id: Some("unprocessable_entity".into()),
            error_message: Some("Name is invalid".into()),
            request_id: Some("body-rid".into()),
            ..json()
        };
        match run(&post(), 422, &body, 1) {
            Outcome::Failed(e) => {
                assert_eq!(e.message, "Name is invalid");
                assert_eq!(e.request_id.as_deref(), Some("body-rid"));
                assert_eq!(
                    (e.method.as_str(), e.path.as_str(), e.attempts),
                    ("POST", "/v2/domains", 1)
                );
                assert!(!e.to_string().contains("secret"));
            }
            other => panic!("{other:?}"),
        }
        let headers = HeaderFacts {
            request_id: Some("hdr-rid".into()),
            ..HeaderFacts::default()
        };
        match classify(
            &get(),
            404,
            &headers,
            &BodyFacts::not_json(),
            &at(1),
            &RetryPolicy::default(),
        ) {
            Outcome::Failed(e) => {
                assert_eq!((e.id.as_str(), e.status), ("not_found", 404));
                assert_eq!(e.request_id.as_deref(), Some("hdr-rid"));
                assert!(e.message.contains("/v2/account"));
            }
            other => panic!("{other:?}"),
        }
        for status in [100, 301, 400, 401, 403, 409, 418] {
            assert!(
                matches!(run(&get(), status, &json(), 1), Outcome::Failed(_)),
                "{status}"
            );
        }
    }

    #[test]
    fn network_errors() {
        let p = RetryPolicy::default();
        assert_eq!(
            classify_network(&get(), "reset", &at(1), &p),
            Outcome::Retry { after_ms: 500.0 }
        );
        assert_eq!(
            failed_id(classify_network(&get(), "reset", &at(4), &p)),
            ("network".into(), 0, ErrorKind::Network)
        );
        assert_eq!(
            failed_id(classify_network(&post(), "reset", &at(1), &p)),
            ("network".into(), 0, ErrorKind::Network)
        );
    }
}
