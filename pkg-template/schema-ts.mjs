// OpenAPI schema -> TypeScript type text, shared by gen-resources.mjs and gen-operations.mjs
// (a development file: it does not ship in the package).
//
// Rules: `required` decides `?`; `nullable` adds `| null`; enums become unions of literals;
// `allOf` is merged into one object; `anyOf` of objects becomes one object whose fields are
// all optional; `oneOf` becomes a union; a `$ref` to an object component is named (the caller's
// `use` callback picks the name and queues the declaration), a `$ref` to a scalar, array or
// enum component is inlined (or named when it refers to itself); `additionalProperties` alone
// gives `Record<string, T>`; property names that are not identifiers are quoted.
//
// Two modes: "read" (a reply: writeOnly properties left out) and "write" (a request body:
// writeOnly properties kept, readOnly ones made optional). A component whose two modes differ
// (it reaches a readOnly or writeOnly property) is handed to `use` with mode "write" in a
// request body, so the caller can declare a separate input type for it.

export const pascal = (name) => name.replace(/(?:^|[_\-.])([a-z0-9])/gi, (_, c) => c.toUpperCase());
export const refTarget = (ref) => ref.replace(/^#\/components\/schemas\//, "");
export const isEmpty = (s) => !s || Object.keys(s).filter((k) => k !== "description" && k !== "example").length === 0;
export const literal = (v) => JSON.stringify(v);
export const propKey = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : literal(k));

export function docComment(text, indent) {
  if (!text || typeof text !== "string") return "";
  const first = text
    .split(/\n\s*\n/)[0]
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\*\//g, "*\\/")
    .replace(/\s+/g, " ")
    .trim();
  return first ? `${indent}/** ${first} */\n` : "";
}

const needsParens = (t) => /[|&]/.test(t) && !/^\{[\s\S]*\}$/.test(t);
const arrayOf = (t) => (needsParens(t) ? `(${t})[]` : `${t}[]`);
const withNull = (t, nullable) => (nullable && !/\bnull$/.test(t) ? `${t} | null` : t);

/**
 * A converter over `components` (#/components/schemas). `use(component, mode)` is called for
 * every named component a type refers to and returns the TypeScript name to write.
 */
