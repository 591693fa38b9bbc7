//! The endpoint catalogue: one row of compact static data per (JS method, variant).
//!
//! A row ([`Operation`]) says which API operation a JS call reaches (the OpenAPI
//! `operationId`, verbatim), how its positional JS arguments map to named parameters (the
//! [`spec`] mini-language), which body fields are fixed, what the reply holds
//! ([`ReplyKind`]) and how many requests the call takes ([`Plan`]). Growing the client to
//! every operation of the OpenAPI description means adding rows, not functions.
//!
//! The tables are text: the hand-written rows are declared in `table.rs`, the generated rows
//! are committed once, in the facade's `pkg-template/generated/methods.js`, and read from it
//! at compile time ([`GENERATED`]). Native code, the generator and the tests use them here
//! ([`rows`], [`variants`], [`rows_text`]). The shipped wasm does not hold them: the facade
//! hands the dispatcher the lines of the method being called, parsed by [`parse_rows`]
//! (memoised: [`parse_rows_cached`]).
//!
//! ```
//! use digitalocean_wasm::catalogue::{self, Plan};
//! let rows: Vec<_> = catalogue::variants("reboot").collect();
//! assert_eq!(rows.len(), 2); // {id} and {tag}
//! assert_eq!(rows[1].plan, Plan::TagFanOut);
//! assert!(catalogue::is_call_options("reboot", 1, &["wait"]));
//! ```

/// Declares a table of rows, each under its `///` doc: `TEXT` (the rows as one text, one
/// line each, see [`compact::parse_hand_line`]: the generator writes it into the facade's
/// `generated/methods.js`, whose lines the facade hands the wasm for each call; no exported wasm
/// code reads it, so it is not in the shipped `.wasm`) and, off wasm only, `ROWS` (the same
/// rows as structs, for the generator and the tests) and `DOCS` (the docs, same order, for
/// the `.d.ts`).
macro_rules! table_rows {
    ($( $(#[doc = $doc:literal])* $js:literal, $key:literal, $method:ident, $path:literal,
        $args:literal, $fixed:literal, $reply:ident $(($list:literal))?, $plan:ident; )*) => {
        /// The rows of this table, one line each: `js|key|Method|path|args|fixed|Reply|Plan`.
        pub static TEXT: &str = concat!($(
            $js, "|", $key, "|", stringify!($method), "|", $path, "|", $args, "|", $fixed, "|",
            stringify!($reply), $(":", $list,)? "|", stringify!($plan), "\n",
        )*);
        /// The rows of this table.
        #[cfg(not(target_arch = "wasm32"))]
        pub static ROWS: &[$crate::catalogue::Operation] = &[$(
            $crate::catalogue::Operation {
                js: $js, key: $key, method: $method, path: $path,
                args: $args, fixed: $fixed, reply: $reply $(($list))?, plan: $plan,
            },
        )*];
        /// The `///` docs of [`ROWS`], same order.
        #[cfg(not(target_arch = "wasm32"))]
        pub static DOCS: &[&str] = &[$( concat!($($doc, "\n"),*), )*];
    };
}

#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod compact;
pub mod spec;
mod table;
#[cfg(not(target_arch = "wasm32"))]
mod tags;

#[cfg(not(target_arch = "wasm32"))]
pub use self::table::ROWS;

/// The doc of a row: the `///` of a hand-written row, or the generated one-liner with its
/// docs link; empty if unknown.
///
/// ```
/// use digitalocean_wasm::catalogue;
/// let row = catalogue::variants("account").next().unwrap();
/// assert!(catalogue::doc(&row).contains("account"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn doc(op: &Operation<&str>) -> String {
    doc_in(op, tags::TAGS)
}

/// [`doc`] with the tag lines of the generated rows given (see [`compact::doc_in`]).
///
/// ```
/// use digitalocean_wasm::catalogue::{doc_in, variants};
/// assert!(doc_in(&variants("account").next().unwrap(), "").contains("account"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn doc_in(op: &Operation<&str>, tags: &str) -> String {
    if let Some(i) = ROWS.iter().position(|r| r == op) {
        return table::DOCS.get(i).map_or("", |d| d.trim()).to_string();
    }
    compact::doc_in(op, tags).unwrap_or_default()
}

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
}

