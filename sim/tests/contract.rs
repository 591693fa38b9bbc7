//! Contract test: every operation the simulator serves is driven with at least one success
//! request and one error request, and every JSON reply is validated against the response
//! schema of that operation in `$DO_OPENAPI_DIR/digitalocean-v2.json` (default
//! `../shared/openapi` beside the workspace root). Skipped, with a message, when the spec
//! is absent. Fails when the simulator serves a (method, path) the spec does not have.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::Router;
use do_sim::ops::Verb;
use do_sim::state::SharedState;
use http_body_util::BodyExt;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use tower::ServiceExt;

const TOKEN: &str = "Bearer dop_v1_contract";
const ACTION_MS: u64 = 20;

/// The spec folder: `$DO_OPENAPI_DIR`, else `../shared/openapi` beside the workspace root.
fn spec_path() -> PathBuf {
    let dir = std::env::var_os("DO_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/openapi"));
    dir.join("digitalocean-v2.json")
}

/// OpenAPI 3.0 `nullable: true` becomes a JSON-schema type union (or an `anyOf` with null).
fn convert_nullable(schema: &mut Value) {
    match schema {
        Value::Array(items) => items.iter_mut().for_each(convert_nullable),
        Value::Object(map) => {
            map.values_mut().for_each(convert_nullable);
            if map.get("nullable") != Some(&Value::Bool(true)) {
                return;
            }
            map.remove("nullable");
            if let Some(Value::Array(options)) = map.get_mut("enum") {
                options.push(Value::Null);
            }
            match map.get("type").cloned() {
                Some(Value::String(kind)) => {
                    map.insert("type".into(), json!([kind, "null"]));
                }
                _ => {
                    let inner = Value::Object(std::mem::take(map));
                    map.insert("anyOf".into(), json!([inner, {"type": "null"}]));
                }
            }
        }
        _ => {}
    }
}

/// The spec, converted, with a validator cache per (operationId, status).
struct Contract {
    spec: Value,
    components: Value,
    by_route: BTreeMap<(String, String), (String, Value)>,
    checked: BTreeMap<String, (BTreeSet<u16>, BTreeSet<u16>)>,
    failures: Vec<String>,
    validators: BTreeMap<String, jsonschema::Validator>,
}

impl Contract {
    fn load(path: &PathBuf) -> Contract {
        let text = std::fs::read_to_string(path).expect("read the spec");
        let mut spec: Value = serde_json::from_str(&text).expect("parse the spec");
        convert_nullable(&mut spec);
        let components = spec["components"].clone();
        let mut by_route = BTreeMap::new();
        for (path, item) in spec["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("path item") {
                if let Some(id) = op["operationId"].as_str() {
                    let key = (method.to_uppercase(), path.clone());
                    by_route.insert(key, (id.to_string(), op.clone()));
                }
            }
        }
        Contract {
            spec,
            components,
            by_route,
            checked: BTreeMap::new(),
            failures: Vec::new(),
            validators: BTreeMap::new(),
        }
    }

    /// Validates one reply of `operation` against its response schema.
    fn check(&mut self, operation: &Served, status: u16, body: &Option<Value>) {
        let key = (operation.method.to_string(), operation.path.to_string());
        let Some((_, op)) = self.by_route.get(&key) else {
            return;
        };
        let responses = &op["responses"];
        let declared = responses
            .get(status.to_string())
            .or_else(|| responses.get("default"));
        let Some(declared) = declared.map(|d| resolve(&self.spec, d)) else {
            self.failures
                .push(format!("{}: status {status} is not declared", operation.id));
            return;
        };
        let schema = declared["content"]["application/json"]["schema"].clone();
        match (schema.is_null(), body) {
            (true, None) => {}
            (true, Some(body)) => self.failures.push(format!(
                "{}: {status} has a body but the spec declares none: {}",
                operation.id,
                short(body)
            )),
            (false, None) => self.failures.push(format!(
                "{}: {status} has no JSON body but the spec declares one",
                operation.id
            )),
            (false, Some(body)) => {
                let errors =
                    self.errors_against(format!("{} {status}", operation.id), schema, body);
                let seen = |f: &String| f.starts_with(&format!("{} {status}:", operation.id));
                if !errors.is_empty() && !self.failures.iter().any(seen) {
                    self.failures.push(format!(
                        "{} {status}: reply does not match the schema: {}",
                        operation.id,
                        errors.join("; ")
                    ));
                }
            }
        }
        let entry = self.checked.entry(operation.id.to_string()).or_default();
        if status < 300 {
            entry.0.insert(status);
        } else {
            entry.1.insert(status);
        }
    }
}

