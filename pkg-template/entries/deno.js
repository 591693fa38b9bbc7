// Entry for Deno: init-deno.js reads and instantiates the .wasm (needs --allow-read for the
// package folder) before the facade loads.
import "./init-deno.js";

export { DigitalOcean, DigitalOceanError } from "./facade.js";
