// Coverage of pkg-template/operations.d.ts (run by tests/types/run.sh):
//  - its Operations keys are exactly the operationIds of $DO_OPENAPI_DIR/operations.tsv;
//  - every generated method row of pkg-template/generated/methods.d.ts (doc line
//    "`METHOD /path` (operationId).") names an operation of Operations whose `path` keys are
//    the path's {placeholders}, and whose body is `never` exactly when the row takes no body.
// Prints one line per failed rule (at most 10 examples each) and exits 1 if any failed.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const specDir = process.env.DO_OPENAPI_DIR || resolve(root, "../shared/openapi");
const tsv = readFileSync(join(specDir, "operations.tsv"), "utf8").trim().split("\n");
const column = tsv[0].split("\t").indexOf("operationId");
const specIds = new Set(tsv.slice(1).map((row) => row.split("\t")[column]));

// Operations entries: `  id: {` or `  "id": {` at two spaces, up to `  };`.
const ops = new Map();
const text = readFileSync(join(root, "pkg-template/operations.d.ts"), "utf8");
const body = text.slice(text.indexOf("export interface Operations {"), text.indexOf("\n}\n", text.indexOf("export interface Operations {")));
for (const m of body.matchAll(/^ {2}(?:"([^"]+)"|([\w$]+)): \{\n([\s\S]*?)^ {2}\};$/gm)) {
  const block = m[3];
  const path = block.match(/^ {4}path: (?:Record<string, never>|\{\n([\s\S]*?)^ {4}\});$/m);
  const keys = path?.[1] ? [...path[1].matchAll(/^ {6}(?:"([^"]+)"|([\w$]+)): /gm)].map((k) => k[1] ?? k[2]) : [];
  ops.set(m[1] ?? m[2], { pathKeys: keys, noBody: /^ {4}body: never;$/m.test(block) });
}

const problems = [];
const report = (rule, examples) => {
  if (examples.length) problems.push(`${rule}: ${examples.length} (${examples.slice(0, 10).join(", ")})`);
};
report("operationIds of operations.tsv missing from Operations", [...specIds].filter((id) => !ops.has(id)));
report("Operations keys that are not operationIds", [...ops.keys()].filter((id) => !specIds.has(id)));

const methods = readFileSync(join(root, "pkg-template/generated/methods.d.ts"), "utf8").split("\n");
let rows = 0;
const unknownIds = [];
const wrongPath = [];
const wrongBody = [];
methods.forEach((line, i) => {
  const doc = line.match(/^ {3}\* `[A-Z]+ ([^`]+)` \(([^)]+)\)\.$/);
  if (!doc) return;
  rows++;
  const [, path, id] = doc;
  const op = ops.get(id);
  if (!op) return unknownIds.push(id);
  const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((p) => p[1]);
  if ([...placeholders].sort().join() !== [...op.pathKeys].sort().join()) wrongPath.push(`${id}: ${placeholders} vs ${op.pathKeys}`);
  const signature = methods.slice(i + 1).find((l) => /^ {2}\w+\(/.test(l)) || "";
  if (/\bhash\??:/.test(signature) === op.noBody) wrongBody.push(id);
});
report("method rows naming no operation of Operations", unknownIds);
report("method rows whose path placeholders differ from Operations path keys", wrongPath);
report("method rows taking a body where Operations says never (or the reverse)", wrongBody);

// Every generated list row (reply `L:key`, and its every-page twin) names a property that is an
// array in the operation's 2xx JSON reply (a list keyed by id is a plain body: KEYED_LISTS of
// src/catalogue/codegen.rs).
const spec = JSON.parse(readFileSync(join(specDir, "digitalocean-v2.json"), "utf8"));
const pointer = (ref) => ref.split("/").slice(1).reduce((o, k) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
const deref = (schema) => {
  for (let hops = 0; schema?.$ref && hops < 32; hops++) schema = pointer(schema.$ref);
  return schema;
};
const properties = (schema) => {
  schema = deref(schema);
  const out = { ...(schema?.properties ?? {}) };
  for (const k of ["allOf", "oneOf", "anyOf"]) for (const part of schema?.[k] ?? []) Object.assign(out, properties(part));
  return out;
};
const byId = new Map();
for (const item of Object.values(spec.paths)) for (const op of Object.values(item)) if (op?.operationId) byId.set(op.operationId, op);
const { GENERATED } = await import(join(root, "pkg-template/generated/methods.js"));
const notArrays = [];
for (const line of GENERATED.split("\n")) {
  const [id, , , , reply = ""] = line.split("|");
  if (!reply.startsWith("L:")) continue;
  const ok = Object.entries(byId.get(id)?.responses ?? {}).find(([code]) => code.startsWith("2"));
  const schema = deref(deref(ok?.[1])?.content?.["application/json"]?.schema);
  const content = deref(properties(schema)[reply.slice(2)]);
  if (content?.type !== "array") notArrays.push(`${id} ${reply}: ${content?.type ?? "missing"}`);
}
report("generated list rows whose content is not an array in the spec", notArrays);

// Documents: a generated row `D:media` (DOCUMENTS of src/catalogue/codegen.rs) is an operation
// whose 2xx replies offer that media type and no JSON; every other generated row's 2xx replies
// are JSON or empty.
const wrongDocuments = [];
for (const line of GENERATED.split("\n")) {
  const [id, , , , reply = ""] = line.split("|");
  const media = new Set();
  for (const [code, response] of Object.entries(byId.get(id)?.responses ?? {})) {
    if (code.startsWith("2")) for (const type of Object.keys(deref(response)?.content ?? {})) media.add(type);
  }
  const json = [...media].some((type) => type.includes("json"));
  const document = reply.startsWith("D:") ? reply.slice(2) : null;
  if (document ? json || !media.has(document) : media.size > 0 && !json) {
    wrongDocuments.push(`${id} ${reply}: replies ${[...media].join(", ") || "nothing"}`);
  }
}
report("generated rows whose document type (D:) disagrees with the spec's 2xx media types", wrongDocuments);

for (const p of problems) console.error(p);
console.log(`operations.d.ts: ${ops.size} operations (operations.tsv ${specIds.size}), ${rows} generated method rows checked`);
process.exit(problems.length ? 1 : 0);
