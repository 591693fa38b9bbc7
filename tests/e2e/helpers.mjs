// Shared pieces of the console's end-to-end tests: the browser, the console page with its
// token-leak guards, a private simulator, the simulator's meta interface, screenshots.
// Settings come from tests/e2e.sh: E2E_URL, E2E_TOKEN, E2E_SIM, E2E_SITE, E2E_SCREENSHOTS.

import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

export const env = {
  url: process.env.E2E_URL,
  token: process.env.E2E_TOKEN ?? "dop_v1_demo",
  sim: process.env.E2E_SIM,
  site: process.env.E2E_SITE,
  screenshots: process.env.E2E_SCREENSHOTS ?? "tests/artifacts/screenshots",
};
if (!env.url) throw new Error("E2E_URL is not set: run the suite through tests/e2e.sh");

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** Poll interval typed into the console (seconds). */
export const POLL_SECONDS = "0.5";

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/**
 * Opens the console at `url` in a fresh context. `secrets` are strings that must never show up in a
 * request URL or a console message: every hit is recorded in `leaks`; page errors go to `errors`.
 */
export async function openConsole(browser, { url = env.url, viewport = DESKTOP, colorScheme = "light", secrets = [env.token] } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const leaks = [];
  const errors = [];
  const check = (where, text) => {
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${where}: ${text}`);
  };
  page.on("request", (request) => check("request URL", request.url()));
  page.on("console", (message) => check("console", message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${url}/`);
  await page.locator("body[data-ready]").waitFor({ timeout: 15_000 });
  return { page, context, leaks, errors };
}

/** Fills the connection form and submits it. */
export async function connect(page, { token = env.token, poll = POLL_SECONDS, remember = false } = {}) {
  await page.getByLabel("Bearer token").fill(token);
  await page.getByLabel("Poll actions every (seconds)").fill(poll);
  await page.getByLabel(/Remember the token/).setChecked(remember);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
}

/** Connects with the good token and waits for the droplet view. */
export async function connected(page, options) {
  await connect(page, options);
  await page.locator("#connection[data-connected]").waitFor();
  await page.locator("#workspace").waitFor();
}

/** Calls the simulator's meta interface (or any API path) with the demo token; returns the parsed body or null. */
export async function api(method, path, { url = env.url, token = env.token, body } = {}) {
  const reply = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await reply.text();
  return { status: reply.status, body: text ? JSON.parse(text) : null };
}

/** Starts a private do-sim serving `site` (default: the console) for tests that need other settings; call stop() after. */
export async function startSim({ actionMs = 1000, site = env.site } = {}) {
  const child = spawn(env.sim, ["--listen", "127.0.0.1:0", "--static", site, "--action-ms", String(actionMs)], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("do-sim printed no URL within 10 s")), 10_000);
    lines.once("line", (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once("exit", (code) => reject(new Error(`do-sim exited with ${code}`)));
  });
  return {
    url,
    stop() {
      lines.close();
      child.kill();
    },
  };
}

/** Saves a full-page screenshot as tests/artifacts/screenshots/NAME.png. */
export async function screenshot(page, name) {
  mkdirSync(env.screenshots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky actions column sits at the top
  await page.screenshot({ path: `${env.screenshots}/${name}.png`, fullPage: true });
}

/**
 * Screenshots PREFIX-{phone,phone-dark,desktop-dark,desktop}.png, leaving the page at desktop width, light.
 * Throws when the phone layout scrolls sideways.
 */
export async function screenshotsAllSizes(page, prefix) {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${prefix}: the phone layout is ${overflow}px wider than the screen`);
  await screenshot(page, `${prefix}-phone`);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, `${prefix}-phone-dark`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${prefix}-desktop-dark`);
  await page.emulateMedia({ colorScheme: "light" });
  await screenshot(page, `${prefix}-desktop`);
}

/** Form controls on the page that have no label (should be none); each as "tag name=…". */
export function unlabelledControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((c) => c.labels.length === 0 && !c.getAttribute("aria-label") && !c.getAttribute("aria-labelledby"))
      .map((c) => `${c.tagName.toLowerCase()} name=${c.name}`),
  );
}

/** The progress entry of the console whose label is `label`. */
export function progressEntry(page, label) {
  return page.locator(`#progress-list li[data-label="${label}"]`).first();
}

/** Waits until the progress entry `label` settles and returns its final status. */
export async function settled(page, label, timeout = 30_000) {
  const done = page.locator(`#progress-list li[data-label="${label}"]:not([data-status=pending]):not([data-status=in-progress])`);
  await done.first().waitFor({ timeout });
  return done.first().getAttribute("data-status");
}

/** Starts recording every data-status each progress entry goes through (read with statusHistory). */
export function recordStatuses(page) {
  return page.evaluate(() => {
    window.__statusHistory = {};
    const note = (li) => {
      const list = (window.__statusHistory[li.dataset.label] ??= []);
      if (list.at(-1) !== li.dataset.status) list.push(li.dataset.status);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of [r.target, ...r.addedNodes]) if (node instanceof HTMLLIElement && node.dataset.label) note(node);
      }
    }).observe(document.getElementById("progress-list"), { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status"] });
  });
}

/** The statuses the entry `label` went through since recordStatuses. */
export function statusHistory(page, label) {
  return page.evaluate((l) => window.__statusHistory?.[l] ?? [], label);
}

/** The table row of the droplet named `name`. */
export function dropletRow(page, name) {
  return page.locator(`#droplets-table tbody tr[data-name="${name}"]`);
}

/** Opens the actions menu of droplet `name` (if closed) and returns it. */
export async function dropletMenu(page, name) {
  const menu = dropletRow(page, name).locator("details.droplet-actions");
  if (!(await menu.evaluate((d) => d.open))) await menu.locator("summary").click();
  return menu;
}

/** Answers the open confirmation dialog; returns its question. */
export async function confirmDialog(page, accept = true) {
  const dialog = page.locator("dialog.confirm[open]");
  await dialog.waitFor();
  const question = await dialog.locator("p").textContent();
  await dialog.getByRole("button", { name: accept ? /^(?!Cancel)/ : "Cancel" }).click();
  return question;
}
