// A module Web Worker using the package (browser.js: the .wasm is fetched beside it). The API
// URL comes in the worker's own query string, so nothing races the top-level await.
import { DigitalOcean, DigitalOceanError } from "./node_modules/digitalocean-wasm/browser.js";
import { scenario } from "./scenario.mjs";

const api = new URL(self.location.href).searchParams.get("api");
scenario({ DigitalOcean, DigitalOceanError }, api).then(
  (summary) => self.postMessage({ ok: true, summary }),
  (error) => self.postMessage({ ok: false, error: String(error?.stack ?? error) }),
);
