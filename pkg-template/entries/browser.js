// Entry for browsers, Web Workers and bundlers: fetches and instantiates the .wasm that sits
// beside this file (top-level await), then loads the classes.
import init from "./digitalocean_wasm.js";

await init({ module_or_path: new URL("./digitalocean_wasm_bg.wasm", import.meta.url) });

// The facade registers its error factory with the wasm when it loads, so it is imported
// only once the module is instantiated.
export const { DigitalOcean, DigitalOceanError } = await import("./facade.js");
