// The page never goes blank: served without the built package, the console still shows its
// connection panel and says what is missing.

import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { env, launchBrowser, openConsole, startSim } from "./helpers.mjs";

let browser;
let sim;
let site;

before(async () => {
  site = mkdtempSync(join(tmpdir(), "e2e-site-"));
  cpSync(env.site, site, { recursive: true, filter: (path) => !path.startsWith(join(env.site, "pkg")) });
  sim = await startSim({ site });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  sim?.stop();
  rmSync(site, { recursive: true, force: true });
});

test("without the package the page explains itself instead of going blank", async () => {
  const { page, context } = await openConsole(browser, { url: sim.url });
  const notice = page.locator("#notices .notice");
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be loaded.*pkg-template\/build\.sh/s);
  assert.equal(await page.getByLabel("Bearer token").isVisible(), true);
  assert.equal(await page.locator("#not-connected").isVisible(), true);
  await context.close();
});
