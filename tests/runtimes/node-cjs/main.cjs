// Node, CommonJS: `require` resolves the package's "node" + "require" condition (node.cjs).
const { DigitalOcean, DigitalOceanError } = require("digitalocean-wasm");

import("./scenario.mjs")
  .then(({ scenario }) => scenario({ DigitalOcean, DigitalOceanError }, process.argv[2]))
  .then((summary) => console.log("RESULT", JSON.stringify(summary)))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