impl Method {
    /// The method as sent on the wire.
    ///
    /// ```
    /// assert_eq!(digitalocean_wasm::catalogue::Method::Delete.as_str(), "DELETE");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
        }
    }

    /// Parses a method name, case-insensitively (`"get"`, `"POST"`…).
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::Method;
    /// assert_eq!(Method::parse("patch"), Some(Method::Patch));
    /// assert_eq!(Method::parse("BREW"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Method> {
        [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete,
            Method::Head,
        ]
        .into_iter()
        .find(|m| m.as_str().eq_ignore_ascii_case(name))
    }

    /// Whether sending the request twice is harmless (GET, PUT, DELETE, HEAD): only those
    /// are resent after a 5xx or a network error. A POST (or PATCH) is resent only after a 429.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::Method;
    /// assert!(Method::Put.is_idempotent());
    /// assert!(!Method::Post.is_idempotent());
    /// ```
    pub fn is_idempotent(self) -> bool {
        matches!(
            self,
            Method::Get | Method::Put | Method::Delete | Method::Head
        )
    }
}

/// What the success body of the (first) request holds. `S` is the string type of a list
/// key: `&str` in catalogue rows (borrowed from their text), `String` in a prepared request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyKind<S = &'static str> {
    /// A body resolved as it is (`{droplet}`, `{account}`…).
    Body,
    /// No body (204): resolves `undefined`.
    Empty,
    /// A paginated list under this key (`droplets`, `domain_records`…), with `links` and `meta`.
    /// Listings never wait, not even listings of actions.
    List(S),
    /// `{action}`: wait for it (unless `wait: false`).
    Action,
    /// `{actions: [...]}`: wait for all of them.
    Actions,
    /// `links.actions: [{id, rel, href}]`: wait for all, then re-read (createDroplet).
    LinksActions,
    /// The body IS an action object (image actions): wait for it.
    BareAction,
    /// A document of this media type, not JSON (a kubeconfig's `application/yaml`, an
    /// invoice's `text/csv` or `application/pdf`): asked for with `Accept`, resolved as a
    /// string when the reply's type is textual, else as a `Uint8Array`.
    Document(S),
}

impl<S: AsRef<str>> ReplyKind<S> {
    /// Whether a success reply of this kind carries actions to wait for.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// assert!(ReplyKind::<&str>::Action.waits());
    /// assert!(!ReplyKind::List("actions").waits());
    /// ```
    pub fn waits(&self) -> bool {
        matches!(
            self,
            ReplyKind::Action
                | ReplyKind::Actions
                | ReplyKind::LinksActions
                | ReplyKind::BareAction
        )
    }

    /// The list key of a paginated reply.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// assert_eq!(ReplyKind::List("droplets").list_key(), Some("droplets"));
    /// assert_eq!(ReplyKind::<&str>::Body.list_key(), None);
    /// ```
    pub fn list_key(&self) -> Option<&str> {
        match self {
            ReplyKind::List(key) => Some(key.as_ref()),
            _ => None,
        }
    }

    /// The same reply kind with a borrowed list key.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// assert_eq!(ReplyKind::List(String::from("tags")).borrowed(), ReplyKind::List("tags"));
    /// ```
    pub fn borrowed(&self) -> ReplyKind<&str> {
        self.map(|key| key.as_ref())
    }

    /// The same reply kind with an owned list key (what a prepared request keeps).
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// assert_eq!(ReplyKind::List("tags").owned(), ReplyKind::List(String::from("tags")));
    /// ```
    pub fn owned(&self) -> ReplyKind<String> {
        self.map(|key| key.as_ref().to_string())
    }

    fn map<'s, T>(&'s self, f: impl FnOnce(&'s S) -> T) -> ReplyKind<T> {
        match self {
            ReplyKind::Body => ReplyKind::Body,
            ReplyKind::Empty => ReplyKind::Empty,
            ReplyKind::List(key) => ReplyKind::List(f(key)),
            ReplyKind::Action => ReplyKind::Action,
            ReplyKind::Actions => ReplyKind::Actions,
            ReplyKind::LinksActions => ReplyKind::LinksActions,
            ReplyKind::BareAction => ReplyKind::BareAction,
            ReplyKind::Document(media) => ReplyKind::Document(f(media)),
        }
    }

