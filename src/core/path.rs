//! Path templating: fills `{param}` placeholders with percent-encoded values, so that no
//! value can add a segment or climb out of the path (`../` becomes `..%2F`, and a value that
//! is empty, `.` or `..` is refused).
//!
//! ```
//! use digitalocean_wasm::core::path::fill;
//! let p = fill("/v2/domains/{domain_name}/records/{domain_record_id}",
//!              &[("domain_name", "example.com"), ("domain_record_id", "7")]).unwrap();
//! assert_eq!(p, "/v2/domains/example.com/records/7");
//! assert!(fill("/v2/domains/{domain_name}", &[("domain_name", "..")]).is_err());
//! ```

use super::error::Error;

/// Percent-encodes every byte outside the unreserved set (`A-Z a-z 0-9 - . _ ~`) of the
/// UTF-8 text: the result is safe as one path segment or one query key or value.
///
/// ```
/// use digitalocean_wasm::core::path::encode;
/// assert_eq!(encode("a b/../é%"), "a%20b%2F..%2F%C3%A9%25");
/// ```
pub fn encode(text: &str) -> String {
    encode_keeping(text, b"-._~")
}

/// Percent-encodes every byte of the UTF-8 text but ASCII letters, digits and `keep`.
///
/// ```
/// use digitalocean_wasm::core::path::encode_keeping;
/// assert_eq!(encode_keeping("a:b/é", b":"), "a:b%2F%C3%A9");
/// ```
pub fn encode_keeping(text: &str, keep: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 15) as usize] as char);
        }
    }
    out
}

/// Checks that a value may stand as one path segment: not empty, not `.` or `..`.
///
/// ```
/// use digitalocean_wasm::core::path::check_segment;
/// assert!(check_segment("droplet_id", "12").is_ok());
/// assert!(check_segment("droplet_id", " ").is_ok()); // encoded as %20
/// assert!(check_segment("droplet_id", ".").is_err());
/// ```
pub fn check_segment(name: &str, value: &str) -> Result<(), Error> {
    match value {
        "" => Err(Error::bad_argument(format!("`{name}` must not be empty"))),
        "." | ".." => Err(Error::bad_argument(format!(
            "`{name}` must not be `{value}`"
        ))),
        _ => Ok(()),
    }
}

/// Fills the template's `{name}` placeholders from `params`, each value percent-encoded.
/// A placeholder without a value, or an unterminated `{`, is a `bad_argument` error.
///
/// ```
/// use digitalocean_wasm::core::path::fill;
/// assert_eq!(fill("/v2/account", &[]).unwrap(), "/v2/account");
/// assert!(fill("/v2/droplets/{droplet_id}", &[]).is_err());
/// ```
pub fn fill(template: &str, params: &[(&str, &str)]) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // `split_once`, not index slicing: `&s[a..b]` links str's panic formatting (~4 KB of wasm).
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let (name, tail) = after
            .split_once('}')
            .ok_or_else(|| Error::bad_argument(format!("unterminated `{{` in `{template}`")))?;
        let value = params
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| Error::bad_argument(format!("`{name}` is missing")))?;
        check_segment(name, value)?;
        out.push_str(&encode(value));
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

pub use crate::catalogue::spec::placeholders;

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "/v2/domains/{domain_name}/records";

    fn one(value: &str) -> Result<String, Error> {
        fill(T, &[("domain_name", value)])
    }

    #[test]
    fn hostile_values_stay_in_their_segment() {
        let cases: &[(&str, &str)] = &[
            ("../droplets", "/v2/domains/..%2Fdroplets/records"),
            ("../../v1", "/v2/domains/..%2F..%2Fv1/records"),
            ("%2e%2e", "/v2/domains/%252e%252e/records"),
            ("a/b", "/v2/domains/a%2Fb/records"),
            ("a?x=1#f", "/v2/domains/a%3Fx%3D1%23f/records"),
            ("...", "/v2/domains/.../records"),
            ("例え.jp", "/v2/domains/%E4%BE%8B%E3%81%88.jp/records"),
            ("\\..\\", "/v2/domains/%5C..%5C/records"),
            ("a\u{0}b", "/v2/domains/a%00b/records"),
            ("{x}", "/v2/domains/%7Bx%7D/records"),
        ];
        for (input, expected) in cases {
            assert_eq!(one(input).unwrap(), *expected, "input {input:?}");
        }
    }

    #[test]
    fn empty_dot_and_dotdot_are_refused() {
        for bad in ["", ".", ".."] {
            let e = one(bad).unwrap_err();
            assert_eq!(e.id, "bad_argument");
            assert!(e.message.contains("domain_name"), "{}", e.message);
        }
    }

    #[test]
    fn malformed_templates_are_errors_not_panics() {
        assert!(fill("/v2/{open", &[("open", "x")]).is_err());
        assert_eq!(fill("/v2/}x", &[]).unwrap(), "/v2/}x");
        assert_eq!(placeholders("/v2/{a"), Vec::<&str>::new());
    }
}
