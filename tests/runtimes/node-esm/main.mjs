// Node, ESM: `import` resolves the package's "node" + "import" condition (node.mjs).
import { DigitalOcean, DigitalOceanError } from "digitalocean-wasm";
import { scenario } from "./scenario.mjs";

const summary = await scenario({ DigitalOcean, DigitalOceanError }, process.argv[2]);
console.log("RESULT", JSON.stringify(summary));
