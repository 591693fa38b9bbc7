// The conformance suite: every operation of the OpenAPI description, called through its method
// of the built package (pkg/), over real HTTP, against Prism's mock of the same description.
//
// For each operation (one row of operations.tsv) the suite finds the method(s) serving it (the
// generated row, or each hand-written row naming the operationId), builds the arguments from the
// spec (path parameters, required query parameters, the JSON body from the examples, else
// synthesized), calls with `{ wait: false }` and judges:
//   - Prism accepted every request of the call (2xx, no request violation in `sl-violations`);
//   - the call resolved;
//   - the request on the wire is the one the spec describes for those values: method, path
//     (template filled, each value percent-encoded), query, JSON body, Authorization and
//     Content-Type headers (checked here, not by Prism, which routes loosely and accepts
//     bodies whose schema it cannot compile).
// How Prism 5.16 behaves (read in node_modules/@stoplight/prism-{http,http-server,core}):
//   - `prism mock` (static, no --dynamic): a valid request gets the lowest declared 2xx with its
//     first example (else one generated from the schema), deterministic;
//   - request validation (path, query, headers, JSON body with Ajv, required body, content type)
//     always runs; an invalid request gets the spec's own 422, else 400, else `default`
//     response (here DigitalOcean's error example), so the details are only in the
//     `sl-violations` header (the recorder keeps it); a request without the bearer gets the
//     spec's 401 example; a body sent to an operation without one, 415; an Accept the
//     operation's media types do not match, 406;
//   - --errors only turns RESPONSE violations into 500s: not used, since 6 of the spec's own
//     examples violate its response schemas (listed each run, not judged);
//   - a schema Ajv cannot compile (a pattern invalid as a Unicode regexp) validates nothing:
//     prism-schemas.mjs finds those bodies, and the suite's own wire checks still apply.
// Operations that cannot pass for a reason outside the client are in allowlist.mjs, each with
// its reason and the failure it must show; an allowlisted operation that passes, or fails
// differently, is a failure (the list stays honest).
//
//   node tests/conformance/run.mjs [--only op1,op2] [--verbose] [--all-query]
// Env: DO_OPENAPI_DIR (the spec folder), CONFORMANCE_PKG (the built package, default pkg),
// CONFORMANCE_ARTIFACTS (default tests/artifacts/conformance), CONFORMANCE_STRICT=1 (known
// client bugs count as failures).
// Prints one line per failure, a summary by category, then "conformance: N passed, N failed".
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { ALLOWLIST, KNOWN_CLIENT_BUGS } from "./allowlist.mjs";
import { startPrism, startRecorder, stop, violations } from "./prism.mjs";
import { bodyCompiles } from "./prism-schemas.mjs";
import {
  deref, expectedQuery, fillPath, findProperty, loadSpec, paramValue, parameters, parseQuery,
  requestBody, sameJson, sample,
} from "./spec.mjs";

const t0 = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const specDir = resolve(root, process.env.DO_OPENAPI_DIR ?? "../shared/openapi");
const artifacts = resolve(root, process.env.CONFORMANCE_ARTIFACTS ?? "tests/artifacts/conformance");
mkdirSync(artifacts, { recursive: true });
const argv = process.argv.slice(2);
const only = argv.includes("--only") ? new Set(argv[argv.indexOf("--only") + 1].split(",")) : null;
const verbose = argv.includes("--verbose");
// --all-query: every declared query parameter, not only the required ones (exploration).
const allQuery = argv.includes("--all-query");
const BEARER = "dop_v1_conformance";

const pkg = resolve(root, process.env.CONFORMANCE_PKG ?? "pkg");
const spec = loadSpec(specDir);
const { DigitalOcean, DigitalOceanError } = await import(pathToFileURL(join(pkg, "node.mjs")));
const { camel, ROWS, METHODS } = await import(pathToFileURL(join(pkg, "catalogue.js")));
const { HAND, GENERATED } = await import(pathToFileURL(join(pkg, "generated/methods.js")));

