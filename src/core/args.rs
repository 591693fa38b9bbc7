//! Argument binding: picks the variant (row) of a JS method from the shape of its
//! arguments and validates every value against the row's spec, BEFORE any request.
//!
//! Variant choice: a variant fits when every present argument has the right shape (an
//! options object with only its keys, and all its required keys) and every missing one is
//! optional; `null`/`undefined` count as missing. The first fitting variant wins; when none
//! fits, the error names the offending keys (`give either \`id\` or \`tag\`, not both`).
//!
//! ```
//! use digitalocean_wasm::core::{args::bind, Value};
//! let b = bind("reboot", &[Value::obj([("id", Value::Num(42.0))])]).unwrap();
//! assert_eq!(b.op.key, "dropletActions_post");
//! assert_eq!(b.path, vec![("droplet_id".to_string(), "42".to_string())]);
//! assert_eq!(b.body.to_json(), r#"{"type":"reboot"}"#);
//! ```

use crate::catalogue::spec::{self, Arg, Field, Place, Ty};
use crate::catalogue::{self, Operation};

use super::error::Error;
use super::value::{number_text, Value};

/// The arguments of one call, validated and sorted by destination.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    /// The chosen row (owned: a call outlives the rows text it was parsed from).
    pub op: Operation<String>,
    /// Path parameters (name, raw text; encoded later).
    pub path: Vec<(String, String)>,
    /// Query parameters.
    pub query: Vec<(String, Value)>,
    /// The JSON body (`Value::Null` when the request has none): fixed fields first.
    pub body: Value,
    /// Extra request headers (fixed ones such as `X-Dangerous`).
    pub headers: Vec<(String, String)>,
    /// Plan parameters (`name`, `region`, `tag_name`).
    pub plan: Vec<(String, String)>,
}

impl Bound {
    /// The plan parameter `name`, if given.
    ///
    /// ```
    /// use digitalocean_wasm::core::{args::bind, Value};
    /// let b = bind("reboot", &[Value::obj([("tag", Value::from("web"))])]).unwrap();
    /// assert_eq!(b.plan_param("tag_name"), Some("web"));
    /// ```
    pub fn plan_param(&self, name: &str) -> Option<&str> {
        self.plan
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The JS method a row answers to, for messages: generated rows hold the operationId in
/// `js`, the user called its camelCase name.
fn method_name(op: &Operation<&str>) -> String {
    catalogue::facade_name(op)
}

/// A `bad_argument` error whose message starts with the JS method name (one place builds
/// the prefix, for every message of a row).
fn bad(op: &Operation<&str>, detail: std::fmt::Arguments) -> Error {
    Error::bad_argument(format!("{}: {detail}", method_name(op)))
}

fn internal(op: &Operation<&str>, e: spec::SpecError) -> Error {
    bad(op, format_args!("{e} (catalogue bug)"))
}

/// Picks the variant of `js_name` that fits `args` and binds the arguments to it.
/// `args` must not contain the per-call options object (see
/// [`catalogue::is_call_options`]).
///
/// ```
/// use digitalocean_wasm::core::{args::bind, Value};
/// let e = bind("reboot", &[Value::obj([("id", Value::Num(1.0)), ("tag", Value::from("x"))])]).unwrap_err();
/// assert!(e.message.contains("`id`") && e.message.contains("`tag`"), "{}", e.message);
/// assert!(bind("noSuchMethod", &[]).is_err());
/// ```
pub fn bind(js_name: &str, args: &[Value]) -> Result<Bound, Error> {
    bind_rows(
        js_name,
        &catalogue::variants(js_name).collect::<Vec<_>>(),
        args,
    )
}

/// [`bind`] against given rows (the variants of `js_name`, in the order they are tried),
/// e.g. rows parsed from the text the facade hands the wasm. A row whose spec does not
/// parse is a `bad_argument` error.
///
/// ```
/// use digitalocean_wasm::catalogue::{compact, parse_rows};
/// use digitalocean_wasm::core::{args::bind_rows, Value};
/// let rows = parse_rows("vpcs_get|GET|/v2/vpcs/{vpc_id}|@|B").unwrap();
/// let b = bind_rows("vpcsGet", &rows, &[Value::from("v1")]).unwrap();
/// assert_eq!(b.path, vec![("vpc_id".to_string(), "v1".to_string())]);
/// let row = compact::parse_hand_line("x|x_get|Get|/v2/x|{id:nope>p.x}||Body|Single").unwrap();
/// assert_eq!(bind_rows("x", &[row], &[]).unwrap_err().id, "bad_argument");
/// ```
pub fn bind_rows(js_name: &str, rows: &[Operation<&str>], args: &[Value]) -> Result<Bound, Error> {
    let mut variants: Vec<(Operation<&str>, Vec<Arg>)> = Vec::new();
    for op in rows {
        variants.push((*op, spec::parse_row(op).map_err(|e| internal(op, e))?));
    }
    let (first_op, first_spec) = variants
        .first()
        .ok_or_else(|| Error::bad_argument(format!("`{js_name}` is not a known method")))?;
    if variants.len() == 1 {
        return bind_row(*first_op, first_spec, args);
    }
    if let Some((op, spec)) = variants.iter().find(|(_, s)| fits(s, args)) {
        return bind_row(*op, spec, args);
    }
    Err(no_variant_error(js_name, &variants, args))
}

fn present(args: &[Value], i: usize) -> Option<&Value> {
    args.get(i).filter(|v| !v.is_null())
}

fn last_present(args: &[Value]) -> usize {
    args.iter().rposition(|v| !v.is_null()).map_or(0, |i| i + 1)
}

fn fits(spec: &[Arg], args: &[Value]) -> bool {
    if last_present(args) > spec.len() {
        return false;
    }
    spec.iter()
        .enumerate()
        .all(|(i, arg)| match present(args, i) {
            None => arg.optional,
            Some(value) if arg.is_object => match value {
                Value::Obj(pairs) => {
                    pairs
                        .iter()
                        .all(|(k, _)| arg.fields.iter().any(|f| f.name == k))
                        && arg
                            .fields
                            .iter()
                            .all(|f| f.optional || pairs.iter().any(|(k, _)| k == f.name))
                }
                _ => false,
            },
            Some(value) => {
                !matches!(value, Value::Obj(_)) || matches!(arg.fields[0].ty, Ty::Obj | Ty::Any)
            }
        })
}

/// The call form of a spec for messages: `({id}, size, diskResize)`.
fn form(spec: &[Arg]) -> String {
    let mut out = String::from("(");
    for (i, arg) in spec.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if arg.is_object {
            out.push('{');
        }
        for (j, field) in arg.fields.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(field.name);
        }
        if arg.is_object {
            out.push('}');
        }
    }
    out.push(')');
    out
}