impl Contract {
    /// Up to five validation errors of `body` against `schema` (refs into `#/components`);
    /// compiled validators are kept per `key`.
    fn errors_against(&mut self, key: String, schema: Value, body: &Value) -> Vec<String> {
        let components = &self.components;
        let validator = self.validators.entry(key).or_insert_with(|| {
            let root = json!({
                "$ref": "#/definitions/target",
                "components": referenced_components(components, &schema),
                "definitions": {"target": schema},
            });
            jsonschema::draft4::new(&root).expect("schema compiles")
        });
        validator
            .iter_errors(body)
            .take(5)
            .map(|e| {
                let text: String = e.to_string().chars().take(160).collect();
                format!("{text} at {}", e.instance_path)
            })
            .collect()
    }

    /// Validates the body of a success request against the operation's request schema.
    /// A top-level `oneOf` is checked as `anyOf`: the by-tag droplet action body's branches
    /// overlap (NOTES.md §7), so the branch is in effect chosen by `type`.
    fn check_request(&mut self, operation: &Served, body: &Value) {
        let key = (operation.method.to_string(), operation.path.to_string());
        let Some((_, op)) = self.by_route.get(&key) else {
            return;
        };
        let declared = &op["requestBody"]["content"]["application/json"]["schema"];
        if declared.is_null() {
            return;
        }
        let mut schema = resolve(&self.spec, declared).clone();
        if let Some(branches) = schema.as_object_mut().and_then(|m| m.remove("oneOf")) {
            schema["anyOf"] = branches;
        }
        let errors = self.errors_against(format!("{} request", operation.id), schema, body);
        if !errors.is_empty() {
            self.failures.push(format!(
                "{} request body does not match the spec: {}",
                operation.id,
                errors.join("; ")
            ));
        }
    }
}

/// The part of `components` that `schema` reaches through `$ref`s (keeps compiling fast).
fn referenced_components(components: &Value, schema: &Value) -> Value {
    let mut kept = json!({});
    let mut pending = vec![schema];
    let mut refs = Vec::new();
    while let Some(node) = pending.pop() {
        match node {
            Value::Array(items) => pending.extend(items),
            Value::Object(map) => {
                if let Some(target) = map.get("$ref").and_then(Value::as_str) {
                    refs.push(target.to_string());
                }
                pending.extend(map.values());
            }
            _ => {}
        }
        while let Some(target) = refs.pop() {
            let Some(pointer) = target.strip_prefix("#/components") else {
                continue;
            };
            if kept.pointer(pointer).is_some() {
                continue;
            }
            if let (Some(found), Some((section, name))) =
                (components.pointer(pointer), pointer[1..].split_once('/'))
            {
                kept[section][name] = found.clone();
                pending.push(found);
            }
        }
    }
    kept
}

/// Follows a `$ref` (`#/components/responses/…`) to what it names.
fn resolve<'a>(spec: &'a Value, item: &'a Value) -> &'a Value {
    match item["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => spec.pointer(pointer).unwrap_or(item),
        None => item,
    }
}

/// The first 300 characters of a JSON value, for messages.
fn short(value: &Value) -> String {
    value.to_string().chars().take(300).collect()
}

/// One served operation (from the registry).
#[derive(Clone, Debug)]
struct Served {
    id: &'static str,
    method: &'static str,
    path: &'static str,
}

fn verb_name(verb: Verb) -> &'static str {
    match verb {
        Verb::Get => "GET",
        Verb::Post => "POST",
        Verb::Put => "PUT",
        Verb::Patch => "PATCH",
        Verb::Delete => "DELETE",
    }
}

/// Runs requests through the router (no socket) and hands replies to the contract.
struct Driver {
    router: Router,
    state: SharedState,
    served: BTreeMap<&'static str, Served>,
    contract: Contract,
    values: BTreeMap<&'static str, String>,
}

