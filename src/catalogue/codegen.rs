//! Generator of the committed generated files, from `operations.tsv` and the hand-written
//! table: `pkg-template/generated/methods.js` (the catalogue rows as data, `HAND` and
//! `GENERATED`; the hand-written `pkg-template/catalogue.js` derives the facade's methods and
//! the rows it hands the wasm dispatcher from them), `src/catalogue/tags.rs` (the OpenAPI tags
//! of the generated rows, for their docs links) and `methods.d.ts` (one precise signature per
//! row, rows of a method as overloads, JSDoc from the row's `///`). Native only;
//! `tests/catalogue_sync.rs` checks the files and rewrites them with `BLESS=1`.
//!
//! ```
//! use digitalocean_wasm::catalogue::{codegen, GENERATED};
//! assert!(codegen::methods_js(GENERATED).contains("\ncreateDroplet|droplets_create|Post|/v2/droplets|"));
//! assert!(codegen::methods_dts().contains("droplet(ref: { id: Id }, opts?: CallOptions): Promise<{ droplet: Droplet }>;"));
//! ```

use super::compact::camel;
use super::spec::{self, Arg, Field, Place, Ty};
use super::{compact, facade_name, hand_rows, Operation, Plan, ReplyKind};

const HEADER: &str = "// DO NOT EDIT: generated from the catalogue (src/catalogue) by tests/catalogue_sync.rs;\n// `BLESS=1 cargo test --test catalogue_sync` rewrites it.\n";

/// `methods.js`: the catalogue rows as two texts and nothing else, `HAND` (the hand-written
/// table, `js|key|Method|path|args|fixed|Reply|Plan`) and `GENERATED` (`generated`, the rows
/// of [`generated`]: `operationId|METHOD|path|@body|reply`). The Rust catalogue reads
/// `GENERATED` back at compile time ([`GENERATED`](super::GENERATED)).
///
/// Panics when a row holds a backtick, a backslash or `${` (the texts are template literals,
/// read back as they are).
///
/// ```
/// let js = digitalocean_wasm::catalogue::codegen::methods_js("vpcs_list|GET|/v2/vpcs|@|L:vpcs");
/// assert!(js.starts_with("// DO NOT EDIT"));
/// assert!(js.contains("\nreboot|dropletActions_post|Post|"));
/// assert!(js.ends_with("\nexport const GENERATED = `\nvpcs_list|GET|/v2/vpcs|@|L:vpcs`;\n"));
/// ```
pub fn methods_js(generated: &str) -> String {
    let literal = |text: &str| {
        assert!(
            !text.contains(['`', '\\']) && !text.contains("${"),
            "a catalogue row holds a backtick, a backslash or `${{`"
        );
        text.trim_end_matches('\n').to_string()
    };
    format!(
        "{HEADER}\
         /** The hand-written catalogue rows, one a line: `js|key|Method|path|args|fixed|Reply|Plan`. */\n\
         export const HAND = `\n{}`;\n\n\
         /** The generated catalogue rows, one a line: `operationId|METHOD|path|@body|reply[|*]` (`|*`: every page, the method + \"All\"). */\n\
         export const GENERATED = `\n{}`;\n",
        literal(super::table::TEXT),
        literal(generated)
    )
}

/// `methods.d.ts`: `interface DigitalOceanMethods` with one signature per row.
///
/// ```
/// let dts = digitalocean_wasm::catalogue::codegen::methods_dts();
/// assert!(dts.contains("export interface DigitalOceanMethods {"));
/// assert!(dts.contains("reboot(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;"));
/// ```
pub fn methods_dts() -> String {
    methods_dts_from(super::GENERATED, super::tags::TAGS)
}

