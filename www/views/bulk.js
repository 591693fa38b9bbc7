// Tag-wide bulk actions (reboot, power off, power on, delete) behind a confirmation.

import { confirmAction } from "../ui/confirm.js";
import { busy, field } from "../ui/dom.js";
import { renderError } from "../ui/errors.js";
import { track } from "../ui/progress.js";

/** How many droplets carry `tag` (one small request). */
async function countTagged(client, tag) {
  const reply = await client.droplets({ tag_name: tag, per_page: 1 });
  return reply.meta?.total ?? reply.droplets.length;
}

/** Wires the bulk form; `getClient()` gives the connected client, `refresh` reloads the list. */
export function setupBulk(refresh, getClient) {
  const form = document.getElementById("bulk-form");
  const errorSlot = form.querySelector(".form-error");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const client = getClient();
    if (!client) return;
    const tag = field(form, "tag");
    const select = form.elements.namedItem("action");
    const method = select.value;
    const label = select.selectedOptions[0].textContent;
    busy(form, async () => {
      renderError(errorSlot, null);
      try {
        const count = await countTagged(client, tag);
        if (count === 0) throw new Error(`No droplet has the tag "${tag}".`);
        const warning = method === "deleteDroplet" ? " This cannot be undone." : "";
        const question = `${label} all ${count} droplet${count === 1 ? "" : "s"} tagged "${tag}"?${warning}`;
        if (!(await confirmAction(question, `${label} ${count}`))) return;
      } catch (err) {
        renderError(errorSlot, err);
        return;
      }
      track(`${label} every droplet tagged ${tag}`, (opts) => client[method]({ tag }, opts)).then(refresh);
    });
  });
}