impl Driver {
    async fn send(
        &mut self,
        op_id: &str,
        path: &str,
        query: &str,
        body: Option<Value>,
        auth: bool,
    ) -> (u16, Option<Value>) {
        let served = self
            .served
            .get(op_id)
            .cloned()
            .unwrap_or_else(|| panic!("{op_id} is not served"));
        let uri = if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{query}")
        };
        let mut request = Request::builder()
            .method(Method::from_bytes(served.method.as_bytes()).expect("method"))
            .uri(uri)
            .header("host", "127.0.0.1:8383")
            .header("content-type", "application/json");
        if auth {
            request = request.header("authorization", TOKEN);
        }
        if op_id.ends_with("Dangerous") {
            request = request.header("x-dangerous", "true");
        }
        let body = body.map_or_else(Body::empty, |b| Body::from(b.to_string()));
        let reply = self
            .router
            .clone()
            .oneshot(request.body(body).expect("request"))
            .await
            .expect("reply");
        let status = reply.status().as_u16();
        let bytes = reply.into_body().collect().await.expect("body").to_bytes();
        let json = if bytes.is_empty() {
            None
        } else {
            Some(
                serde_json::from_slice(&bytes)
                    .unwrap_or_else(|e| panic!("{op_id}: reply is not JSON: {e}")),
            )
        };
        self.contract.check(&served, status, &json);
        (status, json)
    }

    /// The served path of `op_id` with its `{params}` filled from `values` (or `filler`).
    fn path_of(&self, op_id: &str, filler: Option<&str>) -> String {
        let template = self.served[op_id].path;
        let mut path = String::new();
        for (index, piece) in template.split(['{', '}']).enumerate() {
            if index % 2 == 0 {
                path.push_str(piece);
            } else {
                let value = filler
                    .map(str::to_string)
                    .or_else(|| self.values.get(piece).cloned())
                    .unwrap_or_else(|| panic!("{op_id}: no value for {{{piece}}}"));
                path.push_str(&value);
            }
        }
        path
    }

    /// A success request; the reply's JSON is returned. Failures are recorded, not fatal.
    async fn ok(&mut self, op_id: &str, query: &str, body: Option<Value>) -> Value {
        if !self.served.contains_key(op_id) {
            return Value::Null;
        }
        let path = self.path_of(op_id, None);
        if let Some(sent) = &body {
            let served = self.served[op_id].clone();
            self.contract.check_request(&served, sent);
        }
        let (status, reply) = self.send(op_id, &path, query, body, true).await;
        if status >= 300 {
            let text = reply.as_ref().map(short).unwrap_or_default();
            self.contract.failures.push(format!(
                "{op_id}: success request answered {status}: {text}"
            ));
        }
        reply.unwrap_or(Value::Null)
    }

    /// Lets every action started so far complete.
    fn finish_actions(&self) {
        self.state.clock.advance(ACTION_MS * 10);
    }

    fn remember(&mut self, name: &'static str, value: &Value) {
        let text = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if !value.is_null() {
            self.values.insert(name, text);
        }
    }
}

const ED25519: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A contract";