/// [`methods_dts`] from the hand-written rows and the given generated rows and tag lines
/// (those of [`generated`]), so that one `BLESS=1` run writes `methods.d.ts` from the same
/// operations.tsv as `methods.js` and `tags.rs`, before they are compiled in.
///
/// ```
/// use digitalocean_wasm::catalogue::codegen::methods_dts_from;
/// let dts = methods_dts_from("vpcs_list|GET|/v2/vpcs|@|L:vpcs|*", "vpcs|VPCs");
/// assert!(dts.contains("vpcsListAll(query?: OperationQuery<\"vpcs_list\">"));
/// assert!(dts.contains("#tag/VPCs/operation/vpcs_list"));
/// assert!(!dts.contains("vpcsGet("));
/// ```
pub fn methods_dts_from(generated: &str, tags: &str) -> String {
    let mut out = String::from(HEADER);
    out.push_str(concat!(
        "import type { AllPages, CallOptions, Page } from \"../index.js\";\n",
        "import type {\n  Account, Action, Backup, Domain, DomainRecord, Droplet, DropletSnapshot, Image,\n",
        "  Kernel, Region, Size, Snapshot, SshKey, Tag, Volume,\n} from \"../resources.js\";\n",
        "import type {\n  DropletMultiCreateInput, DropletSingleCreateInput, OperationBody, OperationPath,\n",
        "  OperationQuery, OperationResult,\n} from \"../operations.js\";\n\n",
        "/** A numeric id: an integer, or a string of digits. */\n",
        "export type Id = number | string;\n\n",
        "/** The methods of `DigitalOcean`, one per operation of the catalogue (overloads per argument form). */\n",
        "export interface DigitalOceanMethods {\n",
    ));
    let mut ops: Vec<Operation<&str>> = Vec::new();
    for op in hand_rows() {
        ops.push(op);
    }
    ops.extend(generated.split('\n').filter_map(compact::parse_line));
    for op in ops {
        for (params, result) in signatures(&op) {
            out.push_str(&jsdoc(&op, tags));
            out.push_str(&format!(
                "  {}({params}): Promise<{result}>;\n",
                facade_name(&op)
            ));
        }
    }
    out.push_str("}\n");
    out
}

fn jsdoc(op: &Operation<&str>, tags: &str) -> String {
    let doc = super::doc_in(op, tags);
    if doc.is_empty() {
        return format!(
            "  /** `{} {}` ({}). */\n",
            op.method.as_str(),
            op.path,
            op.key
        );
    }
    let mut out = String::from("  /**\n");
    for line in doc.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = match line.strip_prefix('<').and_then(|l| l.strip_suffix('>')) {
            Some(link) => format!("@see {link}"),
            None => line.replace("*/", "*\\/"),
        };
        out.push_str(&format!("   * {line}\n"));
    }
    out.push_str("   */\n");
    out
}

/// One `(parameters, result type)` per TypeScript overload of the row.
fn signatures(op: &Operation<&str>) -> Vec<(String, String)> {
    let args = spec::parse_row(op).unwrap_or_default();
    let mut params: Vec<String> = args.iter().map(|arg| param(arg, op)).collect();
    params.push("opts?: CallOptions".to_string());
    if op.plan == Plan::CreateReread {
        let one = "hash: DropletSingleCreateInput, opts?: CallOptions".to_string();
        let many = "hash: DropletMultiCreateInput, opts?: CallOptions".to_string();
        return vec![
            (one, "{ droplet: Droplet }".to_string()),
            (many, "{ droplets: Droplet[] }".to_string()),
        ];
    }
    vec![(params.join(", "), result(op))]
}

/// Whether `op.key` is an operation of the OpenAPI description (so `operations.d.ts` types
/// it), not one of the test server's meta operations.
fn in_spec(op: &Operation<&str>) -> bool {
    !op.key.starts_with("meta_")
}

fn param(arg: &Arg, op: &Operation<&str>) -> String {
    let optional = if arg.optional { "?" } else { "" };
    if !arg.is_object {
        let field = &arg.fields[0];
        let key = op.key;
        // The whole body, the whole query, and the path parameters of generated rows take
        // the operation's own types from operations.d.ts.
        let typed = match field.place {
            Place::Body if in_spec(op) => format!("OperationBody<\"{key}\">"),
            Place::QueryAll if in_spec(op) => format!("OperationQuery<\"{key}\">"),
            Place::Path(name) if op.args.starts_with('@') => {
                format!("OperationPath<\"{key}\">[\"{name}\"]")
            }
            _ => ty(field).to_string(),
        };
        return format!("{}{optional}: {typed}", camel(field.name));
    }
    let name = if arg.fields.iter().all(|f| f.optional) {
        "filters"
    } else {
        "ref"
    };
    let keys: Vec<String> = arg
        .fields
        .iter()
        .map(|f| format!("{}{}: {}", f.name, if f.optional { "?" } else { "" }, ty(f)))
        .collect();
    format!("{name}{optional}: {{ {} }}", keys.join("; "))
}

