// Droplets: create and watch progress reach completed, reboot, rename, bulk power-off by tag, delete.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  api, confirmDialog, connected, DESKTOP, dropletMenu, dropletRow, launchBrowser, openConsole,
  progressEntry, recordStatuses, screenshot, screenshotsAllSizes, unlabelledControls, settled, statusHistory,
} from "./helpers.mjs";

let browser;
let session; // { page, context, leaks, errors }

before(async () => {
  await api("POST", "/meta/reset");
  browser = await launchBrowser();
  session = await openConsole(browser, { viewport: DESKTOP });
  await connected(session.page);
  await recordStatuses(session.page);
});
after(async () => {
  await session?.context.close();
  await browser?.close();
});

/** Submits the create form and waits until the progress entry settles. */
async function createDroplets(page, names, tags) {
  const form = page.locator("#create-droplet-form");
  await form.locator("select[name=region] option").first().waitFor({ state: "attached" });
  await form.getByLabel(/^Name\(s\)/).fill(names);
  await form.getByLabel(/^Tags/).fill(tags);
  await form.getByRole("button", { name: "Create" }).click();
  const label = `Create ${names.split(" ").join(", ")}`;
  return { label, status: await settled(page, label) };
}

async function dropletsByTag(tag) {
  return (await api("GET", `/v2/droplets?tag_name=${tag}&per_page=50`)).body.droplets;
}

test("create a droplet and watch its progress reach completed", async () => {
  const { page } = session;
  const { label, status } = await createDroplets(page, "e2e-web-1", "e2e-web");
  assert.equal(status, "completed");
  const history = await statusHistory(page, label);
  assert.deepEqual(history, ["pending", "in-progress", "completed"], `went through ${history}`);
  assert.equal(await progressEntry(page, label).locator("progress").evaluate((p) => p.value === p.max), true);
  const row = dropletRow(page, "e2e-web-1");
  await row.locator('.status[data-status="active"]').waitFor();
  assert.match(await row.locator('td[data-label="IPv4"]').innerText(), /^\d+\.\d+\.\d+\.\d+$/);
  assert.equal(await row.locator('td[data-label="Region"]').innerText(), (await dropletsByTag("e2e-web"))[0].region.slug);
});

test("a rejected create shows the server's message and keeps the form's input", async () => {
  const { page } = session;
  const { status } = await createDroplets(page, "bad_name!", "e2e-web");
  assert.equal(status, "errored");
  const form = page.locator("#create-droplet-form");
  assert.match(await form.locator(".form-error").innerText(), /not a valid hostname.*HTTP 422.*Request id: \S+/s);
  assert.equal(await form.getByLabel(/^Name\(s\)/).inputValue(), "bad_name!");
  assert.equal(await form.getByLabel(/^Tags/).inputValue(), "e2e-web");
  assert.equal(await form.getByRole("button", { name: "Create" }).isEnabled(), true);
});

test("reboot it", async () => {
  const { page } = session;
  const menu = await dropletMenu(page, "e2e-web-1");
  await menu.getByRole("button", { name: "Reboot" }).click();
  assert.equal(await settled(page, "Reboot e2e-web-1"), "completed");
  const [droplet] = await dropletsByTag("e2e-web");
  const actions = (await api("GET", `/v2/droplets/${droplet.id}/actions`)).body.actions;
  assert.ok(actions.some((a) => a.type === "reboot" && a.status === "completed"), "the API saw a completed reboot");
});

test("an action that ends errored shows why", async () => {
  const { page } = session;
  await api("PUT", "/meta/faults", { body: { errored_actions: 1, routes: ["dropletActions_post"] } });
  try {
    const menu = await dropletMenu(page, "e2e-web-1");
    await menu.getByRole("button", { name: "Power cycle" }).click();
    assert.equal(await settled(page, "Power cycle e2e-web-1"), "errored");
    const why = await progressEntry(page, "Power cycle e2e-web-1").locator(".progress-error").innerText();
    assert.match(why, /\w+/, "the entry says why");
  } finally {
    await api("PUT", "/meta/faults", { body: { errored_actions: 0 } });
  }
});

test("rename it", async () => {
  const { page } = session;
  const menu = await dropletMenu(page, "e2e-web-1");
  await menu.getByLabel("New name").fill("e2e-web-renamed");
  await menu.getByRole("button", { name: "Rename" }).click();
  assert.equal(await settled(page, "Rename e2e-web-1 to e2e-web-renamed"), "completed");
  await dropletRow(page, "e2e-web-renamed").waitFor();
  assert.equal((await dropletsByTag("e2e-web"))[0].name, "e2e-web-renamed");
});

test("bulk power-off by tag, behind a confirmation", async () => {
  const { page } = session;
  const created = await createDroplets(page, "e2e-bulk-1 e2e-bulk-2", "e2e-bulk");
  assert.equal(created.status, "completed");
  for (const name of ["e2e-bulk-1", "e2e-bulk-2"]) {
    await (await dropletMenu(page, name)).getByRole("button", { name: "Reboot" }).click();
  }
  const open = page.locator("#progress-list li:is([data-status=pending], [data-status=in-progress])");
  assert.ok((await open.count()) >= 2, "several actions wait at once");
  assert.equal(await settled(page, "Reboot e2e-bulk-1"), "completed");
  assert.equal(await settled(page, "Reboot e2e-bulk-2"), "completed");
  const form = page.locator("#bulk-form");
  await form.getByLabel("Tag").fill("e2e-bulk");
  await form.getByLabel("Action").selectOption("powerOff");
  await form.getByRole("button", { name: "Run on tag…" }).click();
  const question = await confirmDialog(page);
  assert.match(question, /Power off all 2 droplets tagged "e2e-bulk"/);
  const label = "Power off every droplet tagged e2e-bulk";
  await progressEntry(page, label).waitFor();
  await screenshot(page, "droplets-desktop-progress");
  assert.equal(await settled(page, label), "completed");
  assert.deepEqual((await dropletsByTag("e2e-bulk")).map((d) => d.status), ["off", "off"]);
  assert.equal((await dropletsByTag("e2e-web"))[0].status, "active", "other tags untouched");
  await dropletRow(page, "e2e-bulk-1").locator('.status[data-status="off"]').waitFor();
});

