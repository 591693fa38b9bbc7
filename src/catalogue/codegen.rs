//! Generator of `pkg-template/generated/methods.js` (the catalogue rows, from which the facade
//! derives its prototype methods and the rows it hands the wasm dispatcher) and `methods.d.ts` (one precise signature per row, rows of a method
//! as overloads, JSDoc from the row's `///`), from the same rows as the wasm dispatcher.
//! Native only; `tests/catalogue_sync.rs` checks the files and rewrites them with `BLESS=1`.
//!
//! ```
//! use digitalocean_wasm::catalogue::codegen;
//! assert!(codegen::methods_js().contains("\ncreateDroplet|droplets_create|Post|/v2/droplets|"));
//! assert!(codegen::methods_dts().contains("droplet(ref: { id: Id }, opts?: CallOptions): Promise<{ droplet: Droplet }>;"));
//! ```

use super::compact::camel;
use super::spec::{self, Arg, Field, Place, Ty};
use super::{facade_name, rows, Operation, Plan, ReplyKind};

const HEADER: &str = "// DO NOT EDIT: generated from the catalogue (src/catalogue) by tests/catalogue_sync.rs;\n// `BLESS=1 cargo test --test catalogue_sync` rewrites it.\n";

/// `methods.js`: the catalogue rows as two texts, `HAND` (the hand-written table,
/// `js|key|Method|path|args|fixed|Reply|Plan`) and `GENERATED` (`operationId|METHOD|path|@body|reply`),
/// and, derived from them at load time, `ROWS` (a `Map` from each JS method name to its
/// lines, newline-separated: what the facade hands the wasm dispatcher) and `METHODS` (the
/// names, table order). The names: a hand row's `js`, a generated row's camelCased
/// operationId (`camel`, the rule of [`compact::camel`](super::compact::camel)).
///
/// ```
/// let js = digitalocean_wasm::catalogue::codegen::methods_js();
/// assert!(js.starts_with("// DO NOT EDIT"));
/// assert!(js.contains("\nreboot|dropletActions_post|Post|"));
/// assert!(js.contains("\nvpcs_list|GET|/v2/vpcs|@|L:vpcs\n") || !js.contains("vpcs_list|"));
/// ```
pub fn methods_js() -> String {
    let hand: Vec<&str> = super::table::TEXT.lines().collect();
    let generated: Vec<&str> = super::generated::TABLE.lines().collect();
    let mut out = String::from(HEADER);
    out.push_str(concat!(
        "/** The hand-written catalogue rows, one a line: `js|key|Method|path|args|fixed|Reply|Plan`. */\n",
        "export const HAND = `\n",
    ));
    out.push_str(&template_text(&hand.join("\n")));
    out.push_str(concat!(
        "`;\n\n",
        "/** The generated catalogue rows, one a line: `operationId|METHOD|path|@body|reply`. */\n",
        "export const GENERATED = `\n",
    ));
    out.push_str(&template_text(&generated.join("\n")));
    out.push_str(METHODS_JS_TAIL);
    out
}

/// The text as the body of a JS template literal (no escape is needed today; kept safe).
fn template_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('`', "\\`")
        .replace("${", "\\${")
}

const METHODS_JS_TAIL: &str = r#"`;