// --- the catalogue: which method(s) serve each operationId ----------------------------------
const handRows = HAND.split("\n").filter(Boolean).map((line) => {
  const [js, key, method, path, args, fixed, reply, plan] = line.split("|");
  return { kind: "hand", line, js, key, method: method.toUpperCase(), path, args, fixed, reply, plan };
});
// A line ending in `|*` is a list's every-page twin (the method + "All", src/catalogue/compact.rs):
// not called here. Its first request is the list's, called above; Prism's static examples link
// page 2 to itself, which the walk refuses (the walk runs against do-sim in tests/client_paging.rs).
const generatedRows = GENERATED.split("\n").filter((line) => line && !line.endsWith("|*")).map((line) => {
  const [key, method, path, args, reply] = line.split("|");
  return { kind: "generated", line, js: camel(key), key, method, path, args, fixed: "", reply, plan: "Single" };
});
const formsOf = (operationId) => [...handRows, ...generatedRows].filter((row) => row.key === operationId);

// --- the hand rows' argument mini-language (src/catalogue/spec.rs) ---------------------------
function parseArgs(text) {
  return text.split(" ").filter(Boolean).map((arg) => {
    const optional = arg.startsWith("?");
    const rest = optional ? arg.slice(1) : arg;
    const isObject = rest.startsWith("{");
    const fields = (isObject ? rest.slice(1, -1).split(",") : [rest]).map((field) => {
      const [head, tail] = [field.slice(0, field.indexOf(":")), field.slice(field.indexOf(":") + 1)];
      const [ty, place] = tail.split(">");
      const name = head.endsWith("?") ? head.slice(0, -1) : head;
      const [kind, pname] = place.includes(".") ? place.split(/\.(.*)/s) : [place, ""];
      return { name, optional: head.endsWith("?"), ty, kind, pname };
    });
    return { optional, isObject, fields };
  });
}
const parseFixed = (text) =>
  text.split(" ").filter(Boolean).map((pair) => {
    const [place, value] = pair.split(/=(.*)/s);
    const [kind, name] = place.split(/\.(.*)/s);
    return { kind, name, value };
  });
/** A row's arity: positional arguments before the per-call options (generated rows: path
 * parameters, the body if any, the query object). */
function argSpec(row) {
  if (row.kind === "hand") return parseArgs(row.args);
  const out = [...row.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
    optional: false, isObject: false, fields: [{ name: m[1], ty: "ref", kind: "p", pname: m[1] }],
  }));
  if (row.args === "@b" || row.args === "@o") {
    out.push({ optional: row.args === "@o", isObject: false, fields: [{ name: "hash", ty: "obj", kind: "body", pname: "" }] });
  }
  out.push({ optional: true, isObject: false, fields: [{ name: "query", ty: "obj", kind: "query", pname: "" }] });
  return out;
}

// --- arguments from the spec ------------------------------------------------------------------
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** The body for a form: for a row that fixes `b.type`, the example (or the synthesized branch of
 * the schema) of that type; else the first candidate. */
function chooseBody(body, fixed) {
  if (!body) return { from: "none", value: undefined };
  const type = fixed.find((f) => f.kind === "b" && f.name === "type")?.value;
  if (!type) return body.candidates[0];
  const match = body.candidates.find((c) => isObject(c.value) && c.value.type === type);
  if (match) return match;
  // The branch (oneOf/anyOf) whose `type` allows this value.
  const branches = [...(body.schema.oneOf ?? []), ...(body.schema.anyOf ?? [])];
  for (const branch of branches) {
    const prop = deref(spec.doc, findProperty(spec.doc, branch, "type"));
    const allowed = [...(prop?.enum ?? []), prop?.example, prop?.default].filter((v) => v !== undefined);
    if (allowed.includes(type)) {
      const value = sample(spec.doc, branch);
      return { from: `synthesized (branch of type ${type})`, value: isObject(value) ? { ...value, type } : { type } };
    }
  }
  const first = body.candidates[0];
  return { from: `${first.from}, type ${type}`, value: isObject(first.value) ? { ...first.value, type } : { type } };
}

/** Builds one form's call: `{ args, expect, note }`; `expect` is the single request the spec
 * describes (`null` for plans that make several). */
