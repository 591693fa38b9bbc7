// Opens one page of a Chromium cell in headless Chromium (Debian's, never downloaded) and
// waits for the scenario's result. Usage: node chromium.mjs PAGE_URL SCREENSHOT_PNG
import { chromium } from "playwright-core";

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  const problems = [];
  // The scenario's result, or, as soon as the page throws, that error (no 30 s wait for a
  // result that cannot come).
  const thrown = new Promise((resolve) => page.on("pageerror", (error) => resolve({ ok: false, error: `page error: ${error.message}` })));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  await page.goto(url);
  const result = await Promise.race([
    page.waitForFunction(() => window.result, null, { timeout: 30_000 }).then((handle) => handle.jsonValue()),
    thrown,
  ]).catch(() => ({ ok: false, error: `no result within 30 s; ${problems.join("; ")}` }));
  await page.screenshot({ path: screenshot });
  if (!result.ok) throw new Error(result.error);
  console.log("RESULT", JSON.stringify(result.summary));
} finally {
  await browser.close();
}
