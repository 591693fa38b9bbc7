// Benchmark (figures only, no assertions on timing) of the built package (pkg/node.mjs) against
// do-sim in one process:
//  1. per-call cost of `droplet({id})` through the client vs a bare `fetch` + `JSON.parse` of the
//     same URL, in interleaved rounds, printed as a ratio (target <= 1.10);
//  2. poll requests spent while 20 `createDroplet` calls wait concurrently (from
//     `metaStatistics().requests.by_route`; target: one per tick, not twenty).
// Usage: node tests/bench/client.mjs   (tests/bench/run.sh builds do-sim and pkg/ first)
// Writes tests/artifacts/bench.json.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const { DigitalOcean } = await import(join(root, "pkg", "node.mjs"));

const TOKEN = "dop_v1_bench";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 25);
const ACTION_MS = 1500;
const POLL_SECONDS = 0.25;
const CREATES = 20;

async function startSim() {
  const sim = spawn(join(target, "debug", "do-sim"), [
    "--listen", "127.0.0.1:0", "--any-token", "--quiet", "--action-ms", String(ACTION_MS),
    "--per-minute", "1000000", "--per-hour", "10000000",
  ], { stdio: ["ignore", "pipe", "inherit"] });
  const first = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: sim.stdout });
    lines.once("line", resolve);
    sim.once("exit", (code) => reject(new Error(`do-sim exited with ${code}`)));
  });
  return { sim, url: first.trim() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function perCallCost(client, url) {
  const created = await client.createDroplet({ name: "bench", region: "nyc3", size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64" });
  const id = created.droplet.id;
  const target = `${url}/v2/droplets/${id}`;
  const headers = { Authorization: `Bearer ${TOKEN}`, Accept: "application/json" };
  const bare = async () => JSON.parse(await (await fetch(target, { headers })).text());
  const viaClient = () => client.droplet({ id });
  for (let i = 0; i < 20; i++) { await bare(); await viaClient(); } // warm-up
  const bareMs = [], clientMs = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [[bare, bareMs], [viaClient, clientMs]] : [[viaClient, clientMs], [bare, bareMs]];
    for (const [fn, sink] of order) {
      const t0 = performance.now();
      for (let i = 0; i < CALLS_PER_ROUND; i++) await fn();
      sink.push((performance.now() - t0) / CALLS_PER_ROUND);
    }
  }
  // The ratio of each round's pair, then the median: drift in machine load cancels out.
  const ratios = clientMs.map((c, i) => c / bareMs[i]);
  return { bare_ms: median(bareMs), client_ms: median(clientMs), ratio: median(ratios), rounds: ROUNDS, calls_per_round: CALLS_PER_ROUND };
}

async function pollsWhileWaiting(client) {
  await client.metaReset();
  const specs = Array.from({ length: CREATES }, (_, i) => ({ name: `c-${i}`, region: "nyc3", size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64" }));
  const t0 = performance.now();
  await Promise.all(specs.map((spec) => client.createDroplet(spec)));
  const waitedMs = performance.now() - t0;
  const stats = await client.metaStatistics();
  const routes = stats.requests.by_route;
  const polls = (routes.actions_list ?? 0) + (routes.actions_get ?? 0);
  return {
    creates: CREATES,
    action_ms: ACTION_MS,
    poll_interval_ms: POLL_SECONDS * 1000,
    waited_ms: Math.round(waitedMs),
    poll_requests: polls,
    ticks_expected: Math.ceil(ACTION_MS / (POLL_SECONDS * 1000)),
    by_route: routes,
  };
}

const { sim, url } = await startSim();
let ok = false;
try {
  const client = new DigitalOcean({ endpoint: url, bearer: TOKEN, rateLimitFrequency: POLL_SECONDS });
  await client.metaReset();
  const cost = await perCallCost(client, url);
  const polling = await pollsWhileWaiting(client);
  const report = { date: new Date().toISOString(), node: process.version, per_call: cost, polling };
  console.log(`per call droplet({id}): client ${cost.client_ms.toFixed(3)} ms, bare fetch ${cost.bare_ms.toFixed(3)} ms, median per-round ratio ${cost.ratio.toFixed(3)} (target <= 1.10)`);
  console.log(`polling: ${polling.poll_requests} poll requests for ${CREATES} concurrent creates over ${polling.waited_ms} ms (ticks of ${polling.poll_interval_ms} ms: about ${polling.ticks_expected}; target one request per tick)`);
  mkdirSync(join(root, "tests", "artifacts"), { recursive: true });
  writeFileSync(join(root, "tests", "artifacts", "bench.json"), JSON.stringify(report, null, 2) + "\n");
  console.log("written: tests/artifacts/bench.json");
  ok = true;
} catch (error) {
  console.error("bench failed:", error);
} finally {
  sim.kill();
}
// The benchmark "passes" when it ran to the end; figures are never judged.
console.log(`bench: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exitCode = ok ? 0 : 1;
