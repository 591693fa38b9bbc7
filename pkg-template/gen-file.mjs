// The command-line side of the declaration generators (gen-resources.mjs, gen-operations.mjs):
// read the OpenAPI description, then write the generated file, or with `--check` fail when the
// committed file differs from what would be written (naming the first line that differs).
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** `digitalocean-v2.json` from $DO_OPENAPI_DIR (default ../shared/openapi beside the repo). */
export function readSpec(here) {
  const specDir = process.env.DO_OPENAPI_DIR || resolve(here, "../../shared/openapi");
  return JSON.parse(readFileSync(join(specDir, "digitalocean-v2.json"), "utf8"));
}

/** Writes `text` to `outFile`, or checks it (`--check` in argv); `summary` ends each report. */
export function writeOrCheck(outFile, text, summary, generator) {
  const name = basename(outFile);
  if (!process.argv.includes("--check")) {
    writeFileSync(outFile, text);
    console.log(`wrote ${outFile} (${summary})`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(outFile, "utf8");
  } catch {
    // a missing file is out of date
  }
  if (current !== text) {
    const [want, have] = [text.split("\n"), current.split("\n")];
    const line = want.findIndex((l, i) => l !== have[i]);
    const at = line < 0 ? have.length : line + 1;
    console.error(`${name} is out of date at line ${at}: run node ${generator}`);
    console.error(`  generated: ${want[at - 1] ?? "(end of file)"}\n  committed: ${have[at - 1] ?? "(end of file)"}`);
    process.exit(1);
  }
  console.log(`${name} is in sync (${summary})`);
}
