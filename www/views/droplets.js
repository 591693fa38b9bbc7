// The droplet list: filters by name and tag, pagination, one row per droplet.

import { field, h, replace } from "../ui/dom.js";
import { renderError } from "../ui/errors.js";
import { setupBulk } from "./bulk.js";
import { setupCreateDroplet, showCreateDroplet } from "./droplet-create.js";
import { dropletActions } from "./droplet-actions.js";
import { dropletRow } from "./droplet-row.js";

const state = { client: null, page: 1, lastPage: 1, query: {}, loading: null };
const $ = (id) => document.getElementById(id);

/** Reads the filter form into the API's query parameters. */
function readFilter() {
  const form = $("droplet-filter");
  const query = { per_page: Number(field(form, "per_page")) || 10 };
  if (field(form, "name")) query.name = field(form, "name");
  if (field(form, "tag")) query.tag_name = field(form, "tag");
  return query;
}

/** The page number a `links.pages.last` URL points at (the current page when there is none). */
function lastPage(links, current) {
  const last = links?.pages?.last;
  if (!last) return links?.pages?.next ? current + 1 : current;
  return Number(new URL(last).searchParams.get("page")) || current;
}

/** Reloads the current page of droplets (safe to call any time; overlapping reloads keep the latest). */
export async function refreshDroplets() {
  const { client } = state;
  if (!client) return;
  const errorSlot = $("droplets-error");
  const table = $("droplets-table");
  const ticket = {};
  state.loading = ticket;
  table.setAttribute("aria-busy", "true");
  try {
    const reply = await client.droplets({ ...state.query, page: state.page });
    if (state.loading !== ticket || state.client !== client) return;
    renderError(errorSlot, null);
    if (reply.droplets.length === 0 && state.page > 1) {
      state.page -= 1; // the last page emptied (deletes): step back
      return refreshDroplets();
    }
    state.lastPage = lastPage(reply.links, state.page);
    const menus = new Map([...table.tBodies[0].rows].map((r) => [r.dataset.id, r.querySelector(".droplet-actions")]));
    const rows = reply.droplets.map((d) =>
      dropletRow(d, menus.get(String(d.id)) ?? dropletActions(d.id, client, refreshDroplets)),
    );
    const empty = h("tr", {}, h("td", { colspan: 8 }, "No droplets match."));
    replace(table.tBodies[0], rows.length ? rows : empty);
    $("droplets-caption").textContent = `Droplets (${reply.meta?.total ?? rows.length})`;
    $("droplets-page").textContent = `Page ${state.page} of ${state.lastPage}`;
    $("droplets-prev").disabled = state.page <= 1;
    $("droplets-next").disabled = state.page >= state.lastPage;
  } catch (err) {
    if (state.loading === ticket) renderError(errorSlot, err);
  } finally {
    if (state.loading === ticket) table.removeAttribute("aria-busy");
  }
}

/** Wires the filter form and the pager (once, at start-up). */
export function setupDroplets() {
  const form = $("droplet-filter");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.query = readFilter();
    state.page = 1;
    refreshDroplets();
  });
  form.addEventListener("reset", () =>
    setTimeout(() => form.requestSubmit(), 0),
  );
  $("droplets-reload").addEventListener("click", refreshDroplets);
  $("droplets-prev").addEventListener("click", () => {
    state.page = Math.max(1, state.page - 1);
    refreshDroplets();
  });
  $("droplets-next").addEventListener("click", () => {
    state.page = Math.min(state.lastPage, state.page + 1);
    refreshDroplets();
  });
  setupCreateDroplet(refreshDroplets);
  setupBulk(refreshDroplets, () => state.client);
}

/** Points the view at `client` (null when disconnected) and loads the first page. */
export function showDroplets(client) {
  state.client = client;
  state.page = 1;
  state.query = readFilter();
  replace($("droplets-table").tBodies[0]);
  showCreateDroplet(client);
  if (client) refreshDroplets();
}

