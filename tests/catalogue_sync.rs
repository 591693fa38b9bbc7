//! The catalogue agrees with the OpenAPI description and with the generated JS files.
//!
//! - every row's operationId / method / path exists in `$DO_OPENAPI_DIR/operations.tsv`
//!   (default `../shared/openapi`; skipped with a message when absent; `meta_*` rows exempt);
//! - every row's argument spec and fixed values parse, and its path parameters match the
//!   template's placeholders;
//! - `pkg-template/generated/methods.{js,d.ts}` equal what the generator writes now
//!   (`BLESS=1` rewrites them).

// Native only: reads files / spawns processes / plain #[test]s.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use digitalocean_wasm::catalogue::spec::{self, Place};
use digitalocean_wasm::catalogue::{self, codegen, Plan};
use digitalocean_wasm::core::path::placeholders;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn openapi_dir() -> PathBuf {
    match std::env::var_os("DO_OPENAPI_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root().join("../shared/openapi"),
    }
}

/// (operationId, method, path) of every operation in operations.tsv, or None if absent.
fn operations() -> Option<Vec<(String, String, String)>> {
    let text = std::fs::read_to_string(openapi_dir().join("operations.tsv")).ok()?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next()?.split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (id, method, path) = (col("operationId")?, col("method")?, col("path")?);
    Some(
        lines
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let cells: Vec<&str> = l.split('\t').collect();
                let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_string();
                (cell(id), cell(method), cell(path))
            })
            .collect(),
    )
}

#[test]
fn rows_exist_in_the_openapi_description() {
    let Some(ops) = operations() else {
        println!(
            "SKIP: {} not found (set DO_OPENAPI_DIR)",
            openapi_dir().join("operations.tsv").display()
        );
        return;
    };
    let mut covered = BTreeSet::new();
    let mut checked = 0;
    for row in catalogue::rows() {
        if row.key.starts_with("meta_") {
            assert!(
                row.path.starts_with("/meta/"),
                "{}: meta rows live under /meta",
                row.js
            );
            continue;
        }
        let found = ops.iter().find(|(id, _, _)| id == row.key);
        let Some((_, method, path)) = found else {
            panic!(
                "{}: operationId {} is not in operations.tsv",
                row.js, row.key
            );
        };
        assert_eq!(
            method,
            row.method.as_str(),
            "{}: method of {}",
            row.js,
            row.key
        );
        assert_eq!(path, row.path, "{}: path of {}", row.js, row.key);
        covered.insert(row.key);
        checked += 1;
    }
    let methods = catalogue::method_names().len();
    println!(
        "catalogue: {} rows, {} methods, {checked} rows checked against operations.tsv, {} of {} operations covered",
        catalogue::rows().count(),
        methods,
        covered.len(),
        ops.len()
    );
}

#[test]
fn every_row_is_well_formed() {
    for row in catalogue::rows() {
        let args = spec::parse_row(&row).unwrap_or_else(|e| panic!("{}: {e}", row.js));
        let fixed = spec::fixed(row.fixed).unwrap_or_else(|e| panic!("{}: {e}", row.js));
        // A required positional argument never follows an optional one.
        let mut seen_optional = false;
        for arg in &args {
            assert!(
                !seen_optional || arg.optional,
                "{}: required after optional",
                row.js
            );
            seen_optional |= arg.optional;
        }
        let path_params: BTreeSet<&str> = args
            .iter()
            .flat_map(|a| a.fields.iter().map(|f| f.place))
            .chain(fixed.iter().map(|(p, _)| *p))
            .filter_map(|p| match p {
                Place::Path(name) => Some(name),
                _ => None,
            })
            .collect();
        let template: BTreeSet<&str> = placeholders(row.path).into_iter().collect();
        match row.plan {
            // The fan-out fills {droplet_id} per listed droplet.
            Plan::TagFanOut => assert_eq!(
                template,
                BTreeSet::from(["droplet_id"]),
                "{}: fan-out row",
                row.js
            ),
            _ => assert_eq!(path_params, template, "{}: path parameters", row.js),
        }
        assert!(
            row.plan != Plan::FindByName || row.reply.list_key().is_some(),
            "{}",
            row.js
        );
        assert!(
            row.plan != Plan::AllPages || row.reply.list_key().is_some(),
            "{}",
            row.js
        );
        assert!(
            !catalogue::doc(&row).is_empty(),
            "{}: row without a doc",
            row.js
        );
    }
}

#[test]
fn variants_of_a_method_are_told_apart_by_shape() {
    for name in catalogue::method_names() {
        let forms: Vec<String> = catalogue::variants(&name)
            .map(|r| r.args.to_string())
            .collect();
        let unique: BTreeSet<&String> = forms.iter().collect();
        assert_eq!(
            unique.len(),
            forms.len(),
            "{name}: two rows with the same arguments"
        );
    }
}

