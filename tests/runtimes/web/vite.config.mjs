// `vite build` of vite.html (app.mjs and the package) into dist-vite/ for the chromium-vite
// cell. Imports nothing from vite: vite runs from the repo's node_modules, the package is
// resolved from this project's. Vite's defaults emit the .wasm as an asset and keep the
// top-level await (its default target, baseline-widely-available, has it).
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default {
  root,
  base: "./",
  logLevel: "warn",
  clearScreen: false,
  build: { outDir: "dist-vite", emptyOutDir: true, rolldownOptions: { input: `${root}vite.html` } },
};
