// Cancel: aborting a long wait (its Cancel button, or Disconnect) stops the client's polling;
// the simulator's statistics show no action polls afterwards. Uses a private simulator whose
// actions never finish during the test.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { api, connected, launchBrowser, openConsole, POLL_SECONDS, progressEntry, screenshot, startSim } from "./helpers.mjs";

const POLL_ROUTES = ["actions_list", "actions_get", "dropletActions_list", "dropletActions_get"];
let browser;
let sim;

before(async () => {
  sim = await startSim({ actionMs: 120_000 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  sim?.stop();
});

/** Requests the simulator has answered on the routes a client polls actions with. */
async function actionPolls() {
  const { body } = await api("GET", "/meta/statistics", { url: sim.url });
  return POLL_ROUTES.reduce((sum, route) => sum + (body.requests.by_route[route] ?? 0), 0);
}

/** Creates droplet `name`, waits until the client polls for it, runs `stop(entry)`, then checks polling stopped. */
async function createThenStop(name, stop) {
  const { page, context, errors } = await openConsole(browser, { url: sim.url });
  await connected(page);
  const form = page.locator("#create-droplet-form");
  await form.locator("select[name=region] option").first().waitFor({ state: "attached" });
  await form.getByLabel(/^Name\(s\)/).fill(name);
  await form.getByRole("button", { name: "Create" }).click();
  const label = `Create ${name}`;
  const entry = progressEntry(page, label);
  await entry.waitFor();

  const before = await actionPolls();
  let polled = before;
  for (let i = 0; i < 40 && polled < before + 2; i++) {   // up to 10 s for two polls
    await sleep(250);
    polled = await actionPolls();
  }
  assert.ok(polled >= before + 2, `the client polls while waiting (${before} -> ${polled})`);
  await page.locator(`#progress-list li[data-label="${label}"][data-status="in-progress"]`).waitFor();

  await stop(page, entry);
  await page.locator(`#progress-list li[data-label="${label}"][data-status="cancelled"]`).waitFor();
  await sleep(300); // let a request already on the wire arrive before counting
  const atCancel = await actionPolls();
  await sleep(Number(POLL_SECONDS) * 1000 * 6);
  const later = await actionPolls();
  assert.ok(later - atCancel <= 0, `no action polls after the wait was cancelled (${atCancel} -> ${later})`);
  assert.deepEqual(errors, []);
  await context.close();
}

test("a cancelled action stops polling", () =>
  createThenStop("e2e-cancel", async (page, entry) => {
    await screenshot(page, "progress-before-cancel");
    await entry.getByRole("button", { name: "Cancel" }).click();
  }));

test("disconnecting cancels every wait and stops polling", () =>
  createThenStop("e2e-disconnect", (page) => page.getByRole("button", { name: "Disconnect" }).click()));
