// Completes the package's declarations in a staged package folder (run by build.sh):
// relative specifiers get an explicit `.js` (node16/nodenext resolution requires it), and
// every .d.ts gets a .d.cts twin importing the other twins, which `require` users resolve
// through the "types" > "require" condition. Usage: node declarations.mjs PKG_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = ["index.d.ts", "resources.d.ts", "operations.d.ts", "generated/methods.d.ts"];
const relative = /(\bfrom\s+|\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']+?)(\.js)?\2/g;

for (const file of files) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  writeFileSync(path, text.replace(relative, (_, head, quote, spec) => `${head}${quote}${spec}.js${quote}`));
  const twin = text.replace(relative, (_, head, quote, spec) => `${head}${quote}${spec}.cjs${quote}`);
  writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), twin);
}
