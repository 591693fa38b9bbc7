// The per-droplet actions menu: power actions, rename, resize, snapshot, IPv6, delete.

import { confirmAction } from "../ui/confirm.js";
import { field, fillSelect, h } from "../ui/dom.js";
import { track } from "../ui/progress.js";
import { catalogue, sizeLabel } from "./catalogue.js";

const SIMPLE_ACTIONS = [
  ["Reboot", "reboot"],
  ["Power off", "powerOff"],
  ["Power on", "powerOn"],
  ["Shut down", "shutdown"],
  ["Power cycle", "powerCycle"],
  ["Enable IPv6", "enableIpv6"],
];

/** A small labelled one-field form; `submit(form)` returns track()'s outcome; the input clears on success only. */
function miniForm(title, control, buttonLabel, submit) {
  const form = h("form", { class: "mini" }, h("label", {}, title, control), h("button", { type: "submit" }, buttonLabel));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const outcome = await submit(form);
    if (!outcome.error && control.tagName === "INPUT") control.value = "";
  });
  return form;
}

let outsideClickWired = false;

/** A click outside every droplet menu closes the open one (wired once per page). */
function closeMenusOnOutsideClick() {
  if (outsideClickWired) return;
  outsideClickWired = true;
  document.addEventListener("click", (event) => {
    for (const menu of document.querySelectorAll("details.droplet-actions[open]")) {
      if (!menu.contains(event.target)) menu.open = false;
    }
  });
}

/**
 * The actions menu of droplet `id` (a <details>, reused across list refreshes so an open menu stays open).
 * The droplet's current name is read from the enclosing row when an action starts.
 */
export function dropletActions(id, client, refresh) {
  closeMenusOnOutsideClick();
  const menu = h("details", { class: "droplet-actions" });
  const nameNow = () => menu.closest("tr")?.dataset.name ?? `#${id}`;
  const run = async (verb, call, suffix = "") => {
    menu.open = false; // like any menu: choosing closes it; the progress column takes over
    const outcome = await track(`${verb} ${nameNow()}${suffix}`, call);
    refresh();
    return outcome;
  };

  const sizeSelect = h("select", { name: "size", required: true });
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  menu.addEventListener("toggle", async () => {
    if (!menu.open) return;
    for (const other of document.querySelectorAll("details.droplet-actions[open]")) if (other !== menu) other.open = false;
    if (sizeSelect.options.length) return;
    const { sizes } = await catalogue(client).catch(() => ({ sizes: [] }));
    fillSelect(sizeSelect, sizes.map((s) => ({ value: s.slug, label: sizeLabel(s) })));
  });

  menu.append(
    h("summary", {}, "Actions", h("span", { class: "sr-only droplet-name" })),
    h(
      "div",
      { class: "menu" },
      h(
        "div",
        { class: "buttons" },
        SIMPLE_ACTIONS.map(([label, method]) =>
          h("button", { type: "button", onclick: () => run(label, (opts) => client[method]({ id }, opts)) }, label),
        ),
      ),
      miniForm("New name", h("input", { name: "name", required: true, autocapitalize: "off" }), "Rename", (form) => {
        const name = field(form, "name");
        return run("Rename", (opts) => client.rename({ id }, name, opts), ` to ${name}`);
      }),
      miniForm("New size", sizeSelect, "Resize", (form) => {
        const size = field(form, "size");
        return run("Resize", (opts) => client.resize({ id }, size, false, opts), ` to ${size}`);
      }),
      miniForm("Snapshot name", h("input", { name: "snapshot", required: true, autocapitalize: "off" }), "Snapshot", (form) => {
        const name = field(form, "snapshot");
        return run("Snapshot", (opts) => client.createDropletSnapshot({ id }, name, opts));
      }),
      h(
        "button",
        {
          type: "button",
          class: "danger",
          onclick: async () => {
            if (await confirmAction(`Delete droplet ${nameNow()}? This cannot be undone.`, "Delete droplet")) {
              run("Delete", (opts) => client.deleteDroplet({ id }, opts));
            }
          },
        },
        "Delete…",
      ),
    ),
  );
  return menu;
}
