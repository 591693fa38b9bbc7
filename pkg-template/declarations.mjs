// Completes the package's declarations in a staged package folder (run by build.sh):
// relative specifiers get an explicit `.js` (node16/nodenext resolution requires it), and
// every .d.ts gets a .d.cts twin, which `require` users resolve through the "types" > "require"
// condition. index.d.cts (it declares the classes a `require` returns) is a full copy importing
// the other twins; the files that hold only types get a one-line twin re-exporting the ESM file
// with `resolution-mode: "import"` (TypeScript 5.3+), so their bulk ships once, not twice.
// Usage: node declarations.mjs PKG_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const dir = process.argv[2];
const copied = ["index.d.ts"];
const typesOnly = ["resources.d.ts", "operations.d.ts", "generated/methods.d.ts"];
const relative = /(\bfrom\s+|\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']+?)(\.js)?\2/g;

for (const file of [...copied, ...typesOnly]) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  writeFileSync(path, text.replace(relative, (_, head, quote, spec) => `${head}${quote}${spec}.js${quote}`));
  const twin = copied.includes(file)
    ? text.replace(relative, (_, head, quote, spec) => `${head}${quote}${spec}.cjs${quote}`)
    : `export type * from "./${basename(file, ".d.ts")}.js" with { "resolution-mode": "import" };\n`;
  writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), twin);
}