fn ty(field: &Field) -> &'static str {
    match field.ty {
        Ty::Id => "Id",
        Ty::Ref => "number | string",
        Ty::Str => "string",
        Ty::Bool => "boolean",
        Ty::Int | Ty::Num => "number",
        Ty::Obj => "Record<string, unknown>",
        Ty::Any => "unknown",
        Ty::Strs => "string[]",
    }
}

fn item_type(list_key: &str, op_key: &str) -> &'static str {
    match list_key {
        "droplets" => "Droplet",
        "volumes" => "Volume",
        "snapshots" if op_key == "droplets_list_snapshots" => "DropletSnapshot",
        "snapshots" => "Snapshot",
        "domains" => "Domain",
        "domain_records" => "DomainRecord",
        "actions" => "Action",
        "images" => "Image",
        "regions" => "Region",
        "sizes" => "Size",
        "ssh_keys" => "SshKey",
        "backups" => "Backup",
        "kernels" => "Kernel",
        "tags" => "Tag",
        _ => "unknown",
    }
}

fn body_type(op_key: &str) -> &'static str {
    match op_key {
        "account_get" | "meta_account" => "{ account: Account }",
        "actions_get" => "{ action: Action }",
        "volumes_get" | "volumes_create" => "{ volume: Volume }",
        "snapshots_get" | "volumeSnapshots_create" => "{ snapshot: Snapshot }",
        "domains_create" | "domains_get" => "{ domain: Domain }",
        "domains_create_record" | "domains_get_record" | "domains_update_record" => {
            "{ domain_record: DomainRecord }"
        }
        "droplets_get" => "{ droplet: Droplet }",
        "droplets_list_neighbors" => "{ droplets: Droplet[] }",
        "images_get" | "images_update" | "images_create_custom" => "{ image: Image }",
        "sshKeys_create" | "sshKeys_get" | "sshKeys_update" => "{ ssh_key: SshKey }",
        "tags_create" | "tags_get" => "{ tag: Tag }",
        "droplets_list_associatedResources" => {
            "{ reserved_ips: unknown[]; floating_ips: unknown[]; snapshots: unknown[]; volumes: unknown[]; volume_snapshots: unknown[] }"
        }
        "droplets_get_DestroyAssociatedResourcesStatus" => {
            "{ droplet: unknown; resources: unknown; completed_at?: string; failures: number }"
        }
        "meta_ping" => "{ pong: true; pings: number }",
        "meta_capabilities" => "{ chapters: string[]; operations: string[] } & Record<string, unknown>",
        "meta_faults" => "{ faults: Record<string, unknown> }",
        "meta_statistics" => "Record<string, unknown>",
        _ => "unknown",
    }
}

fn result(op: &Operation<&str>) -> String {
    match (op.plan, op.reply) {
        (_, ReplyKind::Empty) => "void".into(),
        (_, ReplyKind::Document(media)) if super::is_textual(media) => "string".into(),
        (_, ReplyKind::Document(_)) => "Uint8Array".into(),
        (Plan::TagFanOut, _) | (_, ReplyKind::Actions) => "{ actions: Action[] }".into(),
        (_, ReplyKind::Action) => "{ action: Action }".into(),
        (_, ReplyKind::BareAction) => "Action".into(),
        (Plan::AllPages, ReplyKind::List(key)) => {
            format!("AllPages<\"{key}\", {}>", list_item(key, op))
        }
        (Plan::FindByName, ReplyKind::List(key)) => format!(
            "{{ {}: {} }}",
            key.strip_suffix('s').unwrap_or(key),
            list_item(key, op)
        ),
        (_, ReplyKind::List(key)) => format!("Page<\"{key}\", {}>", list_item(key, op)),
        (Plan::CreateReread, _) => "{ droplet: Droplet } | { droplets: Droplet[] }".into(),
        // Waits for `links.actions`, then resolves the create reply itself.
        (_, ReplyKind::LinksActions | ReplyKind::Body) => match body_type(op.key) {
            "unknown" if in_spec(op) => format!("OperationResult<\"{}\">", op.key),
            known => known.into(),
        },
    }
}