fn no_variant_error(
    js_name: &str,
    variants: &[(Operation<&str>, Vec<Arg>)],
    args: &[Value],
) -> Error {
    // Keys of the first object argument that belong to different variants: "not both".
    if let Some(Value::Obj(pairs)) = present(args, 0) {
        let owners_of = |key: &str| -> Vec<usize> {
            let mut owners = Vec::new();
            for (i, (_, spec)) in variants.iter().enumerate() {
                let first = spec.first();
                if first.is_some_and(|a| a.is_object && a.fields.iter().any(|f| f.name == key)) {
                    owners.push(i);
                }
            }
            owners
        };
        // The owners of each key once, and each distinct non-empty set of owners with the
        // first key that has it: the first `b` disjoint from `a` is the first key of the
        // first such set (not a walk over every pair of keys: an object may hold 100,000).
        let mut owners: Vec<Vec<usize>> = Vec::with_capacity(pairs.len());
        let mut distinct: Vec<usize> = Vec::new();
        for (k, _) in pairs {
            let found = owners_of(k);
            if !found.is_empty() && !distinct.iter().any(|&j| owners[j] == found) {
                distinct.push(owners.len());
            }
            owners.push(found);
        }
        for ((a, _), oa) in pairs.iter().zip(&owners) {
            if oa.is_empty() {
                continue;
            }
            if let Some(&j) = distinct
                .iter()
                .find(|&&j| oa.iter().all(|i| !owners[j].contains(i)))
            {
                let b = &pairs[j].0;
                return Error::bad_argument(format!(
                    "{js_name}: give either `{a}` or `{b}`, not both"
                ));
            }
        }
        if let Some(((k, _), _)) = pairs.iter().zip(&owners).find(|(_, o)| o.is_empty()) {
            let mut message = format!("{js_name}: unknown key `{k}`; expected ");
            for (i, (_, spec)) in variants.iter().enumerate() {
                if i > 0 {
                    message.push_str(" or ");
                }
                message.push_str(&form(spec));
            }
            return Error::bad_argument(message);
        }
    }
    // Otherwise validate against the variant that shares most keys, for a precise message.
    // The closest variant; the last of equally close ones.
    let mut best: Option<&(Operation<&str>, Vec<Arg>)> = None;
    let mut best_miss = usize::MAX;
    for variant in variants {
        let miss = score_miss(&variant.1, args);
        if miss <= best_miss {
            (best, best_miss) = (Some(variant), miss);
        }
    }
    match best {
        Some((op, spec)) => match bind_row(*op, spec, args) {
            Err(e) => e,
            Ok(_) => Error::bad_argument(format!("{js_name}: arguments do not fit")),
        },
        None => Error::bad_argument(format!("`{js_name}` is not a known method")),
    }
}

