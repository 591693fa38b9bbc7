//! Numbers as text without Rust's float formatting and parsing machinery (about 25 KB of
//! wasm code): [`number_text`] writes what `JSON.stringify` writes, [`parse_decimal`] reads
//! header values.
//!
//! The digits are exact: a double is `m * 2^e`, expanded in decimal with a small base-1e9
//! bignum; the shortest digits that still round to the same double are found by comparing
//! with the exact midpoints to the neighbouring doubles. Between two equally near shortest
//! candidates the even one is taken, as ECMAScript recommends.
//!
//! ```
//! use digitalocean_wasm::core::number::{number_text, parse_decimal};
//! assert_eq!(number_text(0.1), "0.1");
//! assert_eq!(number_text(1.0 / 3.0), "0.3333333333333333");
//! assert_eq!(number_text(1e21), "1e+21");
//! assert_eq!(parse_decimal(" 42 "), Some(42.0));
//! ```

use std::cmp::Ordering;

/// Exact powers of ten representable as doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Decimal digits (values 0..=9, no leading or trailing zero) and the point position:
/// the value is `0.d1 d2 … dk × 10^point`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

impl Decimal {
    fn trim(mut self) -> Decimal {
        let lead = self.digits.iter().take_while(|d| **d == 0).count();
        self.digits.drain(..lead);
        self.point -= lead as i32;
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        if self.digits.is_empty() {
            self.point = 0;
        }
        self
    }

    fn cmp(&self, other: &Decimal) -> Ordering {
        self.point
            .cmp(&other.point)
            .then_with(|| self.digits.cmp(&other.digits))
    }

    /// Rounds to `p` significant digits, half to even.
    fn round(&self, p: usize) -> Decimal {
        if self.digits.len() <= p {
            return self.clone();
        }
        let mut head = self.digits[..p].to_vec();
        let rest = &self.digits[p..];
        let up = rest[0] > 5
            || (rest[0] == 5 && (rest[1..].iter().any(|d| *d != 0) || head[p - 1] % 2 == 1));
        let mut point = self.point;
        if up {
            let mut i = p;
            loop {
                if i == 0 {
                    head.insert(0, 1);
                    head.pop();
                    point += 1;
                    break;
                }
                i -= 1;
                if head[i] == 9 {
                    head[i] = 0;
                } else {
                    head[i] += 1;
                    break;
                }
            }
        }
        Decimal {
            digits: head,
            point,
        }
        .trim()
    }
}

/// Limb base of the small bignum below.
const BASE: u64 = 1_000_000_000;

/// Exact decimal expansion of `mant * 2^exp` (any double's range): `mant * 2^exp` or
/// `mant * 5^-exp / 10^-exp`, in base-1e9 limbs with `u64` arithmetic.
fn expand(mant: u64, exp: i32) -> Decimal {
    let mut limbs: Vec<u64> = Vec::new();
    let mut m = mant;
    while m > 0 {
        limbs.push(m % BASE);
        m /= BASE;
    }
    let multiply = |limbs: &mut Vec<u64>, factor: u64| {
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let v = *limb * factor + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    };
    // 2^29 and 5^12 are the largest powers below the base.
    let (one, chunk, chunk_len) = if exp >= 0 {
        (2, 1 << 29, 29)
    } else {
        (5, 244_140_625, 12)
    };
    let mut left = exp.unsigned_abs();
    while left >= chunk_len {
        multiply(&mut limbs, chunk);
        left -= chunk_len;
    }
    for _ in 0..left {
        multiply(&mut limbs, one);
    }
    let mut digits: Vec<u8> = Vec::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let mut chunk_digits = [0u8; 9];
        let mut v = *limb;
        for d in chunk_digits.iter_mut().rev() {
            *d = (v % 10) as u8;
            v /= 10;
        }
        let skip = if i == 0 {
            chunk_digits.iter().take_while(|d| **d == 0).count()
        } else {
            0
        };
        digits.extend_from_slice(&chunk_digits[skip..]);
    }
    let len = digits.len() as i32;
    let point = if exp >= 0 { len } else { len + exp };
    Decimal { digits, point }.trim()
}

/// The shortest digits of a positive finite double that read back as the same double.
fn shortest(x: f64) -> Decimal {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    // Midpoints to the neighbours; the lower gap halves at a power of two.
    let lower_closer = frac == 0 && exp_bits > 1;
    let exact = expand(m, e);
    let hi = expand(2 * m + 1, e - 1);
    let lo = if lower_closer {
        expand(4 * m - 1, e - 2)
    } else {
        expand(2 * m - 1, e - 1)
    };
    let even = m % 2 == 0;
    for p in 1..=17 {
        let candidate = exact.round(p);
        let above = match candidate.cmp(&lo) {
            Ordering::Greater => true,
            Ordering::Equal => even,
            Ordering::Less => false,
        };
        let below = match candidate.cmp(&hi) {
            Ordering::Less => true,
            Ordering::Equal => even,
            Ordering::Greater => false,
        };
        if above && below {
            return candidate;
        }
    }
    exact.round(17)
}

