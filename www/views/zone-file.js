// The zone file view of a domain, as the API renders it.

import { renderError } from "../ui/errors.js";

/** Loads and shows `domainName`'s zone file (errors go to `errorSlot`). */
export async function showZoneFile(client, domainName, errorSlot) {
  const panel = document.getElementById("zone-file-panel");
  const pre = document.getElementById("zone-file");
  try {
    const { domain } = await client.domain(domainName);
    pre.textContent = domain.zone_file ?? "(the API returned no zone file yet)";
    panel.hidden = false;
    pre.focus();
  } catch (err) {
    renderError(errorSlot, err);
  }
}

/** Hides the zone file (when the domain changes). */
export function hideZoneFile() {
  document.getElementById("zone-file-panel").hidden = true;
  document.getElementById("zone-file").textContent = "";
}
