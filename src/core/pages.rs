//! Pagination: the next page's request from `links.pages.next` (classic, and GenAI whose
//! links say `previous` instead of `prev`).
//!
//! The next request keeps the first request's path and endpoint and takes only the QUERY of
//! the link (so a link pointing at another host never receives the token), adding back any
//! filter of the first request the link dropped.
//!
//! ```
//! use digitalocean_wasm::core::{pages, prepare, Config, Value};
//! let cfg = Config::new(Some("http://127.0.0.1:7"), None).unwrap();
//! let call = prepare(&cfg, "imagesAll", &[Value::obj([("type", Value::from("distribution"))])]).unwrap();
//! let next = pages::next_page(&call.request, "https://api.digitalocean.com/v2/images?page=2&per_page=20").unwrap();
//! assert_eq!(next.url, "http://127.0.0.1:7/v2/images?page=2&per_page=20&type=distribution");
//! ```

use super::error::{Error, ErrorKind};
use super::prepare::Prepared;
use super::value::Value;

/// Upper bound on the pages one call follows (a guard against a server that loops; at the
/// API's 200 per page that is 200,000 items). Reaching it is an `invalid_reply`, never a
/// silently truncated result.
pub const MAX_PAGES: u32 = 1_000;

/// The page links of a list reply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageLinks {
    /// `first`.
    pub first: Option<String>,
    /// `prev` (classic) or `previous` (GenAI).
    pub prev: Option<String>,
    /// `next`.
    pub next: Option<String>,
    /// `last`.
    pub last: Option<String>,
}

impl PageLinks {
    /// Reads `links.pages` of a body.
    ///
    /// ```
    /// use digitalocean_wasm::core::{pages::PageLinks, Value};
    /// let body = Value::obj([("links", Value::obj([("pages", Value::obj([("previous", Value::from("p"))]))]))]);
    /// assert_eq!(PageLinks::from_body(&body).prev.as_deref(), Some("p"));
    /// ```
    pub fn from_body(body: &Value) -> PageLinks {
        let link = |name: &str| {
            body.pointer(&["links", "pages", name])
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        PageLinks {
            first: link("first"),
            prev: link("prev").or_else(|| link("previous")),
            next: link("next"),
            last: link("last"),
        }
    }
}

fn query_of(url: &str) -> &str {
    let without_fragment = url.split('#').next().unwrap_or("");
    without_fragment
        .split_once('?')
        .map_or("", |(_, query)| query)
}

/// The non-empty `key=value` pairs of the query of `url`.
fn query_pairs(url: &str) -> impl Iterator<Item = &str> {
    query_of(url).split('&').filter(|p| !p.is_empty())
}

fn key_of(pair: &str) -> &str {
    pair.split('=').next().unwrap_or("")
}

/// The request for the page after `previous`, given its reply's `links.pages.next`. A link
/// that would ask for the same URL again is an `invalid_reply` error (no endless loop).
///
/// ```
/// use digitalocean_wasm::core::{pages, prepare, Config};
/// let cfg = Config::new(Some("http://h"), None).unwrap();
/// let call = prepare(&cfg, "dropletsAll", &[]).unwrap();
/// let next = pages::next_page(&call.request, "/v2/droplets?page=2").unwrap();
/// assert_eq!(next.url, "http://h/v2/droplets?page=2");
/// assert!(pages::next_page(&next, "http://h/v2/droplets?page=2").is_err());
/// ```
pub fn next_page(previous: &Prepared, next_link: &str) -> Result<Prepared, Error> {
    let mut pairs: Vec<&str> = Vec::new();
    for pair in query_pairs(next_link) {
        pairs.push(pair);
    }
    let base = previous.url.split('?').next().unwrap_or("");
    for kept in query_pairs(&previous.url) {
        if !pairs.iter().any(|p| key_of(p) == key_of(kept)) {
            pairs.push(kept);
        }
    }
    let url = if pairs.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", pairs.join("&"))
    };
    if url == previous.url {
        return Err(Error::client(
            ErrorKind::InvalidReply,
            format!(
                "the next page link repeats the current page ({})",
                previous.path
            ),
        )
        .at(previous.method.as_str(), &previous.path, 1));
    }
    Ok(Prepared {
        url,
        ..previous.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{prepare, Config, Value};

    fn first(filters: Value) -> Prepared {
        let cfg = Config::new(Some("http://h:1"), Some("tok".into())).unwrap();
        prepare(&cfg, "imagesAll", &[filters]).unwrap().request
    }

    #[test]
    fn next_links_table() {
        let cases = [
            (
                Value::Null,
                "https://api.digitalocean.com/v2/images?page=2",
                "http://h:1/v2/images?page=2",
            ),
            (
                Value::Null,
                "http://evil.example/v2/steal?page=3",
                "http://h:1/v2/images?page=3",
            ),
            (
                Value::obj([("private", Value::Bool(true))]),
                "https://x/v2/images?page=2&private=true",
                "http://h:1/v2/images?page=2&private=true",
            ),
            (
                Value::obj([("tag_name", Value::from("a b"))]),
                "https://x/v2/images?page=2#frag",
                "http://h:1/v2/images?page=2&tag_name=a%20b",
            ),
        ];
        for (filters, link, expected) in cases {
            let next = next_page(&first(filters), link).unwrap();
            assert_eq!(next.url, expected, "{link}");
            assert_eq!(next.path, "/v2/images");
            assert!(next.headers.iter().any(|(k, _)| *k == "Authorization"));
        }
    }

    #[test]
    fn a_link_without_query_or_repeating_is_refused() {
        let p = first(Value::Null);
        assert_eq!(
            next_page(&p, "https://x/v2/images").unwrap_err().id,
            "invalid_reply"
        );
        let two = next_page(&p, "?page=2").unwrap();
        assert_eq!(next_page(&two, "?page=2").unwrap_err().id, "invalid_reply");
    }

    #[test]
    fn genai_links() {
        let body = Value::obj([(
            "links",
            Value::obj([(
                "pages",
                Value::obj([
                    ("first", Value::from("f")),
                    ("previous", Value::from("p")),
                    ("next", Value::from("n")),
                    ("last", Value::from("l")),
                ]),
            )]),
        )]);
        let links = PageLinks::from_body(&body);
        assert_eq!(
            links,
            PageLinks {
                first: Some("f".into()),
                prev: Some("p".into()),
                next: Some("n".into()),
                last: Some("l".into())
            }
        );
        assert_eq!(PageLinks::from_body(&Value::Null), PageLinks::default());
    }
}
