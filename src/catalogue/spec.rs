//! The argument mini-language of catalogue rows: how positional JS arguments map to
//! named parameters, their types and where each goes.
//!
//! ```text
//! spec  := ε | arg (' ' arg)*
//! arg   := ['?'] field                      a scalar positional argument ('?' = optional)
//!        | ['?'] '{' field (',' field)* '}' an options object with exactly these keys
//! field := name ['?'] ':' type '>' place    ('?' after the name = optional key)
//! type  := id | ref | str | bool | int | num | obj | any | strs
//! place := p.NAME   path parameter {NAME}
//!        | q.NAME   query parameter
//!        | b.NAME   field of the JSON body
//!        | h.NAME   request header
//!        | m.NAME   plan parameter (name/region of FindByName, tag of TagFanOut)
//!        | body     the whole JSON body (an object)
//!        | query    every key of an object becomes a query parameter
//! ```
//!
//! Types: `id` an integer or a numeric string; `ref` an integer or a non-empty string
//! (image slug, key fingerprint, volume UUID); `str` a non-empty string; `bool`; `int` an
//! integer; `num` a number; `obj` an object; `any` any JSON value; `strs` an array of strings.
//!
//! ```
//! use digitalocean_wasm::catalogue::spec::{self, Place, Ty};
//! let args = spec::parse("{id:id>p.droplet_id} ?diskResize:bool>b.disk").unwrap();
//! assert_eq!(args.len(), 2);
//! assert!(args[1].optional);
//! assert_eq!(args[0].fields[0].place, Place::Path("droplet_id"));
//! assert_eq!(args[1].fields[0].ty, Ty::Bool);
//! ```

/// The type a field's value must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// An integer (or a string of digits): droplet, record, action ids.
    Id,
    /// An integer or a non-empty string: image id or slug, key id or fingerprint, volume UUID.
    Ref,
    /// A non-empty string.
    Str,
    /// A boolean.
    Bool,
    /// An integer.
    Int,
    /// A number.
    Num,
    /// An object.
    Obj,
    /// Any JSON value.
    Any,
    /// An array of strings.
    Strs,
}

impl Ty {
    /// How the type is described in error messages.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::catalogue::spec::Ty::Id.describe(), "an integer id or a numeric string");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            Ty::Id => "an integer id or a numeric string",
            Ty::Ref => "an integer id or a non-empty string",
            Ty::Str => "a non-empty string",
            Ty::Bool => "a boolean",
            Ty::Int => "an integer",
            Ty::Num => "a number",
            Ty::Obj => "an object",
            Ty::Any => "a JSON value",
            Ty::Strs => "an array of strings",
        }
    }
}

/// Where a field's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// Path parameter `{NAME}` of the template.
    Path(&'a str),
    /// Query parameter.
    Query(&'a str),
    /// Field of the JSON body.
    BodyField(&'a str),
    /// Request header.
    Header(&'a str),
    /// Parameter of the plan (FindByName's `name`/`region`, TagFanOut's `tag_name`).
    Plan(&'a str),
    /// The whole JSON body.
    Body,
    /// Every key of the object becomes a query parameter.
    QueryAll,
}

/// One named value: a scalar argument, or one key of an options object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// JS name (object key, or the argument's name in messages and `.d.ts`).
    pub name: &'a str,
    /// Whether the key may be missing (object keys only).
    pub optional: bool,
    /// Required type.
    pub ty: Ty,
    /// Destination.
    pub place: Place<'a>,
}

/// One positional argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg<'a> {
    /// Whether the argument may be omitted (then every later one is optional too).
    pub optional: bool,
    /// `true` for an options object `{…}`, `false` for a scalar (then `fields` has one entry).
    pub is_object: bool,
    /// The scalar, or the keys of the object.
    pub fields: Vec<Field<'a>>,
}

/// A malformed spec (a bug in a catalogue row; the sync test parses every row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError<'a>(pub &'a str);

impl std::fmt::Display for SpecError<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "malformed catalogue spec near `{}`", self.0)
    }
}

