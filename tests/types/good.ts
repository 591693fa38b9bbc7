// Must type-check: the package used as its README shows (tsc --noEmit, strict).
import {
  DigitalOcean,
  DigitalOceanError,
  type Action,
  type CallOptions,
  type Droplet,
  type DomainRecord,
  type Links,
  type Meta,
  type Page,
  type RateLimit,
  type TraceEvent,
  type Volume,
} from "digitalocean-wasm";

const events: TraceEvent[] = [];
const client = new DigitalOcean({
  endpoint: "http://127.0.0.1:8080",
  bearer: "dop_v1_demo",
  tracing: (event) => events.push(event),
  rateLimitFrequency: 1,
  userAgent: "types-test",
  pageSize: 50,
  fetch: (request) => fetch(request),
});
new DigitalOcean({ endpoint: null, tracing: true });
new DigitalOcean();

export async function useTheApi(signal: AbortSignal): Promise<void> {
  const options: CallOptions = { signal, timeout: 60_000, onProgress: (action: Action) => console.log(action.status) };

  const { droplet } = await client.createDroplet(
    { name: "web-1", region: "nyc3", size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64", tags: ["web"] },
    options,
  );
  const id: number = droplet.id;
  const status: "new" | "active" | "off" | "archive" = droplet.status;
  const ipv4: string | undefined = droplet.networks.v4?.[0]?.ip_address;
  console.log(id, status, ipv4, droplet.kernel?.version, droplet.next_backup_window?.start);

  const same: Droplet = (await client.droplet({ id })).droplet;
  await client.droplet({ name: "web-1", region: "nyc3" });
  const all = await client.dropletsAll();
  const total: number = all.meta.total;
  console.log(same.name, total, all.droplets.length);

  const page = await client.droplets();
  const next: string | undefined = page.links.pages?.next;
  console.log(next);

  await client.reboot({ tag: "web" }, { wait: false });
  await client.powerOff({ id });
  await client.deleteDroplet({ id });

  const { domain_records } = await client.domainRecords("example.com", { type: "A" });
  const record: DomainRecord | undefined = domain_records[0];
  console.log(record?.data, record?.priority ?? 0);

  const volume: Volume = (await client.volume({ name: "data", region: "nyc3" })).volume;
  console.log(volume.size_gigabytes, volume.droplet_ids?.length);

  const account = await client.request<{ account: { email: string } }>("GET", "/v2/account");
  console.log(account.account.email);
  await client.request("POST", "/v2/tags", { body: { name: "web" } }, { timeout: 5_000 });

  // Generated methods take and return the OpenAPI description's types (operations.d.ts).
  const apps = await client.appsList({ page: 1, with_projects: true });
  for (const app of apps.apps) console.log(app.id, app.spec.name);
  console.log(apps.links.pages?.next, apps.meta.total);
  const vpc = await client.vpcsCreate({ name: "backend", region: "nyc3" });
  console.log(vpc.vpc?.ip_range);
  const firewalls = await client.dropletsListFirewalls(3164444);
  console.log(firewalls.firewalls.map((firewall) => firewall.name));
  const removed: void = await client.vpcsDelete("5a4981aa-9653-4bd1-bef5-d6bff52042e4");
  console.log(removed);

  const limits: RateLimit | null = client.rateLimit;
  console.log(limits?.remaining);
  client.startActionables(2);
  client.stopActionables();
}

export function describe(error: unknown): string {
  if (error instanceof DigitalOceanError) {
    const status: number = error.status;
    const kind: string = error.id;
    return `${error.name} ${status} ${kind}: ${error.message} (request ${error.requestId ?? "-"}, ${error.attempts} attempts)`;
  }
  return String(error);
}

type DropletPage = Page<"droplets", Droplet>;
export const emptyPage: DropletPage = { droplets: [], links: {} satisfies Links, meta: { total: 0 } satisfies Meta };