fn check_generated(relative: &str, expected: String) {
    let path = root().join(relative);
    if std::env::var_os("BLESS").is_some() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&path, &expected).unwrap();
        println!("BLESS: wrote {relative}");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: run `BLESS=1 cargo test --test catalogue_sync`"
    );
}

/// `methods.js` holds the one committed copy of the generated rows (`GENERATED`, which the
/// Rust catalogue reads at compile time) and the hand-written rows (`HAND`): it must be what
/// the generator writes from operations.tsv and the hand table, and the Rust catalogue must
/// have read every row of it.
#[test]
fn generated_rows_are_up_to_date() {
    let lines = catalogue::GENERATED.split('\n').count();
    let parsed = catalogue::compact::rows(catalogue::GENERATED).count();
    assert_eq!(parsed, lines, "every generated line parses");
    assert!(parsed > 0, "the generated rows were read from methods.js");
    assert_eq!(
        catalogue::rows().count(),
        catalogue::ROWS.len() + parsed,
        "rows() is the hand rows and the generated rows"
    );
    let Ok(tsv) = std::fs::read_to_string(openapi_dir().join("operations.tsv")) else {
        println!(
            "SKIP: operations.tsv not found (set DO_OPENAPI_DIR); generated rows and tags.rs not checked, HAND of methods.js checked"
        );
        check_generated(
            "pkg-template/generated/methods.js",
            codegen::methods_js(catalogue::GENERATED),
        );
        return;
    };
    let generated = codegen::generated(&tsv);
    check_generated(
        "pkg-template/generated/methods.js",
        codegen::methods_js(&generated.rows),
    );
    check_generated("src/catalogue/tags.rs", generated.tags_rs);
    if std::env::var_os("BLESS").is_none() {
        // What the Rust catalogue compiled in is every row derived from operations.tsv.
        assert_eq!(
            parsed, generated.count,
            "generated rows read from methods.js"
        );
        assert_eq!(catalogue::GENERATED, generated.rows);
    }
    println!(
        "generated rows: {} (methods.js read back: {parsed})",
        generated.count
    );
}

#[test]
fn method_names_are_unique_identifiers() {
    let hand: BTreeSet<&str> = catalogue::ROWS.iter().map(|r| r.js).collect();
    let mut generated = BTreeSet::new();
    for row in catalogue::compact::rows(catalogue::GENERATED) {
        let name = catalogue::facade_name(&row);
        assert!(
            !hand.contains(name.as_str()),
            "generated {name} shadows a hand-written method"
        );
        assert!(generated.insert(name.clone()), "generated {name} twice");
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '$'),
            "{name}"
        );
        assert!(!name.starts_with(|c: char| c.is_ascii_digit()), "{name}");
        // The dispatcher finds the row by the facade's name.
        assert_eq!(catalogue::variants(&name).next(), Some(row), "{name}");
    }
}

/// `methods.d.ts` is written from the rows and tags that operations.tsv gives now (so one
/// `BLESS=1` run suffices when they change), else from the compiled-in ones.
#[test]
fn generated_declarations_are_up_to_date() {
    let expected = match std::fs::read_to_string(openapi_dir().join("operations.tsv")) {
        Ok(tsv) => {
            let generated = codegen::generated(&tsv);
            codegen::methods_dts_from(&generated.rows, &generated.tags)
        }
        Err(_) => codegen::methods_dts(),
    };
    check_generated("pkg-template/generated/methods.d.ts", expected);
    println!(
        "generated: {} methods, {} signatures",
        catalogue::method_names().len(),
        codegen::methods_dts().matches("): Promise<").count()
    );
}

