// DNS records of one domain: list with a type filter, add, edit, delete; the zone file button.

import { confirmAction } from "../ui/confirm.js";
import { busy, field, h, replace } from "../ui/dom.js";
import { notifyError, renderError } from "../ui/errors.js";
import { LARGEST_PAGE } from "./catalogue.js";
import { hideZoneFile, showZoneFile } from "./zone-file.js";

const state = { client: null, domain: null, editing: null };
const $ = (id) => document.getElementById(id);
const NUMERIC = ["priority", "port", "weight", "flags", "ttl"];

/** Shows only the form fields that apply to the chosen record type (labels carry data-for="MX SRV"). */
function showFieldsFor(form) {
  const type = field(form, "type");
  for (const label of form.querySelectorAll("label[data-for]")) {
    label.hidden = !label.dataset.for.split(" ").includes(type);
  }
}

/** The request body: the visible fields, numbers as numbers. */
function readRecord(form) {
  const body = {};
  for (const control of form.elements) {
    if (!control.name || control.closest("label")?.hidden || control.value.trim() === "") continue;
    body[control.name] = NUMERIC.includes(control.name) ? Number(control.value) : control.value.trim();
  }
  return body;
}

function setEditing(record) {
  const form = $("record-form");
  state.editing = record;
  $("record-form-title").textContent = record ? `Edit ${record.type} record #${record.id}` : "Add a record";
  form.querySelector("button[type=submit]").textContent = record ? "Save record" : "Add record";
  $("record-cancel-edit").hidden = !record;
  form.reset();
  if (record) {
    for (const control of form.elements) {
      if (control.name && record[control.name] !== undefined && record[control.name] !== null) {
        control.value = String(record[control.name]);
      }
    }
    form.elements.namedItem("name").focus();
  }
  showFieldsFor(form);
  renderError(form.querySelector(".form-error"), null);
}

function recordRow(record) {
  const { client, domain } = state;
  const remove = async () => {
    if (!(await confirmAction(`Delete the ${record.type} record ${record.name} → ${record.data}?`, "Delete record"))) return;
    try {
      await client.deleteRecord(domain, record.id);
      if (state.editing?.id === record.id) setEditing(null);
      refreshRecords();
    } catch (err) {
      notifyError(err, "Deleting a record");
    }
  };
  const editable = record.type !== "SOA";
  return h(
    "tr",
    { dataset: { id: record.id, type: record.type, name: record.name } },
    h("td", { "data-label": "Type" }, record.type),
    h("th", { scope: "row", "data-label": "Name" }, record.name),
    h("td", { "data-label": "Data" }, h("code", {}, record.data)),
    h("td", { "data-label": "Priority" }, record.priority ?? "—"),
    h("td", { "data-label": "TTL" }, record.ttl ?? "—"),
    h(
      "td",
      { "data-label": "Actions" },
      editable
        ? h("div", { class: "buttons" },
            h("button", { type: "button", onclick: () => setEditing(record) }, "Edit"),
            h("button", { type: "button", class: "danger", onclick: remove }, "Delete…"),
          )
        : "—",
    ),
  );
}

/** Reloads the records of the open domain with the chosen type filter. */
export async function refreshRecords() {
  const { client, domain } = state;
  if (!client || !domain) return;
  const type = field($("record-filter"), "type");
  try {
    const filter = type ? { type, per_page: LARGEST_PAGE } : { per_page: LARGEST_PAGE };
    const reply = await client.domainRecords(domain, filter);
    if (state.domain !== domain) return;
    renderError($("records-error"), null);
    const rows = reply.domain_records.map(recordRow);
    replace($("records-table").tBodies[0], rows.length ? rows : h("tr", {}, h("td", { colspan: 6 }, "No records.")));
  } catch (err) {
    renderError($("records-error"), err);
  }
}

/** Opens the records panel for `domain` on `client` (null closes it). */
export function openRecords(client, domain) {
  Object.assign(state, { client, domain });
  const panel = $("records-panel");
  panel.hidden = !domain;
  panel.dataset.domain = domain ?? "";
  hideZoneFile();
  setEditing(null);
  replace($("records-table").tBodies[0]);
  if (!domain) return;
  $("records-title").textContent = `Records of ${domain}`;
  $("records-title").focus();
  refreshRecords();
}

/** Wires the filter, the record form and the zone file button (once). */
export function setupRecords() {
  const form = $("record-form");
  const errorSlot = form.querySelector(".form-error");
  showFieldsFor(form);
  form.elements.namedItem("type").addEventListener("change", () => showFieldsFor(form));
  $("record-filter").addEventListener("change", refreshRecords);
  $("record-filter").addEventListener("submit", (event) => event.preventDefault());
  $("record-cancel-edit").addEventListener("click", () => setEditing(null));
  $("zone-file-button").addEventListener("click", () => showZoneFile(state.client, state.domain, $("records-error")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { client, domain, editing } = state;
    if (!client || !domain) return;
    const body = readRecord(form);
    busy(form, async () => {
      renderError(errorSlot, null);
      try {
        if (editing) await client.updateRecord(domain, editing.id, body);
        else await client.createRecord(domain, body);
        setEditing(null);
        refreshRecords();
      } catch (err) {
        renderError(errorSlot, err); // the form keeps what was typed
      }
    });
  });
}