/// Parses an argument spec.
///
/// ```
/// use digitalocean_wasm::catalogue::spec;
/// assert!(spec::parse("").unwrap().is_empty());
/// assert!(spec::parse("{id:id}").is_err()); // no place
/// ```
pub fn parse(spec: &str) -> Result<Vec<Arg<'_>>, SpecError<'_>> {
    // Plain loops: `collect::<Result<Vec<_>, _>>()` costs a `GenericShunt` per use in the wasm.
    let mut args = Vec::new();
    for text in spec.split(' ').filter(|s| !s.is_empty()) {
        args.push(parse_arg(text)?);
    }
    Ok(args)
}

fn parse_arg(text: &str) -> Result<Arg<'_>, SpecError<'_>> {
    let (optional, rest) = match text.strip_prefix('?') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if let Some(inner) = rest.strip_prefix('{') {
        let inner = inner.strip_suffix('}').ok_or(SpecError(text))?;
        let mut fields = Vec::new();
        for field in inner.split(',') {
            fields.push(parse_field(field, true)?);
        }
        Ok(Arg {
            optional,
            is_object: true,
            fields,
        })
    } else {
        Ok(Arg {
            optional,
            is_object: false,
            fields: vec![parse_field(rest, false)?],
        })
    }
}

fn parse_field(text: &str, in_object: bool) -> Result<Field<'_>, SpecError<'_>> {
    let (name, rest) = text.split_once(':').ok_or(SpecError(text))?;
    let (ty, place) = rest.split_once('>').ok_or(SpecError(text))?;
    let (name, optional) = match name.strip_suffix('?') {
        Some(n) if in_object => (n, true),
        Some(_) => return Err(SpecError(text)),
        None => (name, false),
    };
    if name.is_empty() {
        return Err(SpecError(text));
    }
    Ok(Field {
        name,
        optional,
        ty: parse_ty(ty).ok_or(SpecError(text))?,
        place: parse_place(place).ok_or(SpecError(text))?,
    })
}

fn parse_ty(text: &str) -> Option<Ty> {
    Some(match text {
        "id" => Ty::Id,
        "ref" => Ty::Ref,
        "str" => Ty::Str,
        "bool" => Ty::Bool,
        "int" => Ty::Int,
        "num" => Ty::Num,
        "obj" => Ty::Obj,
        "any" => Ty::Any,
        "strs" => Ty::Strs,
        _ => return None,
    })
}

/// The argument spec of a row. Generated rows write `@` (no body), `@b` (required body)
/// or `@o` (optional body) instead of a spec: their arguments are the path parameters in
/// order (ids or strings), then the body object, then an optional query object.
///
/// ```
/// use digitalocean_wasm::catalogue::{spec, Method, Operation, Plan, ReplyKind};
/// let op = Operation { js: "vpcs_patch", key: "vpcs_patch", method: Method::Patch, path: "/v2/vpcs/{vpc_id}",
///                      args: "@b", fixed: "", reply: ReplyKind::Body, plan: Plan::Single };
/// let args = spec::parse_row(&op).unwrap();
/// assert_eq!(args.len(), 3);
/// assert_eq!(args[0].fields[0].place, spec::Place::Path("vpc_id"));
/// assert_eq!(args[1].fields[0].place, spec::Place::Body);
/// assert!(args[2].optional);
/// ```
pub fn parse_row<'a>(op: &super::Operation<&'a str>) -> Result<Vec<Arg<'a>>, SpecError<'a>> {
    let Some(body) = op.args.strip_prefix('@') else {
        return parse(op.args);
    };
    let scalar = |name: &'a str, optional: bool, ty: Ty, place: Place<'a>| Arg {
        optional,
        is_object: false,
        fields: vec![Field {
            name,
            optional: false,
            ty,
            place,
        }],
    };
    let mut args: Vec<Arg> = placeholders(op.path)
        .into_iter()
        .map(|name| scalar(name, false, Ty::Ref, Place::Path(name)))
        .collect();
    match body {
        "" => {}
        "b" => args.push(scalar("hash", false, Ty::Obj, Place::Body)),
        "o" => args.push(scalar("hash", true, Ty::Obj, Place::Body)),
        _ => return Err(SpecError(op.args)),
    }
    args.push(scalar("query", true, Ty::Obj, Place::QueryAll));
    Ok(args)
}

