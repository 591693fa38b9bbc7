// Two origins: the console served by one simulator drives the API of another, through CORS.
// The rate-limit headers and the request id must still reach the page (exposed headers).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { api, connected, launchBrowser, openConsole, startSim } from "./helpers.mjs";

let browser;
let apiSim;

before(async () => {
  apiSim = await startSim();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  apiSim?.stop();
});

test("the console drives an API on another origin", async () => {
  const { page, context, leaks, errors } = await openConsole(browser);
  assert.notEqual(new URL(apiSim.url).origin, new URL(page.url()).origin);
  await page.getByLabel("API endpoint").fill(apiSim.url);
  await connected(page);
  assert.match(await page.locator("#rate-limit").innerText(), /Rate limit: \d+ \/ \d+ left/);

  await page.getByRole("tab", { name: "Domains" }).click();
  const form = page.locator("#create-domain-form");
  await form.getByLabel("Domain name").fill("e2e-cors.com");
  await form.getByRole("button", { name: "Add domain" }).click();
  await page.locator('#domains-table tr[data-name="e2e-cors.com"]').waitFor();
  assert.equal((await api("GET", "/v2/domains/e2e-cors.com", { url: apiSim.url })).status, 200, "created on the API origin");

  await form.getByLabel("Domain name").fill("e2e-cors.com");
  await form.getByRole("button", { name: "Add domain" }).click();
  await form.locator(".form-error .request-id").waitFor();
  assert.match(await form.locator(".form-error").innerText(), /already exists.*Request id: \S+/s);
  assert.deepEqual(leaks, []);
  assert.deepEqual(errors, []);
  await context.close();
});