    /// The media type a success reply is asked for in (`Accept`): a document's own, else JSON.
    ///
    /// ```
    /// use digitalocean_wasm::catalogue::ReplyKind;
    /// assert_eq!(ReplyKind::Document("text/csv").accept(), "text/csv");
    /// assert_eq!(ReplyKind::<&str>::Body.accept(), "application/json");
    /// ```
    pub fn accept(&self) -> &str {
        match self {
            ReplyKind::Document(media) => media.as_ref(),
            _ => "application/json",
        }
    }
}

/// Whether a media type is text (a document of it resolves as a string, else as bytes):
/// `text/*`, and the JSON, YAML and XML types.
///
/// ```
/// use digitalocean_wasm::catalogue::is_textual;
/// assert!(is_textual("application/yaml") && is_textual("text/csv; charset=utf-8"));
/// assert!(!is_textual("application/pdf") && !is_textual("application/octet-stream"));
/// ```
pub fn is_textual(media: &str) -> bool {
    let media = media.split(';').next().unwrap_or("").trim();
    media.starts_with("text/")
        || ["json", "yaml", "xml"]
            .iter()
            .any(|kind| media.ends_with(kind))
}

/// How many requests a call takes and how its result is assembled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// One request (plus action polling when the reply kind waits).
    Single,
    /// Follow `links.pages.next`; resolve `{<key>: [every item], meta: {total}}`.
    AllPages,
    /// List with the name filter (all pages), pick the item with that name in that region
    /// with the lowest id; resolve `{<singular>: item}`, none is a 404 `not_found`.
    FindByName,
    /// List droplets with the tag (all pages), post the action to each, wait for all;
    /// resolve `{actions: [...]}`.
    TagFanOut,
    /// Wait for `links.actions`, then GET each created droplet; resolve `{droplet}` or
    /// `{droplets: [...]}` as the create reply had it.
    CreateReread,
}

/// One row of the catalogue: a JS method (one variant of it) and the operation it reaches.
/// `S` is its string type: `&'static str` for the native tables, `&str` for rows parsed
/// from a text the facade hands the wasm, `String` for the row a prepared call keeps.
///
/// ```
/// use digitalocean_wasm::catalogue::{self, Method};
/// let row = catalogue::variants("domainRecord").next().unwrap();
/// assert_eq!(row.key, "domains_get_record");
/// assert_eq!(row.method, Method::Get);
/// assert_eq!(row.path, "/v2/domains/{domain_name}/records/{domain_record_id}");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation<S = &'static str> {
    /// JS method name (`createDroplet`, `reboot`, `domainRecords`…).
    pub js: S,
    /// OpenAPI operationId, verbatim (`dropletActions_post`); `meta_*` for the meta routes.
    pub key: S,
    /// HTTP method of the operation.
    pub method: Method,
    /// Path template as the spec writes it (`/v2/droplets/{droplet_id}/actions`).
    pub path: S,
    /// Positional arguments, in the [`spec`] mini-language.
    pub args: S,
    /// Fixed values, space separated `place=value` (`b.type=reboot`, `h.X-Dangerous=true`).
    pub fixed: S,
    /// What the success body holds.
    pub reply: ReplyKind<S>,
    /// How the call runs.
    pub plan: Plan,
}

impl<S: AsRef<str>> Operation<S> {
    /// The same row, borrowing its strings.
    pub fn borrowed(&self) -> Operation<&str> {
        Operation {
            js: self.js.as_ref(),
            key: self.key.as_ref(),
            method: self.method,
            path: self.path.as_ref(),
            args: self.args.as_ref(),
            fixed: self.fixed.as_ref(),
            reply: self.reply.borrowed(),
            plan: self.plan,
        }
    }

    /// The same row, owning its strings (what a prepared call keeps: it outlives the text
    /// the row was parsed from).
    ///
    /// ```
    /// let row = digitalocean_wasm::catalogue::variants("account").next().unwrap();
    /// assert_eq!(row.owned().borrowed(), row);
    /// ```
    pub fn owned(&self) -> Operation<String> {
        let own = |s: &S| s.as_ref().to_string();
        Operation {
            js: own(&self.js),
            key: own(&self.key),
            method: self.method,
            path: own(&self.path),
            args: own(&self.args),
            fixed: own(&self.fixed),
            reply: self.reply.owned(),
            plan: self.plan,
        }
    }
}

