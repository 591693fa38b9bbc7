// The OpenAPI side of the conformance suite: reads the description and operations.tsv, and
// builds, for one operation, the values a test sends: path parameters, required query
// parameters and the JSON body, each taken from the spec's examples (else synthesized from the
// schema), and the request the spec then expects on the wire.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Loads `digitalocean-v2.json` and `operations.tsv` from `dir`. */
export function loadSpec(dir) {
  const file = join(dir, "digitalocean-v2.json");
  const doc = JSON.parse(readFileSync(file, "utf8"));
  const [header, ...lines] = readFileSync(join(dir, "operations.tsv"), "utf8").split("\n").filter(Boolean);
  const columns = header.split("\t");
  const rows = lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? ""]));
  });
  const byId = new Map();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op && op.operationId) byId.set(op.operationId, { path, method: method.toUpperCase(), op, item });
    }
  }
  return { file, doc, rows, byId };
}

/** Follows `$ref`s (local JSON pointers) until a value that is not a reference. */
export function deref(doc, value) {
  let seen = 0;
  while (value && typeof value === "object" && typeof value.$ref === "string") {
    if (++seen > 50) throw new Error(`$ref loop at ${value.$ref}`);
    const parts = value.$ref.replace(/^#\//, "").split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    value = parts.reduce((node, key) => node?.[key], doc);
  }
  return value;
}

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** A value of `schema`: its example, default or first enum member, else one synthesized from its
 * type and format (objects with their required properties only, arrays with one item). */
export function sample(doc, schema, depth = 0) {
  const s = deref(doc, schema) ?? {};
  if (depth > 12) return null;
  if (s.example !== undefined) return clone(s.example);
  if (s.default !== undefined) return clone(s.default);
  if (Array.isArray(s.enum) && s.enum.length) return clone(s.enum.find((v) => v !== null) ?? s.enum[0]);
  if (Array.isArray(s.allOf)) {
    // The composed object: the branches' object examples, then every property some branch
    // requires, from the schema that defines it (a branch that only lists `required` must not
    // stand in for the branch that defines the property).
    const parts = s.allOf.map((part) => deref(doc, part) ?? {});
    const objectLike = (p) => p.type === "object" || p.properties || p.required || p.allOf || isPlainObject(p.example);
    if (!parts.some(objectLike)) return sample(doc, parts[0], depth + 1);
    const merged = {};
    for (const part of parts) if (isPlainObject(part.example)) Object.assign(merged, clone(part.example));
    for (const name of requiredOf(doc, s)) {
      if (!(name in merged)) merged[name] = sample(doc, findProperty(doc, s, name) ?? {}, depth + 1);
    }
    return merged;
  }
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches) && branches.length) return sample(doc, branches[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type ?? (s.properties ? "object" : undefined);
  switch (type) {
    case "object": {
      const out = {};
      for (const name of s.required ?? []) out[name] = sample(doc, s.properties?.[name] ?? findProperty(doc, s, name) ?? {}, depth + 1);
      return out;
    }
    case "array": {
      const n = Math.max(1, s.minItems ?? 1);
      return Array.from({ length: n }, () => sample(doc, s.items ?? {}, depth + 1));
    }
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? Math.max(s.minimum, 1) : 1;
    case "boolean":
      return true;
    case "string":
      return stringOf(s);
    default:
      return "example";
  }
}

function stringOf(s) {
  switch (s.format) {
    case "uuid": return "3b2c5d8e-1f4a-4c6b-9d7e-0a1b2c3d4e5f";
    case "date-time": return "2024-01-02T03:04:05Z";
    case "date": return "2024-01-02";
    case "email": return "sammy@example.com";
    case "uri": case "url": return "https://example.com/";
    case "ipv4": return "192.0.2.10";
    case "ipv6": return "2001:db8::1";
    case "hostname": return "example.com";
    default: return "example".padEnd(s.minLength ?? 0, "x");
  }
}

const isPlainObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** An object of the properties of `schema` (its allOf branches' too) that carry an example. */
function exampleProperties(doc, schema, depth = 0) {
  const s = deref(doc, schema);
  const out = {};
  if (!s || depth > 12) return out;
  for (const branch of s.allOf ?? []) Object.assign(out, exampleProperties(doc, branch, depth + 1));
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const p = deref(doc, prop);
    if (p?.example !== undefined && !p.readOnly) out[name] = clone(p.example);
  }
  return out;
}

/** The names an object schema requires, its allOf branches' included. */
function requiredOf(doc, schema, depth = 0) {
  const s = deref(doc, schema);
  if (!s || depth > 12) return [];
  const names = [...(s.required ?? [])];
  for (const branch of s.allOf ?? []) names.push(...requiredOf(doc, branch, depth + 1));
  return [...new Set(names)];
}

/** The schema of property `name` somewhere in `schema` (through allOf/oneOf/anyOf). */
export function findProperty(doc, schema, name, depth = 0) {
  const s = deref(doc, schema);
  if (!s || depth > 12) return undefined;
  if (s.properties?.[name]) return s.properties[name];
  for (const branch of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
    const found = findProperty(doc, branch, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The parameters of an operation (path-level and operation-level, references resolved). */
export function parameters(doc, entry) {
  const byKey = new Map();
  for (const p of [...(entry.item.parameters ?? []), ...(entry.op.parameters ?? [])]) {
    const param = deref(doc, p);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

/** The value a parameter is given: its example, the schema's example, default or first enum
 * member, else one synthesized from its schema. */
export function paramValue(doc, param) {
  if (param.example !== undefined) return clone(param.example);
  if (param.examples) {
    const first = deref(doc, Object.values(param.examples)[0]);
    if (first?.value !== undefined) return clone(first.value);
  }
  return sample(doc, param.schema ?? {});
}

/** The JSON request body of an operation: `{ schema, required, candidates }`, candidates being
 * the bodies to choose from (the media type's `example`, its `examples`, the schema's example
 * or a synthesized one), or `null` when the operation takes no JSON body. */
export function requestBody(doc, entry) {
  const body = deref(doc, entry.op.requestBody);
  const media = body?.content?.["application/json"];
  if (!media) return null;
  const schema = deref(doc, media.schema) ?? {};
  const candidates = [];
  if (media.example !== undefined) candidates.push({ from: "media example", value: clone(media.example) });
  for (const [key, ex] of Object.entries(media.examples ?? {})) {
    const example = deref(doc, ex);
    if (example?.value !== undefined) candidates.push({ from: `media examples.${key}`, value: clone(example.value) });
  }
  // What a body needs at least: the required properties (`{}` when there are none).
  const minimal = sample(doc, schema);
  if (!candidates.length) {
    if (schema.example !== undefined) candidates.push({ from: "schema example", value: minimal });
    else if (isPlainObject(minimal) && !Object.keys(minimal).length) {
      // Nothing required: the properties that carry an example, so that the body says something.
      const value = exampleProperties(doc, schema);
      candidates.push({ from: Object.keys(value).length ? "synthesized (optional properties with examples)" : "synthesized", value });
    } else candidates.push({ from: "synthesized", value: minimal });
  }
  return { schema, required: body.required === true, candidates, minimal };
}

/** Percent-encodes as the RFC 3986 unreserved set allows (what a path segment or query value
 * may carry as it is). */
export function encodeStrict(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path of `template` with `values` (by placeholder name) filled in, each encoded. */
export function fillPath(template, values) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeStrict(String(values[name])));
}

/** `{ name: value }` of a query string, repeated keys as arrays (decoded). */
export function parseQuery(search) {
  const out = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (key in out) out[key] = [].concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

/** The query a call with `query` should send (`{ name: string | string[] }`). */
export function expectedQuery(query) {
  const out = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      const items = value.filter((v) => v !== null && v !== undefined).map(String);
      if (items.length) out[key] = items.length === 1 ? items[0] : items;
    } else out[key] = String(value);
  }
  return out;
}

/** Structural equality of JSON values (object key order ignored). */
export function sameJson(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}
