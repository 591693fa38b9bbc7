// Instantiates the package's .wasm synchronously from disk (Node). The CommonJS build gets
// `import.meta.url` from its own file name, so this one module serves both forms.
import { readFileSync } from "node:fs";
import { initSync } from "./digitalocean_wasm.js";

initSync({ module: readFileSync(new URL("./digitalocean_wasm_bg.wasm", import.meta.url)) });
