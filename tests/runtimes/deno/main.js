// Deno (with the package in node_modules): the "deno" condition (deno.js) reads the .wasm with
// Deno.readFileSync. Run: deno run --allow-net=127.0.0.1 --allow-read main.js URL
import { DigitalOcean, DigitalOceanError } from "digitalocean-wasm";
import { scenario } from "./scenario.mjs";

const summary = await scenario({ DigitalOcean, DigitalOceanError }, Deno.args[0]);
console.log("RESULT", JSON.stringify(summary));
