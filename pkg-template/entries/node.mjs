// Entry for Node (ESM `import`). init-node.mjs instantiates the .wasm synchronously before the
// facade loads (modules run in import order).
import "./init-node.mjs";

export { DigitalOcean, DigitalOceanError } from "./facade.js";
