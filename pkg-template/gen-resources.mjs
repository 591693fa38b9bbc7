#!/usr/bin/env node
// Generates pkg-template/resources.d.ts: TypeScript interfaces for the resources the client
// returns, derived from DigitalOcean's OpenAPI description ($DO_OPENAPI_DIR/digitalocean-v2.json,
// default ../shared/openapi beside the repo root).
//
//   node pkg-template/gen-resources.mjs           rewrite resources.d.ts
//   node pkg-template/gen-resources.mjs --check   exit 1 if the committed file is out of date
//
// Rules: `required` decides `?`; `nullable` adds `| null`; string enums become unions of
// literals; `allOf` is merged into one object; `anyOf` of objects becomes one object whose
// fields are all optional; `oneOf` becomes a union; every component reached through `$ref`
// gets its own declaration named in PascalCase.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, "resources.d.ts");
const specDir = process.env.DO_OPENAPI_DIR || resolve(here, "../../shared/openapi");
const spec = JSON.parse(readFileSync(join(specDir, "digitalocean-v2.json"), "utf8"));
const components = spec.components.schemas;

/** The exported names, each with the JSON pointer (inside #/components/schemas) it comes from. */
const ROOTS = [
  ["Account", "account"],
  ["Action", "action"],
  ["ActionLink", "action_link"],
  ["ApiError", "error"],
  ["Backup", "backup"],
  ["Domain", "domain"],
  ["DomainRecord", "domain_record"],
  ["Droplet", "droplet"],
  ["DropletSnapshot", "droplet_snapshot"],
  ["Image", "image"],
  ["Kernel", "kernel"],
  ["Links", "page_links"],
  ["Meta", "meta/properties/meta"],
  ["Neighbors", "neighbor_ids"],
  ["Region", "region"],
  ["Size", "size"],
  ["Snapshot", "snapshots"],
  ["SshKey", "sshKeys"],
  ["Tag", "tags"],
  ["Volume", "volume_full"],
  ["VolumeAction", "volumeAction"],
];

const pascal = (name) => name.replace(/(?:^|[_\-.])([a-z0-9])/gi, (_, c) => c.toUpperCase());
const rootName = new Map(ROOTS.map(([ts, ptr]) => [ptr, ts]));
const typeName = (component) => rootName.get(component) || pascal(component);

function lookup(pointer) {
  let node = components;
  for (const step of pointer.split("/")) {
    node = node?.[step];
    if (node === undefined) throw new Error(`#/components/schemas/${pointer} is not in the spec`);
  }
  return node;
}

const refTarget = (ref) => ref.replace(/^#\/components\/schemas\//, "");
const isEmpty = (s) => !s || Object.keys(s).filter((k) => k !== "description" && k !== "example").length === 0;

/** Components still to declare (reached through $ref), in the order they were met. */
const pending = [];
const declared = new Set();
function useComponent(component) {
  if (!declared.has(component)) {
    declared.add(component);
    pending.push(component);
  }
  return typeName(component);
}

/** Flattens allOf (and refs inside it) into {properties, required, nullable, additional, other}. */
function flatten(schema, out = { properties: {}, required: new Set(), nullable: false, additional: undefined, others: [] }) {
  if (schema.$ref) return flatten(lookup(refTarget(schema.$ref)), out);
  if (schema.nullable) out.nullable = true;
  for (const part of schema.allOf || []) flatten(part, out);
  for (const [key, value] of Object.entries(schema.properties || {})) {
    out.properties[key] = key in out.properties ? { ...out.properties[key], ...value } : value;
  }
  for (const key of schema.required || []) out.required.add(key);
  if (schema.additionalProperties !== undefined) out.additional = schema.additionalProperties;
  if (schema.oneOf || schema.anyOf || schema.enum || (schema.type && schema.type !== "object")) out.others.push(schema);
  return out;
}

function docComment(text, indent) {
  if (!text) return "";
  const first = text
    .split(/\n\s*\n/)[0]
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\*\//g, "*\\/")
    .replace(/\s+/g, " ")
    .trim();
  return first ? `${indent}/** ${first} */\n` : "";
}

const literal = (v) => JSON.stringify(v);
const needsParens = (t) => /[|&]/.test(t) && !/^\{[\s\S]*\}$/.test(t);
const arrayOf = (t) => (needsParens(t) ? `(${t})[]` : `${t}[]`);
const withNull = (t, nullable) => (nullable && !/\bnull$/.test(t) ? `${t} | null` : t);
const propKey = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : literal(k));

/** Whether a schema describes an object (declared by name) rather than a scalar, array or enum (inlined). */
const isObjectSchema = (schema) => flatten(schema).others.length === 0;

/** The doc text of a property: its own description, else that of the component it refers to. */
const describe = (schema) => schema.description || (schema.$ref ? lookup(refTarget(schema.$ref)).description : undefined);

