// Must NOT type-check: each line marked `// expect TSnnnn` has to fail with that error code, and
// no other line may fail (tests/types/run.sh compares the two lists).
import { DigitalOcean, DigitalOceanError, type Droplet, type CallOptions } from "digitalocean-wasm";

new DigitalOcean({ bearer: 42 }); // expect TS2322
new DigitalOcean({ token: "dop_v1_demo" }); // expect TS2353
new DigitalOcean({ rateLimitFrequency: "5s" }); // expect TS2322
const client = new DigitalOcean({ endpoint: "http://127.0.0.1:8080" });

export const late: CallOptions = { timeout: "10s" }; // expect TS2322
export const progress: CallOptions = { onProgress: (action: { id: string }) => action.id }; // expect TS2322
export const unknownCallOption: CallOptions = { retries: 3 }; // expect TS2353

export async function misuse(droplet: Droplet): Promise<void> {
  droplet.status = "running"; // expect TS2322
  const name: number = droplet.name; // expect TS2322
  console.log(name, droplet.ip_address); // expect TS2339
  await client.request("GET", "v2/account"); // expect TS2345
  await client.request("FETCH", "/v2/account"); // expect TS2345
  client.rateLimit.remaining; // expect TS18047
  client.startActionables("5"); // expect TS2345
  await client.droplet({ id: 1, tag: "web" }); // expect TS2769
  await client.createDroplet({ size: "s-1vcpu-1gb", image: "ubuntu-24-04-x64" }); // expect TS2769
  const { actions } = await client.reboot({ id: 1 }); // expect TS2339
  console.log(actions);
  await client.noSuchMethod(); // expect TS2339
  await client.vpcsCreate({ name: "backend", region: 3 }); // expect TS2322
  await client.appsList({ pages: 1 }); // expect TS2561
  const apps = await client.appsList();
  console.log(apps.apps[0].nonexistent); // expect TS2339
  await client.dropletsListFirewalls({ id: 1 }); // expect TS2345
}

export function fields(error: DigitalOceanError): void {
  const status: string = error.status; // expect TS2322
  console.log(status);
}
