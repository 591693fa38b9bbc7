// The connection panel: endpoint, bearer token (memory only unless the user opts in), connect/disconnect.

import { busy, field } from "./ui/dom.js";
import { renderError } from "./ui/errors.js";

const OFFICIAL_API = "https://api.digitalocean.com";
const REMEMBER_KEY = "digitalocean-console.token"; // sessionStorage only, and only on request
const PROBE_TIMEOUT_MS = 3000;

/**
 * The page's own origin when it is served by the simulator (or any DO-shaped API), else the
 * official API. The probe sends no token: a DO API answers 401 with a JSON body that has an `id`.
 */
async function defaultEndpoint() {
  if (!location.protocol.startsWith("http")) return OFFICIAL_API;
  try {
    const reply = await fetch(new URL("/v2/account", location.origin), {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = reply.status === 401 ? await reply.json() : null;
    return typeof body?.id === "string" ? location.origin : OFFICIAL_API;
  } catch {
    return OFFICIAL_API;
  }
}

function rememberedToken() {
  try {
    return sessionStorage.getItem(REMEMBER_KEY);
  } catch {
    return null; // storage disabled
  }
}

function remember(token, wanted) {
  try {
    if (wanted) sessionStorage.setItem(REMEMBER_KEY, token);
    else sessionStorage.removeItem(REMEMBER_KEY);
  } catch {
    // storage disabled: the token simply stays in memory
  }
}

/**
 * Wires the connection form. `createClient(options)` builds the client; `onConnect(client, account)`
 * and `onDisconnect()` switch the rest of the page. The token is held only in this closure.
 */
export async function setupConnection({ createClient, onConnect, onDisconnect }) {
  const panel = document.getElementById("connection");
  const form = document.getElementById("connect-form");
  const errorSlot = form.querySelector(".form-error");
  const status = document.getElementById("connection-status");
  const disconnect = document.getElementById("disconnect");
  const tokenInput = form.elements.namedItem("token");

  const saved = rememberedToken();
  if (saved) {
    tokenInput.value = saved;
    form.elements.namedItem("remember").checked = true;
  }
  let client = null;
  let heldToken = null; // the connected token: memory only

  form.addEventListener("submit", (event) => {
    event.preventDefault(); // never let the browser serialise the token anywhere
    busy(form, async () => {
      renderError(errorSlot, null);
      const endpoint = field(form, "endpoint").replace(/\/+$/, "");
      const token = tokenInput.value.trim() || heldToken; // empty field: keep the connected token
      try {
        const candidate = createClient({
          endpoint,
          bearer: token,
          rateLimitFrequency: Number(field(form, "poll")) || 2,
        });
        const { account } = await candidate.account();
        remember(token, form.elements.namedItem("remember").checked);
        tokenInput.value = "";
        tokenInput.required = false;
        tokenInput.placeholder = "held in memory; type a new one to reconnect";
        client = candidate; // a previous client finishes its own waits, then its poller stops
        heldToken = token;
        status.textContent = `connected to ${endpoint}` + (account?.email ? ` as ${account.email}` : "");
        panel.dataset.connected = "true";
        disconnect.hidden = false;
        panel.open = false;
        onConnect(client, account);
      } catch (err) {
        renderError(errorSlot, err);
      }
    });
  });

  disconnect.addEventListener("click", () => {
    client = null;
    heldToken = null;
    remember("", false);
    tokenInput.required = true;
    tokenInput.placeholder = "";
    status.textContent = "not connected";
    delete panel.dataset.connected;
    disconnect.hidden = true;
    panel.open = true;
    onDisconnect();
    tokenInput.focus();
  });

  const endpointInput = form.elements.namedItem("endpoint");
  if (!endpointInput.value) endpointInput.value = await defaultEndpoint();
}
