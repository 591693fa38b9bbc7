// Instantiates the package's .wasm synchronously from disk (Deno).
import { initSync } from "./digitalocean_wasm.js";

initSync({ module: Deno.readFileSync(new URL("./digitalocean_wasm_bg.wasm", import.meta.url)) });
