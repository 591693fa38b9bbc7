// Size breakdown of a .wasm that still has its "name" section: bytes per section, per function
// and per crate (the first path segment of the demangled name). A small reader of the binary
// format, so no twiggy is needed. Usage: node breakdown.mjs FILE.wasm [TOP_N] > breakdown.json

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const bytes = readFileSync(file);

/** A cursor over the module bytes: LEB128 numbers, names, sections. */
class Reader {
  constructor(buffer, offset = 0, end = buffer.length) {
    Object.assign(this, { buffer, offset, end });
  }
  byte() {
    if (this.offset >= this.end) throw new Error(`truncated wasm at byte ${this.offset}`);
    return this.buffer[this.offset++];
  }
  u32() {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
    }
    throw new Error("bad LEB128");
  }
  name() {
    const length = this.u32();
    const text = this.buffer.toString("utf8", this.offset, this.offset + length);
    this.offset += length;
    return text;
  }
  sub(length) {
    const reader = new Reader(this.buffer, this.offset, this.offset + length);
    this.offset += length;
    return reader;
  }
}

const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];

const module = new Reader(bytes, 8);
const sections = {};
let importedFunctions = 0;
let bodySizes = [];
const names = new Map();
let dataGzip = 0;

while (module.offset < module.end) {
  const id = module.byte();
  const size = module.u32();
  const body = module.sub(size);
  let label = SECTION_NAMES[id] ?? `section ${id}`;
  if (id === 0) label = `custom "${body.name()}"`;
  sections[label] = (sections[label] ?? 0) + size;
  if (id === 2) importedFunctions = countFunctionImports(body);
  if (id === 10) bodySizes = readBodySizes(body);
  if (id === 11) dataGzip = gzipSync(bytes.subarray(body.offset, body.end), { level: 9 }).length;
  if (label === 'custom "name"') readFunctionNames(body, names);
}

function countFunctionImports(body) {
  let count = 0;
  for (let i = body.u32(); i > 0; i--) {
    body.name();
    body.name();
    const kind = body.byte();
    if (kind === 0) {
      body.u32();
      count++;
    } else if (kind === 1) {
      body.byte();
      limits(body);
    } else if (kind === 2) {
      limits(body);
    } else if (kind === 3) {
      body.byte();
      body.byte();
    } else if (kind === 4) {
      body.byte();
      body.u32();
    } else {
      throw new Error(`unknown import kind ${kind}`);
    }
  }
  return count;
}

function limits(body) {
  const flags = body.byte();
  body.u32();
  if (flags & 1) body.u32();
}

function readBodySizes(body) {
  const sizes = [];
  for (let i = body.u32(); i > 0; i--) {
    const size = body.u32();
    body.sub(size);
    sizes.push(size);
  }
  return sizes;
}

function readFunctionNames(body, into) {
  while (body.offset < body.end) {
    const kind = body.byte();
    const sub = body.sub(body.u32());
    if (kind !== 1) continue;
    for (let i = sub.u32(); i > 0; i--) {
      const index = sub.u32();
      into.set(index, sub.name());
    }
  }
}

/** The crate a demangled name belongs to: its first path segment (`core`, `wasm_bindgen`…). */
function crateOf(name) {
  const path = name.replace(/^[<&*\s]+|^(?:dyn|impl|mut|const)\s+/g, "").replace(/\[[0-9a-f]+\]/g, "");
  const match = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(path);
  if (match) return match[1] === "__rustc" ? "alloc" : match[1];
  return /shim|__wbindgen|__wbg|__externref/.test(name) ? "wasm-bindgen (shims, exports)" : "(unnamed)";
}

const functions = bodySizes.map((size, i) => {
  const name = names.get(importedFunctions + i) ?? `func[${importedFunctions + i}]`;
  return { name: name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, ""), size };
});
functions.sort((a, b) => b.size - a.size);

const crates = new Map();
for (const { name, size } of functions) {
  const entry = crates.get(crateOf(name)) ?? { crate: crateOf(name), size: 0, functions: 0 };
  entry.size += size;
  entry.functions += 1;
  crates.set(entry.crate, entry);
}

console.log(
  JSON.stringify(
    {
      file,
      bytes: bytes.length,
      sections,
      dataGzip,
      functionCount: functions.length,
      crates: [...crates.values()].sort((a, b) => b.size - a.size),
      topFunctions: functions.slice(0, top),
    },
    null,
    1,
  ),
);
