// Runs the workerd cell: bundles worker.js the way wrangler does (esbuild, conditions
// workerd/worker/browser, the .wasm kept as a module beside the bundle), then dispatches one
// request to it in workerd through miniflare. Usage: node run.mjs PROJECT_DIR API_URL
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { Miniflare } from "miniflare";

const [project, api] = process.argv.slice(2);
const dist = join(project, "dist");
await build({
  entryPoints: [join(project, "worker.js")],
  outfile: join(dist, "worker.js"),
  bundle: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  external: ["*.wasm"],
  logLevel: "warning",
});
copyFileSync(join(project, "node_modules/digitalocean-wasm/digitalocean_wasm_bg.wasm"), join(dist, "digitalocean_wasm_bg.wasm"));

const mf = new Miniflare({
  modules: true,
  modulesRoot: dist,
  scriptPath: join(dist, "worker.js"),
  modulesRules: [
    { type: "ESModule", include: ["**/*.js"] },
    { type: "CompiledWasm", include: ["**/*.wasm"] },
  ],
  compatibilityDate: "2025-01-01",
});
try {
  const response = await mf.dispatchFetch(`http://localhost/?api=${encodeURIComponent(api)}`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`worker answered ${response.status}: ${text}`);
  console.log("RESULT", text);
} finally {
  await mf.dispose();
}
