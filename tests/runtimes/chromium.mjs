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
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.result, null, { timeout: 30_000 }).catch(() => null);
  const result = handle ? await handle.jsonValue() : { ok: false, error: `no result within 30 s; ${problems.join("; ")}` };
  await page.screenshot({ path: screenshot });
  if (!result.ok) throw new Error(result.error);
  console.log("RESULT", JSON.stringify(result.summary));
} finally {
  await browser.close();
}
