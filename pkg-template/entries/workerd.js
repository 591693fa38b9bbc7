// Entry for workerd (Cloudflare Workers, miniflare, wrangler): init-workerd.js instantiates
// the .wasm imported as a compiled module before the facade loads.
import "./init-workerd.js";

export { DigitalOcean, DigitalOceanError } from "./facade.js";