/// The item type of a list reply: a resource of resources.d.ts, else the element type of the
/// list in the operation's reply (operations.d.ts).
fn list_item(list_key: &str, op: &Operation<&str>) -> String {
    match item_type(list_key, op.key) {
        "unknown" if in_spec(op) => format!(
            "NonNullable<OperationResult<\"{}\">[\"{list_key}\"]>[number]",
            op.key
        ),
        known => known.into(),
    }
}

/// What [`generated`] derives from `operations.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The generated rows, one a line, sorted by operationId (no final newline): what
    /// [`methods_js`] writes as `GENERATED`.
    pub rows: String,
    /// How many rows.
    pub count: usize,
    /// `src/catalogue/tags.rs`: the OpenAPI tag of the rows, by first word of the
    /// operationId, with the operationIds whose tag differs from their word's listed whole.
    pub tags_rs: String,
    /// The `name|tag` lines of `tags_rs` (its `TAGS`), for [`methods_dts_from`].
    pub tags: String,
}

/// The generated rows from the text of `operations.tsv`: one compact row per operation
/// that no hand-written row covers, sorted by operationId, and their tags. Skipped:
/// operations on another server (inference) and bodies that are not JSON.
///
/// ```
/// use digitalocean_wasm::catalogue::codegen::generated;
/// let tsv = "tag\toperationId\tmethod\tpath\thas_request_body\tsuccess_codes\tpolls_action\tpaginated\trequest_body_required\trequest_content_types\tother_pagination_params\tlist_envelope_links_meta\tresponse_top_props\tall_tags\tsecurity\tserver_override\n\
///            VPCs\tvpcs_get\tGET\t/v2/vpcs/{vpc_id}\tno\t200\tno\tno\t\t\t\tno\tvpc\tVPCs\tbearer_auth:\t\n\
///            VPC Members\tvpcs_list_members\tGET\t/v2/vpcs/{vpc_id}/members\tno\t200\tno\tyes\t\t\t\tyes\tlinks,members,meta\tVPCs\tbearer_auth:\t\n";
/// let out = generated(tsv);
/// assert_eq!(out.count, 3); // the list and its every-page twin
/// assert_eq!(out.rows, "vpcs_get|GET|/v2/vpcs/{vpc_id}|@|B\n\
///     vpcs_list_members|GET|/v2/vpcs/{vpc_id}/members|@|L:members\n\
///     vpcs_list_members|GET|/v2/vpcs/{vpc_id}/members|@|L:members|*");
/// // A tie: the first tag in name order is the word's, the other listed whole.
/// assert!(out.tags_rs.contains("\nvpcs|VPC Members\nvpcs_get|VPCs\""));
/// ```
pub fn generated(tsv: &str) -> Generated {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let covered: Vec<&str> = super::ROWS.iter().map(|r| r.key).collect();
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |name: &str| col(name).and_then(|i| cells.get(i)).copied().unwrap_or("");
        let key = cell("operationId");
        let has_body = cell("has_request_body") == "yes";
        if key.is_empty()
            || covered.contains(&key)
            || !cell("server_override").is_empty()
            || (has_body && !cell("request_content_types").contains("application/json"))
        {
            continue;
        }
        let method = cell("method");
        let path = cell("path");
        let body = match (has_body, cell("request_body_required") == "yes") {
            (false, _) => "@",
            (true, true) => "@b",
            (true, false) => "@o",
        };
        let reply = generated_reply(
            method,
            cell("success_codes"),
            cell("polls_action"),
            cell("list_envelope_links_meta") == "yes" && !KEYED_LISTS.contains(&key),
            cell("response_top_props"),
        );
        let reply = match DOCUMENTS.iter().find(|(document, _)| *document == key) {
            Some((_, media)) => format!("D:{media}"),
            None => reply,
        };
        let row = format!("{key}|{method}|{path}|{body}|{reply}");
        // A list also gets its every-page twin (`…All`), like `dropletsAll`.
        if reply.starts_with("L:") {
            rows.push((key.to_string(), format!("{row}|*"), String::new()));
        }
        rows.push((key.to_string(), row, cell("tag").to_string()));
    }
    rows.sort();
    let table: Vec<&str> = rows.iter().map(|(_, row, _)| row.as_str()).collect();
    let tagged: Vec<(&str, &str)> = rows
        .iter()
        .map(|(key, _, tag)| (key.as_str(), tag.as_str()))
        .filter(|(_, tag)| !tag.is_empty())
        .collect();
    let tags = tag_lines(&tagged).join("\n");
    let tags_rs = format!(
        "//! DO NOT EDIT: the OpenAPI tags of the generated rows (for their docs links), derived\n\
         //! from `operations.tsv` by [`codegen`](super::codegen). Regenerate with\n\
         //! `BLESS=1 cargo test --test catalogue_sync`.\n\n\
         /// `name|tag` lines: an operationId's tag is that of the line naming it, else that of\n\
         /// the line naming its first `_`-separated word ([`compact::tag`](super::compact::tag)).\n\
         pub static TAGS: &str = \"\\\n{tags}\";\n"
    );
    Generated {
        rows: table.join("\n"),
        count: rows.len(),
        tags_rs,
        tags,
    }
}