function buildCall(entry, row, bodyOverride) {
  const params = parameters(spec.doc, entry);
  const param = (where, name) => params.find((p) => p.in === where && p.name === name);
  const notes = [];
  const pathValues = {};
  for (const [, name] of entry.path.matchAll(/\{([^}]+)\}/g)) {
    const p = param("path", name);
    if (!p) notes.push(`path parameter {${name}} is not declared`);
    pathValues[name] = p ? paramValue(spec.doc, p) : "example";
  }
  const requiredQuery = {};
  for (const p of params.filter((p) => p.in === "query" && (p.required || allQuery))) requiredQuery[p.name] = paramValue(spec.doc, p);
  const requiredHeaders = params.filter((p) => p.in === "header" && p.required);
  const fixed = parseFixed(row.fixed);
  const bodyInfo = requestBody(spec.doc, entry);
  const chosen = bodyOverride !== undefined ? { from: "given", value: bodyOverride } : chooseBody(bodyInfo, fixed);
  const expect = {
    method: entry.method,
    path: fillPath(entry.path, pathValues),
    query: {},
    body: undefined,
    headers: {},
  };
  const bodyField = (name) =>
    isObject(chosen.value) && name in chosen.value
      ? chosen.value[name]
      : sample(spec.doc, findProperty(spec.doc, bodyInfo?.schema ?? {}, name) ?? {});
  const valueFor = (field) => {
    switch (field.kind) {
      case "p": return pathValues[field.pname] ?? paramValue(spec.doc, param("path", field.pname) ?? {});
      case "q": return requiredQuery[field.pname] ?? paramValue(spec.doc, param("query", field.pname) ?? { schema: {} });
      case "b": return bodyField(field.pname);
      case "h": return paramValue(spec.doc, param("header", field.pname) ?? { schema: {} });
      case "m": return planValue(entry, field.pname);
      case "body": return chosen.value;
      case "query": return Object.keys(requiredQuery).length ? requiredQuery : undefined;
      default: throw new Error(`unknown place ${field.kind}`);
    }
  };
  // A field is given when the row requires it, or when it carries what the spec requires.
  const needed = (field) =>
    !field.optional ||
    (field.kind === "q" && field.pname in requiredQuery) ||
    (field.kind === "body" && bodyInfo?.required);
  const args = [];
  const bodyOut = {};
  let wholeBody;
  for (const f of fixed) {
    if (f.kind === "b") bodyOut[f.name] = f.value;
    else if (f.kind === "q") expect.query[f.name] = f.value;
    else if (f.kind === "h") expect.headers[f.name.toLowerCase()] = f.value;
  }
  const place = (field, value) => {
    if (value === undefined) return;
    if (field.kind === "q") expect.query[field.pname] = value;
    else if (field.kind === "b") bodyOut[field.pname] = value;
    else if (field.kind === "h") expect.headers[field.pname.toLowerCase()] = String(value);
    else if (field.kind === "body") wholeBody = value;
    else if (field.kind === "query") Object.assign(expect.query, value);
  };
  for (const arg of argSpec(row)) {
    if (arg.isObject) {
      const given = arg.fields.filter((f) => needed(f) || (!arg.optional && !f.optional));
      if (arg.optional && !given.length) {
        args.push(undefined);
        continue;
      }
      const obj = {};
      for (const f of given) {
        obj[f.name] = valueFor(f);
        place(f, obj[f.name]);
      }
      args.push(obj);
    } else {
      const [f] = arg.fields;
      const give = !arg.optional || needed(f) || (f.kind === "query" && Object.keys(requiredQuery).length) ||
        (f.kind === "body" && chosen.value !== undefined && row.kind === "generated");
      const value = give ? valueFor(f) : undefined;
      place(f, value);
      args.push(value);
    }
  }
  if (wholeBody !== undefined || Object.keys(bodyOut).length) {
    expect.body = isObject(wholeBody) ? { ...bodyOut, ...wholeBody, ...Object.fromEntries(fixed.filter((f) => f.kind === "b").map((f) => [f.name, f.value])) } : wholeBody ?? bodyOut;
  }
  for (const h of requiredHeaders) {
    if (!(h.name.toLowerCase() in expect.headers)) notes.push(`the spec requires header ${h.name}; the method has no way to send it`);
  }
  // Where the row puts each value must be where the spec declares it.
  const misplaced = (kind, name) => {
    switch (kind) {
      case "p": return entry.path.includes(`{${name}}`) ? null : `the row fills path parameter {${name}}, which ${entry.path} does not have`;
      case "q": return param("query", name) ? null : `the row sends \`${name}\` in the query; the spec declares no such query parameter`;
      case "h": return param("header", name) ? null : `the row sends header ${name}; the spec declares no such header`;
      case "b": return bodyInfo && findProperty(spec.doc, bodyInfo.schema, name) ? null : `the row sends \`${name}\` in the body; the spec's body has no such property`;
      default: return null;
    }
  };
  if (row.kind === "hand") {
    for (const arg of argSpec(row)) for (const f of arg.fields) notes.push(misplaced(f.kind, f.pname));
    for (const f of fixed) notes.push(misplaced(f.kind, f.name));
    const fixedType = fixed.find((f) => f.kind === "b" && f.name === "type");
    if (fixedType && bodyInfo) {
      const allowed = typeValues(bodyInfo.schema);
      if (allowed.size && !allowed.has(fixedType.value)) notes.push(`the row sends type=${fixedType.value}; the spec's types are ${[...allowed].join(", ")}`);
    }
  }
  while (args.length && args[args.length - 1] === undefined) args.pop();
  // The per-call options go at the row's arity, so they are never taken for the query object.
  const arity = Math.max(...formsOfMethod(row.js).map((r) => argSpec(r).length));
  while (args.length < arity) args.push(undefined);
  args.push({ wait: false });
  return {
    args,
    expect: row.plan === "Single" || row.plan === "CreateReread" ? expect : null,
    bodyFrom: chosen.from,
    rowProblems: notes.filter(Boolean),
  };
}