/// The names of the per-call options object, the optional LAST argument of every method.
pub const CALL_OPTION_KEYS: [&str; 4] = ["signal", "wait", "timeout", "onProgress"];

/// Every row, hand-written rows first, then the generated ones ([`GENERATED`]).
///
/// ```
/// assert!(digitalocean_wasm::catalogue::rows().any(|r| r.js == "metaReset"));
/// ```
pub fn rows() -> impl Iterator<Item = Operation> {
    hand_rows().chain(compact::rows(GENERATED))
}

/// The hand-written rows (the `TEXT` of `src/catalogue/table.rs`), in table order.
///
/// ```
/// assert_eq!(digitalocean_wasm::catalogue::hand_rows().next().unwrap().js, "metaReset");
/// ```
pub fn hand_rows() -> impl Iterator<Item = Operation> {
    table::TEXT.split('\n').filter_map(compact::parse_hand_line)
}

/// The rows (variants) of one JS method, in the order they are tried. Hand-written rows
/// win: the generated table is searched only for names the hand-written one lacks.
///
/// ```
/// assert_eq!(digitalocean_wasm::catalogue::variants("droplet").count(), 2);
/// assert_eq!(digitalocean_wasm::catalogue::variants("noSuchMethod").count(), 0);
/// ```
pub fn variants(js_name: &str) -> std::vec::IntoIter<Operation> {
    // The wasm never looks rows up here (the facade hands it each call's rows, parsed and
    // memoised by `parse_rows_cached`); native callers scan the tables.
    let mut rows = Vec::new();
    for line in lines_of(js_name) {
        rows.extend(parse_rows(line).unwrap_or_default());
    }
    rows.into_iter()
}

/// The lines of one JS method: the hand-written lines of the name, else the generated lines
/// whose camelCased operationId is the name.
fn lines_of(js_name: &str) -> Vec<&'static str> {
    let hand: Vec<&'static str> = table::TEXT
        .split('\n')
        .filter(|line| line.split('|').next() == Some(js_name))
        .collect();
    if hand.is_empty() {
        compact::lines(GENERATED, js_name)
    } else {
        hand
    }
}

