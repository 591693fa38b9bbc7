// Opens one page of a Firefox cell in headless Firefox ESR (Debian's) through geckodriver's
// W3C WebDriver HTTP API and waits for the scenario's result (`window.result`), like
// chromium.mjs does for Chromium (Playwright drives only its own Firefox builds).
// Usage: node firefox.mjs PAGE_URL SCREENSHOT_PNG   (GECKODRIVER, FIREFOX override the binaries)
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";

const [url, screenshot] = process.argv.slice(2);
const geckodriver = process.env.GECKODRIVER ?? "geckodriver";
const firefox = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now, on 127.0.0.1. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const driver = spawn(geckodriver, ["--host", "127.0.0.1", "--port", String(port), "--binary", firefox, "--log", "error"], {
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;

/** One WebDriver command; rejects with the driver's error message. */
async function command(method, path, body) {
  const reply = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await reply.json();
  if (!reply.ok) throw new Error(`${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

let session;
try {
  // geckodriver takes a moment to listen: bounded wait for /status.
  for (let i = 0; ; i++) {
    const ready = await command("GET", "/status").then((status) => status.ready, () => false);
    if (ready) break;
    if (i >= 100) throw new Error("geckodriver did not start within 10 s");
    await sleep(100);
  }
  ({ sessionId: session } = await command("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        "moz:firefoxOptions": {
          args: ["-headless"],
          // Offline machine: no experiments, telemetry or captive-portal probes.
          prefs: {
            "app.normandy.enabled": false,
            "messaging-system.rsexperimentloader.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "toolkit.telemetry.enabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
          },
        },
      },
    },
  }));
  await command("POST", `/session/${session}/url`, { url });
  let result = null;
  for (let i = 0; i < 150 && !result; i++) {
    result = await command("POST", `/session/${session}/execute/sync`, { script: "return window.result ?? null", args: [] });
    if (!result) await sleep(200);
  }
  result ??= { ok: false, error: "no result within 30 s" };
  writeFileSync(screenshot, Buffer.from(await command("GET", `/session/${session}/screenshot`), "base64"));
  if (!result.ok) throw new Error(result.error);
  console.log("RESULT", JSON.stringify(result.summary));
} finally {
  if (session) await command("DELETE", `/session/${session}`).catch(() => {});
  driver.kill();
}
