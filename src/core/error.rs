//! [`Error`]: every way a call can fail, with the fields `DigitalOceanError` carries.
//!
//! Nothing here ever holds the bearer token: errors are built from the request's method and
//! path (never its headers) and from the server's reply.
//!
//! ```
//! use digitalocean_wasm::core::{Error, ErrorKind};
//! let e = Error::bad_argument("droplet: `id` must be an integer id or a numeric string");
//! assert_eq!((e.kind, e.status, e.id.as_str()), (ErrorKind::BadArgument, 0, "bad_argument"));
//! ```

use std::fmt;

/// The category of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server answered with an error status (its `id` and `message` are kept).
    Api,
    /// A 429 that could not be waited out (out of attempts).
    RateLimited,
    /// The call was aborted through its `AbortSignal`.
    Aborted,
    /// The call's `timeout` elapsed.
    Timeout,
    /// An argument (or an option) is missing, empty or of the wrong type.
    BadArgument,
    /// The request did not reach the server, or no reply came back.
    Network,
    /// The reply's body is not the JSON it should be.
    InvalidReply,
    /// An awaited action ended `errored`.
    ActionErrored,
}

impl ErrorKind {
    /// The client-side error id of the kind (`Api` and `RateLimited` use the server's id).
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::ErrorKind::Timeout.default_id(), "timeout");
    /// ```
    pub fn default_id(self) -> &'static str {
        match self {
            ErrorKind::Api => "server_error",
            ErrorKind::RateLimited => "too_many_requests",
            ErrorKind::Aborted => "aborted",
            ErrorKind::Timeout => "timeout",
            ErrorKind::BadArgument => "bad_argument",
            ErrorKind::Network => "network",
            ErrorKind::InvalidReply => "invalid_reply",
            ErrorKind::ActionErrored => "action_errored",
        }
    }
}

/// A failed call: what `DigitalOceanError` shows to JS. Its fields are those of
/// [`ErrorFields`] (`e.kind`, `e.message`…), kept behind one pointer so that every
/// `Result<_, Error>` stays small.
#[derive(Debug, Clone, PartialEq)]
pub struct Error(Box<ErrorFields>);

/// The fields of an [`Error`], read and written through it.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorFields {
    /// Category.
    pub kind: ErrorKind,
    /// HTTP status; 0 for client-side errors.
    pub status: u16,
    /// `bad_argument`, `timeout`, `network`, `invalid_reply`, `aborted`, `action_errored`,
    /// or the server's id (`not_found`, `unprocessable_entity`…).
    pub id: String,
    /// Human-readable message (the server's, for API errors).
    pub message: String,
    /// The server's `x-request-id` (or the body's `request_id`).
    pub request_id: Option<String>,
    /// HTTP method of the failed request (empty before any request).
    pub method: String,
    /// Path of the failed request, without endpoint and query (empty before any request).
    pub path: String,
    /// Number of attempts made (0 before any request).
    pub attempts: u32,
}

