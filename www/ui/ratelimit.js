// The rate-limit badge: remaining / limit and the reset time, read from client.rateLimit.

import { replace } from "./dom.js";

const REFRESH_MS = 1000;
let timer = null;

function render(node, rateLimit) {
  if (!rateLimit) {
    replace(node, "Rate limit: no reply yet");
    node.dataset.level = "unknown";
    return;
  }
  const { limit, remaining, reset } = rateLimit;
  const at = new Date(reset * 1000).toLocaleTimeString();
  replace(node, `Rate limit: ${remaining} / ${limit} left · resets ${at}`);
  node.dataset.level = remaining < limit * 0.1 ? "low" : "ok";
}

/** Shows the client's latest rate limit in `node` and keeps it fresh (polls finish in the background). */
export function watchRateLimit(node, client) {
  stopRateLimit();
  node.hidden = false;
  const refresh = () => render(node, client.rateLimit);
  refresh();
  timer = setInterval(refresh, REFRESH_MS);
}

/** Stops refreshing the badge (on disconnect). */
export function stopRateLimit() {
  if (timer !== null) clearInterval(timer);
  timer = null;
}