/** The JS name of an operationId, as the Rust `catalogue::compact::camel`: `droplets_list_neighborsIds` -> `dropletsListNeighborsIds` (characters that cannot be in an identifier are dropped and start a new word). */
export function camel(key) {
  const [first = "", ...rest] = key.split(/[^A-Za-z0-9$]+/).filter(Boolean);
  return first + rest.map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

/** Each method's catalogue lines, newline-separated, by JS name (hand-written rows win). */
export const ROWS = new Map();
const add = (name, line) => ROWS.set(name, ROWS.has(name) ? ROWS.get(name) + "\n" + line : line);
for (const line of HAND.split("\n")) if (line) add(line.slice(0, line.indexOf("|")), line);
const hand = new Set(ROWS.keys());
for (const line of GENERATED.split("\n")) {
  const name = line && camel(line.slice(0, line.indexOf("|")));
  if (name && !hand.has(name)) add(name, line);
}

/** Every method of `DigitalOcean`; each is `(...args) => this.dispatch(name, ROWS.get(name), args)`. */
export const METHODS = [...ROWS.keys()];
"#;

/// `methods.d.ts`: `interface DigitalOceanMethods` with one signature per row.
///
/// ```
/// let dts = digitalocean_wasm::catalogue::codegen::methods_dts();
/// assert!(dts.contains("export interface DigitalOceanMethods {"));
/// assert!(dts.contains("reboot(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;"));
/// ```
pub fn methods_dts() -> String {
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
    for op in rows() {
        for (params, result) in signatures(&op) {
            out.push_str(&jsdoc(&op));
            out.push_str(&format!(
                "  {}({params}): Promise<{result}>;\n",
                facade_name(&op)
            ));
        }
    }
    out.push_str("}\n");
    out
}

fn jsdoc(op: &Operation) -> String {
    let doc = super::doc(op);
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
fn signatures(op: &Operation) -> Vec<(String, String)> {
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
fn in_spec(op: &Operation) -> bool {
    !op.key.starts_with("meta_")
}

fn param(arg: &Arg, op: &Operation) -> String {
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

fn result(op: &Operation) -> String {
    match (op.plan, op.reply) {
        (_, ReplyKind::Empty) => "void".into(),
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
fn list_item(list_key: &str, op: &Operation) -> String {
    match item_type(list_key, op.key) {
        "unknown" if in_spec(op) => format!(
            "NonNullable<OperationResult<\"{}\">[\"{list_key}\"]>[number]",
            op.key
        ),
        known => known.into(),
    }
}

/// `src/catalogue/generated.rs` from the text of `operations.tsv`: one compact row per
/// operation that no hand-written row covers, sorted by operationId. Skipped: operations on
/// another server (inference) and bodies that are not JSON. Returns the file and the
/// number of rows.
///
/// ```
/// use digitalocean_wasm::catalogue::codegen::generated_rs;
/// let tsv = "tag\toperationId\tmethod\tpath\thas_request_body\tsuccess_codes\tpolls_action\tpaginated\trequest_body_required\trequest_content_types\tother_pagination_params\tlist_envelope_links_meta\tresponse_top_props\tall_tags\tsecurity\tserver_override\n\
///            VPCs\tvpcs_get\tGET\t/v2/vpcs/{vpc_id}\tno\t200\tno\tno\t\t\t\tno\tvpc\tVPCs\tbearer_auth:\t\n";
/// let (text, count) = generated_rs(tsv);
/// assert_eq!(count, 1);
/// assert!(text.contains("vpcs_get|GET|/v2/vpcs/{vpc_id}|@|B"));
/// ```
pub fn generated_rs(tsv: &str) -> (String, usize) {
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
            cell("list_envelope_links_meta") == "yes",
            cell("response_top_props"),
        );
        let row = format!("{key}|{method}|{path}|{body}|{reply}");
        rows.push((key.to_string(), row, cell("tag").to_string()));
    }
    rows.sort();
    let table: Vec<&str> = rows.iter().map(|(_, row, _)| row.as_str()).collect();
    let tags: Vec<String> = rows
        .iter()
        .map(|(key, _, tag)| format!("{key}|{tag}"))
        .collect();
    let text = format!(
        "//! DO NOT EDIT: rows derived from `operations.tsv` for the operations the hand-written\n\
         //! table does not cover, in the [`compact`](super::compact) encoding. Regenerate with\n\
         //! `BLESS=1 cargo test --test catalogue_sync`.\n\n\
         /// One row per line: `operationId|METHOD|path|@body|reply`.\n\
         pub static TABLE: &str = \"\\\n{}\";\n\n\
         /// `operationId|tag` of the generated rows, for the docs links (not in the wasm).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub static TAGS: &str = \"\\\n{}\";\n",
        table.join("\n"),
        tags.join("\n")
    );
    (text, rows.len())
}

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