/// Formats a number as `JSON.stringify` does: integers without a fraction, the shortest
/// digits that read back as the same double, exponent form below `1e-6` and from `1e21`,
/// `null` for NaN and infinities.
///
/// ```
/// use digitalocean_wasm::core::number::number_text;
/// assert_eq!(number_text(42.0), "42");
/// assert_eq!(number_text(-0.25), "-0.25");
/// assert_eq!(number_text(1.5e-7), "1.5e-7");
/// assert_eq!(number_text(f64::NAN), "null");
/// ```
pub fn number_text(n: f64) -> String {
    if !n.is_finite() {
        return "null".into();
    }
    if n == 0.0 {
        return "0".into();
    }
    let mut out = String::new();
    if n < 0.0 {
        out.push('-');
    }
    if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        // Exact below 2^53: the common case (ids, counts) takes integer formatting.
        out.push_str(&(n.abs() as u64).to_string());
        return out;
    }
    let Decimal { digits, point } = shortest(n.abs());
    // Digits are pushed from the byte slice: slicing a `str` would link its panic formatting.
    let push = |out: &mut String, digits: &[u8]| {
        for d in digits {
            out.push(char::from(b'0' + d));
        }
    };
    let k = digits.len() as i32;
    if k <= point && point <= 21 {
        push(&mut out, &digits);
        out.extend(std::iter::repeat_n('0', (point - k) as usize));
    } else if 0 < point && point <= 21 {
        let (int, frac) = digits.split_at(point as usize);
        push(&mut out, int);
        out.push('.');
        push(&mut out, frac);
    } else if -6 < point && point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        push(&mut out, &digits);
    } else {
        let (first, rest) = digits.split_at(1);
        push(&mut out, first);
        if k > 1 {
            out.push('.');
            push(&mut out, rest);
        }
        let e = point - 1;
        out.push('e');
        out.push(if e >= 0 { '+' } else { '-' });
        out.push_str(&e.unsigned_abs().to_string());
    }
    out
}

/// Reads a plain decimal (`42`, `1.5`, surrounding spaces allowed; no sign, no exponent),
/// as header values are written. `None` for anything else.
///
/// ```
/// use digitalocean_wasm::core::number::parse_decimal;
/// assert_eq!(parse_decimal("1.25"), Some(1.25));
/// assert_eq!(parse_decimal("soon"), None);
/// assert_eq!(parse_decimal("-1"), None);
/// ```
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits_only(int) || !digits_only(frac) || int.len() + frac.len() > 18 {
        return None;
    }
    // At most 18 digits: no overflow.
    let whole = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    Some(whole as f64 / POW10[frac.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_json_stringify() {
        // Expected texts are what JavaScript's JSON.stringify prints.
        let cases: &[(f64, &str)] = &[
            (1.0, "1"),
            (-7.0, "-7"),
            (0.5, "0.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (123.456, "123.456"),
            (100.0, "100"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1.5e21, "1.5e+21"),
            (1152921504606846976.0, "1152921504606847000"),
            (9007199254740993.0, "9007199254740992"),
            (0.000001, "0.000001"),
            (0.0000012, "0.0000012"),
            (1.5e-7, "1.5e-7"),
            (1e-7, "1e-7"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1e300, "1e+300"),
            (0.7, "0.7"),
            (2.71, "2.71"),
            (4.35, "4.35"),
            (2f64.powi(-20), "9.5367431640625e-7"),
            (1e23, "1e+23"),
            (123456789.125, "123456789.125"),
            (-0.0, "0"),
        ];
        for (n, expected) in cases {
            assert_eq!(number_text(*n), *expected, "{n:?}");
        }
    }

    #[test]
    fn every_text_reads_back_as_the_same_double() {
        // A deterministic spread of doubles, checked with Rust's own parser (tests only).
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..10_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = f64::from_bits(x);
            if !n.is_finite() {
                continue;
            }
            let text = number_text(n);
            let back: f64 = text.parse().unwrap();
            assert_eq!(back.to_bits(), (n + 0.0).to_bits(), "{n:?} -> {text}");
            if n != 0.0 {
                same_length_as_rust(n);
            }
        }
    }

    /// Rust's `{:e}` also prints the shortest round-trip digits; ties may differ in the
    /// last digit (Rust does not prefer the even one), never in length.
    fn same_length_as_rust(n: f64) {
        let text = format!("{:e}", n.abs());
        let (mantissa, exp) = text.split_once('e').unwrap();
        let digits: Vec<u8> = mantissa
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        let reference = Decimal {
            digits,
            point: exp.parse::<i32>().unwrap() + 1,
        }
        .trim();
        let ours = shortest(n.abs());
        assert_eq!(
            ours.digits.len(),
            reference.digits.len(),
            "{n:?}: {ours:?} vs {reference:?}"
        );
        assert_eq!(ours.point, reference.point, "{n:?}");
        let k = ours.digits.len();
        assert_eq!(ours.digits[..k - 1], reference.digits[..k - 1], "{n:?}");
    }

    #[test]
    fn parses_header_numbers() {
        let cases = [
            ("0", Some(0.0)),
            ("4999", Some(4999.0)),
            ("1700000000", Some(1_700_000_000.0)),
            ("2.5", Some(2.5)),
            ("7.", Some(7.0)),
            ("", None),
            (".5", None),
            ("1e3", None),
            ("+1", None),
            ("1 2", None),
            ("99999999999999999999", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_decimal(text), expected, "{text:?}");
        }
    }
}
