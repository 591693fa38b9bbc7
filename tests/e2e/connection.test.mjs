// Connection panel: a wrong token shows the server's 401 message; the right one connects; the
// token stays out of URLs, logs, visible text and localStorage; "remember" uses sessionStorage only.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { api, connect, connected, env, launchBrowser, openConsole, PHONE, screenshot } from "./helpers.mjs";

const WRONG = "dop_v1_e2e_wrong_token";
let browser;

before(async () => {
  await api("POST", "/meta/reset");
  browser = await launchBrowser();
});
after(() => browser?.close());

test("a wrong token shows the server's 401 message with its request id", async () => {
  const expected = await api("GET", "/v2/account", { token: WRONG });
  assert.equal(expected.status, 401);
  const { page, context, leaks, errors } = await openConsole(browser, { secrets: [WRONG, env.token] });
  await connect(page, { token: WRONG });
  const error = page.locator("#connect-form .form-error");
  await error.waitFor();
  const text = await error.innerText();
  assert.ok(text.includes(expected.body.message), `shown: ${text}; server said: ${expected.body.message}`);
  assert.match(text, /HTTP 401/);
  assert.match(text, /Request id: \S+/);
  assert.equal(await page.getByLabel("Bearer token").inputValue(), WRONG, "the form keeps its input");
  assert.ok(!(await page.locator("body").innerText()).includes(WRONG), "token not in visible text");
  await screenshot(page, "connection-401-desktop");
  assert.deepEqual(leaks, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("connects to the page's own origin; the token stays in memory", async () => {
  const { page, context, leaks, errors } = await openConsole(browser);
  assert.equal(await page.getByLabel("API endpoint").inputValue(), env.url, "default endpoint = the simulator serving the page");
  await connected(page);
  assert.match(await page.locator("#connection-status").innerText(), /connected to/);
  assert.equal(await page.getByLabel("Bearer token").inputValue(), "", "the input no longer holds the token");
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(storage, { local: 0, session: 0 });
  const badge = page.locator("#rate-limit");
  await badge.waitFor();
  assert.match(await badge.innerText(), /Rate limit: \d+ \/ \d+ left · resets/);
  assert.ok(!(await page.content()).includes(env.token), "token not in the DOM");
  await page.locator("#connection > summary").click();
  await page.getByLabel("Poll actions every (seconds)").fill("1");
  await page.getByRole("button", { name: "Connect", exact: true }).click(); // empty token field: the held token is reused
  await page.locator("#connection:not([open])").waitFor();
  assert.equal(await page.locator("#connect-form .form-error").isHidden(), true);
  assert.deepEqual(leaks, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("remember on this device keeps the token in sessionStorage only, and reconnects after reload", async () => {
  const { page, context, leaks } = await openConsole(browser, { viewport: PHONE });
  await connected(page, { remember: true });
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.evaluate(() => Object.values({ ...sessionStorage }).includes("dop_v1_demo")), true);
  await page.reload();
  await page.locator("body[data-ready]").waitFor();
  assert.equal(await page.getByLabel(/Remember the token/).isChecked(), true);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await page.locator("#connection[data-connected]").waitFor();
  await page.getByRole("button", { name: "Disconnect" }).click();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, "disconnect forgets the token");
  await screenshot(page, "connection-phone");
  assert.deepEqual(leaks, []);
  await context.close();
});

test("keyboard only: connect with Enter, switch tabs with the arrow keys, Escape cancels a confirmation", async () => {
  await api("POST", "/v2/domains", { body: { name: "e2e-keyboard.com" } });
  const { page, context } = await openConsole(browser);
  await page.getByLabel("Bearer token").focus();
  await page.keyboard.type(env.token);
  await page.keyboard.press("Enter");
  await page.locator("#connection[data-connected]").waitFor();
  await page.getByRole("tab", { name: "Droplets" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getByRole("tab", { name: "Domains" }).getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#domains-view").isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-domains");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator("#droplets-view").isVisible(), true);
  const form = page.locator("#bulk-form");
  await form.getByLabel("Tag").fill("no-such-tag-e2e");
  await form.getByLabel("Tag").press("Enter");
  await form.locator(".form-error").getByText('No droplet has the tag "no-such-tag-e2e".').waitFor();

  await page.getByRole("tab", { name: "Droplets" }).press("ArrowRight");
  const remove = page.locator('#domains-table tr[data-name="e2e-keyboard.com"]').getByRole("button", { name: "Delete…" });
  await remove.focus();
  await page.keyboard.press("Enter");
  await page.locator("dialog.confirm[open]").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("dialog.confirm").waitFor({ state: "detached" });
  assert.equal((await api("GET", "/v2/domains/e2e-keyboard.com")).status, 200, "Escape deleted nothing");
  await api("DELETE", "/v2/domains/e2e-keyboard.com");
  await context.close();
});
