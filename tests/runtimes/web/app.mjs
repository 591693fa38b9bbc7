// A page using the package: unbundled through the import map in page.html, or bundled by
// esbuild for bundle.html (with digitalocean_wasm_bg.wasm copied beside the bundle), by
// `vite build` for vite.html and by webpack for webpack.html (both emit the .wasm themselves).
import { DigitalOcean, DigitalOceanError } from "digitalocean-wasm";
import { scenario } from "./scenario.mjs";

const api = new URLSearchParams(location.search).get("api");
window.result = await scenario({ DigitalOcean, DigitalOceanError }, api).then(
  (summary) => ({ ok: true, summary }),
  (error) => ({ ok: false, error: String(error?.stack ?? error) }),
);
document.querySelector("output").textContent = JSON.stringify(window.result, null, 2);