/// How badly a variant misses the arguments (lower is closer).
fn score_miss(spec: &[Arg], args: &[Value]) -> usize {
    let mut miss = last_present(args).saturating_sub(spec.len()) * 4;
    for (i, arg) in spec.iter().enumerate() {
        match (present(args, i), arg.is_object) {
            (None, _) => miss += usize::from(!arg.optional),
            (Some(Value::Obj(pairs)), true) => {
                let known = pairs
                    .iter()
                    .filter(|(k, _)| arg.fields.iter().any(|f| f.name == k))
                    .count();
                miss += (pairs.len() - known) * 2;
                if known == 0 {
                    miss += 2;
                }
            }
            (Some(_), true) => miss += 4,
            (Some(_), false) => {}
        }
    }
    miss
}

/// Binds `args` to one row (no variant choice): checks count, keys, types, emptiness.
///
/// ```
/// use digitalocean_wasm::catalogue;
/// use digitalocean_wasm::core::{args::bind_row, Value};
/// let op = catalogue::variants("domain").next().unwrap();
/// let spec = catalogue::spec::parse(op.args).unwrap();
/// assert!(bind_row(op, &spec, &[Value::from("")]).is_err());
/// ```
pub fn bind_row(op: Operation<&str>, spec: &[Arg], args: &[Value]) -> Result<Bound, Error> {
    let mut bound = Bound {
        op: op.owned(),
        path: Vec::new(),
        query: Vec::new(),
        body: Value::Null,
        headers: Vec::new(),
        plan: Vec::new(),
    };
    let mut body: Vec<(String, Value)> = Vec::new();
    let mut fixed_keys: Vec<&str> = Vec::new();
    for (place, value) in spec::fixed(op.fixed).map_err(|e| internal(&op, e))? {
        if let Place::BodyField(name) = place {
            fixed_keys.push(name);
        }
        put(&mut bound, &mut body, &[], place, Value::from(value), value)?;
    }
    if last_present(args) > spec.len() {
        return Err(bad(
            &op,
            format_args!(
                "takes at most {} argument(s) {}, got {}",
                spec.len(),
                form(spec),
                last_present(args)
            ),
        ));
    }
    for (i, arg) in spec.iter().enumerate() {
        let value = present(args, i);
        if arg.is_object {
            let pairs = match value {
                None if arg.optional => continue,
                None => {
                    return Err(bad(
                        &op,
                        format_args!(
                            "argument {} {} is missing",
                            i + 1,
                            form(std::slice::from_ref(arg))
                        ),
                    ))
                }
                Some(Value::Obj(pairs)) => pairs,
                Some(other) => {
                    return Err(bad(
                        &op,
                        format_args!(
                            "argument {} must be an object {}, not {}",
                            i + 1,
                            form(std::slice::from_ref(arg)),
                            other.type_name()
                        ),
                    ))
                }
            };
            if let Some((k, _)) = pairs
                .iter()
                .find(|(k, _)| !arg.fields.iter().any(|f| f.name == k))
            {
                return Err(bad(
                    &op,
                    format_args!(
                        "unknown key `{k}` in argument {} {}",
                        i + 1,
                        form(std::slice::from_ref(arg))
                    ),
                ));
            }
            for field in &arg.fields {
                let value = pairs
                    .iter()
                    .find(|(k, _)| k == field.name)
                    .map(|(_, v)| v)
                    .filter(|v| !v.is_null());
                bind_field(&mut bound, &mut body, &fixed_keys, &op, field, value)?;
            }
        } else {
            let field = &arg.fields[0];
            match value {
                None if arg.optional => {}
                _ => bind_field(&mut bound, &mut body, &fixed_keys, &op, field, value)?,
            }
        }
    }
    // The fields bound; or `{}` when a whole body object was given empty (many operations
    // require a JSON body whose properties are all optional); or no body at all.
    if !body.is_empty() {
        bound.body = Value::Obj(body);
    }
    Ok(bound)
}

