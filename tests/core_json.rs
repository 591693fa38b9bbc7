//! A small JSON reader for the native tests (the crate itself has none: bodies go through
//! the platform's `JSON.parse` in the wasm). Included by other tests with
//! `#[path = "core_json.rs"] mod core_json;`.

// Native only.
#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

use digitalocean_wasm::core::Value;

/// Parses JSON text into a [`Value`]; `None` if it is not JSON.
pub fn parse_json(text: &str) -> Option<Value> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let v = json_value(&chars, &mut i)?;
    skip_ws(&chars, &mut i);
    (i == chars.len()).then_some(v)
}

fn skip_ws(c: &[char], i: &mut usize) {
    while *i < c.len() && c[*i].is_whitespace() {
        *i += 1;
    }
}

/// The comma-separated items of an object or array, `c[*i]` being its opening bracket.
fn json_items<T>(
    c: &[char],
    i: &mut usize,
    close: char,
    item: impl Fn(&[char], &mut usize) -> Option<T>,
) -> Option<Vec<T>> {
    *i += 1;
    let mut items = Vec::new();
    loop {
        skip_ws(c, i);
        if c.get(*i) == Some(&close) {
            *i += 1;
            return Some(items);
        }
        if !items.is_empty() {
            (c.get(*i) == Some(&',')).then_some(())?;
            *i += 1;
        }
        items.push(item(c, i)?);
    }
}

fn json_value(c: &[char], i: &mut usize) -> Option<Value> {
    skip_ws(c, i);
    match *c.get(*i)? {
        '{' => {
            let pairs = json_items(c, i, '}', |c, i| {
                let Value::Str(key) = json_value(c, i)? else {
                    return None;
                };
                skip_ws(c, i);
                (c.get(*i) == Some(&':')).then_some(())?;
                *i += 1;
                Some((key, json_value(c, i)?))
            })?;
            Some(Value::Obj(pairs))
        }
        '[' => json_items(c, i, ']', json_value).map(Value::Arr),
        '"' => {
            *i += 1;
            let mut s = String::new();
            loop {
                let ch = *c.get(*i)?;
                *i += 1;
                match ch {
                    '"' => return Some(Value::Str(s)),
                    '\\' => {
                        let e = *c.get(*i)?;
                        *i += 1;
                        match e {
                            'n' => s.push('\n'),
                            't' => s.push('\t'),
                            'r' => s.push('\r'),
                            'b' => s.push('\u{8}'),
                            'f' => s.push('\u{c}'),
                            'u' => {
                                let hex: String = c.get(*i..*i + 4)?.iter().collect();
                                *i += 4;
                                let code = u32::from_str_radix(&hex, 16).ok()?;
                                s.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            }
                            other => s.push(other),
                        }
                    }
                    other => s.push(other),
                }
            }
        }
        _ => {
            let start = *i;
            while *i < c.len() && !",]} \n\r\t".contains(c[*i]) {
                *i += 1;
            }
            let word: String = c[start..*i].iter().collect();
            match word.as_str() {
                "null" => Some(Value::Null),
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                n => n.parse().ok().map(Value::Num),
            }
        }
    }
}

#[test]
fn reads_what_the_writer_writes() {
    let v = Value::obj([
        ("s", Value::from("a\"b\\c\n\u{e9}\u{1}")),
        (
            "n",
            Value::Arr(vec![Value::Num(-1.5e-7), Value::Num(3.0), Value::Null]),
        ),
        (
            "o",
            Value::obj([("t", Value::Bool(true)), ("f", Value::Bool(false))]),
        ),
        ("e", Value::Obj(vec![])),
    ]);
    assert_eq!(parse_json(&v.to_json()), Some(v));
    assert_eq!(
        parse_json(" [ 1 , {\"a\" : \"\\u00e9\"} ] "),
        parse_json("[1,{\"a\":\"é\"}]")
    );
    for bad in ["", "{", "[1,]x", "{\"a\" 1}", "nul", "\"open"] {
        assert_eq!(parse_json(bad), None, "{bad}");
    }
}
