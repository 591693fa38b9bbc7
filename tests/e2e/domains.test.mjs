// Domains and records: create a domain, add an A and a CNAME record, edit one, delete one,
// filter by type, view the zone file; a failed submit keeps the form's input.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { api, confirmDialog, connected, DESKTOP, launchBrowser, openConsole, screenshotsAllSizes, unlabelledControls } from "./helpers.mjs";

const DOMAIN = "e2e-example.com";
let browser;
let session;

before(async () => {
  await api("POST", "/meta/reset");
  browser = await launchBrowser();
  session = await openConsole(browser, { viewport: DESKTOP });
  await connected(session.page);
  await session.page.getByRole("tab", { name: "Domains" }).click();
});
after(async () => {
  await session?.context.close();
  await browser?.close();
});

const recordRow = (page, type, name) => page.locator(`#records-table tbody tr[data-type="${type}"][data-name="${name}"]`);

async function records() {
  return (await api("GET", `/v2/domains/${DOMAIN}/records?per_page=100`)).body.domain_records;
}

async function submitRecord(page, { type, name, data }) {
  const form = page.locator("#record-form");
  await form.getByLabel("Type").selectOption(type);
  await form.getByLabel(/^Name/).fill(name);
  await form.getByLabel(/^Data/).fill(data);
  await form.locator("button[type=submit]").click();
}

test("create a domain with an IP address", async () => {
  const { page } = session;
  const form = page.locator("#create-domain-form");
  await form.getByLabel("Domain name").fill(DOMAIN);
  await form.getByLabel(/IP address/).fill("203.0.113.7");
  await form.getByRole("button", { name: "Add domain" }).click();
  await page.locator(`#domains-table tr[data-name="${DOMAIN}"]`).waitFor();
  await page.locator(`#records-panel[data-domain="${DOMAIN}"]`).waitFor();
  await recordRow(page, "A", "@").waitFor();
  assert.ok((await records()).some((r) => r.type === "A" && r.data === "203.0.113.7"));
});

test("creating it again fails with the server's message, and the form keeps its input", async () => {
  const { page } = session;
  const form = page.locator("#create-domain-form");
  await form.getByLabel("Domain name").fill(DOMAIN);
  await form.getByRole("button", { name: "Add domain" }).click();
  const error = form.locator(".form-error");
  await error.waitFor();
  assert.match(await error.innerText(), /already exists.*HTTP 422.*Request id: \S+/s);
  assert.equal(await form.getByLabel("Domain name").inputValue(), DOMAIN);
});

test("add an A and a CNAME record", async () => {
  const { page } = session;
  await submitRecord(page, { type: "A", name: "www", data: "203.0.113.8" });
  await recordRow(page, "A", "www").waitFor();
  await submitRecord(page, { type: "CNAME", name: "blog", data: `www.${DOMAIN}.` });
  await recordRow(page, "CNAME", "blog").waitFor();
  const all = await records();
  assert.ok(all.some((r) => r.type === "A" && r.name === "www" && r.data === "203.0.113.8"));
  assert.ok(all.some((r) => r.type === "CNAME" && r.name === "blog"));
});

test("edit the A record", async () => {
  const { page } = session;
  await recordRow(page, "A", "www").getByRole("button", { name: "Edit" }).click();
  const form = page.locator("#record-form");
  assert.equal(await form.getByLabel(/^Data/).inputValue(), "203.0.113.8", "the form is filled from the record");
  await form.getByLabel(/^Data/).fill("203.0.113.9");
  await form.getByRole("button", { name: "Save record" }).click();
  await recordRow(page, "A", "www").getByText("203.0.113.9").waitFor();
  assert.equal((await records()).find((r) => r.name === "www").data, "203.0.113.9");
});

test("delete the CNAME record", async () => {
  const { page } = session;
  await recordRow(page, "CNAME", "blog").getByRole("button", { name: "Delete…" }).click();
  assert.match(await confirmDialog(page), /Delete the CNAME record blog/);
  await recordRow(page, "CNAME", "blog").waitFor({ state: "detached" });
  assert.ok(!(await records()).some((r) => r.type === "CNAME"));
});

test("filter records by type", async () => {
  const { page } = session;
  await page.locator("#record-filter").getByLabel("Type").selectOption("NS");
  await page.waitForFunction(() =>
    [...document.querySelectorAll("#records-table tbody tr")].every((r) => r.dataset.type === "NS"),
  );
  assert.equal(await page.locator("#records-table tbody tr").count(), 3);
  await page.locator("#record-filter").getByLabel("Type").selectOption("");
  await recordRow(page, "A", "www").waitFor();
});

test("view the zone file, then the domain screens at desktop, phone and dark", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "View zone file" }).click();
  const zone = page.locator("#zone-file");
  await zone.waitFor();
  const text = await zone.innerText();
  assert.match(text, /\sSOA\s/);
  assert.match(text, /^www\.e2e-example\.com\.\s.*\bA\s+203\.0\.113\.9$/m);
  assert.doesNotMatch(text, /CNAME/);
  assert.equal(text, (await api("GET", `/v2/domains/${DOMAIN}`)).body.domain.zone_file);
  assert.deepEqual(await unlabelledControls(page), [], "every control has a label");
  await screenshotsAllSizes(page, "domains");
  assert.deepEqual(session.leaks, []);
  assert.deepEqual(session.errors, []);
});

test("delete the domain", async () => {
  const { page } = session;
  await page.locator(`#domains-table tr[data-name="${DOMAIN}"]`).getByRole("button", { name: "Delete…" }).click();
  await confirmDialog(page);
  await page.locator(`#domains-table tr[data-name="${DOMAIN}"]`).waitFor({ state: "detached" });
  assert.equal((await api("GET", `/v2/domains/${DOMAIN}`)).status, 404);
  assert.equal(await page.locator("#records-panel").isHidden(), true);
});
