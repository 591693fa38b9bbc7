// workerd cannot compile wasm from bytes at run time: the .wasm is imported as a module
// (wrangler's default rule, miniflare's `CompiledWasm` rule) and instantiated synchronously.
import wasmModule from "./digitalocean_wasm_bg.wasm";
import { initSync } from "./digitalocean_wasm.js";

initSync({ module: wasmModule });
