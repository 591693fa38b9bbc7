// One droplet as a table row: name, status, region, size, addresses, tags and its actions menu.

import { h } from "../ui/dom.js";

/** The first address of `kind` ("public"/"private") in a droplet's v4 or v6 networks. */
function address(droplet, version, kind = "public") {
  return droplet.networks?.[version]?.find((n) => n.type === kind)?.ip_address ?? "";
}

const cell = (label, ...content) => h("td", { "data-label": label }, ...content);

/** A <tr> for `droplet` whose last cell holds `actionsMenu`. */
export function dropletRow(droplet, actionsMenu) {
  actionsMenu.querySelector(".droplet-name").textContent = ` for ${droplet.name}`; // for screen readers
  const v4 = address(droplet, "v4");
  const v6 = address(droplet, "v6");
  return h(
    "tr",
    { dataset: { id: droplet.id, name: droplet.name, status: droplet.status } },
    h("th", { scope: "row", "data-label": "Name" }, h("span", {}, h("span", { class: "name" }, droplet.name), h("small", {}, ` #${droplet.id}`))),
    cell("Status", h("span", { class: "status", dataset: { status: droplet.status } }, droplet.status)),
    cell("Region", droplet.region?.slug ?? ""),
    cell("Size", droplet.size_slug ?? droplet.size?.slug ?? ""),
    cell("IPv4", v4 ? h("code", {}, v4) : "—"),
    cell("IPv6", v6 ? h("code", { class: "ipv6" }, v6) : "—"),
    cell("Tags", droplet.tags?.length ? h("ul", { class: "tags" }, droplet.tags.map((t) => h("li", {}, t))) : "—"),
    cell("Actions", actionsMenu),
  );
}