/// The names of a path template's `{placeholders}`, in order.
///
/// ```
/// let names = digitalocean_wasm::catalogue::spec::placeholders("/v2/a/{x}/b/{y}");
/// assert_eq!(names, vec!["x", "y"]);
/// ```
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    // `split_once`, not index slicing: `&s[a..b]` links str's panic formatting.
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        names.push(name);
        rest = tail;
    }
    names
}

/// Parses one place (`p.droplet_id`, `body`…).
///
/// ```
/// use digitalocean_wasm::catalogue::spec::{parse_place, Place};
/// assert_eq!(parse_place("h.X-Dangerous"), Some(Place::Header("X-Dangerous")));
/// assert_eq!(parse_place("x.y"), None);
/// ```
pub fn parse_place(text: &str) -> Option<Place<'_>> {
    match text {
        "body" => return Some(Place::Body),
        "query" => return Some(Place::QueryAll),
        _ => {}
    }
    let (kind, name) = text.split_once('.')?;
    if name.is_empty() {
        return None;
    }
    Some(match kind {
        "p" => Place::Path(name),
        "q" => Place::Query(name),
        "b" => Place::BodyField(name),
        "h" => Place::Header(name),
        "m" => Place::Plan(name),
        _ => return None,
    })
}

/// Parses the fixed values of a row: space separated `place=value` pairs.
///
/// ```
/// use digitalocean_wasm::catalogue::spec::{fixed, Place};
/// let pairs = fixed("b.type=reboot h.X-Dangerous=true").unwrap();
/// assert_eq!(pairs[0], (Place::BodyField("type"), "reboot"));
/// assert_eq!(pairs.len(), 2);
/// ```
pub fn fixed(text: &str) -> Result<Vec<(Place<'_>, &str)>, SpecError<'_>> {
    let mut out = Vec::new();
    for pair in text.split(' ').filter(|s| !s.is_empty()) {
        let (place, value) = pair.split_once('=').ok_or(SpecError(pair))?;
        out.push((parse_place(place).ok_or(SpecError(pair))?, value));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_objects_with_optional_keys() {
        let args = parse("name:str>p.domain_name ?{type?:str>q.type,name?:str>q.name}").unwrap();
        assert_eq!(args.len(), 2);
        assert!(!args[0].is_object);
        assert!(args[1].is_object && args[1].optional);
        assert_eq!(args[1].fields.len(), 2);
        assert!(args[1].fields.iter().all(|f| f.optional));
        assert_eq!(args[1].fields[1].place, Place::Query("name"));
    }

    #[test]
    fn rejects_malformed_specs() {
        for bad in [
            "{id:id>p.x",
            "id:id",
            "id:nope>p.x",
            "id:id>z.x",
            "id?:id>p.x",
            ":id>p.x",
            "id:id>p.",
            "{}",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(fixed("b.type").is_err());
        assert!(fixed("k.type=x").is_err());
    }

    #[test]
    fn every_place_and_type_parses() {
        let args = parse("a:id>p.a b:ref>q.b c:str>b.c d:bool>h.d e:int>m.e f:num>body g:obj>query h:any>b.h i:strs>b.i").unwrap();
        assert_eq!(args.len(), 9);
        assert_eq!(args[6].fields[0].place, Place::QueryAll);
        assert_eq!(args[8].fields[0].ty, Ty::Strs);
    }
}