impl Error {
    /// A client-side error of `kind` with a message.
    ///
    /// ```
    /// use digitalocean_wasm::core::{Error, ErrorKind};
    /// let e = Error::client(ErrorKind::Network, "connection refused");
    /// assert_eq!(e.id, "network");
    /// ```
    pub fn client(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorFields {
            kind,
            status: 0,
            id: kind.default_id().to_string(),
            message: message.into(),
            request_id: None,
            method: String::new(),
            path: String::new(),
            attempts: 0,
        }))
    }

    /// A `bad_argument` error (status 0) whose message names the argument.
    ///
    /// ```
    /// let e = digitalocean_wasm::core::Error::bad_argument("reboot: give either `id` or `tag`, not both");
    /// assert!(e.message.contains("`tag`"));
    /// ```
    pub fn bad_argument(message: impl Into<String>) -> Error {
        Error::client(ErrorKind::BadArgument, message)
    }

    /// A `timeout` error.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::Error::timeout(500.0).message, "timed out after 500 ms");
    /// ```
    pub fn timeout(after_ms: f64) -> Error {
        Error::client(
            ErrorKind::Timeout,
            format!("timed out after {} ms", super::value::number_text(after_ms)),
        )
    }

    /// An `aborted` error (the edge rejects with `signal.reason` instead when there is one).
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::core::Error::aborted().id, "aborted");
    /// ```
    pub fn aborted() -> Error {
        Error::client(ErrorKind::Aborted, "the operation was aborted")
    }

    /// An `action_errored` error for the action `id` of `type_`.
    ///
    /// ```
    /// let e = digitalocean_wasm::core::Error::action_errored(7, "reboot");
    /// assert_eq!(e.message, "action 7 (reboot) errored");
    /// ```
    pub fn action_errored(id: u64, type_: &str) -> Error {
        let label = if type_.is_empty() {
            String::new()
        } else {
            format!(" ({type_})")
        };
        Error::client(
            ErrorKind::ActionErrored,
            format!("action {id}{label} errored"),
        )
    }

    /// An error reported by the server: its status, id and message.
    ///
    /// ```
    /// use digitalocean_wasm::core::{Error, ErrorKind};
    /// let e = Error::api(404, "not_found", "The resource you requested could not be found.");
    /// assert_eq!((e.kind, e.status), (ErrorKind::Api, 404));
    /// ```
    pub fn api(status: u16, id: impl Into<String>, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorFields {
            kind: ErrorKind::Api,
            status,
            id: id.into(),
            message: message.into(),
            request_id: None,
            method: String::new(),
            path: String::new(),
            attempts: 0,
        }))
    }

    /// Sets the request the error belongs to (method, path without query, attempts).
    ///
    /// ```
    /// let e = digitalocean_wasm::core::Error::aborted().at("GET", "/v2/account", 1);
    /// assert_eq!((e.method.as_str(), e.path.as_str(), e.attempts), ("GET", "/v2/account", 1));
    /// ```
    pub fn at(mut self, method: &str, path: &str, attempts: u32) -> Error {
        self.method = method.to_string();
        self.path = path.to_string();
        self.attempts = attempts;
        self
    }

    /// Sets the request id.
    ///
    /// ```
    /// let e = digitalocean_wasm::core::Error::aborted().with_request_id(Some("r-1".into()));
    /// assert_eq!(e.request_id.as_deref(), Some("r-1"));
    /// ```
    pub fn with_request_id(mut self, request_id: Option<String>) -> Error {
        self.request_id = request_id;
        self
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorFields;
    fn deref(&self) -> &ErrorFields {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorFields {
        &mut self.0
    }
}

/// Message first, then the details (never the token: errors never see headers).
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.message, self.id)?;
        if self.status != 0 {
            write!(f, ", status {}", self.status)?;
        }
        if !self.path.is_empty() {
            write!(f, ", {} {}", self.method, self.path)?;
        }
        if let Some(id) = &self.request_id {
            write!(f, ", request {id}")?;
        }
        if self.attempts > 1 {
            write!(f, ", {} attempts", self.attempts)?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_puts_the_message_first() {
        let e = Error::api(422, "unprocessable_entity", "name is invalid")
            .at("POST", "/v2/droplets", 2)
            .with_request_id(Some("abc".into()));
        assert_eq!(
            e.to_string(),
            "name is invalid (unprocessable_entity, status 422, POST /v2/droplets, request abc, 2 attempts)"
        );
        assert_eq!(Error::bad_argument("x").to_string(), "x (bad_argument)");
    }

    #[test]
    fn every_kind_has_an_id() {
        for kind in [
            ErrorKind::Api,
            ErrorKind::RateLimited,
            ErrorKind::Aborted,
            ErrorKind::Timeout,
            ErrorKind::BadArgument,
            ErrorKind::Network,
            ErrorKind::InvalidReply,
            ErrorKind::ActionErrored,
        ] {
            assert!(!kind.default_id().is_empty());
        }
    }
}