/// The catalogue lines of one JS method, newline-separated, as the facade hands them to the
/// wasm dispatcher (`DigitalOceanCore.dispatch(name, rows, args)`): the hand-written lines
/// of the name, else the generated lines whose camelCased operationId is the name; `None`
/// for an unknown method. The shipped wasm never calls it (the rows live on the JS side);
/// the wasm tests and native code do.
///
/// ```
/// let text = digitalocean_wasm::catalogue::rows_text("reboot").unwrap();
/// assert_eq!(text.lines().count(), 2);
/// assert!(text.starts_with("reboot|dropletActions_post|Post|"));
/// assert_eq!(digitalocean_wasm::catalogue::parse_rows(&text).unwrap(),
///            digitalocean_wasm::catalogue::variants("reboot").collect::<Vec<_>>());
/// assert!(digitalocean_wasm::catalogue::rows_text("noSuchMethod").is_none());
/// ```
pub fn rows_text(js_name: &str) -> Option<String> {
    let lines = lines_of(js_name);
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// Parses the rows text of one method (lines of either table's format, see [`compact`]):
/// every line must parse, its argument spec and fixed values included ([`spec`]). `Err`
/// names the first malformed line (shortened).
///
/// ```
/// use digitalocean_wasm::catalogue::parse_rows;
/// let rows = parse_rows("vpcs_list|GET|/v2/vpcs|@|L:vpcs").unwrap();
/// assert_eq!(rows[0].key, "vpcs_list");
/// assert!(parse_rows("").is_err());
/// assert!(parse_rows("x|x_get|Get|/v2/x|{id:nope>p.x}||Body|Single").is_err());
/// assert!(parse_rows("vpcs_list|GET|/v2/vpcs|@|L:vpcs\nnonsense").unwrap_err().contains("nonsense"));
/// ```
pub fn parse_rows(text: &str) -> Result<Vec<Operation<&str>>, String> {
    let mut rows = Vec::new();
    for line in text.split('\n') {
        let row = match line.split('|').count() {
            5 | 6 => compact::parse_line(line),
            8 => compact::parse_hand_line(line),
            _ => None,
        }
        .filter(|row| spec::parse_row(row).is_ok() && spec::fixed(row.fixed).is_ok());
        match row {
            Some(row) => rows.push(row),
            None => {
                let mut shown: String = line.chars().take(60).collect();
                if shown.len() < line.len() {
                    shown.push('…');
                }
                return Err(format!("malformed catalogue row `{shown}`"));
            }
        }
    }
    Ok(rows)
}

/// [`parse_rows`] with a memo of the latest 32 texts (keyed by the text): a client calls
/// few methods, many times, and the facade hands the same text for every call of a method.
/// Texts over 8 KB are parsed every time and never kept.
///
/// ```
/// let text = digitalocean_wasm::catalogue::rows_text("droplet").unwrap();
/// let rows = digitalocean_wasm::catalogue::parse_rows_cached(&text).unwrap();
/// assert_eq!(rows.len(), 2);
/// assert!(std::rc::Rc::ptr_eq(&rows, &digitalocean_wasm::catalogue::parse_rows_cached(&text).unwrap()));
/// ```
pub fn parse_rows_cached(text: &str) -> Result<std::rc::Rc<[Operation<String>]>, String> {
    type Recent = Vec<(Box<str>, std::rc::Rc<[Operation<String>]>)>;
    thread_local! {
        static RECENT: std::cell::RefCell<Recent> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let hit = RECENT.with(|recent| {
        let recent = recent.borrow();
        recent
            .iter()
            .find(|(key, _)| &**key == text)
            .map(|(_, rows)| rows.clone())
    });
    if let Some(rows) = hit {
        return Ok(rows);
    }
    let rows: std::rc::Rc<[Operation<String>]> =
        parse_rows(text)?.iter().map(Operation::owned).collect();
    if text.len() <= 8192 {
        RECENT.with(|recent| {
            let mut recent = recent.borrow_mut();
            if recent.len() >= 32 {
                recent.remove(0);
            }
            recent.push((text.into(), rows.clone()));
        });
    }
    Ok(rows)
}

/// Every JS method name once, in table order.
///
/// ```
/// let names = digitalocean_wasm::catalogue::method_names();
/// assert!(names.iter().any(|n| n == "createDroplet"));
/// ```
pub fn method_names() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for row in rows() {
        let name = facade_name(&row);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The JS method name of a row: `js` for hand-written rows, the camelCased operationId for
/// generated ones (whose `js` field holds the operationId), + `All` for a generated row that
/// walks every page.
///
/// ```
/// use digitalocean_wasm::catalogue::{facade_name, variants};
/// let row = variants("reboot").next().unwrap();
/// assert_eq!(facade_name(&row), "reboot");
/// ```
pub fn facade_name<S: AsRef<str>>(op: &Operation<S>) -> String {
    if op.args.as_ref().starts_with('@') {
        let mut name = compact::camel(op.key.as_ref());
        if op.plan == Plan::AllPages {
            name.push_str("All");
        }
        name
    } else {
        op.js.as_ref().to_string()
    }
}

/// The greatest number of positional arguments any variant of the method takes
/// (the per-call options object not counted); `None` for an unknown method.
///
/// ```
/// assert_eq!(digitalocean_wasm::catalogue::arity("resize"), Some(3));
/// assert_eq!(digitalocean_wasm::catalogue::arity("droplets"), Some(1)); // ?{filters}
/// assert_eq!(digitalocean_wasm::catalogue::arity("account"), Some(0));
/// ```
pub fn arity(js_name: &str) -> Option<usize> {
    arity_of(&variants(js_name).collect::<Vec<_>>())
}

/// [`arity`] of given rows; `None` when there are none.
pub fn arity_of(rows: &[Operation<&str>]) -> Option<usize> {
    rows.iter()
        .map(|row| spec::parse_row(row).map(|s| s.len()).unwrap_or(0))
        .max()
}

/// THE rule that tells the per-call options object apart from a positional argument.
///
/// The argument at `position` (0-based; the edge asks only about the LAST argument, and only
/// when it is a plain object or `undefined`, whose own keys are `keys`) is the per-call
/// options `{signal, wait, timeout, onProgress}` when
/// - its position is at or beyond the method's [`arity`], or
/// - it has at least one key and every key is a per-call option name.
///
/// ```
/// use digitalocean_wasm::catalogue::is_call_options;
/// assert!(is_call_options("account", 0, &[]));                   // beyond arity 0
/// assert!(is_call_options("droplets", 0, &["signal"]));          // only option names
/// assert!(!is_call_options("droplets", 0, &["tag_name"]));       // a filter
/// assert!(is_call_options("domainRecords", 1, &["wait"]));       // only option names
/// assert!(!is_call_options("domainRecords", 1, &["type"]));      // a filter
/// assert!(!is_call_options("createDroplet", 0, &["name", "timeout"]));
/// ```
pub fn is_call_options(js_name: &str, position: usize, keys: &[&str]) -> bool {
    is_call_options_of(&variants(js_name).collect::<Vec<_>>(), position, keys)
}

/// [`is_call_options`] for the method whose rows are `rows`.
pub fn is_call_options_of(rows: &[Operation<&str>], position: usize, keys: &[&str]) -> bool {
    let beyond = match arity_of(rows) {
        Some(n) => position >= n,
        None => false,
    };
    beyond || (!keys.is_empty() && keys.iter().all(|k| CALL_OPTION_KEYS.contains(k)))
}

/// The generated rows, one a line: `operationId|METHOD|path|@body|reply` ([`compact`]), for
/// the operations of the OpenAPI description no hand-written row covers, sorted by
/// operationId. Their one committed copy is the `GENERATED` template literal of
/// `pkg-template/generated/methods.js` (written by [`codegen`] from `operations.tsv`), read
/// here at compile time; a file without that literal, with an empty one or with an escape in
/// it does not compile. No exported wasm code reads it, so it is not in the shipped `.wasm`.
///
/// ```
/// let rows = digitalocean_wasm::catalogue::GENERATED;
/// assert!(rows.lines().any(|l| l.starts_with("vpcs_list|GET|/v2/vpcs|")));
/// assert!(!rows.starts_with('\n') && !rows.ends_with('\n'));
/// ```
pub static GENERATED: &str = js_template_literal(
    include_str!("../../pkg-template/generated/methods.js"),
    "\nexport const GENERATED = `\n",
);

/// The body of the JS template literal that follows `opening` in `js` (up to the next
/// backtick). Evaluated at compile time: it fails the build when `opening` is missing, the
/// body is empty or unterminated, or the body holds a `\\` or `${` (the text is taken as
/// it is, so nothing may need unescaping).
const fn js_template_literal(js: &'static str, opening: &str) -> &'static str {
    let (bytes, open) = (js.as_bytes(), opening.as_bytes());
    let mut start = 0;
    loop {
        assert!(
            start + open.len() <= bytes.len(),
            "methods.js: template literal not found"
        );
        let mut i = 0;
        while i < open.len() && bytes[start + i] == open[i] {
            i += 1;
        }
        if i == open.len() {
            start += i;
            break;
        }
        start += 1;
    }
    let mut end = start;
    while end < bytes.len() && bytes[end] != b'`' {
        let escape = bytes[end] == b'\\'
            || (bytes[end] == b'$' && end + 1 < bytes.len() && bytes[end + 1] == b'{');
        assert!(!escape, "methods.js: an escape in the template literal");
        end += 1;
    }
    assert!(
        end < bytes.len(),
        "methods.js: unterminated template literal"
    );
    assert!(end > start, "methods.js: empty template literal");
    let (_, rest) = bytes.split_at(start);
    let (body, _) = rest.split_at(end - start);
    match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(_) => panic!("methods.js: not UTF-8"),
    }
}

// `ROWS` exists off wasm only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_hand_text_holds_exactly_the_hand_rows() {
        assert_eq!(table::TEXT.lines().count(), ROWS.len());
        let parsed: Vec<Operation> = hand_rows().collect();
        assert_eq!(parsed, ROWS);
        assert!(parsed
            .iter()
            .any(|r| r.reply == ReplyKind::List("domain_records")));
        for plan in [
            Plan::Single,
            Plan::AllPages,
            Plan::FindByName,
            Plan::TagFanOut,
            Plan::CreateReread,
        ] {
            assert!(parsed.iter().any(|r| r.plan == plan), "{plan:?}");
        }
    }
}