/// The `name|tag` lines of `tags.rs` for `(operationId, tag)` pairs: one per first word
/// (its tag: the tag of the operationId that is the word itself, else the most frequent
/// one, the first in name order on a tie), then the operationIds whose tag differs from
/// their word's.
fn tag_lines(tagged: &[(&str, &str)]) -> Vec<String> {
    use std::collections::BTreeMap;
    let word = |key: &str| key.split('_').next().unwrap_or(key).to_string();
    let mut counts: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for (key, tag) in tagged {
        *counts.entry(word(key)).or_default().entry(tag).or_default() += 1;
    }
    let mut of_word: BTreeMap<String, &str> = BTreeMap::new();
    for (name, tags) in &counts {
        let most = tags.values().copied().max().unwrap_or(0);
        let tag = tagged
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, tag)| *tag)
            .or_else(|| tags.iter().find(|(_, n)| **n == most).map(|(t, _)| *t))
            .unwrap_or("");
        of_word.insert(name.clone(), tag);
    }
    let mut lines: Vec<String> = of_word
        .iter()
        .map(|(name, tag)| format!("{name}|{tag}"))
        .collect();
    for (key, tag) in tagged {
        if of_word.get(&word(key)) != Some(tag) {
            lines.push(format!("{key}|{tag}"));
        }
    }
    lines
}

/// Operations whose success reply is a document, not JSON, with its media type (operations.tsv
/// does not tell; `tests/types/operations-cover.mjs` checks these against the OpenAPI
/// description, and that no other operation lacks a JSON success reply).
const DOCUMENTS: &[(&str, &str)] = &[
    ("invoices_get_csvByUUID", "text/csv"),
    ("invoices_get_pdfByUUID", "application/pdf"),
    ("kubernetes_get_kubeconfig", "application/yaml"),
];

/// Paginated replies whose content is an object keyed by id, not an array (operations.tsv does
/// not tell; `tests/types/operations-cover.mjs` checks in the OpenAPI description that every
/// other list's content is an array): their pages are plain bodies, with no every-page twin.
const KEYED_LISTS: &[&str] = &["droplets_list_backup_policies"];

fn generated_reply(method: &str, codes: &str, polls: &str, enveloped: bool, props: &str) -> String {
    let is_get = method == "GET";
    let content: Vec<&str> = props
        .split(',')
        .filter(|p| !p.is_empty() && *p != "links" && *p != "meta")
        .collect();
    if is_get && enveloped && content.len() == 1 {
        return format!("L:{}", content[0]);
    }
    if !codes.is_empty() && codes.split(',').all(|c| c == "204") {
        return "E".into();
    }
    match (is_get, polls) {
        (false, "action") => "A".into(),
        (false, "actions") => "AS".into(),
        (false, "links.actions") => "LA".into(),
        (false, "action(bare)") => "BA".into(),
        _ => "B".into(),
    }
}
