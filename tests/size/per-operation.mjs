// What one more operation costs the package, gzip -9: the catalogue rows (generated/methods.js
// `HAND` and `GENERATED`, the only per-operation data the package ships) compressed with every
// row, and without every 4th generated row; the difference divided by the rows taken out.
// Usage: node per-operation.mjs PKG_DIR   → prints JSON {rows, removed, perOperationGzip}
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = resolve(process.argv[2] ?? "pkg");
const { HAND, GENERATED } = await import(pathToFileURL(join(dir, "generated", "methods.js")));
const { METHODS } = await import(pathToFileURL(join(dir, "catalogue.js")));
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const generated = GENERATED.split("\n").filter(Boolean);
const kept = generated.filter((_, i) => i % 4 !== 0);
const removed = generated.length - kept.length;
const all = gz(HAND + "\n" + generated.join("\n"));
const fewer = gz(HAND + "\n" + kept.join("\n"));
console.log(JSON.stringify({
  rows: HAND.split("\n").filter(Boolean).length + generated.length,
  methods: METHODS.length,
  catalogueGzip: all,
  removed,
  perOperationGzip: Number(((all - fewer) / removed).toFixed(1)),
}));