/// Success requests in an order that builds the fixtures the later ones need.
async fn drive_successes(d: &mut Driver) {
    for op in [
        "account_get",
        "regions_list",
        "sizes_list",
        "images_list",
        "actions_list",
    ] {
        d.ok(op, "", None).await;
    }
    let key = d
        .ok(
            "sshKeys_create",
            "",
            Some(json!({"name": "contract", "public_key": ED25519})),
        )
        .await;
    d.remember("ssh_key_identifier", &key["ssh_key"]["id"]);
    let tag = d
        .ok("tags_create", "", Some(json!({"name": "contract"})))
        .await;
    d.remember("tag_id", &tag["tag"]["name"]);
    let droplet_body = json!({"name": "contract-1", "region": "nyc1", "size": "s-1vcpu-1gb",
        "image": "ubuntu-24-04-x64", "tags": ["contract"]});
    let droplet = d.ok("droplets_create", "", Some(droplet_body)).await;
    d.remember("droplet_id", &droplet["droplet"]["id"]);
    d.finish_actions();
    let domain = d
        .ok(
            "domains_create",
            "",
            Some(json!({"name": "contract.example", "ip_address": "192.0.2.1"})),
        )
        .await;
    d.remember("domain_name", &domain["domain"]["name"]);
    let record = d
        .ok(
            "domains_create_record",
            "",
            Some(json!({"type": "A", "name": "www", "data": "192.0.2.2"})),
        )
        .await;
    d.remember("domain_record_id", &record["domain_record"]["id"]);
    let volume = d
        .ok("volumes_create", "", Some(json!({"name": "contract", "size_gigabytes": 10, "region": "nyc1", "tags": ["contract"]})))
        .await;
    d.remember("volume_id", &volume["volume"]["id"]);
    let snapshot = d
        .ok(
            "volumeSnapshots_create",
            "",
            Some(json!({"name": "contract-snap"})),
        )
        .await;
    d.remember("snapshot_id", &snapshot["snapshot"]["id"]);
    let droplet_id = d
        .values
        .get("droplet_id")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    let attach = d
        .ok(
            "volumeActions_post_byId",
            "",
            Some(json!({"type": "attach", "droplet_id": droplet_id, "region": "nyc1"})),
        )
        .await;
    d.remember("action_id", &attach["action"]["id"]);
    d.finish_actions();
    let detach = json!({"type": "detach", "droplet_id": droplet_id, "volume_name": "contract", "region": "nyc1"});
    d.ok("volumeActions_post", "", Some(detach)).await;
    d.finish_actions();
    let resources =
        json!({"resources": [{"resource_id": droplet_id.to_string(), "resource_type": "droplet"}]});
    d.ok("tags_assign_resources", "", Some(resources.clone()))
        .await;
    for op in [
        "sshKeys_list",
        "sshKeys_get",
        "tags_list",
        "tags_get",
        "droplets_list",
        "droplets_get",
        "domains_list",
        "domains_get",
        "domains_list_records",
        "domains_get_record",
        "volumes_list",
        "volumes_get",
        "volumeActions_list",
        "volumeActions_get",
        "volumeSnapshots_list",
        "volumeSnapshots_get_byId",
        "snapshots_list",
        "snapshots_get",
        "actions_get",
    ] {
        d.ok(op, "", None).await;
    }
    d.ok("sshKeys_update", "", Some(json!({"name": "renamed"})))
        .await;
    d.ok(
        "domains_update_record",
        "",
        Some(json!({"type": "A", "data": "192.0.2.3"})),
    )
    .await;
    d.ok(
        "domains_patch_record",
        "",
        Some(json!({"type": "A", "ttl": 600})),
    )
    .await;
    d.ok("tags_unassign_resources", "", Some(resources)).await;
    drive_droplet_successes(d).await;
    // Deletes, innermost first.
    d.ok("domains_delete_record", "", None).await;
    d.ok("domains_delete", "", None).await;
    d.ok("snapshots_delete", "", None).await;
    let second = d
        .ok(
            "volumeSnapshots_create",
            "",
            Some(json!({"name": "contract-snap-2"})),
        )
        .await;
    d.remember("snapshot_id", &second["snapshot"]["id"]);
    d.ok("volumeSnapshots_delete_byId", "", None).await;
    d.ok("volumes_delete", "", None).await;
    d.ok(
        "volumes_create",
        "",
        Some(json!({"name": "by-name", "size_gigabytes": 1, "region": "nyc1"})),
    )
    .await;
    d.ok("volumes_delete_byName", "name=by-name&region=nyc1", None)
        .await;
    d.ok("sshKeys_delete", "", None).await;
    d.ok("tags_delete", "", None).await;
}