#[test]
fn required_header_parameters_are_sent() {
    // Every operation whose description requires a header parameter (e.g. `X-Dangerous`) is
    // served only by rows that send it, fixed (`h.NAME=…`) or from a required argument: a row
    // without it (a generated row cannot send headers) makes a request the API refuses.
    let file = openapi_dir().join("digitalocean-v2.json");
    if !file.exists() {
        println!("SKIP: {} not found (set DO_OPENAPI_DIR)", file.display());
        return;
    }
    let script = r#"
        import { readFileSync } from "node:fs";
        const doc = JSON.parse(readFileSync(process.argv[1], "utf8"));
        const deref = (v) => { while (v && v.$ref) v = v.$ref.slice(2).split("/").reduce((o, k) => o[k], doc); return v; };
        for (const item of Object.values(doc.paths)) for (const [method, op] of Object.entries(item)) {
          if (!op || !op.operationId) continue;
          for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
            if (p.in === "header" && p.required) console.log(`${op.operationId}\t${p.name}`);
          }
        }
    "#;
    let Some(out) = node(script, &[file.to_str().unwrap()]) else {
        return;
    };
    let mut checked = 0;
    for line in out.lines() {
        let (key, header) = line.split_once('\t').expect("operationId<TAB>header");
        for row in catalogue::rows().filter(|r| r.key == key) {
            let args = spec::parse_row(&row).unwrap();
            let sent = |place: Place| matches!(place, Place::Header(name) if name.eq_ignore_ascii_case(header));
            let fixed = spec::fixed(row.fixed)
                .unwrap()
                .iter()
                .any(|(p, _)| sent(*p));
            let argument = args
                .iter()
                .any(|a| !a.optional && a.fields.iter().any(|f| !f.optional && sent(f.place)));
            assert!(
                fixed || argument,
                "{} ({key}): the description requires header {header}, the row does not send it",
                row.js
            );
            checked += 1;
        }
    }
    assert!(
        checked > 0,
        "no row of an operation with a required header was checked"
    );
    println!("{checked} rows of operations with required headers send them");
}

/// Runs `node --input-type=module -e SCRIPT ARGS…` and returns its stdout; `None` (with a
/// SKIP message) when there is no `node`.
fn node(script: &str, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("node")
        .args(["--input-type=module", "-e", script])
        .args(args)
        .output();
    match out {
        Ok(out) => {
            assert!(
                out.status.success(),
                "node failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8(out.stdout).expect("utf-8 from node"))
        }
        Err(e) => {
            println!("SKIP: node not runnable ({e})");
            None
        }
    }
}

#[test]
fn the_js_rows_and_names_agree_with_the_rust_catalogue() {
    // The hand-written pkg-template/catalogue.js over methods.js as the generator writes it
    // now (the file itself is checked above), laid out as in the package.
    let dir = std::env::temp_dir().join(format!("do-catalogue-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("generated")).unwrap();
    std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).unwrap();
    std::fs::copy(
        root().join("pkg-template/catalogue.js"),
        dir.join("catalogue.js"),
    )
    .unwrap();
    std::fs::write(
        dir.join("generated/methods.js"),
        codegen::methods_js(catalogue::GENERATED),
    )
    .unwrap();
    let file = dir.join("catalogue.js");
    let odd = [
        "_x-y", "a__b", "a-1b", "9lives_x", "x$y_z", "tail_", "", "é_x", "a.b.c", "ALL_caps",
    ];
    // One line per fact, tab-separated: M name / C key name / R name rows (newlines as \n).
    let script = r#"
        const [file, ...odd] = process.argv.slice(1);
        const m = await import(file);
        const { GENERATED } = await import(new URL("generated/methods.js", new URL(file, "file:///")));
        const out = [];
        for (const name of m.METHODS) out.push(`M\t${name}`);
        const keys = GENERATED.split("\n").filter(Boolean).map((l) => l.split("|")[0]);
        for (const key of [...keys, ...odd]) out.push(`C\t${key}\t${m.camel(key)}`);
        for (const [name, text] of m.ROWS) out.push(`R\t${name}\t${text.replaceAll("\n", "\\n")}`);
        console.log(out.join("\n"));
    "#;
    let mut args = vec![file.to_str().unwrap()];
    args.extend(odd);
    let Some(out) = node(script, &args) else {
        return;
    };
    let _ = std::fs::remove_dir_all(&dir);
    let (mut methods, mut rows, mut compared) = (Vec::new(), Vec::new(), 0);
    for line in out.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        match cells[..] {
            ["M", name] => methods.push(name.to_string()),
            // The rule: JS camel == Rust camel for every operationId and a few odd keys.
            ["C", key, name] => {
                assert_eq!(name, catalogue::compact::camel(key), "camel({key:?})");
                compared += 1;
            }
            ["R", name, text] => rows.push((name.to_string(), text.replace("\\n", "\n"))),
            _ => panic!("unexpected line from node: {line:?}"),
        }
    }
    // The names: METHODS equals the Rust list, in order.
    assert_eq!(methods, catalogue::method_names());
    assert_eq!(compared, catalogue::GENERATED.lines().count() + odd.len());
    // The rows handed to the wasm: what `rows_text` gives, and they parse to the variants.
    assert_eq!(rows.len(), methods.len());
    for (name, text) in &rows {
        assert_eq!(Some(text.clone()), catalogue::rows_text(name), "{name}");
        let parsed = catalogue::parse_rows(text).unwrap();
        assert_eq!(
            parsed,
            catalogue::variants(name).collect::<Vec<_>>(),
            "{name}"
        );
    }
    println!(
        "js: {} methods, {compared} camel names compared, rows agree",
        methods.len()
    );
}
