// The create-droplets form: names, region/size/image from the API, tags, SSH keys, IPv6.

import { field, fillSelect, h, replace, words } from "../ui/dom.js";
import { isAbort, renderError } from "../ui/errors.js";
import { track } from "../ui/progress.js";
import { catalogue, sizeLabel } from "./catalogue.js";

let current = null; // the connected client
const form = () => document.getElementById("create-droplet-form");

/** Fills the region, size, image and SSH-key choices from the API. */
async function loadChoices(client) {
  const target = form();
  const errorSlot = target.querySelector(".form-error");
  try {
    const { regions, sizes, images, keys } = await catalogue(client);
    if (client !== current) return;
    const el = target.elements;
    fillSelect(el.namedItem("region"), regions.map((r) => ({ value: r.slug, label: `${r.slug} · ${r.name}` })));
    fillSelect(el.namedItem("size"), sizes.map((s) => ({ value: s.slug, label: sizeLabel(s) })));
    fillSelect(
      el.namedItem("image"),
      images.map((i) => ({ value: i.slug ?? String(i.id), label: `${i.distribution ?? ""} ${i.name}`.trim() })),
    );
    const fieldset = document.getElementById("ssh-keys");
    replace(
      fieldset,
      h("legend", {}, "SSH keys"),
      keys.length === 0 ? h("p", { class: "hint" }, "No SSH keys on this account.") : null,
      keys.map((k) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name: "ssh_keys", value: k.id }), ` ${k.name}`),
      ),
    );
  } catch (err) {
    renderError(errorSlot, err);
  }
}

/** The request body the form describes (`name` for one droplet, `names` for several). */
function readBody(target) {
  const names = words(field(target, "names"));
  const body = {
    region: field(target, "region"),
    size: field(target, "size"),
    image: field(target, "image"),
    tags: words(field(target, "tags")),
    ssh_keys: [...target.querySelectorAll("input[name=ssh_keys]:checked")].map((c) => Number(c.value)),
    ipv6: target.elements.namedItem("ipv6").checked,
  };
  return names.length === 1 ? { name: names[0], ...body } : { names, ...body };
}

/** Wires the form; `refresh` reloads the droplet list. Several creates may run at once. */
export function setupCreateDroplet(refresh) {
  const target = form();
  const errorSlot = target.querySelector(".form-error");
  target.addEventListener("submit", async (event) => {
    event.preventDefault();
    const client = current;
    if (!client) return;
    const body = readBody(target);
    const submitted = field(target, "names");
    renderError(errorSlot, null);
    const button = target.querySelector("button[type=submit]");
    button.disabled = true; // no double submit while the request is on its way
    let accepted = false;
    const outcome = await track(`Create ${body.name ?? body.names.join(", ")}`, (opts) =>
      client.createDroplet(body, {
        ...opts,
        onProgress(action) {
          opts.onProgress(action);
          if (accepted) return;
          accepted = true; // the droplets exist now: list them while they boot, allow the next create
          button.disabled = false;
          refresh();
        },
      }),
    );
    button.disabled = false;
    refresh();
    const names = target.elements.namedItem("names");
    if (outcome.error && !isAbort(outcome.error)) renderError(errorSlot, outcome.error);
    else if (!outcome.error && names.value.trim() === submitted) names.value = "";
  });
}

/** Points the form at `client` and loads its choices. */
export function showCreateDroplet(client) {
  current = client;
  if (client) loadChoices(client);
}