/// Success requests for the droplet, droplet action and image chapters.
async fn drive_droplet_successes(d: &mut Driver) {
    let id = |v: &Value| v.as_u64().unwrap_or(0);
    let reboot = d
        .ok("dropletActions_post", "", Some(json!({"type": "reboot"})))
        .await;
    d.remember("action_id", &reboot["action"]["id"]);
    d.ok("dropletActions_get", "", None).await;
    d.ok("actions_get", "", None).await;
    d.finish_actions();
    let snapshot = json!({"type": "snapshot", "name": "contract-droplet-snap"});
    d.ok("dropletActions_post", "", Some(snapshot)).await;
    d.ok(
        "dropletActions_post_byTag",
        "tag_name=contract",
        Some(json!({"type": "power_on"})),
    )
    .await;
    d.finish_actions();
    for op in [
        "dropletActions_list",
        "droplets_list_backups",
        "droplets_list_snapshots",
        "droplets_list_kernels",
        "droplets_list_firewalls",
        "droplets_list_neighbors",
        "droplets_get_backup_policy",
        "droplets_list_backup_policies",
        "droplets_list_supported_backup_policies",
        "droplets_list_neighborsIds",
        "droplets_list_associatedResources",
    ] {
        d.ok(op, "", None).await;
    }
    let droplet_snapshot = d.ok("droplets_list_snapshots", "", None).await;
    d.remember("snapshot_id", &droplet_snapshot["snapshots"][0]["id"]);
    d.ok("snapshots_get", "", None).await;
    let public = d.ok("images_list", "type=distribution", None).await;
    d.remember("image_id", &public["images"][0]["id"]);
    d.ok("images_get", "", None).await;
    let custom = json!({"name": "contract-image", "url": "http://example.com/disk.img",
        "distribution": "Ubuntu", "region": "nyc3"});
    let image = d.ok("images_create_custom", "", Some(custom)).await;
    d.remember("image_id", &image["image"]["id"]);
    d.finish_actions();
    d.ok(
        "images_update",
        "",
        Some(json!({"name": "contract-image-2"})),
    )
    .await;
    let transfer = d
        .ok(
            "imageActions_post",
            "",
            Some(json!({"type": "transfer", "region": "nyc1"})),
        )
        .await;
    d.remember("action_id", &transfer["id"]);
    d.ok("imageActions_list", "", None).await;
    d.ok("imageActions_get", "", None).await;
    d.finish_actions();
    d.ok("images_delete", "", None).await;
    // A snapshot image (a converted custom image) goes through each end of a transfer.
    let custom = json!({"name": "contract-snapshot", "url": "http://example.com/disk.img",
        "region": "nyc3"});
    let image = d.ok("images_create_custom", "", Some(custom)).await;
    d.remember("image_id", &image["image"]["id"]);
    d.ok("imageActions_post", "", Some(json!({"type": "convert"})))
        .await;
    d.finish_actions();
    let team = "4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf";
    for end in [
        "images_post_account_transfer_cancel",
        "images_post_account_transfer_decline",
        "images_post_account_transfer_accept",
    ] {
        let to = if end.ends_with("accept") {
            json!({"recipient_uuid": team})
        } else {
            json!({"recipient_email": "alice@example.com"})
        };
        let transfer = d
            .ok("images_post_account_transfer_create", "", Some(to))
            .await;
        let mut body = json!({"transfer_id": transfer["transfer_id"]});
        if end.ends_with("accept") {
            body["recipient_uuid"] = json!(team);
        }
        d.ok(end, "", Some(body)).await;
    }
    // Four droplets to destroy, one per destroy operation.
    let mut doomed = Vec::new();
    for n in 0..3 {
        let body = json!({"name": format!("doomed-{n}"), "region": "nyc1", "size": "s-1vcpu-1gb",
            "image": "ubuntu-24-04-x64"});
        doomed.push(id(
            &d.ok("droplets_create", "", Some(body)).await["droplet"]["id"]
        ));
    }
    let tagged = json!({"name": "doomed-tag", "region": "nyc1", "size": "s-1vcpu-1gb",
        "image": "ubuntu-24-04-x64", "tags": ["doomed"]});
    d.ok("droplets_create", "", Some(tagged)).await;
    d.finish_actions();
    d.ok("droplets_destroy_byTag", "tag_name=doomed", None)
        .await;
    d.remember("droplet_id", &json!(doomed[0]));
    d.ok("droplets_destroy", "", None).await;
    d.remember("droplet_id", &json!(doomed[1]));
    d.ok(
        "droplets_destroy_withAssociatedResourcesSelective",
        "",
        Some(json!({"volumes": []})),
    )
    .await;
    d.remember("droplet_id", &json!(doomed[2]));
    d.ok(
        "droplets_destroy_withAssociatedResourcesDangerous",
        "",
        None,
    )
    .await;
    d.ok("droplets_get_DestroyAssociatedResourcesStatus", "", None)
        .await;
    d.ok("droplets_destroy_retryWithAssociatedResources", "", None)
        .await;
}

