// The one scenario every cell of the runtime matrix runs: create a droplet and wait until it is
// active, list all droplets across pages, see a 404 become a DigitalOceanError, and cancel a
// wait two ways (an AbortSignal, a per-call timeout): the runtime's timers, AbortController and
// event listeners at work. `endpoint` is the simulator's URL; the matrix starts it with
// --page-size 2 and --action-ms 30, so an action is still open a few ms after it started.

/** Runs the scenario with the package's exports; resolves a summary or rejects with what failed. */
export async function scenario({ DigitalOcean, DigitalOceanError }, endpoint) {
  const client = new DigitalOcean({ endpoint, bearer: "dop_v1_demo", rateLimitFrequency: 0.05 });
  const spec = { region: "nyc3", size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64" };

  // Resolves once the create action is completed, with the droplet re-read.
  const { droplet } = await client.createDroplet({ name: "matrix-1", ...spec });
  expect(droplet.status === "active", `created droplet is ${droplet.status}, not active`);

  // Two more, then every droplet from every page (the simulator serves 2 per page).
  const { droplets: more } = await client.createDroplet({ names: ["matrix-2", "matrix-3"], ...spec });
  expect(more.length === 2, `names: created ${more.length} droplets, not 2`);
  const all = await client.dropletsAll();
  const ids = all.droplets.map((d) => d.id);
  expect(all.droplets.length === all.meta.total, `dropletsAll: ${ids.length} droplets, meta.total ${all.meta.total}`);
  expect(ids.length >= 3 && new Set(ids).size === ids.length, `dropletsAll: ids ${ids.join(",")}`);
  expect([droplet, ...more].every((d) => ids.includes(d.id)), "dropletsAll misses a created droplet");

  // A missing droplet rejects with a DigitalOceanError carrying the server's fields.
  let notFound;
  try {
    await client.droplet({ id: 987654321 });
  } catch (error) {
    notFound = error;
  }
  expect(notFound instanceof DigitalOceanError, `404 rejected with ${notFound}, not a DigitalOceanError`);
  expect(notFound instanceof Error && notFound.status === 404 && notFound.id === "not_found",
    `404 error fields: status ${notFound.status}, id ${notFound.id}`);

  // Cancelling a wait. An AbortSignal, aborted as soon as the POST's reply is in (the `fetch`
  // option sees it): the call rejects with the signal's AbortError, the droplet exists once.
  const controller = new AbortController();
  const watched = new DigitalOcean({
    endpoint, bearer: "dop_v1_demo", rateLimitFrequency: 0.05,
    fetch: async (request) => {
      const reply = await fetch(request);
      if (request.method === "POST") controller.abort();
      return reply;
    },
  });
  const aborted = await watched.createDroplet({ name: "matrix-aborted", ...spec }, { signal: controller.signal })
    .then(() => null, (error) => error);
  expect(aborted?.name === "AbortError", `abort: rejected with ${aborted}, not the signal's AbortError`);
  watched.free?.();
  // A per-call timeout far shorter than the action: id "timeout"; nothing is sent twice.
  const timedOut = await client.createDroplet({ name: "matrix-timeout", ...spec }, { timeout: 1 })
    .then(() => null, (error) => error);
  expect(timedOut instanceof DigitalOceanError && timedOut.id === "timeout",
    `timeout: rejected with ${timedOut?.id ?? timedOut}, not id timeout`);
  const after = (await client.dropletsAll()).droplets;
  const count = (name) => after.filter((d) => d.name === name).length;
  expect(count("matrix-aborted") === 1 && count("matrix-timeout") <= 1,
    `after cancelling: ${count("matrix-aborted")} matrix-aborted, ${count("matrix-timeout")} matrix-timeout droplets`);

  await client.deleteDroplet({ id: droplet.id });
  client.free?.();
  return {
    created: droplet.id, listed: ids.length, total: all.meta.total, notFound: `${notFound.status} ${notFound.id}`,
    cancelled: `${aborted.name} ${timedOut.id}`,
  };
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}