test("resize, enable IPv6, snapshot and power on (one at a time, as DigitalOcean requires)", async () => {
  const { page } = session;
  const name = "e2e-bulk-1";
  const [before] = (await dropletsByTag("e2e-bulk")).filter((d) => d.name === name);
  let menu = await dropletMenu(page, name);
  const size = menu.getByLabel("New size");
  await size.locator("option").nth(1).waitFor({ state: "attached" });
  await size.selectOption({ index: 1 });
  const newSize = await size.inputValue();
  assert.notEqual(newSize, before.size_slug);
  await menu.getByRole("button", { name: "Resize" }).click();
  assert.equal(await settled(page, `Resize ${name} to ${newSize}`), "completed");
  await (await dropletMenu(page, name)).getByRole("button", { name: "Enable IPv6" }).click();
  assert.equal(await settled(page, `Enable IPv6 ${name}`), "completed");
  menu = await dropletMenu(page, name);
  await menu.getByLabel("Snapshot name").fill("e2e-snap");
  await menu.getByRole("button", { name: "Snapshot" }).click();
  assert.equal(await settled(page, `Snapshot ${name}`), "completed");
  await (await dropletMenu(page, name)).getByRole("button", { name: "Power on" }).click();
  assert.equal(await settled(page, `Power on ${name}`), "completed");
  const after = (await api("GET", `/v2/droplets/${before.id}`)).body.droplet;
  assert.equal(after.size_slug, newSize);
  assert.equal(after.status, "active");
  assert.ok(after.networks.v6.length > 0, "has IPv6");
  const snapshots = (await api("GET", `/v2/droplets/${before.id}/snapshots`)).body.snapshots;
  assert.ok(snapshots.some((s) => s.name === "e2e-snap"), "snapshot taken");
  await dropletRow(page, name).locator("code.ipv6").waitFor();
});

test("filter by tag, then the main screens at desktop, phone and dark", async () => {
  const { page } = session;
  await page.locator("#droplet-filter").getByLabel("Tag").fill("e2e-bulk");
  await page.locator("#droplet-filter").getByRole("button", { name: "Filter" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#droplets-table tbody tr").length === 2);
  await page.locator("#droplet-filter").getByRole("button", { name: "Clear" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#droplets-table tbody tr").length === 3);
  await dropletMenu(page, "e2e-bulk-1");
  assert.deepEqual(await unlabelledControls(page), [], "every control has a label");
  await screenshotsAllSizes(page, "droplets");
  await page.getByRole("button", { name: "Clear finished" }).click();
  assert.equal(await page.locator("#progress-list > li").count(), 0, "every entry had settled");
});

test("pages through the list", async () => {
  const { page } = session;
  assert.equal((await createDroplets(page, "e2e-page-1 e2e-page-2 e2e-page-3", "e2e-page")).status, "completed");
  const filter = page.locator("#droplet-filter");
  await filter.getByLabel("Per page").selectOption("5");
  await filter.getByRole("button", { name: "Filter" }).click();
  const pageLabel = page.locator("#droplets-page");
  await page.waitForFunction(() => document.getElementById("droplets-page").textContent === "Page 1 of 2");
  assert.equal(await page.locator("#droplets-table tbody tr").count(), 5);
  assert.equal(await page.locator("#droplets-prev").isDisabled(), true);
  await page.getByRole("button", { name: "Next page" }).click();
  await page.waitForFunction(() => document.getElementById("droplets-page").textContent === "Page 2 of 2");
  assert.equal(await page.locator("#droplets-table tbody tr").count(), 1);
  assert.equal(await page.locator("#droplets-next").isDisabled(), true);
  await page.getByRole("button", { name: "Previous page" }).click();
  await page.waitForFunction(() => document.getElementById("droplets-page").textContent === "Page 1 of 2");
  await filter.getByLabel("Per page").selectOption("10");
  await filter.getByRole("button", { name: "Filter" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#droplets-table tbody tr").length === 6);
  assert.equal(await pageLabel.innerText(), "Page 1 of 1");
});

test("delete it, behind a confirmation", async () => {
  const { page } = session;
  const [droplet] = await dropletsByTag("e2e-web");
  const menu = await dropletMenu(page, "e2e-web-renamed");
  await menu.getByRole("button", { name: "Delete…" }).click();
  assert.match(await confirmDialog(page), /Delete droplet e2e-web-renamed\?/);
  assert.equal(await settled(page, "Delete e2e-web-renamed"), "completed");
  await dropletRow(page, "e2e-web-renamed").waitFor({ state: "detached" });
  assert.equal((await api("GET", `/v2/droplets/${droplet.id}`)).status, 404);
  assert.deepEqual(session.leaks, []);
  assert.deepEqual(session.errors, []);
});