/// One error request per served operation: unknown ids for routes with path parameters,
/// invalid input or a bad page size for the others, and no token as the last resort.
async fn drive_errors(d: &mut Driver) {
    let ids: Vec<&'static str> = d.served.keys().copied().collect();
    for op_id in ids {
        let served = d.served[op_id].clone();
        let has_params = served.path.contains('{');
        let path = d.path_of(op_id, Some("999999999"));
        let (status, _) = match (has_params, served.method) {
            (true, "GET" | "DELETE") => d.send(op_id, &path, "", None, true).await,
            (true, _) => d.send(op_id, &path, "", Some(json!({})), true).await,
            (false, "GET") => d.send(op_id, &path, "per_page=0", None, true).await,
            (false, "DELETE") => d.send(op_id, &path, "", None, true).await,
            (false, _) => {
                d.send(op_id, &path, "", Some(json!({"type": "bogus"})), true)
                    .await
            }
        };
        if status < 400 {
            d.send(op_id, &path, "", None, false).await;
        }
    }
}

#[tokio::test]
async fn every_served_operation_matches_the_spec() {
    let path = spec_path();
    if !path.exists() {
        println!(
            "SKIPPED contract test: {} not found (set DO_OPENAPI_DIR)",
            path.display()
        );
        return;
    }
    let contract = Contract::load(&path);
    let config = do_sim::Config {
        any_token: true,
        action_ms: ACTION_MS,
        per_minute: 100_000,
        per_hour: 100_000,
        quiet: true,
        ..do_sim::Config::default()
    };
    let (router, state) = do_sim::app(config);
    let mut served = BTreeMap::new();
    for op in do_sim::CHAPTERS.iter().flat_map(|c| c.operations) {
        served.insert(
            op.id,
            Served {
                id: op.id,
                method: verb_name(op.method),
                path: op.path,
            },
        );
    }
    let mut driver = Driver {
        router,
        state,
        served,
        contract,
        values: BTreeMap::new(),
    };

    // The capabilities list and the registry agree, and every route is in the spec.
    let capabilities = meta_capabilities(&driver.router).await;
    let listed: BTreeSet<String> = capabilities["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    let registered: BTreeSet<String> = driver.served.keys().map(|s| s.to_string()).collect();
    assert_eq!(listed, registered, "/meta/capabilities lists the registry");
    let unknown: Vec<String> = driver
        .served
        .values()
        .filter(|s| {
            let key = (s.method.to_string(), s.path.to_string());
            driver
                .contract
                .by_route
                .get(&key)
                .map(|(id, _)| id.as_str())
                != Some(s.id)
        })
        .map(|s| format!("{} {} ({})", s.method, s.path, s.id))
        .collect();
    assert!(
        unknown.is_empty(),
        "served but not in the spec: {unknown:?}"
    );

    drive_successes(&mut driver).await;
    drive_errors(&mut driver).await;

    let mut missing = Vec::new();
    for id in driver.served.keys() {
        let (ok, err) = driver
            .contract
            .checked
            .get(*id)
            .cloned()
            .unwrap_or_default();
        println!("covered {id:<40} success {ok:?} error {err:?}");
        if ok.is_empty() {
            missing.push(format!("{id} (no success request)"));
        }
        if err.is_empty() {
            missing.push(format!("{id} (no error request)"));
        }
    }
    println!(
        "contract: {} operations served, {} with success and error replies validated, spec has {} operations",
        driver.served.len(),
        driver.served.len() - missing.len().min(driver.served.len()),
        driver.contract.by_route.len()
    );
    let mut problems = driver.contract.failures.clone();
    problems.extend(missing);
    assert!(
        problems.is_empty(),
        "{} contract problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

async fn meta_capabilities(router: &Router) -> Value {
    let request = Request::builder()
        .uri("/meta/capabilities")
        .header("authorization", TOKEN)
        .body(Body::empty())
        .expect("request");
    let reply = router.clone().oneshot(request).await.expect("reply");
    assert_eq!(reply.status(), StatusCode::OK);
    let bytes = reply.into_body().collect().await.expect("body").to_bytes();
    serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::Object(Map::new()))
}