fn bind_field(
    bound: &mut Bound,
    body: &mut Vec<(String, Value)>,
    fixed_keys: &[&str],
    op: &Operation<&str>,
    field: &Field,
    value: Option<&Value>,
) -> Result<(), Error> {
    let value = match value {
        Some(v) => v,
        None if field.optional => return Ok(()),
        None => return Err(bad(op, format_args!("`{}` is missing", field.name))),
    };
    let text = check_type(op, field, value)?;
    put(bound, body, fixed_keys, field.place, value.clone(), &text)
}

/// Checks a value against the field's type; returns its text form (for path, header, plan).
fn check_type(op: &Operation<&str>, field: &Field, value: &Value) -> Result<String, Error> {
    let ok = match (field.ty, value) {
        (Ty::Id, Value::Num(n)) if is_safe_integer(*n) && *n >= 0.0 => Some(number_text(*n)),
        (Ty::Id, Value::Str(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            Some(s.clone())
        }
        (Ty::Ref, Value::Num(n)) if is_safe_integer(*n) && *n >= 0.0 => Some(number_text(*n)),
        (Ty::Ref | Ty::Str, Value::Str(s)) if !s.trim().is_empty() => Some(s.clone()),
        (Ty::Bool, Value::Bool(b)) => Some(b.to_string()),
        (Ty::Int, Value::Num(n)) if is_safe_integer(*n) => Some(number_text(*n)),
        (Ty::Num, Value::Num(n)) if n.is_finite() => Some(number_text(*n)),
        (Ty::Obj, Value::Obj(_)) | (Ty::Any, _) => Some(String::new()),
        (Ty::Strs, Value::Arr(items)) if items.iter().all(|v| v.as_str().is_some()) => {
            Some(String::new())
        }
        _ => None,
    };
    ok.ok_or_else(|| {
        bad(
            op,
            format_args!(
                "`{}` must be {}, got {}",
                field.name,
                field.ty.describe(),
                shown(value)
            ),
        )
    })
}

/// `Number.isSafeInteger`: integral and at most 2^53 - 1 in magnitude (beyond, ids lose digits).
fn is_safe_integer(n: f64) -> bool {
    n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0
}

/// A short rendering of a bad value for messages.
fn shown(value: &Value) -> String {
    match value {
        Value::Str(s) if s.chars().count() <= 40 => Value::Str(s.clone()).to_json(),
        Value::Num(_) | Value::Bool(_) => value.to_json(),
        other => other.type_name().to_string(),
    }
}

fn put(
    bound: &mut Bound,
    body: &mut Vec<(String, Value)>,
    fixed_keys: &[&str],
    place: Place,
    value: Value,
    text: &str,
) -> Result<(), Error> {
    match place {
        Place::Path(name) => bound.path.push((name.to_string(), text.to_string())),
        Place::Query(name) => bound.query.push((name.to_string(), value)),
        Place::Header(name) => bound.headers.push((name.to_string(), text.to_string())),
        Place::Plan(name) => bound.plan.push((name.to_string(), text.to_string())),
        Place::BodyField(name) => set_key(body, name, value),
        Place::Body => {
            if let Value::Obj(pairs) = value {
                // A body object given, even `{}`, is sent (see the end of `bind_row`).
                if bound.body.is_null() {
                    bound.body = Value::Obj(Vec::new());
                }
                // The object's own keys are distinct (a JS object's are): each is looked up
                // only among the fields set before it, so a wide body binds in linear time.
                let before = body.len();
                for (k, v) in pairs {
                    if fixed_keys.contains(&k.as_str()) {
                        continue;
                    }
                    match body[..before].iter_mut().find(|(key, _)| *key == k) {
                        Some(slot) => slot.1 = v,
                        None => body.push((k, v)),
                    }
                }
            }
        }
        Place::QueryAll => {
            if let Value::Obj(pairs) = value {
                bound.query.extend(pairs);
            }
        }
    }
    Ok(())
}

fn set_key(body: &mut Vec<(String, Value)>, key: &str, value: Value) {
    match body.iter_mut().find(|(k, _)| k == key) {
        Some(slot) => slot.1 = value,
        None => body.push((key.to_string(), value)),
    }
}