/** An object type body (the text between braces) for a flattened schema. */
function objectBody(flat, indent) {
  const lines = [];
  for (const [key, value] of Object.entries(flat.properties)) {
    if (value.writeOnly) continue;
    const optional = flat.required.has(key) ? "" : "?";
    lines.push(`${docComment(describe(value), indent)}${indent}${propKey(key)}${optional}: ${tsType(value, indent)};`);
  }
  if (flat.additional !== undefined && flat.additional !== false) {
    const value = flat.additional === true ? "unknown" : tsType(flat.additional, indent);
    lines.push(`${indent}[key: string]: ${Object.keys(flat.properties).length ? "unknown" : value};`);
  }
  return lines.join("\n");
}

/** The TypeScript type expression for a schema (nullable included). */
function tsType(schema, indent = "  ") {
  if (isEmpty(schema)) return "unknown";
  if (schema.$ref) {
    const component = refTarget(schema.$ref);
    const target = lookup(component);
    if (!isObjectSchema(target)) return withNull(tsType(target, indent), schema.nullable);
    return withNull(useComponent(component), target.nullable || schema.nullable);
  }
  if (schema.allOf) {
    const parts = schema.allOf.filter((p) => !isEmpty(p));
    const hasOwn = schema.properties || schema.required || schema.enum;
    if (parts.length === 1 && parts[0].$ref && !hasOwn) return withNull(tsType(parts[0], indent), schema.nullable);
    return withNull(inlineObject(flatten(schema), indent), schema.nullable);
  }
  if (schema.anyOf) {
    const parts = schema.anyOf.filter((p) => !isEmpty(p));
    const objects = parts.every((p) => flatten(p).others.length === 0);
    if (objects && parts.length > 0) {
      const merged = { properties: {}, required: new Set(), nullable: false, additional: undefined, others: [] };
      for (const p of parts) Object.assign(merged.properties, flatten(p).properties);
      return withNull(inlineObject(merged, indent), schema.nullable);
    }
    return withNull(union(schema.anyOf, indent), schema.nullable);
  }
  if (schema.oneOf) return withNull(union(schema.oneOf, indent), schema.nullable);
  if (schema.enum) return withNull(schema.enum.filter((v) => v !== null).map(literal).join(" | "), schema.nullable || schema.enum.includes(null));
  switch (schema.type) {
    case "string":
      return withNull("string", schema.nullable);
    case "integer":
    case "number":
      return withNull("number", schema.nullable);
    case "boolean":
      return withNull("boolean", schema.nullable);
    case "array":
      return withNull(arrayOf(tsType(schema.items || {}, indent)), schema.nullable);
    default:
      return withNull(inlineObject(flatten(schema), indent), schema.nullable);
  }
}

function union(branches, indent) {
  const types = [...new Set(branches.map((b) => tsType(b, indent)))];
  return types.includes("unknown") ? "unknown" : types.join(" | ");
}

function inlineObject(flat, indent) {
  const body = objectBody(flat, indent + "  ");
  if (!body) return "Record<string, unknown>";
  return `{\n${body}\n${indent}}`;
}

/** The declaration of one named type. */
function declaration(name, schema) {
  const flat = flatten(schema);
  const doc = docComment(schema.description, "");
  if (isObjectSchema(schema)) {
    const body = objectBody(flat, "  ");
    return `${doc}export interface ${name} {\n${body}${body ? "\n" : ""}}\n`;
  }
  const copy = { ...schema, nullable: false };
  return `${doc}export type ${name} = ${tsType(copy, "")};\n`;
}

function generate() {
  const seenNames = new Map();
  const blocks = [];
  const emit = (name, pointer) => {
    if (seenNames.has(name) && seenNames.get(name) !== pointer) {
      throw new Error(`two schemas map to ${name}: ${seenNames.get(name)} and ${pointer}`);
    }
    seenNames.set(name, pointer);
    blocks.push(declaration(name, lookup(pointer)));
  };
  for (const [, pointer] of ROOTS) declared.add(pointer);
  for (const [name, pointer] of ROOTS) emit(name, pointer);
  for (let i = 0; i < pending.length; i++) emit(typeName(pending[i]), pending[i]);
  const header =
    "// GENERATED by pkg-template/gen-resources.mjs from the DigitalOcean OpenAPI description\n" +
    "// (digitalocean-v2.json). DO NOT EDIT: run `node pkg-template/gen-resources.mjs` to regenerate.\n" +
    "// Resource shapes as the API returns them; keys are spelled as DigitalOcean spells them.\n";
  return `${header}\n${blocks.join("\n")}`;
}

const text = generate();
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(outFile, "utf8");
  } catch {
    // a missing file is out of date
  }
  if (current !== text) {
    const [want, have] = [text.split("\n"), current.split("\n")];
    const line = want.findIndex((l, i) => l !== have[i]);
    console.error(`resources.d.ts is out of date at line ${line + 1}: run node pkg-template/gen-resources.mjs`);
    console.error(`  generated: ${want[line] ?? "(end of file)"}\n  committed: ${have[line] ?? "(end of file)"}`);
    process.exit(1);
  }
  console.log(`resources.d.ts is in sync (${blocks(text)} declarations)`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile} (${blocks(text)} declarations)`);
}

function blocks(t) {
  return (t.match(/^export (?:interface|type) /gm) || []).length;
}
