// Boot: loads the package, wires the connection panel, the tabs and the views.
// The only module that constructs a DigitalOcean client.

import { setupConnection } from "./connection.js";
import { installGlobalHandlers, notifyError } from "./ui/errors.js";
import { cancelAllProgress, setupProgress } from "./ui/progress.js";
import { stopRateLimit, watchRateLimit } from "./ui/ratelimit.js";
import { setupTabs } from "./ui/tabs.js";
import { setupDroplets, showDroplets } from "./views/droplets.js";
import { setupDomains, showDomains } from "./views/domains.js";

installGlobalHandlers();

async function loadPackage() {
  try {
    return await import("./pkg/browser.js");
  } catch (err) {
    notifyError(err, "The digitalocean-wasm package could not be loaded (build it with pkg-template/build.sh, or run ./demo.sh)");
    return null;
  }
}

const pkg = await loadPackage();
const workspace = document.getElementById("workspace");
const hint = document.getElementById("not-connected");

setupTabs(document.querySelector(".tabs"));
setupProgress();
setupDroplets();
setupDomains();

if (pkg) {
  await setupConnection({
    createClient: (options) => new pkg.DigitalOcean(options),
    onConnect(client) {
      hint.hidden = true;
      workspace.hidden = false;
      watchRateLimit(document.getElementById("rate-limit"), client);
      showDroplets(client);
      showDomains(client);
    },
    onDisconnect() {
      cancelAllProgress();
      stopRateLimit();
      workspace.hidden = true;
      hint.hidden = false;
      showDroplets(null);
      showDomains(null);
    },
  });
}
document.body.dataset.ready = "true";
