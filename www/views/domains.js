// Domains: list, add (with an optional IP for an A record), delete; opening one shows its records.

import { confirmAction } from "../ui/confirm.js";
import { busy, field, h, replace } from "../ui/dom.js";
import { notifyError, renderError } from "../ui/errors.js";
import { LARGEST_PAGE } from "./catalogue.js";
import { openRecords, setupRecords } from "./records.js";

let current = null; // the connected client
const $ = (id) => document.getElementById(id);

function domainRow(domain, client) {
  const remove = async () => {
    if (!(await confirmAction(`Delete the domain ${domain.name} and all its records?`, "Delete domain"))) return;
    try {
      await client.deleteDomain(domain.name);
      if ($("records-panel").dataset.domain === domain.name) openRecords(null, null);
      refreshDomains();
    } catch (err) {
      notifyError(err, `Deleting ${domain.name}`);
    }
  };
  return h(
    "tr",
    { dataset: { name: domain.name } },
    h("th", { scope: "row", "data-label": "Name" }, domain.name),
    h("td", { "data-label": "TTL" }, domain.ttl ?? "—"),
    h(
      "td",
      { "data-label": "Actions" },
      h("div", { class: "buttons" },
        h("button", { type: "button", onclick: () => openRecords(client, domain.name) }, "Records"),
        h("button", { type: "button", class: "danger", onclick: remove }, "Delete…"),
      ),
    ),
  );
}

/** Reloads the domain list. */
export async function refreshDomains() {
  const client = current;
  if (!client) return;
  try {
    const { domains } = await client.domains({ per_page: LARGEST_PAGE });
    if (client !== current) return;
    renderError($("domains-error"), null);
    replace(
      $("domains-table").tBodies[0],
      domains.length ? domains.map((d) => domainRow(d, client)) : h("tr", {}, h("td", { colspan: 3 }, "No domains yet.")),
    );
  } catch (err) {
    renderError($("domains-error"), err);
  }
}

/** Wires the add-domain form (once). */
export function setupDomains() {
  setupRecords();
  const form = $("create-domain-form");
  const errorSlot = form.querySelector(".form-error");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const client = current;
    if (!client) return;
    busy(form, async () => {
      renderError(errorSlot, null);
      const body = { name: field(form, "name") };
      if (field(form, "ip_address")) body.ip_address = field(form, "ip_address");
      try {
        await client.createDomain(body);
        form.reset();
        await refreshDomains();
        openRecords(client, body.name);
      } catch (err) {
        renderError(errorSlot, err); // the form keeps what was typed
      }
    });
  });
}

/** Points the view at `client` (null when disconnected). */
export function showDomains(client) {
  current = client;
  replace($("domains-table").tBodies[0]);
  openRecords(null, null);
  refreshDomains();
}