/** Every value the spec allows for a body's `type` property (enum or example, in any branch). */
function typeValues(schema, out = new Set(), depth = 0) {
  const s = deref(spec.doc, schema);
  if (!s || depth > 12) return out;
  const prop = deref(spec.doc, s.properties?.type);
  for (const v of [...(prop?.enum ?? []), ...(prop && !prop.enum && prop.example !== undefined ? [prop.example] : [])]) out.add(v);
  for (const b of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) typeValues(b, out, depth + 1);
  return out;
}

/** The rows of a JS method, as the facade hands them to the wasm (ROWS of catalogue.js). */
function formsOfMethod(js) {
  return (ROWS.get(js) ?? "").split("\n").filter(Boolean).map((line) =>
    handRows.find((r) => r.line === line) ?? generatedRows.find((r) => r.line === line));
}

/** A plan parameter: `tag_name` for the tag fan-out, `name`/`region` for find-by-name (taken
 * from the first item of the list operation's reply example, so that the find can succeed). */
function planValue(entry, name) {
  if (name === "tag_name") {
    const p = parameters(spec.doc, spec.byId.get("droplets_list")).find((q) => q.name === "tag_name");
    return p ? paramValue(spec.doc, p) : "web";
  }
  const ok = deref(spec.doc, entry.op.responses?.["200"]);
  const media = ok?.content?.["application/json"];
  const example = media?.example ?? deref(spec.doc, Object.values(media?.examples ?? {})[0])?.value;
  const list = example && Object.values(example).find(Array.isArray);
  const item = list?.[0] ?? {};
  if (name === "region") return item.region?.slug ?? item.region ?? "nyc3";
  return item[name] ?? "example";
}

// --- judging one call --------------------------------------------------------------------------
function checkWire(exchange, expect, hasBody, bodyRequired) {
  const problems = [];
  const { request } = exchange;
  const url = new URL(request.url, "http://x");
  if (request.method !== expect.method) problems.push(`method ${request.method}, spec says ${expect.method}`);
  if (url.pathname !== expect.path) {
    let decodedSame = false;
    try {
      decodedSame = decodeURIComponent(url.pathname) === decodeURIComponent(expect.path);
    } catch {}
    problems.push(`path ${url.pathname}, spec says ${expect.path}${decodedSame ? " (same once decoded)" : ""}`);
  }
  const sent = parseQuery(url.search);
  const wanted = expectedQuery(expect.query);
  if (!sameJson(sent, wanted)) problems.push(`query ${JSON.stringify(sent)}, expected ${JSON.stringify(wanted)}`);
  const auth = request.headers.authorization;
  if (auth !== `Bearer ${BEARER}`) problems.push(`Authorization header ${auth === undefined ? "missing" : "wrong"}`);
  for (const [name, value] of Object.entries(expect.headers)) {
    if (request.headers[name] !== value) problems.push(`header ${name}: ${request.headers[name] ?? "missing"}, expected ${value}`);
  }
  const type = request.headers["content-type"];
  const emptyObject = isObject(expect.body) && !Object.keys(expect.body).length;
  if (emptyObject && !request.body.length) {
    // `{}` given, nothing sent: the same request for an optional body; not for a required one.
    if (bodyRequired) problems.push("the body `{}` was given but not sent (the spec requires a body)");
  } else if (expect.body === undefined) {
    if (request.body.length) problems.push(`a body was sent (${request.body.slice(0, 80)}) where none was given`);
  } else {
    let parsed;
    try {
      parsed = JSON.parse(request.body);
    } catch {
      problems.push(`body is not JSON: ${request.body.slice(0, 80)}`);
    }
    if (parsed !== undefined && !sameJson(parsed, expect.body)) {
      problems.push(`body ${JSON.stringify(parsed).slice(0, 200)} differs from ${JSON.stringify(expect.body).slice(0, 200)}`);
    }
    if (!/^application\/json\b/.test(type ?? "")) problems.push(`Content-Type ${type ?? "missing"} with a JSON body`);
  }
  if (!hasBody && expect.body !== undefined) problems.push("the spec declares no JSON body for this operation");
  return problems;
}