export function createConverter(components, { use }) {
  function lookup(pointer) {
    let node = components;
    for (const step of pointer.split("/")) {
      node = node?.[step];
      if (node === undefined) throw new Error(`#/components/schemas/${pointer} is not in the spec`);
    }
    return node;
  }

  /** Flattens allOf (and refs inside it) into {properties, required, nullable, additional, others}. */
  function flatten(schema, out = { properties: {}, required: new Set(), nullable: false, additional: undefined, others: [] }, seen = new Set()) {
    if (schema.$ref) {
      const target = refTarget(schema.$ref);
      if (seen.has(target)) return out; // allOf that includes itself: nothing more to merge
      return flatten(lookup(target), out, new Set(seen).add(target));
    }
    if (schema.nullable) out.nullable = true;
    for (const part of schema.allOf || []) flatten(part, out, seen);
    for (const [key, value] of Object.entries(schema.properties || {})) {
      out.properties[key] = key in out.properties ? { ...out.properties[key], ...value } : value;
    }
    for (const key of schema.required || []) out.required.add(key);
    if (schema.additionalProperties !== undefined) out.additional = schema.additionalProperties;
    if (schema.oneOf || schema.anyOf || schema.enum || (schema.type && schema.type !== "object")) out.others.push(schema);
    return out;
  }

  /** Whether a schema describes an object (declared by name) rather than a scalar, array or enum (inlined). */
  const isObjectSchema = (schema) => flatten(schema).others.length === 0;

  /** The doc text of a property: its own description, else that of the component it refers to. */
  const describe = (schema) => schema.description || (schema.$ref ? lookup(refTarget(schema.$ref)).description : undefined);

  // --- write mode: which components reach a readOnly or writeOnly property ------------------
  let differing;
  function writeDiffers(component) {
    if (!differing) {
      const direct = new Map(); // component -> {marked, refs}
      const scan = (node, acc) => {
        if (Array.isArray(node)) return node.forEach((n) => scan(n, acc));
        if (!node || typeof node !== "object") return;
        if (typeof node.$ref === "string") acc.refs.add(refTarget(node.$ref).split("/")[0]);
        for (const value of Object.values(node.properties || {})) {
          if (value && (value.readOnly || value.writeOnly)) acc.marked = true;
        }
        for (const [key, value] of Object.entries(node)) if (key !== "example" && key !== "examples") scan(value, acc);
      };
      for (const [name, schema] of Object.entries(components)) {
        const acc = { marked: false, refs: new Set() };
        scan(schema, acc);
        direct.set(name, acc);
      }
      differing = new Set([...direct].filter(([, a]) => a.marked).map(([n]) => n));
      for (let grew = true; grew; ) {
        grew = false;
        for (const [name, acc] of direct) {
          if (!differing.has(name) && [...acc.refs].some((r) => differing.has(r))) {
            differing.add(name);
            grew = true;
          }
        }
      }
    }
    return differing.has(component.split("/")[0]);
  }

  /** An object type body (the text between braces) for a flattened schema. */
  function objectBody(flat, indent, mode) {
    const lines = [];
    for (const [key, value] of Object.entries(flat.properties)) {
      if (mode === "read" && value.writeOnly) continue;
      const optional = flat.required.has(key) && !(mode === "write" && value.readOnly) ? "" : "?";
      lines.push(`${docComment(describe(value), indent)}${indent}${propKey(key)}${optional}: ${tsType(value, indent, mode)};`);
    }
    if (flat.additional !== undefined && flat.additional !== false) {
      const value = flat.additional === true ? "unknown" : tsType(flat.additional, indent, mode);
      lines.push(`${indent}[key: string]: ${Object.keys(flat.properties).length ? "unknown" : value};`);
    }
    return lines.join("\n");
  }

  /** Components being inlined right now (to name, rather than expand, one that refers to itself). */
  const inlining = new Set();

  /** The TypeScript type expression for a schema (nullable included). */
  function tsType(schema, indent = "  ", mode = "read") {
    if (isEmpty(schema)) return "unknown";
    if (schema.$ref) {
      const component = refTarget(schema.$ref);
      const target = lookup(component);
      const own = mode === "write" && writeDiffers(component) ? "write" : "read";
      if (!isObjectSchema(target)) {
        const key = `${component} ${own}`;
        if (inlining.has(key)) return withNull(use(component, own), schema.nullable);
        inlining.add(key);
        try {
          return withNull(tsType(target, indent, mode), schema.nullable);
        } finally {
          inlining.delete(key);
        }
      }
      return withNull(use(component, own), target.nullable || schema.nullable);
    }
    if (schema.allOf) {
      const parts = schema.allOf.filter((p) => !isEmpty(p));
      const hasOwn = schema.properties || schema.required || schema.enum;
      if (parts.length === 1 && parts[0].$ref && !hasOwn) return withNull(tsType(parts[0], indent, mode), schema.nullable);
      return withNull(inlineObject(flatten(schema), indent, mode), schema.nullable);
    }
    if (schema.anyOf) {
      const parts = schema.anyOf.filter((p) => !isEmpty(p));
      const objects = parts.every((p) => flatten(p).others.length === 0);
      if (objects && parts.length > 0) {
        const merged = { properties: {}, required: new Set(), nullable: false, additional: undefined, others: [] };
        for (const p of parts) Object.assign(merged.properties, flatten(p).properties);
        return withNull(inlineObject(merged, indent, mode), schema.nullable);
      }
      return withNull(union(schema.anyOf, indent, mode), schema.nullable);
    }
    if (schema.oneOf) return withNull(union(schema.oneOf, indent, mode), schema.nullable);
    if (schema.enum) {
      const values = schema.enum.filter((v) => v !== null);
      if (values.length === 0) return "null";
      return withNull(values.map(literal).join(" | "), schema.nullable || schema.enum.includes(null));
    }
    switch (schema.type) {
      case "string":
        return withNull("string", schema.nullable); // `format: binary` too: JSON carries text
      case "integer":
      case "number":
        return withNull("number", schema.nullable);
      case "boolean":
        return withNull("boolean", schema.nullable);
      case "array":
        return withNull(arrayOf(tsType(schema.items || {}, indent, mode)), schema.nullable);
      default:
        return withNull(inlineObject(flatten(schema), indent, mode), schema.nullable);
    }
  }

  function union(branches, indent, mode) {
    const types = [...new Set(branches.map((b) => tsType(b, indent, mode)))];
    return types.includes("unknown") ? "unknown" : types.join(" | ");
  }

  function inlineObject(flat, indent, mode) {
    if (Object.keys(flat.properties).length === 0 && flat.additional !== undefined && flat.additional !== false) {
      return `Record<string, ${flat.additional === true ? "unknown" : tsType(flat.additional, indent, mode)}>`;
    }
    const body = objectBody(flat, indent + "  ", mode);
    if (!body) return "Record<string, unknown>";
    return `{\n${body}\n${indent}}`;
  }

  /** The declaration of one named type (of the component `component`, when it is one). */
  function declaration(name, schema, mode = "read", component = undefined) {
    const flat = flatten(schema);
    const doc = docComment(schema.description, "");
    if (isObjectSchema(schema)) {
      const body = objectBody(flat, "  ", mode);
      return `${doc}export interface ${name} {\n${body}${body ? "\n" : ""}}\n`;
    }
    const copy = { ...schema, nullable: false };
    const key = component && `${component} ${mode}`;
    if (key) inlining.add(key);
    try {
      return `${doc}export type ${name} = ${tsType(copy, "", mode)};\n`;
    } finally {
      if (key) inlining.delete(key);
    }
  }

  return { lookup, flatten, isObjectSchema, tsType, declaration, writeDiffers };
}
