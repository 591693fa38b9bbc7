//! Classic DigitalOcean pagination: `{<key>: [...], links: {pages: {...}}, meta: {total}}`.

use crate::extract::ListQuery;
use serde_json::{json, Map, Value};

/// One page of `items` under `key`, with absolute `links.pages` URLs that keep the other
/// query parameters. `first`/`prev` appear past page 1, `next`/`last` before the last page.
///
/// ```
/// let uri: axum::http::Uri = "/v2/sizes?per_page=2&page=2".parse().unwrap();
/// let q = do_sim::extract::ListQuery::parse(&uri, "h:1", 20, 200).unwrap();
/// let items = (0..5).map(serde_json::Value::from).collect();
/// let body = do_sim::pages::paginate(items, "sizes", &q);
/// assert_eq!(body["sizes"], serde_json::json!([2, 3]));
/// assert_eq!(body["meta"]["total"], 5);
/// assert_eq!(body["links"]["pages"]["next"], "http://h:1/v2/sizes?page=3&per_page=2");
/// assert_eq!(body["links"]["pages"]["first"], "http://h:1/v2/sizes?page=1&per_page=2");
/// ```
pub fn paginate(items: Vec<Value>, key: &str, query: &ListQuery) -> Value {
    let total = items.len() as u64;
    let last = total.div_ceil(query.per_page).max(1);
    let skip = (query.page - 1).saturating_mul(query.per_page);
    let page_items: Vec<Value> = items
        .into_iter()
        .skip(usize::try_from(skip).unwrap_or(usize::MAX))
        .take(usize::try_from(query.per_page).unwrap_or(usize::MAX))
        .collect();
    let mut pages = Map::new();
    if query.page > 1 {
        pages.insert("first".into(), Value::from(page_url(query, 1)));
        pages.insert(
            "prev".into(),
            Value::from(page_url(query, (query.page - 1).min(last))),
        );
    }
    if query.page < last {
        pages.insert("last".into(), Value::from(page_url(query, last)));
        pages.insert("next".into(), Value::from(page_url(query, query.page + 1)));
    }
    let links = if pages.is_empty() {
        json!({})
    } else {
        json!({ "pages": pages })
    };
    let mut body = Map::new();
    body.insert(key.to_string(), Value::Array(page_items));
    body.insert("links".into(), links);
    body.insert("meta".into(), json!({ "total": total }));
    Value::Object(body)
}

/// The URL of page `page` of the same list.
fn page_url(query: &ListQuery, page: u64) -> String {
    let mut url = format!("{}?", query.base_url);
    for (key, value) in &query.params.0 {
        url.push_str(&encode(key));
        url.push('=');
        url.push_str(&encode(value));
        url.push('&');
    }
    url.push_str(&format!("page={page}&per_page={}", query.per_page));
    url
}

/// Percent-encodes everything but unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::paginate;
    use crate::extract::ListQuery;
    use serde_json::Value;

    fn page(uri: &str, n: u64) -> Value {
        let uri: axum::http::Uri = uri.parse().unwrap();
        let q = ListQuery::parse(&uri, "h", 20, 200).unwrap();
        paginate((0..n).map(Value::from).collect(), "items", &q)
    }

    #[test]
    fn link_rows() {
        let single = page("/v2/x", 3);
        assert_eq!(single["links"], serde_json::json!({}));
        let last = page("/v2/x?page=3&per_page=2", 5);
        assert_eq!(last["items"], serde_json::json!([4]));
        assert!(last["links"]["pages"].get("next").is_none());
        assert_eq!(
            last["links"]["pages"]["prev"],
            "http://h/v2/x?page=2&per_page=2"
        );
        let past = page("/v2/x?page=9&per_page=2", 5);
        assert_eq!(past["items"], serde_json::json!([]));
        assert_eq!(
            past["links"]["pages"]["prev"],
            "http://h/v2/x?page=3&per_page=2"
        );
        let kept = page("/v2/x?tag_name=a%20b&per_page=1", 2);
        assert_eq!(
            kept["links"]["pages"]["next"],
            "http://h/v2/x?tag_name=a%20b&page=2&per_page=1"
        );
        let empty = page("/v2/x", 0);
        assert_eq!(empty["meta"]["total"], 0);
    }
}
