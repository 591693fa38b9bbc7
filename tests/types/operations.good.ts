// Must type-check: operations.d.ts used as its consumers will (tsc --noEmit, strict, declarations
// checked too), together with the package's hand-written index.d.ts and resources.d.ts.
import type { Droplet, Links, Volume } from "digitalocean-wasm";
import type {
  OperationBody,
  OperationPath,
  OperationQuery,
  OperationResult,
  Operations,
} from "../../pkg-template/operations.js";

/** true when A and B are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equals<A, B>): Equals<A, B> => proof;

// Spot checks against digitalocean-v2.json.
// droplets_get: 200 {droplet: droplet}, path droplet_id (integer: string or number accepted).
same<OperationResult<"droplets_get">, { droplet?: Droplet }>(true);
same<OperationPath<"droplets_get">, { droplet_id: string | number }>(true);
same<OperationQuery<"droplets_get">, Record<string, never>>(true);
same<OperationBody<"droplets_get">, never>(true);
// droplets_destroy: 204 without content.
same<OperationResult<"droplets_destroy">, void>(true);
// volumes_list: query region? (enum of slugs), name?, page?, per_page?.
same<keyof OperationQuery<"volumes_list">, "name" | "page" | "per_page" | "region">(true);
same<OperationQuery<"volumes_list">["name"], string | undefined>(true);
same<OperationResult<"volumes_list">["volumes"], Volume[]>(true);
// domains_create: body `domain` with its writeOnly ip_address (left out of replies).
same<OperationBody<"domains_create">["name"], string | undefined>(true);
same<OperationBody<"domains_create">["ip_address"], string | undefined>(true);
// Non-JSON bodies and replies: unknown.
same<OperationResult<"invoices_get_pdfByUUID">, unknown>(true);
same<OperationResult<"kubernetes_get_kubeconfig">, unknown>(true);
same<OperationBody<"inference_upload_batch_file">, unknown>(true);
// operationIds that are not identifiers are quoted keys.
same<OperationBody<"monitoring_get_appRestartCountMetrics.yml">, never>(true);

export function shown(result: OperationResult<"droplets_get">): string {
  const droplet = result.droplet;
  if (!droplet) return "-";
  const status: "new" | "active" | "off" | "archive" = droplet.status;
  return `${droplet.id} ${droplet.name} ${status} ${droplet.networks.v4?.[0]?.ip_address ?? ""}`;
}

export const newApp: OperationBody<"apps_create"> = {
  spec: {
    name: "web",
    region: "nyc",
    services: [{ name: "api", instance_count: 2, http_port: 8080, routes: [{ path: "/" }] }],
  },
};

export const single: OperationBody<"droplets_create"> = {
  name: "web-1",
  region: "nyc3",
  size: "s-1vcpu-1gb",
  image: "ubuntu-24-04-x64",
  tags: ["web"],
};
export const several: OperationBody<"droplets_create"> = { names: ["a", "b"], size: "s-1vcpu-1gb", image: 123 };

export const listed: OperationQuery<"droplets_list"> = { tag_name: "web", page: 2, per_page: 50 };
export const noQuery: OperationQuery<"droplets_get"> = {};
export const domain: OperationBody<"domains_create"> = { name: "example.com", ip_address: "192.0.2.1" };
export const volumes: OperationQuery<"volumes_list"> = { region: "nyc3", name: "data" };
export const path: OperationPath<"apps_update"> = { id: "4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf" };
export const byNumber: Operations["droplets_get"]["path"]["droplet_id"] = 42;

export function pageOf(result: OperationResult<"droplets_list">): { links: Links | undefined; total: number } {
  return { links: result.links, total: result.meta.total };
}

/** A typed call helper, the way the generated methods will use these types. */
export declare function call<K extends keyof Operations>(
  id: K,
  path: OperationPath<K>,
  body?: OperationBody<K>,
  query?: OperationQuery<K>,
): Promise<OperationResult<K>>;

export async function calls(): Promise<void> {
  const { droplet } = await call("droplets_get", { droplet_id: 1 });
  console.log(droplet?.name);
  const created = await call("domains_create", {}, { name: "example.com" });
  console.log(created.domain?.ttl);
  const gone: void = await call("droplets_destroy", { droplet_id: "1" });
  console.log(gone);
}