function describeExchange(ex) {
  const { request, response } = ex;
  const v = violations(ex);
  const errs = v.request.filter((x) => x.severity === "Error");
  let detail = errs.map((x) => x.message).join("; ");
  if (!detail && response && response.status >= 300) {
    try {
      const body = JSON.parse(response.body);
      detail = body.detail ?? body.title ?? body.message ?? response.body.slice(0, 200);
    } catch {
      detail = response.body.slice(0, 200);
    }
  }
  return `${request.method} ${request.url} -> ${response?.status ?? "no reply"}${detail ? `: ${detail}` : ""}`;
}

/** A failure's category, from what happened. */
function categorize(result) {
  if (result.category) return result.category;
  const last = result.exchanges.at(-1);
  const status = last?.response?.status;
  if (!result.exchanges.length) return `client refused before sending (${result.error?.id ?? "?"})`;
  const errs = violations(last).request.filter((x) => x.severity === "Error");
  if (status === 401) return "Prism 401 (security)";
  if (status === 406) return "Prism 406 (Accept: application/json vs the operation's media types)";
  if (status === 404 && /NO_PATH_MATCHED|hasn't been found/.test(last.response.body)) return "Prism 404 (path not in the spec)";
  if (status === 405) return "Prism 405 (method not in the spec for this path)";
  if (status === 415) return "Prism 415 (content type / unexpected body)";
  if (errs.length) {
    const where = [...new Set(errs.map((x) => x.location?.[1] ?? (/body/i.test(x.message) ? "body" : "request")))].join("+");
    return `Prism ${status}: request ${where} violations`;
  }
  if (status >= 200 && status < 300 && result.error) return `reply not handled by the client (${result.error.id})`;
  if (result.wire?.length) return "wire mismatch (suite's own check)";
  return `Prism ${status}`;
}

// --- the run -----------------------------------------------------------------------------------
const prismBin = join(root, "node_modules/.bin/prism");
let prism, recorder;
const cleanup = async () => {
  await recorder?.close();
  await stop(prism?.child);
};
// Whatever way this process ends, Prism does not outlive it.
process.on("exit", () => prism?.child?.exitCode === null && prism.child.kill("SIGKILL"));
process.on("SIGINT", () => cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => cleanup().then(() => process.exit(143)));

try {
  prism = await startPrism({ bin: prismBin, specFile: spec.file, logFile: join(artifacts, "prism.log") });
} catch (error) {
  console.log(`conformance: Prism did not start: ${error.message}`);
  console.log("conformance: 0 passed, 1 failed");
  process.exit(1);
}
console.log(`prism ${prism.url}: listening after ${prism.ms} ms (${spec.file})`);
recorder = await startRecorder(prism.url);

const traces = [];
const client = new DigitalOcean({
  endpoint: recorder.url,
  bearer: BEARER,
  maxRetries: 0,
  requestTimeout: 15_000,
  tracing: (event) => traces.push(event),
});

const compiles = await bodyCompiles(spec); // operationId -> false when Prism cannot compile the body schema

/** The forms an operation is tested with: each row serving it; and, when the spec requires a body
 * that may be `{}` (no required property) and the test's body is not `{}`, the same row with `{}`. */
function testForms(entry, operationId) {
  const out = [];
  for (const row of formsOf(operationId)) {
    const body = requestBody(spec.doc, entry);
    const takesBody = row.kind === "generated" ? row.args !== "@" : /(^|[ {,])hash:obj>body\b/.test(row.args);
    const empty = (v) => isObject(v) && !Object.keys(v).length;
    const emptyRequired = takesBody && body?.required && !row.fixed;
    // Labelled "{}" when the test's body is `{}` (the spec has no example and requires nothing).
    out.push({ row, label: emptyRequired && empty(body.candidates[0].value) ? "{}" : "" });
    if (emptyRequired && empty(body.minimal) && !empty(body.candidates[0].value)) {
      out.push({ row, label: "{}", body: {} });
    }
  }
  return out;
}

/** The entry of `list` (ALLOWLIST or KNOWN_CLIENT_BUGS) for a form: "operationId jsName label",
 * "operationId jsName", "* label" (every form with that label). */
function entryFor(list, operationId, form) {
  for (const key of [`${operationId} ${form.js} ${form.label}`.trim(), `${operationId} ${form.js}`, form.label && `* ${form.label}`]) {
    if (key && list[key]) return key;
  }
  return null;
}

async function runForm(entry, operationId, test) {
  const formRow = test.row;
  const form = { js: formRow.js, label: test.label, plan: formRow.plan, line: formRow.line, exchanges: [], traces: [] };
  if (!ROWS.get(formRow.js)?.split("\n").includes(formRow.line) || typeof client[formRow.js] !== "function") {
    return { ...form, ok: false, category: "no method", reason: `${formRow.js} does not carry the row ${formRow.line}` };
  }
  let call;
  try {
    call = buildCall(entry, formRow, test.body);
  } catch (error) {
    return { ...form, ok: false, category: "suite could not build the arguments", reason: String(error?.stack ?? error) };
  }
  form.args = call.args.slice(0, -1);
  form.expect = call.expect;
  form.bodyFrom = call.bodyFrom;
  recorder.exchanges.length = 0;
  traces.length = 0;
  const started = Date.now();
  let value;
  try {
    value = await client[formRow.js](...call.args);
    form.resolved = true;
  } catch (error) {
    form.resolved = false;
    form.error = error instanceof DigitalOceanError
      ? { status: error.status, id: error.id, message: error.message, attempts: error.attempts }
      : { status: undefined, id: error?.name ?? "thrown", message: String(error?.message ?? error) };
  }
  form.ms = Date.now() - started;
  form.exchanges = recorder.exchanges.splice(0);
  form.traces = traces.splice(0).map(({ method, url, status, attempt, error }) => ({ method, url, status, attempt, error }));
  const rejected = form.exchanges.filter((ex) => {
    const status = ex.response?.status ?? 0;
    return status < 200 || status >= 300 || violations(ex).request.some((v) => v.severity === "Error");
  });
  form.wire = [...call.rowProblems];
  if (call.expect) {
    if (form.exchanges.length !== 1 && form.resolved) form.wire.push(`${form.exchanges.length} requests sent, expected 1`);
    if (form.exchanges[0]) {
      const body = requestBody(spec.doc, entry);
      form.wire.push(...checkWire(form.exchanges[0], call.expect, !!body, !!body?.required));
    }
  }
  // A document (reply `D:media`) resolves as the reply's own text, or its bytes for a type that
  // is not text (src/catalogue/mod.rs is_textual), never as parsed JSON.
  const document = formRow.reply?.startsWith("D:") ? formRow.reply.slice(2) : null;
  if (document && form.resolved && form.exchanges.length === 1) {
    const sent = form.exchanges[0].response?.body;
    const textual = /^text\/|(json|yaml|xml)$/.test(document);
    const same = textual ? value === sent : value instanceof Uint8Array && Buffer.from(value).toString("utf8") === sent;
    if (!same) form.wire.push(`document ${document} resolved as ${Object.prototype.toString.call(value)}, not the reply's ${textual ? "text" : "bytes"}`);
    form.document = { media: document, type: Object.prototype.toString.call(value), length: value?.length };
  }
  form.ok = form.resolved && form.exchanges.length > 0 && rejected.length === 0 && form.wire.length === 0;
  if (!form.ok) {
    form.category = categorize({ exchanges: rejected.length ? rejected : form.exchanges, error: form.error, wire: form.wire });
    const parts = [];
    if (rejected.length) parts.push(describeExchange(rejected[0]));
    if (form.wire.length) parts.push(`wire: ${form.wire.join("; ")}`);
    if (form.error && !rejected.length) parts.push(`client: ${form.error.status ?? ""} ${form.error.id}: ${form.error.message}`);
    if (!form.exchanges.length && form.error) parts.push("(nothing was sent)");
    form.reason = parts.join(" | ");
  }
  form.responseViolations = form.exchanges.flatMap((ex) => violations(ex).response.filter((v) => v.severity === "Error"));
  form.bodyUnchecked = compiles.get(operationId) === false && !!call.expect?.body;
  return form;
}

const results = [];
const tCalls = Date.now();
for (const row of spec.rows) {
  const operationId = row.operationId;
  if (only && !only.has(operationId)) continue;
  const entry = spec.byId.get(operationId);
  const result = { operationId, method: row.method, path: row.path, forms: [], ok: true, category: null };
  results.push(result);
  if (!entry) {
    Object.assign(result, { ok: false, category: "operation missing from the description", reason: "" });
    continue;
  }
  const tests = testForms(entry, operationId);
  if (!tests.length) {
    const name = camel(operationId);
    result.ok = false;
    result.category = row.server_override ? `no method (server_override ${row.server_override})` : "no method";
    result.reason = METHODS.includes(name)
      ? `no catalogue row names ${operationId}, yet a method ${name} exists`
      : `no method serves it (${name} does not exist)`;
    continue;
  }
  for (const test of tests) result.forms.push(await runForm(entry, operationId, test));
}
const callsMs = Date.now() - tCalls;
await cleanup();

// --- the verdicts: pass, fail, allowlisted (outside the client), known client bug --------------
// An operation whose every form passes is passed. A failing form is excused only by an entry
// whose `expect` matches its failure; an entry whose form passes, or fails otherwise, is a
// failure. CONFORMANCE_STRICT=1 counts known client bugs as failures.
const strict = process.env.CONFORMANCE_STRICT === "1";
let passed = 0, failed = 0, allowlisted = 0, known = 0;
const categories = new Map();
const count = (key) => categories.set(key, (categories.get(key) ?? 0) + 1);
const failures = [];
// Excused failures, grouped by entry: key -> { kind, entry, items }.
const excused = new Map();
const excusedAs = (kind, key, entry, item) => {
  const group = `${kind}\n${entry.category}\n${entry.reason}`;
  if (!excused.has(group)) excused.set(group, { kind, entry, items: [] });
  const items = excused.get(group).items;
  if (!items.includes(item)) items.push(item);
};
const formName = (result, f) => `${f.js}${f.label ? ` ${f.label}` : ""}${result.forms.length > 1 ? ` [${f.plan}]` : ""}`;
// An entry excuses a failure its `expect` matches; never one whose request differs from the
// spec on the wire (the suite's own checks), unless the entry is about that (`wire: true`).
const excuse = (list, key, text) => {
  const e = list[key];
  if (!e || (e.expect && !e.expect.test(text))) return null;
  return !e.wire && /\| wire: |^wire mismatch/.test(text) ? null : e;
};
for (const result of results) {
  const wholeAllow = ALLOWLIST[result.operationId];
  const wholeKnown = KNOWN_CLIENT_BUGS[result.operationId];
  const opText = `${result.category ?? ""} ${result.reason ?? ""} ` +
    result.forms.filter((f) => !f.ok).map((f) => `${f.category}: ${f.reason}`).join(" ");
  const allFormsOk = result.ok && result.forms.every((f) => f.ok);
  let verdict = allFormsOk ? "pass" : "fail";
  let category = allFormsOk ? "passed" : null;
  let why = null;
  const whole = wholeAllow ?? wholeKnown;
  if (whole) {
    const kind = wholeAllow ? "allowlisted" : "known client bug";
    if (allFormsOk) {
      verdict = "fail";
      category = `${kind} but passes (remove the entry)`;
      why = `STALE ${result.operationId}: ${kind} (${whole.category}) but passes now: remove its entry from allowlist.mjs`;
    } else if ((whole.expect && !whole.expect.test(opText)) || (!whole.wire && /\| wire: |wire mismatch/.test(opText))) {
      verdict = "fail";
      category = `${kind}, but fails for another reason`;
      why = `FAIL ${result.operationId} (${result.method} ${result.path}): ${kind} for "${whole.category}" but fails otherwise: ${opText.trim()}`;
    } else {
      verdict = wholeAllow ? "allowed" : "known";
      category = `${kind}: ${whole.category}`;
      excusedAs(wholeAllow ? "allowlisted" : "known client bug", result.operationId, whole, result.operationId);
    }
  } else {
    // Form by form (also when all pass: an entry for a passing form is stale).
    category = null;
    const bad = [];
    let anyKnown = null, anyAllowed = null;
    if (!result.forms.length) bad.push(`${result.category}: ${result.reason}`);
    for (const f of result.forms) {
      const allowKey = entryFor(ALLOWLIST, result.operationId, f);
      const knownKey = entryFor(KNOWN_CLIENT_BUGS, result.operationId, f);
      const key = allowKey ?? knownKey;
      const list = allowKey ? ALLOWLIST : KNOWN_CLIENT_BUGS;
      const kind = allowKey ? "allowlisted" : "known client bug";
      if (f.ok) {
        if (key) {
          bad.push(`${formName(result, f)}: ${kind} as "${key}" but passes now: remove the entry`);
          category ??= `${kind} but passes (remove the entry)`;
        }
        continue;
      }
      const text = `${f.category}: ${f.reason}`;
      const e = key && excuse(list, key, text);
      if (e) {
        if (allowKey) anyAllowed = [key, e];
        else anyKnown = [key, e];
        excusedAs(kind, key, e, f.js === camel(result.operationId) ? result.operationId : `${result.operationId} (${f.js})`);
      } else {
        bad.push(`${formName(result, f)}: ${key ? `${kind} as "${key}" but fails otherwise: ` : ""}${text}`);
        category ??= key ? `${kind}, but fails for another reason` : f.category;
      }
    }
    if (bad.length) {
      verdict = "fail";
      why = `FAIL ${result.operationId} (${result.method} ${result.path}): ${bad.join(" || ")}`;
    } else if (anyKnown) {
      verdict = "known";
      category = `known client bug: ${anyKnown[1].category}`;
    } else {
      verdict = anyAllowed ? "allowed" : "pass";
      category = anyAllowed ? `allowlisted: ${anyAllowed[1].category}` : "passed";
    }
  }
  if (verdict === "pass" && result.forms.some((f) => f.bodyUnchecked)) {
    category = "passed (Prism could not compile the body schema: body shape unchecked by Prism)";
  }
  if (verdict === "known" && strict) {
    verdict = "fail";
    why = `FAIL ${result.operationId} (${result.method} ${result.path}): known client bug (CONFORMANCE_STRICT=1): ${category}`;
  }
  result.verdict = verdict;
  count(category ?? "failed");
  if (verdict === "pass") passed++;
  else if (verdict === "allowed") allowlisted++;
  else if (verdict === "known") known++;
  else {
    failed++;
    failures.push(why);
  }
}
for (const list of [ALLOWLIST, KNOWN_CLIENT_BUGS]) {
  for (const key of Object.keys(list)) {
    const op = key.split(" ")[0];
    if (op !== "*" && !spec.byId.has(op)) {
      failed++;
      failures.push(`STALE entry "${key}": no such operation`);
    }
  }
}

for (const line of failures) console.log(line.length > 1500 ? `${line.slice(0, 1500)}…` : line);
for (const { kind, entry, items } of [...excused.values()].sort((a, b) => a.kind.localeCompare(b.kind))) {
  if (kind === "allowlisted" && !verbose) continue;
  console.log(`${kind === "allowlisted" ? "allowlisted" : "KNOWN CLIENT BUG"}: ${entry.category} (${items.length}): ${entry.reason}`);
  console.log(`      ${items.join(", ")}`);
}
if (!verbose && [...excused.values()].some((g) => g.kind === "allowlisted")) {
  const byCategory = new Map();
  for (const g of excused.values()) if (g.kind === "allowlisted") byCategory.set(g.entry.category, (byCategory.get(g.entry.category) ?? 0) + g.items.length);
  console.log(`allowlisted (--verbose lists them with reasons): ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(", ")}`);
}
const badExamples = results.filter((r) => r.forms.some((f) => f.responseViolations?.length)).map((r) => r.operationId);
const unchecked = results.filter((r) => r.forms.some((f) => f.bodyUnchecked)).map((r) => r.operationId);
console.log("--- by category (operations)");
for (const [key, n] of [...categories].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${key}`);
console.log(`--- ${results.length} operations, ${results.reduce((n, r) => n + r.forms.length, 0)} method forms called, ` +
  `${results.reduce((n, r) => n + r.forms.reduce((m, f) => m + f.exchanges.length, 0), 0)} requests; ` +
  `replies not judged: ${badExamples.length} operations whose Prism reply (the spec's own example) violates the ` +
  `spec's response schema (${badExamples.join(", ")}); bodies Prism could not check (its Ajv cannot compile the ` +
  `schema, so it accepts any body): ${unchecked.join(", ") || "none"}`);
console.log(`timings: Prism start-up ${prism.ms} ms, calls ${callsMs} ms, suite ${Date.now() - t0} ms`);
writeFileSync(join(artifacts, "results.json"), JSON.stringify(results, null, 1));
console.log(`conformance: ${passed} passed, ${failed} failed (${allowlisted} allowlisted, ${known} known client bugs; ` +
  `details: ${relative(root, join(artifacts, "results.json"))})`);
process.exit(failed ? 1 : 0);
