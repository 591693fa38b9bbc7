// DO NOT EDIT: generated from the catalogue (src/catalogue) by tests/catalogue_sync.rs;
// `BLESS=1 cargo test --test catalogue_sync` rewrites it.
import type { AllPages, CallOptions, Page } from "../index.js";
import type {
  Account, Action, Backup, Domain, DomainRecord, Droplet, DropletSnapshot, Image,
  Kernel, Region, Size, Snapshot, SshKey, Tag, Volume,
} from "../resources.js";
import type {
  DropletMultiCreateInput, DropletSingleCreateInput, OperationBody, OperationPath,
  OperationQuery, OperationResult,
} from "../operations.js";

/** A numeric id: an integer, or a string of digits. */
export type Id = number | string;

/** The methods of `DigitalOcean`, one per operation of the catalogue (overloads per argument form). */
export interface DigitalOceanMethods {
  /**
   * Resets the test server to its seeded state; resolves `undefined`.
   */
  metaReset(opts?: CallOptions): Promise<void>;
  /**
   * Pings the test server: `{pong: true, pings: n}`.
   */
  metaPing(opts?: CallOptions): Promise<{ pong: true; pings: number }>;
  /**
   * Sets fields of the test account (e.g. `droplet_limit`): `{account}`.
   */
  metaAccount(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ account: Account }>;
  /**
   * Request, action and rate-limit counters of the test server.
   */
  metaStatistics(opts?: CallOptions): Promise<Record<string, unknown>>;
  /**
   * Chapters and operations the test server implements.
   */
  metaCapabilities(opts?: CallOptions): Promise<{ chapters: string[]; operations: string[] } & Record<string, unknown>>;
  /**
   * Sets fault injection of the test server (`rate_429`, `rate_5xx`, `routes`…): `{faults}`.
   */
  metaFaults(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ faults: Record<string, unknown> }>;
  /**
   * The account: `{account}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get
   */
  account(opts?: CallOptions): Promise<{ account: Account }>;
  /**
   * Lists actions, newest first (never waits): `{actions, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Actions/operation/actions_list
   */
  actions(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * One action by id (never waits): `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Actions/operation/actions_get
   */
  action(id: Id, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Lists volumes, optionally by `name` and `region`: `{volumes, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_list
   */
  volumes(filters?: { name?: string; region?: string; page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"volumes", Volume>>;
  /**
   * Creates a volume: `{volume}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_create
   */
  createVolume(hash: OperationBody<"volumes_create">, opts?: CallOptions): Promise<{ volume: Volume }>;
  /**
   * One volume by id: `{volume}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_get
   */
  volume(ref: { id: string }, opts?: CallOptions): Promise<{ volume: Volume }>;
  /**
   * The volume with this name in this region (lowest id if several): `{volume}`; none is a 404 `not_found`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_list
   */
  volume(ref: { name: string; region: string }, opts?: CallOptions): Promise<{ volume: Volume }>;
  /**
   * Deletes a volume by id; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_delete
   */
  deleteVolume(ref: { id: string }, opts?: CallOptions): Promise<void>;
  /**
   * Deletes the volume with this name in this region; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_delete_byName
   */
  deleteVolume(ref: { name: string; region: string }, opts?: CallOptions): Promise<void>;
  /**
   * Attaches a volume to a droplet (`{droplet_id, region?}`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId
   */
  volumeAttach(volumeId: string, hash: OperationBody<"volumeActions_post_byId">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Detaches a volume from a droplet (`{droplet_id, region?}`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId
   */
  volumeDetach(volumeId: string, hash: OperationBody<"volumeActions_post_byId">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Resizes a volume (`{size_gigabytes, region?}`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId
   */
  volumeResize(volumeId: string, hash: OperationBody<"volumeActions_post_byId">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Lists the actions of a volume (never waits): `{actions, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_list
   */
  volumeActions(volumeId: string, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * Snapshots of a volume: `{snapshots, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_list
   */
  snapshots(ref: { volume: string }, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"snapshots", Snapshot>>;
  /**
   * Snapshots of a droplet: `{snapshots, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_snapshots
   */
  snapshots(ref: { droplet: Id }, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"snapshots", DropletSnapshot>>;
  /**
   * Every snapshot, optionally by `resource_type` (`droplet`, `volume`): `{snapshots, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_list
   */
  snapshots(filters?: { resource_type?: string; page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"snapshots", Snapshot>>;
  /**
   * One snapshot by id: `{snapshot}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_get
   */
  snapshot(id: number | string, opts?: CallOptions): Promise<{ snapshot: Snapshot }>;
  /**
   * Snapshots a volume (`{name, tags?}`): `{snapshot}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_create
   */
  createSnapshot(volumeId: string, hash: OperationBody<"volumeSnapshots_create">, opts?: CallOptions): Promise<{ snapshot: Snapshot }>;
  /**
   * Deletes a droplet or volume snapshot; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_delete
   */
  deleteSnapshot(id: number | string, opts?: CallOptions): Promise<void>;
  /**
   * Lists domains: `{domains, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_list
   */
  domains(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"domains", Domain>>;
  /**
   * Creates a domain (`{name, ip_address?}`): `{domain}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_create
   */
  createDomain(hash: OperationBody<"domains_create">, opts?: CallOptions): Promise<{ domain: Domain }>;
  /**
   * One domain: `{domain}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_get
   */
  domain(name: string, opts?: CallOptions): Promise<{ domain: Domain }>;
  /**
   * Deletes a domain; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_delete
   */
  deleteDomain(name: string, opts?: CallOptions): Promise<void>;
  /**
   * Lists the records of a domain, optionally by `type` and `name`: `{domain_records, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_list_records
   */
  domainRecords(name: string, filters?: { type?: string; name?: string; page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"domain_records", DomainRecord>>;
  /**
   * Creates a record (`{type, name, data, …}`): `{domain_record}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_create_record
   */
  createRecord(name: string, hash: OperationBody<"domains_create_record">, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * One record: `{domain_record}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_get_record
   */
  domainRecord(name: string, id: Id, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * Updates a record: `{domain_record}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_update_record
   */
  updateRecord(name: string, id: Id, hash: OperationBody<"domains_update_record">, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * Deletes a record; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_delete_record
   */
  deleteRecord(name: string, id: Id, opts?: CallOptions): Promise<void>;
  /**
   * Creates one droplet (`name`) or several (`names`), waits until running and re-reads: `{droplet}` or `{droplets}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_create
   */
  createDroplet(hash: DropletSingleCreateInput, opts?: CallOptions): Promise<{ droplet: Droplet }>;
  /**
   * Creates one droplet (`name`) or several (`names`), waits until running and re-reads: `{droplet}` or `{droplets}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_create
   */
  createDroplet(hash: DropletMultiCreateInput, opts?: CallOptions): Promise<{ droplets: Droplet[] }>;
  /**
   * One droplet by id: `{droplet}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get
   */
  droplet(ref: { id: Id }, opts?: CallOptions): Promise<{ droplet: Droplet }>;
  /**
   * The droplet with this name in this region (lowest id if several): `{droplet}`; none is a 404 `not_found`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list
   */
  droplet(ref: { name: string; region: string }, opts?: CallOptions): Promise<{ droplet: Droplet }>;
  /**
   * Lists droplets, optionally by `tag_name`, `name` or `type`: `{droplets, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list
   */
  droplets(filters?: { tag_name?: string; name?: string; type?: string; page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"droplets", Droplet>>;
  /**
   * Every droplet, all pages: `{droplets, meta: {total}}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list
   */
  dropletsAll(filters?: { tag_name?: string; name?: string; type?: string; per_page?: number }, opts?: CallOptions): Promise<AllPages<"droplets", Droplet>>;
  /**
   * Backups of a droplet: `{backups, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_backups
   */
  backups(id: Id, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"backups", Backup>>;
  /**
   * Lists the actions of a droplet (never waits): `{actions, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_list
   */
  dropletActions(ref: { id: Id }, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * Kernels available to a droplet: `{kernels, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_kernels
   */
  kernels(ref: { id: Id }, filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"kernels", Kernel>>;
  /**
   * Droplets on the same physical host: `{droplets}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_neighbors
   */
  neighbors(ref: { id: Id }, opts?: CallOptions): Promise<{ droplets: Droplet[] }>;
  /**
   * Deletes a droplet; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy
   */
  deleteDroplet(ref: { id: Id }, opts?: CallOptions): Promise<void>;
  /**
   * Deletes every droplet with the tag; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_byTag
   */
  deleteDroplet(ref: { tag: string }, opts?: CallOptions): Promise<void>;
  /**
   * Resources destroyable with a droplet: `{reserved_ips, floating_ips, snapshots, volumes, volume_snapshots}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_associatedResources
   */
  associatedResources(ref: { id: Id }, opts?: CallOptions): Promise<{ reserved_ips: unknown[]; floating_ips: unknown[]; snapshots: unknown[]; volumes: unknown[]; volume_snapshots: unknown[] }>;
  /**
   * Status of a destroy-with-associated-resources: `{droplet, resources, completed_at, failures}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get_DestroyAssociatedResourcesStatus
   */
  associatedResources(ref: { checkStatus: Id }, opts?: CallOptions): Promise<{ droplet: unknown; resources: unknown; completed_at?: string; failures: number }>;
  /**
   * Deletes a droplet with ALL its associated resources (sends `X-Dangerous: true`); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_withAssociatedResourcesDangerous
   */
  deleteWithAssociatedResources(ref: { id: Id }, opts?: CallOptions): Promise<void>;
  /**
   * Deletes a droplet with the chosen associated resources (`{reserved_ips?, snapshots?, volumes?, …}`); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_withAssociatedResourcesSelective
   */
  deleteSelectiveAssociatedResources(ref: { id: Id }, hash: OperationBody<"droplets_destroy_withAssociatedResourcesSelective">, opts?: CallOptions): Promise<void>;
  /**
   * Retries a failed destroy-with-associated-resources; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_retryWithAssociatedResources
   */
  retryDeleteWithAssociatedResources(ref: { id: Id }, opts?: CallOptions): Promise<void>;
  /**
   * Deletes an autoscale pool with ALL its droplets (sends `X-Dangerous: true`, which the API
   * requires); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_delete_dangerous
   */
  autoscalepoolsDeleteDangerous(autoscalePoolId: string, opts?: CallOptions): Promise<void>;
  /**
   * Enables backups a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  enableBackups(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Enables backups every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  enableBackups(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Disables backups a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  disableBackups(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Disables backups every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  disableBackups(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Reboots a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  reboot(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Reboots every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  reboot(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Power-cycles a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  powerCycle(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Power-cycles every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  powerCycle(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Shuts down a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  shutdown(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Shuts down every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  shutdown(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Powers off a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  powerOff(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Powers off every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  powerOff(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Powers on a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  powerOn(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Powers on every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  powerOn(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Restores from a backup image a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  restore(ref: { id: Id }, image: Id, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Restores from a backup image every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  restore(ref: { tag: string }, image: Id, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Resets the root password of a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  passwordReset(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Resets the root password of every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  passwordReset(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Resizes (disk too with `diskResize`) a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  resize(ref: { id: Id }, size: string, diskResize?: boolean, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Resizes (disk too with `diskResize`) every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  resize(ref: { tag: string }, size: string, diskResize?: boolean, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Rebuilds from an image (id or slug) a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  rebuild(ref: { id: Id }, image: number | string, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Rebuilds from an image (id or slug) every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  rebuild(ref: { tag: string }, image: number | string, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Renames a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  rename(ref: { id: Id }, name: string, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Renames every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  rename(ref: { tag: string }, name: string, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Changes the kernel of a droplet (a kernel id from `kernels({id})`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  changeKernel(ref: { id: Id }, kernel: number, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Changes the kernel of every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  changeKernel(ref: { tag: string }, kernel: number, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Enables IPv6 on a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  enableIpv6(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Enables IPv6 on every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  enableIpv6(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Enables private networking on a droplet and waits: `{action}`.
   * @deprecated The current OpenAPI description no longer lists the action type `enable_private_networking` (droplets get VPC networking); kept from the Perl model, the API may refuse it.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  enablePrivateNetworking(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Enables private networking on every droplet with the tag (one action each) and waits for all: `{actions}`.
   * @deprecated The current OpenAPI description no longer lists the action type `enable_private_networking` (droplets get VPC networking); kept from the Perl model, the API may refuse it.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  enablePrivateNetworking(ref: { tag: string }, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Snapshots a droplet and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  createDropletSnapshot(ref: { id: Id }, name?: string, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Snapshots every droplet with the tag and waits: `{actions}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag
   */
  createDropletSnapshot(ref: { tag: string }, name?: string, opts?: CallOptions): Promise<{ actions: Action[] }>;
  /**
   * Lists images, optionally by `type`, `private` or `tag_name`: `{images, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_list
   */
  images(filters?: { type?: string; private?: boolean; tag_name?: string; page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"images", Image>>;
  /**
   * Every image, all pages, with the filters of `images`: `{images, meta: {total}}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_list
   */
  imagesAll(filters?: { type?: string; private?: boolean; tag_name?: string; per_page?: number }, opts?: CallOptions): Promise<AllPages<"images", Image>>;
  /**
   * One image by id or slug: `{image}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_get
   */
  image(id: number | string, opts?: CallOptions): Promise<{ image: Image }>;
  /**
   * Creates a custom image from a URL (`{name, url, region, …}`): `{image}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_create_custom
   */
  createCustomImage(hash: OperationBody<"images_create_custom">, opts?: CallOptions): Promise<{ image: Image }>;
  /**
   * Updates an image (`{name?, distribution?, description?}`): `{image}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_update
   */
  updateImage(id: Id, hash: OperationBody<"images_update">, opts?: CallOptions): Promise<{ image: Image }>;
  /**
   * Deletes an image; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_delete
   */
  deleteImage(id: Id, opts?: CallOptions): Promise<void>;
  /**
   * Lists the actions of an image (never waits): `{actions, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_list
   */
  imageActions(id: Id, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * Runs an image action (`{type: "transfer", region}` or `{type: "convert"}`) and waits: the action.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post
   */
  imageAction(id: Id, hash: OperationBody<"imageActions_post">, opts?: CallOptions): Promise<Action>;
  /**
   * Transfers an image to a region and waits: the action.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post
   */
  transferImage(id: Id, region: string, opts?: CallOptions): Promise<Action>;
  /**
   * Converts a backup or snapshot into a snapshot image and waits: the action.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post
   */
  convertImage(id: Id, opts?: CallOptions): Promise<Action>;
  /**
   * Lists regions: `{regions, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Regions/operation/regions_list
   */
  regions(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"regions", Region>>;
  /**
   * Lists droplet sizes: `{sizes, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Sizes/operation/sizes_list
   */
  sizes(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"sizes", Size>>;
  /**
   * Lists SSH keys: `{ssh_keys, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_list
   */
  keys(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"ssh_keys", SshKey>>;
  /**
   * Adds an SSH key (`{name, public_key}`): `{ssh_key}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_create
   */
  createKey(hash: OperationBody<"sshKeys_create">, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
  /**
   * One SSH key by id or fingerprint: `{ssh_key}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_get
   */
  key(id: number | string, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
  /**
   * Renames an SSH key (`{name}`): `{ssh_key}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_update
   */
  updateKey(id: number | string, hash: OperationBody<"sshKeys_update">, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
  /**
   * Deletes an SSH key; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_delete
   */
  deleteKey(id: number | string, opts?: CallOptions): Promise<void>;
  /**
   * Lists tags: `{tags, links, meta}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_list
   */
  tags(filters?: { page?: number; per_page?: number }, opts?: CallOptions): Promise<Page<"tags", Tag>>;
  /**
   * Creates a tag (`{name}`): `{tag}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_create
   */
  createTag(hash: OperationBody<"tags_create">, opts?: CallOptions): Promise<{ tag: Tag }>;
  /**
   * One tag: `{tag}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_get
   */
  tag(name: string, opts?: CallOptions): Promise<{ tag: Tag }>;
  /**
   * Deletes a tag; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_delete
   */
  deleteTag(name: string, opts?: CallOptions): Promise<void>;
  /**
   * Tags resources (`{resources: [{resource_id, resource_type}]}`); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_assign_resources
   */
  tagResources(name: string, hash: OperationBody<"tags_assign_resources">, opts?: CallOptions): Promise<void>;
  /**
   * Untags resources (`{resources: [{resource_id, resource_type}]}`); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_unassign_resources
   */
  untagResources(name: string, hash: OperationBody<"tags_unassign_resources">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/add-ons/saas` (addons_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_create
   */
  addonsCreate(hash: OperationBody<"addons_create">, query?: OperationQuery<"addons_create">, opts?: CallOptions): Promise<OperationResult<"addons_create">>;
  /**
   * `DELETE /v2/add-ons/saas/{resource_uuid}` (addons_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_delete
   */
  addonsDelete(resourceUuid: OperationPath<"addons_delete">["resource_uuid"], query?: OperationQuery<"addons_delete">, opts?: CallOptions): Promise<OperationResult<"addons_delete">>;
  /**
   * `GET /v2/add-ons/saas/{resource_uuid}` (addons_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get
   */
  addonsGet(resourceUuid: OperationPath<"addons_get">["resource_uuid"], query?: OperationQuery<"addons_get">, opts?: CallOptions): Promise<OperationResult<"addons_get">>;
  /**
   * `GET /v2/add-ons/apps` (addons_get_app).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get_app
   */
  addonsGetApp(query?: OperationQuery<"addons_get_app">, opts?: CallOptions): Promise<OperationResult<"addons_get_app">>;
  /**
   * `GET /v2/add-ons/apps/{app_slug}/metadata` (addons_get_app_metadata).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get_app_metadata
   */
  addonsGetAppMetadata(appSlug: OperationPath<"addons_get_app_metadata">["app_slug"], query?: OperationQuery<"addons_get_app_metadata">, opts?: CallOptions): Promise<OperationResult<"addons_get_app_metadata">>;
  /**
   * `GET /v2/add-ons/saas` (addons_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_list
   */
  addonsList(query?: OperationQuery<"addons_list">, opts?: CallOptions): Promise<OperationResult<"addons_list">>;
  /**
   * `PATCH /v2/add-ons/saas/{resource_uuid}` (addons_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_patch
   */
  addonsPatch(resourceUuid: OperationPath<"addons_patch">["resource_uuid"], hash: OperationBody<"addons_patch">, query?: OperationQuery<"addons_patch">, opts?: CallOptions): Promise<OperationResult<"addons_patch">>;
  /**
   * `PATCH /v2/add-ons/saas/{resource_uuid}/plan` (addons_patch_plan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_patch_plan
   */
  addonsPatchPlan(resourceUuid: OperationPath<"addons_patch_plan">["resource_uuid"], hash: OperationBody<"addons_patch_plan">, query?: OperationQuery<"addons_patch_plan">, opts?: CallOptions): Promise<OperationResult<"addons_patch_plan">>;
  /**
   * `POST /v2/apps/{app_id}/alerts/{alert_id}/destinations` (apps_assign_alertDestinations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_assign_alertDestinations
   */
  appsAssignAlertDestinations(appId: OperationPath<"apps_assign_alertDestinations">["app_id"], alertId: OperationPath<"apps_assign_alertDestinations">["alert_id"], hash: OperationBody<"apps_assign_alertDestinations">, query?: OperationQuery<"apps_assign_alertDestinations">, opts?: CallOptions): Promise<OperationResult<"apps_assign_alertDestinations">>;
  /**
   * `POST /v2/apps/{app_id}/deployments/{deployment_id}/cancel` (apps_cancel_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_deployment
   */
  appsCancelDeployment(appId: OperationPath<"apps_cancel_deployment">["app_id"], deploymentId: OperationPath<"apps_cancel_deployment">["deployment_id"], query?: OperationQuery<"apps_cancel_deployment">, opts?: CallOptions): Promise<OperationResult<"apps_cancel_deployment">>;
  /**
   * `POST /v2/apps/{app_id}/events/{event_id}/cancel` (apps_cancel_event).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_event
   */
  appsCancelEvent(appId: OperationPath<"apps_cancel_event">["app_id"], eventId: OperationPath<"apps_cancel_event">["event_id"], query?: OperationQuery<"apps_cancel_event">, opts?: CallOptions): Promise<OperationResult<"apps_cancel_event">>;
  /**
   * `POST /v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel` (apps_cancel_job_invocation).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_job_invocation
   */
  appsCancelJobInvocation(appId: OperationPath<"apps_cancel_job_invocation">["app_id"], jobInvocationId: OperationPath<"apps_cancel_job_invocation">["job_invocation_id"], query?: OperationQuery<"apps_cancel_job_invocation">, opts?: CallOptions): Promise<OperationResult<"apps_cancel_job_invocation">>;
  /**
   * `POST /v2/apps/{app_id}/rollback/commit` (apps_commit_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_commit_rollback
   */
  appsCommitRollback(appId: OperationPath<"apps_commit_rollback">["app_id"], query?: OperationQuery<"apps_commit_rollback">, opts?: CallOptions): Promise<OperationResult<"apps_commit_rollback">>;
  /**
   * `POST /v2/apps` (apps_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create
   */
  appsCreate(hash: OperationBody<"apps_create">, query?: OperationQuery<"apps_create">, opts?: CallOptions): Promise<OperationResult<"apps_create">>;
  /**
   * `POST /v2/apps/{app_id}/deployments` (apps_create_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create_deployment
   */
  appsCreateDeployment(appId: OperationPath<"apps_create_deployment">["app_id"], hash: OperationBody<"apps_create_deployment">, query?: OperationQuery<"apps_create_deployment">, opts?: CallOptions): Promise<OperationResult<"apps_create_deployment">>;
  /**
   * `POST /v2/apps/{app_id}/rollback` (apps_create_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create_rollback
   */
  appsCreateRollback(appId: OperationPath<"apps_create_rollback">["app_id"], hash: OperationBody<"apps_create_rollback">, query?: OperationQuery<"apps_create_rollback">, opts?: CallOptions): Promise<OperationResult<"apps_create_rollback">>;
  /**
   * `DELETE /v2/apps/{id}` (apps_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_delete
   */
  appsDelete(id: OperationPath<"apps_delete">["id"], query?: OperationQuery<"apps_delete">, opts?: CallOptions): Promise<OperationResult<"apps_delete">>;
  /**
   * `GET /v2/apps/{id}` (apps_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get
   */
  appsGet(id: OperationPath<"apps_get">["id"], query?: OperationQuery<"apps_get">, opts?: CallOptions): Promise<OperationResult<"apps_get">>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}` (apps_get_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_deployment
   */
  appsGetDeployment(appId: OperationPath<"apps_get_deployment">["app_id"], deploymentId: OperationPath<"apps_get_deployment">["deployment_id"], query?: OperationQuery<"apps_get_deployment">, opts?: CallOptions): Promise<OperationResult<"apps_get_deployment">>;
  /**
   * `GET /v2/apps/{app_id}/events/{event_id}` (apps_get_event).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_event
   */
  appsGetEvent(appId: OperationPath<"apps_get_event">["app_id"], eventId: OperationPath<"apps_get_event">["event_id"], query?: OperationQuery<"apps_get_event">, opts?: CallOptions): Promise<OperationResult<"apps_get_event">>;
  /**
   * `GET /v2/apps/{app_id}/events/{event_id}/logs` (apps_get_event_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_event_logs
   */
  appsGetEventLogs(appId: OperationPath<"apps_get_event_logs">["app_id"], eventId: OperationPath<"apps_get_event_logs">["event_id"], query?: OperationQuery<"apps_get_event_logs">, opts?: CallOptions): Promise<OperationResult<"apps_get_event_logs">>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec` (apps_get_exec).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_exec
   */
  appsGetExec(appId: OperationPath<"apps_get_exec">["app_id"], deploymentId: OperationPath<"apps_get_exec">["deployment_id"], componentName: OperationPath<"apps_get_exec">["component_name"], query?: OperationQuery<"apps_get_exec">, opts?: CallOptions): Promise<OperationResult<"apps_get_exec">>;
  /**
   * `GET /v2/apps/{app_id}/components/{component_name}/exec` (apps_get_exec_active_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_exec_active_deployment
   */
  appsGetExecActiveDeployment(appId: OperationPath<"apps_get_exec_active_deployment">["app_id"], componentName: OperationPath<"apps_get_exec_active_deployment">["component_name"], query?: OperationQuery<"apps_get_exec_active_deployment">, opts?: CallOptions): Promise<OperationResult<"apps_get_exec_active_deployment">>;
  /**
   * `GET /v2/apps/{app_id}/health` (apps_get_health).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_health
   */
  appsGetHealth(appId: OperationPath<"apps_get_health">["app_id"], query?: OperationQuery<"apps_get_health">, opts?: CallOptions): Promise<OperationResult<"apps_get_health">>;
  /**
   * `GET /v2/apps/tiers/instance_sizes/{slug}` (apps_get_instanceSize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_instanceSize
   */
  appsGetInstanceSize(slug: OperationPath<"apps_get_instanceSize">["slug"], query?: OperationQuery<"apps_get_instanceSize">, opts?: CallOptions): Promise<OperationResult<"apps_get_instanceSize">>;
  /**
   * `GET /v2/apps/{app_id}/instances` (apps_get_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_instances
   */
  appsGetInstances(appId: OperationPath<"apps_get_instances">["app_id"], query?: OperationQuery<"apps_get_instances">, opts?: CallOptions): Promise<OperationResult<"apps_get_instances">>;
  /**
   * `GET /v2/apps/{app_id}/job-invocations/{job_invocation_id}` (apps_get_job_invocation).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_job_invocation
   */
  appsGetJobInvocation(appId: OperationPath<"apps_get_job_invocation">["app_id"], jobInvocationId: OperationPath<"apps_get_job_invocation">["job_invocation_id"], query?: OperationQuery<"apps_get_job_invocation">, opts?: CallOptions): Promise<OperationResult<"apps_get_job_invocation">>;
  /**
   * `GET /v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs` (apps_get_job_invocation_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_job_invocation_logs
   */
  appsGetJobInvocationLogs(appId: OperationPath<"apps_get_job_invocation_logs">["app_id"], jobName: OperationPath<"apps_get_job_invocation_logs">["job_name"], jobInvocationId: OperationPath<"apps_get_job_invocation_logs">["job_invocation_id"], query?: OperationQuery<"apps_get_job_invocation_logs">, opts?: CallOptions): Promise<OperationResult<"apps_get_job_invocation_logs">>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs` (apps_get_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs
   */
  appsGetLogs(appId: OperationPath<"apps_get_logs">["app_id"], deploymentId: OperationPath<"apps_get_logs">["deployment_id"], componentName: OperationPath<"apps_get_logs">["component_name"], query?: OperationQuery<"apps_get_logs">, opts?: CallOptions): Promise<OperationResult<"apps_get_logs">>;
  /**
   * `GET /v2/apps/{app_id}/components/{component_name}/logs` (apps_get_logs_active_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_active_deployment
   */
  appsGetLogsActiveDeployment(appId: OperationPath<"apps_get_logs_active_deployment">["app_id"], componentName: OperationPath<"apps_get_logs_active_deployment">["component_name"], query?: OperationQuery<"apps_get_logs_active_deployment">, opts?: CallOptions): Promise<OperationResult<"apps_get_logs_active_deployment">>;
  /**
   * `GET /v2/apps/{app_id}/logs` (apps_get_logs_active_deployment_aggregate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_active_deployment_aggregate
   */
  appsGetLogsActiveDeploymentAggregate(appId: OperationPath<"apps_get_logs_active_deployment_aggregate">["app_id"], query?: OperationQuery<"apps_get_logs_active_deployment_aggregate">, opts?: CallOptions): Promise<OperationResult<"apps_get_logs_active_deployment_aggregate">>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/logs` (apps_get_logs_aggregate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_aggregate
   */
  appsGetLogsAggregate(appId: OperationPath<"apps_get_logs_aggregate">["app_id"], deploymentId: OperationPath<"apps_get_logs_aggregate">["deployment_id"], query?: OperationQuery<"apps_get_logs_aggregate">, opts?: CallOptions): Promise<OperationResult<"apps_get_logs_aggregate">>;
  /**
   * `GET /v2/apps/{app_id}/metrics/bandwidth_daily` (apps_get_metrics_bandwidth_daily).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_metrics_bandwidth_daily
   */
  appsGetMetricsBandwidthDaily(appId: OperationPath<"apps_get_metrics_bandwidth_daily">["app_id"], query?: OperationQuery<"apps_get_metrics_bandwidth_daily">, opts?: CallOptions): Promise<OperationResult<"apps_get_metrics_bandwidth_daily">>;
  /**
   * `GET /v2/apps` (apps_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list
   */
  appsList(query?: OperationQuery<"apps_list">, opts?: CallOptions): Promise<Page<"apps", NonNullable<OperationResult<"apps_list">["apps"]>[number]>>;
  /**
   * `GET /v2/apps` (apps_list).
   * Every page, walked (`links.pages.next`): resolves `{ apps: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list
   */
  appsListAll(query?: OperationQuery<"apps_list">, opts?: CallOptions): Promise<AllPages<"apps", NonNullable<OperationResult<"apps_list">["apps"]>[number]>>;
  /**
   * `GET /v2/apps/{app_id}/alerts` (apps_list_alerts).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_alerts
   */
  appsListAlerts(appId: OperationPath<"apps_list_alerts">["app_id"], query?: OperationQuery<"apps_list_alerts">, opts?: CallOptions): Promise<OperationResult<"apps_list_alerts">>;
  /**
   * `GET /v2/apps/{app_id}/deployments` (apps_list_deployments).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_deployments
   */
  appsListDeployments(appId: OperationPath<"apps_list_deployments">["app_id"], query?: OperationQuery<"apps_list_deployments">, opts?: CallOptions): Promise<Page<"deployments", NonNullable<OperationResult<"apps_list_deployments">["deployments"]>[number]>>;
  /**
   * `GET /v2/apps/{app_id}/deployments` (apps_list_deployments).
   * Every page, walked (`links.pages.next`): resolves `{ deployments: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_deployments
   */
  appsListDeploymentsAll(appId: OperationPath<"apps_list_deployments">["app_id"], query?: OperationQuery<"apps_list_deployments">, opts?: CallOptions): Promise<AllPages<"deployments", NonNullable<OperationResult<"apps_list_deployments">["deployments"]>[number]>>;
  /**
   * `GET /v2/apps/{app_id}/events` (apps_list_events).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_events
   */
  appsListEvents(appId: OperationPath<"apps_list_events">["app_id"], query?: OperationQuery<"apps_list_events">, opts?: CallOptions): Promise<OperationResult<"apps_list_events">>;
  /**
   * `GET /v2/apps/tiers/instance_sizes` (apps_list_instanceSizes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_instanceSizes
   */
  appsListInstanceSizes(query?: OperationQuery<"apps_list_instanceSizes">, opts?: CallOptions): Promise<OperationResult<"apps_list_instanceSizes">>;
  /**
   * `GET /v2/apps/{app_id}/job-invocations` (apps_list_job_invocations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_job_invocations
   */
  appsListJobInvocations(appId: OperationPath<"apps_list_job_invocations">["app_id"], query?: OperationQuery<"apps_list_job_invocations">, opts?: CallOptions): Promise<OperationResult<"apps_list_job_invocations">>;
  /**
   * `POST /v2/apps/metrics/bandwidth_daily` (apps_list_metrics_bandwidth_daily).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_metrics_bandwidth_daily
   */
  appsListMetricsBandwidthDaily(hash: OperationBody<"apps_list_metrics_bandwidth_daily">, query?: OperationQuery<"apps_list_metrics_bandwidth_daily">, opts?: CallOptions): Promise<OperationResult<"apps_list_metrics_bandwidth_daily">>;
  /**
   * `GET /v2/apps/regions` (apps_list_regions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_regions
   */
  appsListRegions(query?: OperationQuery<"apps_list_regions">, opts?: CallOptions): Promise<OperationResult<"apps_list_regions">>;
  /**
   * `POST /v2/apps/{app_id}/restart` (apps_restart).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_restart
   */
  appsRestart(appId: OperationPath<"apps_restart">["app_id"], hash?: OperationBody<"apps_restart">, query?: OperationQuery<"apps_restart">, opts?: CallOptions): Promise<OperationResult<"apps_restart">>;
  /**
   * `POST /v2/apps/{app_id}/rollback/revert` (apps_revert_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_revert_rollback
   */
  appsRevertRollback(appId: OperationPath<"apps_revert_rollback">["app_id"], query?: OperationQuery<"apps_revert_rollback">, opts?: CallOptions): Promise<OperationResult<"apps_revert_rollback">>;
  /**
   * `PUT /v2/apps/{id}` (apps_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_update
   */
  appsUpdate(id: OperationPath<"apps_update">["id"], hash: OperationBody<"apps_update">, query?: OperationQuery<"apps_update">, opts?: CallOptions): Promise<OperationResult<"apps_update">>;
  /**
   * `POST /v2/apps/propose` (apps_validate_appSpec).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_validate_appSpec
   */
  appsValidateAppSpec(hash: OperationBody<"apps_validate_appSpec">, query?: OperationQuery<"apps_validate_appSpec">, opts?: CallOptions): Promise<OperationResult<"apps_validate_appSpec">>;
  /**
   * `POST /v2/apps/{app_id}/rollback/validate` (apps_validate_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_validate_rollback
   */
  appsValidateRollback(appId: OperationPath<"apps_validate_rollback">["app_id"], hash: OperationBody<"apps_validate_rollback">, query?: OperationQuery<"apps_validate_rollback">, opts?: CallOptions): Promise<OperationResult<"apps_validate_rollback">>;
  /**
   * `POST /v2/droplets/autoscale` (autoscalepools_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_create
   */
  autoscalepoolsCreate(hash?: OperationBody<"autoscalepools_create">, query?: OperationQuery<"autoscalepools_create">, opts?: CallOptions): Promise<OperationResult<"autoscalepools_create">>;
  /**
   * `DELETE /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_delete
   */
  autoscalepoolsDelete(autoscalePoolId: OperationPath<"autoscalepools_delete">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_delete">, opts?: CallOptions): Promise<OperationResult<"autoscalepools_delete">>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_get
   */
  autoscalepoolsGet(autoscalePoolId: OperationPath<"autoscalepools_get">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_get">, opts?: CallOptions): Promise<OperationResult<"autoscalepools_get">>;
  /**
   * `GET /v2/droplets/autoscale` (autoscalepools_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list
   */
  autoscalepoolsList(query?: OperationQuery<"autoscalepools_list">, opts?: CallOptions): Promise<Page<"autoscale_pools", NonNullable<OperationResult<"autoscalepools_list">["autoscale_pools"]>[number]>>;
  /**
   * `GET /v2/droplets/autoscale` (autoscalepools_list).
   * Every page, walked (`links.pages.next`): resolves `{ autoscale_pools: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list
   */
  autoscalepoolsListAll(query?: OperationQuery<"autoscalepools_list">, opts?: CallOptions): Promise<AllPages<"autoscale_pools", NonNullable<OperationResult<"autoscalepools_list">["autoscale_pools"]>[number]>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/history` (autoscalepools_list_history).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_history
   */
  autoscalepoolsListHistory(autoscalePoolId: OperationPath<"autoscalepools_list_history">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_list_history">, opts?: CallOptions): Promise<Page<"history", NonNullable<OperationResult<"autoscalepools_list_history">["history"]>[number]>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/history` (autoscalepools_list_history).
   * Every page, walked (`links.pages.next`): resolves `{ history: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_history
   */
  autoscalepoolsListHistoryAll(autoscalePoolId: OperationPath<"autoscalepools_list_history">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_list_history">, opts?: CallOptions): Promise<AllPages<"history", NonNullable<OperationResult<"autoscalepools_list_history">["history"]>[number]>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/members` (autoscalepools_list_members).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_members
   */
  autoscalepoolsListMembers(autoscalePoolId: OperationPath<"autoscalepools_list_members">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_list_members">, opts?: CallOptions): Promise<Page<"droplets", Droplet>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/members` (autoscalepools_list_members).
   * Every page, walked (`links.pages.next`): resolves `{ droplets: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_members
   */
  autoscalepoolsListMembersAll(autoscalePoolId: OperationPath<"autoscalepools_list_members">["autoscale_pool_id"], query?: OperationQuery<"autoscalepools_list_members">, opts?: CallOptions): Promise<AllPages<"droplets", Droplet>>;
  /**
   * `PUT /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_update
   */
  autoscalepoolsUpdate(autoscalePoolId: OperationPath<"autoscalepools_update">["autoscale_pool_id"], hash?: OperationBody<"autoscalepools_update">, query?: OperationQuery<"autoscalepools_update">, opts?: CallOptions): Promise<OperationResult<"autoscalepools_update">>;
  /**
   * `GET /v2/customers/my/balance` (balance_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/balance_get
   */
  balanceGet(query?: OperationQuery<"balance_get">, opts?: CallOptions): Promise<OperationResult<"balance_get">>;
  /**
   * `GET /v2/customers/my/billing_history` (billingHistory_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/billingHistory_list
   */
  billingHistoryList(query?: OperationQuery<"billingHistory_list">, opts?: CallOptions): Promise<Page<"billing_history", NonNullable<OperationResult<"billingHistory_list">["billing_history"]>[number]>>;
  /**
   * `GET /v2/customers/my/billing_history` (billingHistory_list).
   * Every page, walked (`links.pages.next`): resolves `{ billing_history: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/billingHistory_list
   */
  billingHistoryListAll(query?: OperationQuery<"billingHistory_list">, opts?: CallOptions): Promise<AllPages<"billing_history", NonNullable<OperationResult<"billingHistory_list">["billing_history"]>[number]>>;
  /**
   * `GET /v2/billing/{account_urn}/insights/{start_date}/{end_date}` (billingInsights_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/billingInsights_list
   */
  billingInsightsList(accountUrn: OperationPath<"billingInsights_list">["account_urn"], startDate: OperationPath<"billingInsights_list">["start_date"], endDate: OperationPath<"billingInsights_list">["end_date"], query?: OperationQuery<"billingInsights_list">, opts?: CallOptions): Promise<OperationResult<"billingInsights_list">>;
  /**
   * `POST /v2/byoip_prefixes` (byoipPrefixes_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_create
   */
  byoipPrefixesCreate(hash: OperationBody<"byoipPrefixes_create">, query?: OperationQuery<"byoipPrefixes_create">, opts?: CallOptions): Promise<OperationResult<"byoipPrefixes_create">>;
  /**
   * `DELETE /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_delete
   */
  byoipPrefixesDelete(byoipPrefixUuid: OperationPath<"byoipPrefixes_delete">["byoip_prefix_uuid"], query?: OperationQuery<"byoipPrefixes_delete">, opts?: CallOptions): Promise<OperationResult<"byoipPrefixes_delete">>;
  /**
   * `GET /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_get
   */
  byoipPrefixesGet(byoipPrefixUuid: OperationPath<"byoipPrefixes_get">["byoip_prefix_uuid"], query?: OperationQuery<"byoipPrefixes_get">, opts?: CallOptions): Promise<OperationResult<"byoipPrefixes_get">>;
  /**
   * `GET /v2/byoip_prefixes` (byoipPrefixes_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list
   */
  byoipPrefixesList(query?: OperationQuery<"byoipPrefixes_list">, opts?: CallOptions): Promise<Page<"byoip_prefixes", NonNullable<OperationResult<"byoipPrefixes_list">["byoip_prefixes"]>[number]>>;
  /**
   * `GET /v2/byoip_prefixes` (byoipPrefixes_list).
   * Every page, walked (`links.pages.next`): resolves `{ byoip_prefixes: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list
   */
  byoipPrefixesListAll(query?: OperationQuery<"byoipPrefixes_list">, opts?: CallOptions): Promise<AllPages<"byoip_prefixes", NonNullable<OperationResult<"byoipPrefixes_list">["byoip_prefixes"]>[number]>>;
  /**
   * `GET /v2/byoip_prefixes/{byoip_prefix_uuid}/ips` (byoipPrefixes_list_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list_resources
   */
  byoipPrefixesListResources(byoipPrefixUuid: OperationPath<"byoipPrefixes_list_resources">["byoip_prefix_uuid"], query?: OperationQuery<"byoipPrefixes_list_resources">, opts?: CallOptions): Promise<Page<"ips", NonNullable<OperationResult<"byoipPrefixes_list_resources">["ips"]>[number]>>;
  /**
   * `GET /v2/byoip_prefixes/{byoip_prefix_uuid}/ips` (byoipPrefixes_list_resources).
   * Every page, walked (`links.pages.next`): resolves `{ ips: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list_resources
   */
  byoipPrefixesListResourcesAll(byoipPrefixUuid: OperationPath<"byoipPrefixes_list_resources">["byoip_prefix_uuid"], query?: OperationQuery<"byoipPrefixes_list_resources">, opts?: CallOptions): Promise<AllPages<"ips", NonNullable<OperationResult<"byoipPrefixes_list_resources">["ips"]>[number]>>;
  /**
   * `PATCH /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_patch
   */
  byoipPrefixesPatch(byoipPrefixUuid: OperationPath<"byoipPrefixes_patch">["byoip_prefix_uuid"], hash: OperationBody<"byoipPrefixes_patch">, query?: OperationQuery<"byoipPrefixes_patch">, opts?: CallOptions): Promise<OperationResult<"byoipPrefixes_patch">>;
  /**
   * `POST /v2/cdn/endpoints` (cdn_create_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_create_endpoint
   */
  cdnCreateEndpoint(hash: OperationBody<"cdn_create_endpoint">, query?: OperationQuery<"cdn_create_endpoint">, opts?: CallOptions): Promise<OperationResult<"cdn_create_endpoint">>;
  /**
   * `DELETE /v2/cdn/endpoints/{cdn_id}` (cdn_delete_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_delete_endpoint
   */
  cdnDeleteEndpoint(cdnId: OperationPath<"cdn_delete_endpoint">["cdn_id"], query?: OperationQuery<"cdn_delete_endpoint">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/cdn/endpoints/{cdn_id}` (cdn_get_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_get_endpoint
   */
  cdnGetEndpoint(cdnId: OperationPath<"cdn_get_endpoint">["cdn_id"], query?: OperationQuery<"cdn_get_endpoint">, opts?: CallOptions): Promise<OperationResult<"cdn_get_endpoint">>;
  /**
   * `GET /v2/cdn/endpoints` (cdn_list_endpoints).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_list_endpoints
   */
  cdnListEndpoints(query?: OperationQuery<"cdn_list_endpoints">, opts?: CallOptions): Promise<Page<"endpoints", NonNullable<OperationResult<"cdn_list_endpoints">["endpoints"]>[number]>>;
  /**
   * `GET /v2/cdn/endpoints` (cdn_list_endpoints).
   * Every page, walked (`links.pages.next`): resolves `{ endpoints: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_list_endpoints
   */
  cdnListEndpointsAll(query?: OperationQuery<"cdn_list_endpoints">, opts?: CallOptions): Promise<AllPages<"endpoints", NonNullable<OperationResult<"cdn_list_endpoints">["endpoints"]>[number]>>;
  /**
   * `DELETE /v2/cdn/endpoints/{cdn_id}/cache` (cdn_purge_cache).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_purge_cache
   */
  cdnPurgeCache(cdnId: OperationPath<"cdn_purge_cache">["cdn_id"], hash: OperationBody<"cdn_purge_cache">, query?: OperationQuery<"cdn_purge_cache">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/cdn/endpoints/{cdn_id}` (cdn_update_endpoints).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_update_endpoints
   */
  cdnUpdateEndpoints(cdnId: OperationPath<"cdn_update_endpoints">["cdn_id"], hash: OperationBody<"cdn_update_endpoints">, query?: OperationQuery<"cdn_update_endpoints">, opts?: CallOptions): Promise<OperationResult<"cdn_update_endpoints">>;
  /**
   * `POST /v2/certificates` (certificates_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_create
   */
  certificatesCreate(hash: OperationBody<"certificates_create">, query?: OperationQuery<"certificates_create">, opts?: CallOptions): Promise<OperationResult<"certificates_create">>;
  /**
   * `DELETE /v2/certificates/{certificate_id}` (certificates_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_delete
   */
  certificatesDelete(certificateId: OperationPath<"certificates_delete">["certificate_id"], query?: OperationQuery<"certificates_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/certificates/{certificate_id}` (certificates_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_get
   */
  certificatesGet(certificateId: OperationPath<"certificates_get">["certificate_id"], query?: OperationQuery<"certificates_get">, opts?: CallOptions): Promise<OperationResult<"certificates_get">>;
  /**
   * `GET /v2/certificates` (certificates_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_list
   */
  certificatesList(query?: OperationQuery<"certificates_list">, opts?: CallOptions): Promise<Page<"certificates", NonNullable<OperationResult<"certificates_list">["certificates"]>[number]>>;
  /**
   * `GET /v2/certificates` (certificates_list).
   * Every page, walked (`links.pages.next`): resolves `{ certificates: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_list
   */
  certificatesListAll(query?: OperationQuery<"certificates_list">, opts?: CallOptions): Promise<AllPages<"certificates", NonNullable<OperationResult<"certificates_list">["certificates"]>[number]>>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/dbs` (databases_add).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add
   */
  databasesAdd(databaseClusterUuid: OperationPath<"databases_add">["database_cluster_uuid"], hash: OperationBody<"databases_add">, query?: OperationQuery<"databases_add">, opts?: CallOptions): Promise<OperationResult<"databases_add">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/pools` (databases_add_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add_connectionPool
   */
  databasesAddConnectionPool(databaseClusterUuid: OperationPath<"databases_add_connectionPool">["database_cluster_uuid"], hash: OperationBody<"databases_add_connectionPool">, query?: OperationQuery<"databases_add_connectionPool">, opts?: CallOptions): Promise<OperationResult<"databases_add_connectionPool">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/users` (databases_add_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add_user
   */
  databasesAddUser(databaseClusterUuid: OperationPath<"databases_add_user">["database_cluster_uuid"], hash: OperationBody<"databases_add_user">, query?: OperationQuery<"databases_add_user">, opts?: CallOptions): Promise<OperationResult<"databases_add_user">>;
  /**
   * `POST /v2/databases` (databases_create_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_cluster
   */
  databasesCreateCluster(hash: OperationBody<"databases_create_cluster">, query?: OperationQuery<"databases_create_cluster">, opts?: CallOptions): Promise<OperationResult<"databases_create_cluster">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/schema-registry` (databases_create_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_kafka_schema
   */
  databasesCreateKafkaSchema(databaseClusterUuid: OperationPath<"databases_create_kafka_schema">["database_cluster_uuid"], hash: OperationBody<"databases_create_kafka_schema">, query?: OperationQuery<"databases_create_kafka_schema">, opts?: CallOptions): Promise<OperationResult<"databases_create_kafka_schema">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/topics` (databases_create_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_kafka_topic
   */
  databasesCreateKafkaTopic(databaseClusterUuid: OperationPath<"databases_create_kafka_topic">["database_cluster_uuid"], hash?: OperationBody<"databases_create_kafka_topic">, query?: OperationQuery<"databases_create_kafka_topic">, opts?: CallOptions): Promise<OperationResult<"databases_create_kafka_topic">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/logsink` (databases_create_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_logsink
   */
  databasesCreateLogsink(databaseClusterUuid: OperationPath<"databases_create_logsink">["database_cluster_uuid"], hash: OperationBody<"databases_create_logsink">, query?: OperationQuery<"databases_create_logsink">, opts?: CallOptions): Promise<OperationResult<"databases_create_logsink">>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/replicas` (databases_create_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_replica
   */
  databasesCreateReplica(databaseClusterUuid: OperationPath<"databases_create_replica">["database_cluster_uuid"], hash?: OperationBody<"databases_create_replica">, query?: OperationQuery<"databases_create_replica">, opts?: CallOptions): Promise<OperationResult<"databases_create_replica">>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/dbs/{database_name}` (databases_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete
   */
  databasesDelete(databaseClusterUuid: OperationPath<"databases_delete">["database_cluster_uuid"], databaseName: OperationPath<"databases_delete">["database_name"], query?: OperationQuery<"databases_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_delete_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_connectionPool
   */
  databasesDeleteConnectionPool(databaseClusterUuid: OperationPath<"databases_delete_connectionPool">["database_cluster_uuid"], poolName: OperationPath<"databases_delete_connectionPool">["pool_name"], query?: OperationQuery<"databases_delete_connectionPool">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}` (databases_delete_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_kafka_schema
   */
  databasesDeleteKafkaSchema(databaseClusterUuid: OperationPath<"databases_delete_kafka_schema">["database_cluster_uuid"], subjectName: OperationPath<"databases_delete_kafka_schema">["subject_name"], query?: OperationQuery<"databases_delete_kafka_schema">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_delete_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_kafka_topic
   */
  databasesDeleteKafkaTopic(databaseClusterUuid: OperationPath<"databases_delete_kafka_topic">["database_cluster_uuid"], topicName: OperationPath<"databases_delete_kafka_topic">["topic_name"], query?: OperationQuery<"databases_delete_kafka_topic">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_delete_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_logsink
   */
  databasesDeleteLogsink(databaseClusterUuid: OperationPath<"databases_delete_logsink">["database_cluster_uuid"], logsinkId: OperationPath<"databases_delete_logsink">["logsink_id"], query?: OperationQuery<"databases_delete_logsink">, opts?: CallOptions): Promise<OperationResult<"databases_delete_logsink">>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/online-migration/{migration_id}` (databases_delete_onlineMigration).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_onlineMigration
   */
  databasesDeleteOnlineMigration(databaseClusterUuid: OperationPath<"databases_delete_onlineMigration">["database_cluster_uuid"], migrationId: OperationPath<"databases_delete_onlineMigration">["migration_id"], query?: OperationQuery<"databases_delete_onlineMigration">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/indexes/{index_name}` (databases_delete_opensearch_index).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_opensearch_index
   */
  databasesDeleteOpensearchIndex(databaseClusterUuid: OperationPath<"databases_delete_opensearch_index">["database_cluster_uuid"], indexName: OperationPath<"databases_delete_opensearch_index">["index_name"], query?: OperationQuery<"databases_delete_opensearch_index">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/users/{username}` (databases_delete_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_user
   */
  databasesDeleteUser(databaseClusterUuid: OperationPath<"databases_delete_user">["database_cluster_uuid"], username: OperationPath<"databases_delete_user">["username"], query?: OperationQuery<"databases_delete_user">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}` (databases_destroy_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_destroy_cluster
   */
  databasesDestroyCluster(databaseClusterUuid: OperationPath<"databases_destroy_cluster">["database_cluster_uuid"], query?: OperationQuery<"databases_destroy_cluster">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/replicas/{replica_name}` (databases_destroy_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_destroy_replica
   */
  databasesDestroyReplica(databaseClusterUuid: OperationPath<"databases_destroy_replica">["database_cluster_uuid"], replicaName: OperationPath<"databases_destroy_replica">["replica_name"], query?: OperationQuery<"databases_destroy_replica">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/dbs/{database_name}` (databases_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get
   */
  databasesGet(databaseClusterUuid: OperationPath<"databases_get">["database_cluster_uuid"], databaseName: OperationPath<"databases_get">["database_name"], query?: OperationQuery<"databases_get">, opts?: CallOptions): Promise<OperationResult<"databases_get">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/autoscale` (databases_get_autoscale).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_autoscale
   */
  databasesGetAutoscale(databaseClusterUuid: OperationPath<"databases_get_autoscale">["database_cluster_uuid"], query?: OperationQuery<"databases_get_autoscale">, opts?: CallOptions): Promise<OperationResult<"databases_get_autoscale">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/ca` (databases_get_ca).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_ca
   */
  databasesGetCa(databaseClusterUuid: OperationPath<"databases_get_ca">["database_cluster_uuid"], query?: OperationQuery<"databases_get_ca">, opts?: CallOptions): Promise<OperationResult<"databases_get_ca">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}` (databases_get_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_cluster
   */
  databasesGetCluster(databaseClusterUuid: OperationPath<"databases_get_cluster">["database_cluster_uuid"], query?: OperationQuery<"databases_get_cluster">, opts?: CallOptions): Promise<OperationResult<"databases_get_cluster">>;
  /**
   * `GET /v2/databases/metrics/credentials` (databases_get_cluster_metrics_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_cluster_metrics_credentials
   */
  databasesGetClusterMetricsCredentials(query?: OperationQuery<"databases_get_cluster_metrics_credentials">, opts?: CallOptions): Promise<OperationResult<"databases_get_cluster_metrics_credentials">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/config` (databases_get_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_config
   */
  databasesGetConfig(databaseClusterUuid: OperationPath<"databases_get_config">["database_cluster_uuid"], query?: OperationQuery<"databases_get_config">, opts?: CallOptions): Promise<OperationResult<"databases_get_config">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_get_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_connectionPool
   */
  databasesGetConnectionPool(databaseClusterUuid: OperationPath<"databases_get_connectionPool">["database_cluster_uuid"], poolName: OperationPath<"databases_get_connectionPool">["pool_name"], query?: OperationQuery<"databases_get_connectionPool">, opts?: CallOptions): Promise<OperationResult<"databases_get_connectionPool">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/do_settings` (databases_get_do_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_do_settings
   */
  databasesGetDoSettings(databaseClusterUuid: OperationPath<"databases_get_do_settings">["database_cluster_uuid"], query?: OperationQuery<"databases_get_do_settings">, opts?: CallOptions): Promise<OperationResult<"databases_get_do_settings">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/eviction_policy` (databases_get_evictionPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_evictionPolicy
   */
  databasesGetEvictionPolicy(databaseClusterUuid: OperationPath<"databases_get_evictionPolicy">["database_cluster_uuid"], query?: OperationQuery<"databases_get_evictionPolicy">, opts?: CallOptions): Promise<OperationResult<"databases_get_evictionPolicy">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}` (databases_get_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema
   */
  databasesGetKafkaSchema(databaseClusterUuid: OperationPath<"databases_get_kafka_schema">["database_cluster_uuid"], subjectName: OperationPath<"databases_get_kafka_schema">["subject_name"], query?: OperationQuery<"databases_get_kafka_schema">, opts?: CallOptions): Promise<OperationResult<"databases_get_kafka_schema">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/config` (databases_get_kafka_schema_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_config
   */
  databasesGetKafkaSchemaConfig(databaseClusterUuid: OperationPath<"databases_get_kafka_schema_config">["database_cluster_uuid"], query?: OperationQuery<"databases_get_kafka_schema_config">, opts?: CallOptions): Promise<OperationResult<"databases_get_kafka_schema_config">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}` (databases_get_kafka_schema_subject_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_subject_config
   */
  databasesGetKafkaSchemaSubjectConfig(databaseClusterUuid: OperationPath<"databases_get_kafka_schema_subject_config">["database_cluster_uuid"], subjectName: OperationPath<"databases_get_kafka_schema_subject_config">["subject_name"], query?: OperationQuery<"databases_get_kafka_schema_subject_config">, opts?: CallOptions): Promise<OperationResult<"databases_get_kafka_schema_subject_config">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}/versions/{version}` (databases_get_kafka_schema_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_version
   */
  databasesGetKafkaSchemaVersion(databaseClusterUuid: OperationPath<"databases_get_kafka_schema_version">["database_cluster_uuid"], subjectName: OperationPath<"databases_get_kafka_schema_version">["subject_name"], version: OperationPath<"databases_get_kafka_schema_version">["version"], query?: OperationQuery<"databases_get_kafka_schema_version">, opts?: CallOptions): Promise<OperationResult<"databases_get_kafka_schema_version">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_get_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_topic
   */
  databasesGetKafkaTopic(databaseClusterUuid: OperationPath<"databases_get_kafka_topic">["database_cluster_uuid"], topicName: OperationPath<"databases_get_kafka_topic">["topic_name"], query?: OperationQuery<"databases_get_kafka_topic">, opts?: CallOptions): Promise<OperationResult<"databases_get_kafka_topic">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_get_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_logsink
   */
  databasesGetLogsink(databaseClusterUuid: OperationPath<"databases_get_logsink">["database_cluster_uuid"], logsinkId: OperationPath<"databases_get_logsink">["logsink_id"], query?: OperationQuery<"databases_get_logsink">, opts?: CallOptions): Promise<OperationResult<"databases_get_logsink">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/online-migration` (databases_get_migrationStatus).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_migrationStatus
   */
  databasesGetMigrationStatus(databaseClusterUuid: OperationPath<"databases_get_migrationStatus">["database_cluster_uuid"], query?: OperationQuery<"databases_get_migrationStatus">, opts?: CallOptions): Promise<OperationResult<"databases_get_migrationStatus">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/replicas/{replica_name}` (databases_get_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_replica
   */
  databasesGetReplica(databaseClusterUuid: OperationPath<"databases_get_replica">["database_cluster_uuid"], replicaName: OperationPath<"databases_get_replica">["replica_name"], query?: OperationQuery<"databases_get_replica">, opts?: CallOptions): Promise<OperationResult<"databases_get_replica">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/sql_mode` (databases_get_sql_mode).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_sql_mode
   */
  databasesGetSqlMode(databaseClusterUuid: OperationPath<"databases_get_sql_mode">["database_cluster_uuid"], query?: OperationQuery<"databases_get_sql_mode">, opts?: CallOptions): Promise<OperationResult<"databases_get_sql_mode">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/users/{username}` (databases_get_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_user
   */
  databasesGetUser(databaseClusterUuid: OperationPath<"databases_get_user">["database_cluster_uuid"], username: OperationPath<"databases_get_user">["username"], query?: OperationQuery<"databases_get_user">, opts?: CallOptions): Promise<OperationResult<"databases_get_user">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/install_update` (databases_install_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_install_update
   */
  databasesInstallUpdate(databaseClusterUuid: OperationPath<"databases_install_update">["database_cluster_uuid"], query?: OperationQuery<"databases_install_update">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/dbs` (databases_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list
   */
  databasesList(databaseClusterUuid: OperationPath<"databases_list">["database_cluster_uuid"], query?: OperationQuery<"databases_list">, opts?: CallOptions): Promise<OperationResult<"databases_list">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/backups` (databases_list_backups).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_backups
   */
  databasesListBackups(databaseClusterUuid: OperationPath<"databases_list_backups">["database_cluster_uuid"], query?: OperationQuery<"databases_list_backups">, opts?: CallOptions): Promise<OperationResult<"databases_list_backups">>;
  /**
   * `GET /v2/databases` (databases_list_clusters).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_clusters
   */
  databasesListClusters(query?: OperationQuery<"databases_list_clusters">, opts?: CallOptions): Promise<OperationResult<"databases_list_clusters">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/pools` (databases_list_connectionPools).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_connectionPools
   */
  databasesListConnectionPools(databaseClusterUuid: OperationPath<"databases_list_connectionPools">["database_cluster_uuid"], query?: OperationQuery<"databases_list_connectionPools">, opts?: CallOptions): Promise<OperationResult<"databases_list_connectionPools">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/events` (databases_list_events_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_events_logs
   */
  databasesListEventsLogs(databaseClusterUuid: OperationPath<"databases_list_events_logs">["database_cluster_uuid"], query?: OperationQuery<"databases_list_events_logs">, opts?: CallOptions): Promise<OperationResult<"databases_list_events_logs">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/firewall` (databases_list_firewall_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_firewall_rules
   */
  databasesListFirewallRules(databaseClusterUuid: OperationPath<"databases_list_firewall_rules">["database_cluster_uuid"], query?: OperationQuery<"databases_list_firewall_rules">, opts?: CallOptions): Promise<OperationResult<"databases_list_firewall_rules">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry` (databases_list_kafka_schemas).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_kafka_schemas
   */
  databasesListKafkaSchemas(databaseClusterUuid: OperationPath<"databases_list_kafka_schemas">["database_cluster_uuid"], query?: OperationQuery<"databases_list_kafka_schemas">, opts?: CallOptions): Promise<OperationResult<"databases_list_kafka_schemas">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/topics` (databases_list_kafka_topics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_kafka_topics
   */
  databasesListKafkaTopics(databaseClusterUuid: OperationPath<"databases_list_kafka_topics">["database_cluster_uuid"], query?: OperationQuery<"databases_list_kafka_topics">, opts?: CallOptions): Promise<OperationResult<"databases_list_kafka_topics">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/logsink` (databases_list_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_logsink
   */
  databasesListLogsink(databaseClusterUuid: OperationPath<"databases_list_logsink">["database_cluster_uuid"], query?: OperationQuery<"databases_list_logsink">, opts?: CallOptions): Promise<OperationResult<"databases_list_logsink">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/indexes` (databases_list_opeasearch_indexes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_opeasearch_indexes
   */
  databasesListOpeasearchIndexes(databaseClusterUuid: OperationPath<"databases_list_opeasearch_indexes">["database_cluster_uuid"], query?: OperationQuery<"databases_list_opeasearch_indexes">, opts?: CallOptions): Promise<OperationResult<"databases_list_opeasearch_indexes">>;
  /**
   * `GET /v2/databases/options` (databases_list_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_options
   */
  databasesListOptions(query?: OperationQuery<"databases_list_options">, opts?: CallOptions): Promise<OperationResult<"databases_list_options">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/replicas` (databases_list_replicas).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_replicas
   */
  databasesListReplicas(databaseClusterUuid: OperationPath<"databases_list_replicas">["database_cluster_uuid"], query?: OperationQuery<"databases_list_replicas">, opts?: CallOptions): Promise<OperationResult<"databases_list_replicas">>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/users` (databases_list_users).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_users
   */
  databasesListUsers(databaseClusterUuid: OperationPath<"databases_list_users">["database_cluster_uuid"], query?: OperationQuery<"databases_list_users">, opts?: CallOptions): Promise<OperationResult<"databases_list_users">>;
  /**
   * `PATCH /v2/databases/{database_cluster_uuid}/config` (databases_patch_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_patch_config
   */
  databasesPatchConfig(databaseClusterUuid: OperationPath<"databases_patch_config">["database_cluster_uuid"], hash: OperationBody<"databases_patch_config">, query?: OperationQuery<"databases_patch_config">, opts?: CallOptions): Promise<OperationResult<"databases_patch_config">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/replicas/{replica_name}/promote` (databases_promote_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_promote_replica
   */
  databasesPromoteReplica(databaseClusterUuid: OperationPath<"databases_promote_replica">["database_cluster_uuid"], replicaName: OperationPath<"databases_promote_replica">["replica_name"], query?: OperationQuery<"databases_promote_replica">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/users/{username}/reset_auth` (databases_reset_auth).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_reset_auth
   */
  databasesResetAuth(databaseClusterUuid: OperationPath<"databases_reset_auth">["database_cluster_uuid"], username: OperationPath<"databases_reset_auth">["username"], hash: OperationBody<"databases_reset_auth">, query?: OperationQuery<"databases_reset_auth">, opts?: CallOptions): Promise<OperationResult<"databases_reset_auth">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/autoscale` (databases_update_autoscale).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_autoscale
   */
  databasesUpdateAutoscale(databaseClusterUuid: OperationPath<"databases_update_autoscale">["database_cluster_uuid"], hash: OperationBody<"databases_update_autoscale">, query?: OperationQuery<"databases_update_autoscale">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/resize` (databases_update_clusterSize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_clusterSize
   */
  databasesUpdateClusterSize(databaseClusterUuid: OperationPath<"databases_update_clusterSize">["database_cluster_uuid"], hash: OperationBody<"databases_update_clusterSize">, query?: OperationQuery<"databases_update_clusterSize">, opts?: CallOptions): Promise<OperationResult<"databases_update_clusterSize">>;
  /**
   * `PUT /v2/databases/metrics/credentials` (databases_update_cluster_metrics_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_cluster_metrics_credentials
   */
  databasesUpdateClusterMetricsCredentials(hash?: OperationBody<"databases_update_cluster_metrics_credentials">, query?: OperationQuery<"databases_update_cluster_metrics_credentials">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_update_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_connectionPool
   */
  databasesUpdateConnectionPool(databaseClusterUuid: OperationPath<"databases_update_connectionPool">["database_cluster_uuid"], poolName: OperationPath<"databases_update_connectionPool">["pool_name"], hash: OperationBody<"databases_update_connectionPool">, query?: OperationQuery<"databases_update_connectionPool">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/do_settings` (databases_update_do_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_do_settings
   */
  databasesUpdateDoSettings(databaseClusterUuid: OperationPath<"databases_update_do_settings">["database_cluster_uuid"], hash: OperationBody<"databases_update_do_settings">, query?: OperationQuery<"databases_update_do_settings">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/eviction_policy` (databases_update_evictionPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_evictionPolicy
   */
  databasesUpdateEvictionPolicy(databaseClusterUuid: OperationPath<"databases_update_evictionPolicy">["database_cluster_uuid"], hash: OperationBody<"databases_update_evictionPolicy">, query?: OperationQuery<"databases_update_evictionPolicy">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/firewall` (databases_update_firewall_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_firewall_rules
   */
  databasesUpdateFirewallRules(databaseClusterUuid: OperationPath<"databases_update_firewall_rules">["database_cluster_uuid"], hash: OperationBody<"databases_update_firewall_rules">, query?: OperationQuery<"databases_update_firewall_rules">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/schema-registry/config` (databases_update_kafka_schema_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_schema_config
   */
  databasesUpdateKafkaSchemaConfig(databaseClusterUuid: OperationPath<"databases_update_kafka_schema_config">["database_cluster_uuid"], hash?: OperationBody<"databases_update_kafka_schema_config">, query?: OperationQuery<"databases_update_kafka_schema_config">, opts?: CallOptions): Promise<OperationResult<"databases_update_kafka_schema_config">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}` (databases_update_kafka_schema_subject_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_schema_subject_config
   */
  databasesUpdateKafkaSchemaSubjectConfig(databaseClusterUuid: OperationPath<"databases_update_kafka_schema_subject_config">["database_cluster_uuid"], subjectName: OperationPath<"databases_update_kafka_schema_subject_config">["subject_name"], hash?: OperationBody<"databases_update_kafka_schema_subject_config">, query?: OperationQuery<"databases_update_kafka_schema_subject_config">, opts?: CallOptions): Promise<OperationResult<"databases_update_kafka_schema_subject_config">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_update_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_topic
   */
  databasesUpdateKafkaTopic(databaseClusterUuid: OperationPath<"databases_update_kafka_topic">["database_cluster_uuid"], topicName: OperationPath<"databases_update_kafka_topic">["topic_name"], hash?: OperationBody<"databases_update_kafka_topic">, query?: OperationQuery<"databases_update_kafka_topic">, opts?: CallOptions): Promise<OperationResult<"databases_update_kafka_topic">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_update_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_logsink
   */
  databasesUpdateLogsink(databaseClusterUuid: OperationPath<"databases_update_logsink">["database_cluster_uuid"], logsinkId: OperationPath<"databases_update_logsink">["logsink_id"], hash: OperationBody<"databases_update_logsink">, query?: OperationQuery<"databases_update_logsink">, opts?: CallOptions): Promise<OperationResult<"databases_update_logsink">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/maintenance` (databases_update_maintenanceWindow).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_maintenanceWindow
   */
  databasesUpdateMaintenanceWindow(databaseClusterUuid: OperationPath<"databases_update_maintenanceWindow">["database_cluster_uuid"], hash: OperationBody<"databases_update_maintenanceWindow">, query?: OperationQuery<"databases_update_maintenanceWindow">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/upgrade` (databases_update_major_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_major_version
   */
  databasesUpdateMajorVersion(databaseClusterUuid: OperationPath<"databases_update_major_version">["database_cluster_uuid"], hash: OperationBody<"databases_update_major_version">, query?: OperationQuery<"databases_update_major_version">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/online-migration` (databases_update_onlineMigration).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_onlineMigration
   */
  databasesUpdateOnlineMigration(databaseClusterUuid: OperationPath<"databases_update_onlineMigration">["database_cluster_uuid"], hash: OperationBody<"databases_update_onlineMigration">, query?: OperationQuery<"databases_update_onlineMigration">, opts?: CallOptions): Promise<OperationResult<"databases_update_onlineMigration">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/migrate` (databases_update_region).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_region
   */
  databasesUpdateRegion(databaseClusterUuid: OperationPath<"databases_update_region">["database_cluster_uuid"], hash: OperationBody<"databases_update_region">, query?: OperationQuery<"databases_update_region">, opts?: CallOptions): Promise<OperationResult<"databases_update_region">>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/sql_mode` (databases_update_sql_mode).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_sql_mode
   */
  databasesUpdateSqlMode(databaseClusterUuid: OperationPath<"databases_update_sql_mode">["database_cluster_uuid"], hash: OperationBody<"databases_update_sql_mode">, query?: OperationQuery<"databases_update_sql_mode">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/users/{username}` (databases_update_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_user
   */
  databasesUpdateUser(databaseClusterUuid: OperationPath<"databases_update_user">["database_cluster_uuid"], username: OperationPath<"databases_update_user">["username"], hash: OperationBody<"databases_update_user">, query?: OperationQuery<"databases_update_user">, opts?: CallOptions): Promise<OperationResult<"databases_update_user">>;
  /**
   * `POST /v2/dedicated-inferences` (dedicatedInferences_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_create
   */
  dedicatedInferencesCreate(hash: OperationBody<"dedicatedInferences_create">, query?: OperationQuery<"dedicatedInferences_create">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_create">>;
  /**
   * `POST /v2/dedicated-inferences/{dedicated_inference_id}/tokens` (dedicatedInferences_create_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_create_tokens
   */
  dedicatedInferencesCreateTokens(dedicatedInferenceId: OperationPath<"dedicatedInferences_create_tokens">["dedicated_inference_id"], hash: OperationBody<"dedicatedInferences_create_tokens">, query?: OperationQuery<"dedicatedInferences_create_tokens">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_create_tokens">>;
  /**
   * `DELETE /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_delete
   */
  dedicatedInferencesDelete(dedicatedInferenceId: OperationPath<"dedicatedInferences_delete">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_delete">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_delete">>;
  /**
   * `DELETE /v2/dedicated-inferences/{dedicated_inference_id}/tokens/{token_id}` (dedicatedInferences_delete_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_delete_tokens
   */
  dedicatedInferencesDeleteTokens(dedicatedInferenceId: OperationPath<"dedicatedInferences_delete_tokens">["dedicated_inference_id"], tokenId: OperationPath<"dedicatedInferences_delete_tokens">["token_id"], query?: OperationQuery<"dedicatedInferences_delete_tokens">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get
   */
  dedicatedInferencesGet(dedicatedInferenceId: OperationPath<"dedicatedInferences_get">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_get">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_get">>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/accelerators/{accelerator_id}` (dedicatedInferences_get_accelerator).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_accelerator
   */
  dedicatedInferencesGetAccelerator(dedicatedInferenceId: OperationPath<"dedicatedInferences_get_accelerator">["dedicated_inference_id"], acceleratorId: OperationPath<"dedicatedInferences_get_accelerator">["accelerator_id"], query?: OperationQuery<"dedicatedInferences_get_accelerator">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_get_accelerator">>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/ca` (dedicatedInferences_get_ca).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_ca
   */
  dedicatedInferencesGetCa(dedicatedInferenceId: OperationPath<"dedicatedInferences_get_ca">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_get_ca">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_get_ca">>;
  /**
   * `GET /v2/dedicated-inferences/gpu-model-config` (dedicatedInferences_get_gpu_model_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_gpu_model_config
   */
  dedicatedInferencesGetGpuModelConfig(query?: OperationQuery<"dedicatedInferences_get_gpu_model_config">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_get_gpu_model_config">>;
  /**
   * `GET /v2/dedicated-inferences` (dedicatedInferences_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list
   */
  dedicatedInferencesList(query?: OperationQuery<"dedicatedInferences_list">, opts?: CallOptions): Promise<Page<"dedicated_inferences", NonNullable<OperationResult<"dedicatedInferences_list">["dedicated_inferences"]>[number]>>;
  /**
   * `GET /v2/dedicated-inferences` (dedicatedInferences_list).
   * Every page, walked (`links.pages.next`): resolves `{ dedicated_inferences: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list
   */
  dedicatedInferencesListAll(query?: OperationQuery<"dedicatedInferences_list">, opts?: CallOptions): Promise<AllPages<"dedicated_inferences", NonNullable<OperationResult<"dedicatedInferences_list">["dedicated_inferences"]>[number]>>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/accelerators` (dedicatedInferences_list_accelerators).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_accelerators
   */
  dedicatedInferencesListAccelerators(dedicatedInferenceId: OperationPath<"dedicatedInferences_list_accelerators">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_list_accelerators">, opts?: CallOptions): Promise<Page<"accelerators", NonNullable<OperationResult<"dedicatedInferences_list_accelerators">["accelerators"]>[number]>>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/accelerators` (dedicatedInferences_list_accelerators).
   * Every page, walked (`links.pages.next`): resolves `{ accelerators: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_accelerators
   */
  dedicatedInferencesListAcceleratorsAll(dedicatedInferenceId: OperationPath<"dedicatedInferences_list_accelerators">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_list_accelerators">, opts?: CallOptions): Promise<AllPages<"accelerators", NonNullable<OperationResult<"dedicatedInferences_list_accelerators">["accelerators"]>[number]>>;
  /**
   * `GET /v2/dedicated-inferences/sizes` (dedicatedInferences_list_sizes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_sizes
   */
  dedicatedInferencesListSizes(query?: OperationQuery<"dedicatedInferences_list_sizes">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_list_sizes">>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/tokens` (dedicatedInferences_list_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_tokens
   */
  dedicatedInferencesListTokens(dedicatedInferenceId: OperationPath<"dedicatedInferences_list_tokens">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_list_tokens">, opts?: CallOptions): Promise<Page<"tokens", NonNullable<OperationResult<"dedicatedInferences_list_tokens">["tokens"]>[number]>>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/tokens` (dedicatedInferences_list_tokens).
   * Every page, walked (`links.pages.next`): resolves `{ tokens: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_tokens
   */
  dedicatedInferencesListTokensAll(dedicatedInferenceId: OperationPath<"dedicatedInferences_list_tokens">["dedicated_inference_id"], query?: OperationQuery<"dedicatedInferences_list_tokens">, opts?: CallOptions): Promise<AllPages<"tokens", NonNullable<OperationResult<"dedicatedInferences_list_tokens">["tokens"]>[number]>>;
  /**
   * `PATCH /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_patch
   */
  dedicatedInferencesPatch(dedicatedInferenceId: OperationPath<"dedicatedInferences_patch">["dedicated_inference_id"], hash: OperationBody<"dedicatedInferences_patch">, query?: OperationQuery<"dedicatedInferences_patch">, opts?: CallOptions): Promise<OperationResult<"dedicatedInferences_patch">>;
  /**
   * `PATCH /v2/domains/{domain_name}/records/{domain_record_id}` (domains_patch_record).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_patch_record
   */
  domainsPatchRecord(domainName: OperationPath<"domains_patch_record">["domain_name"], domainRecordId: OperationPath<"domains_patch_record">["domain_record_id"], hash?: OperationBody<"domains_patch_record">, query?: OperationQuery<"domains_patch_record">, opts?: CallOptions): Promise<OperationResult<"domains_patch_record">>;
  /**
   * `GET /v2/droplets/{droplet_id}/actions/{action_id}` (dropletActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_get
   */
  dropletActionsGet(dropletId: OperationPath<"dropletActions_get">["droplet_id"], actionId: OperationPath<"dropletActions_get">["action_id"], query?: OperationQuery<"dropletActions_get">, opts?: CallOptions): Promise<OperationResult<"dropletActions_get">>;
  /**
   * `GET /v2/droplets/{droplet_id}/backups/policy` (droplets_get_backup_policy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get_backup_policy
   */
  dropletsGetBackupPolicy(dropletId: OperationPath<"droplets_get_backup_policy">["droplet_id"], query?: OperationQuery<"droplets_get_backup_policy">, opts?: CallOptions): Promise<OperationResult<"droplets_get_backup_policy">>;
  /**
   * `GET /v2/droplets/backups/policies` (droplets_list_backup_policies).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_backup_policies
   */
  dropletsListBackupPolicies(query?: OperationQuery<"droplets_list_backup_policies">, opts?: CallOptions): Promise<OperationResult<"droplets_list_backup_policies">>;
  /**
   * `GET /v2/droplets/{droplet_id}/firewalls` (droplets_list_firewalls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_firewalls
   */
  dropletsListFirewalls(dropletId: OperationPath<"droplets_list_firewalls">["droplet_id"], query?: OperationQuery<"droplets_list_firewalls">, opts?: CallOptions): Promise<Page<"firewalls", NonNullable<OperationResult<"droplets_list_firewalls">["firewalls"]>[number]>>;
  /**
   * `GET /v2/droplets/{droplet_id}/firewalls` (droplets_list_firewalls).
   * Every page, walked (`links.pages.next`): resolves `{ firewalls: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_firewalls
   */
  dropletsListFirewallsAll(dropletId: OperationPath<"droplets_list_firewalls">["droplet_id"], query?: OperationQuery<"droplets_list_firewalls">, opts?: CallOptions): Promise<AllPages<"firewalls", NonNullable<OperationResult<"droplets_list_firewalls">["firewalls"]>[number]>>;
  /**
   * `GET /v2/reports/droplet_neighbors_ids` (droplets_list_neighborsIds).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_neighborsIds
   */
  dropletsListNeighborsIds(query?: OperationQuery<"droplets_list_neighborsIds">, opts?: CallOptions): Promise<OperationResult<"droplets_list_neighborsIds">>;
  /**
   * `GET /v2/droplets/backups/supported_policies` (droplets_list_supported_backup_policies).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_supported_backup_policies
   */
  dropletsListSupportedBackupPolicies(query?: OperationQuery<"droplets_list_supported_backup_policies">, opts?: CallOptions): Promise<OperationResult<"droplets_list_supported_backup_policies">>;
  /**
   * `POST /v2/firewalls/{firewall_id}/rules` (firewalls_add_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_add_rules
   */
  firewallsAddRules(firewallId: OperationPath<"firewalls_add_rules">["firewall_id"], hash?: OperationBody<"firewalls_add_rules">, query?: OperationQuery<"firewalls_add_rules">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls/{firewall_id}/tags` (firewalls_add_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_add_tags
   */
  firewallsAddTags(firewallId: OperationPath<"firewalls_add_tags">["firewall_id"], hash?: OperationBody<"firewalls_add_tags">, query?: OperationQuery<"firewalls_add_tags">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls/{firewall_id}/droplets` (firewalls_assign_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_assign_droplets
   */
  firewallsAssignDroplets(firewallId: OperationPath<"firewalls_assign_droplets">["firewall_id"], hash?: OperationBody<"firewalls_assign_droplets">, query?: OperationQuery<"firewalls_assign_droplets">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls` (firewalls_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_create
   */
  firewallsCreate(hash?: OperationBody<"firewalls_create">, query?: OperationQuery<"firewalls_create">, opts?: CallOptions): Promise<OperationResult<"firewalls_create">>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}` (firewalls_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete
   */
  firewallsDelete(firewallId: OperationPath<"firewalls_delete">["firewall_id"], query?: OperationQuery<"firewalls_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/droplets` (firewalls_delete_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_droplets
   */
  firewallsDeleteDroplets(firewallId: OperationPath<"firewalls_delete_droplets">["firewall_id"], hash?: OperationBody<"firewalls_delete_droplets">, query?: OperationQuery<"firewalls_delete_droplets">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/rules` (firewalls_delete_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_rules
   */
  firewallsDeleteRules(firewallId: OperationPath<"firewalls_delete_rules">["firewall_id"], hash?: OperationBody<"firewalls_delete_rules">, query?: OperationQuery<"firewalls_delete_rules">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/tags` (firewalls_delete_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_tags
   */
  firewallsDeleteTags(firewallId: OperationPath<"firewalls_delete_tags">["firewall_id"], hash?: OperationBody<"firewalls_delete_tags">, query?: OperationQuery<"firewalls_delete_tags">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/firewalls/{firewall_id}` (firewalls_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_get
   */
  firewallsGet(firewallId: OperationPath<"firewalls_get">["firewall_id"], query?: OperationQuery<"firewalls_get">, opts?: CallOptions): Promise<OperationResult<"firewalls_get">>;
  /**
   * `GET /v2/firewalls` (firewalls_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_list
   */
  firewallsList(query?: OperationQuery<"firewalls_list">, opts?: CallOptions): Promise<Page<"firewalls", NonNullable<OperationResult<"firewalls_list">["firewalls"]>[number]>>;
  /**
   * `GET /v2/firewalls` (firewalls_list).
   * Every page, walked (`links.pages.next`): resolves `{ firewalls: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_list
   */
  firewallsListAll(query?: OperationQuery<"firewalls_list">, opts?: CallOptions): Promise<AllPages<"firewalls", NonNullable<OperationResult<"firewalls_list">["firewalls"]>[number]>>;
  /**
   * `PUT /v2/firewalls/{firewall_id}` (firewalls_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_update
   */
  firewallsUpdate(firewallId: OperationPath<"firewalls_update">["firewall_id"], hash?: OperationBody<"firewalls_update">, query?: OperationQuery<"firewalls_update">, opts?: CallOptions): Promise<OperationResult<"firewalls_update">>;
  /**
   * `GET /v2/floating_ips/{floating_ip}/actions/{action_id}` (floatingIPsAction_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_get
   */
  floatingIPsActionGet(floatingIp: OperationPath<"floatingIPsAction_get">["floating_ip"], actionId: OperationPath<"floatingIPsAction_get">["action_id"], query?: OperationQuery<"floatingIPsAction_get">, opts?: CallOptions): Promise<OperationResult<"floatingIPsAction_get">>;
  /**
   * `GET /v2/floating_ips/{floating_ip}/actions` (floatingIPsAction_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_list
   */
  floatingIPsActionList(floatingIp: OperationPath<"floatingIPsAction_list">["floating_ip"], query?: OperationQuery<"floatingIPsAction_list">, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * `GET /v2/floating_ips/{floating_ip}/actions` (floatingIPsAction_list).
   * Every page, walked (`links.pages.next`): resolves `{ actions: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_list
   */
  floatingIPsActionListAll(floatingIp: OperationPath<"floatingIPsAction_list">["floating_ip"], query?: OperationQuery<"floatingIPsAction_list">, opts?: CallOptions): Promise<AllPages<"actions", Action>>;
  /**
   * `POST /v2/floating_ips/{floating_ip}/actions` (floatingIPsAction_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_post
   */
  floatingIPsActionPost(floatingIp: OperationPath<"floatingIPsAction_post">["floating_ip"], hash?: OperationBody<"floatingIPsAction_post">, query?: OperationQuery<"floatingIPsAction_post">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/floating_ips` (floatingIPs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_create
   */
  floatingIPsCreate(hash: OperationBody<"floatingIPs_create">, query?: OperationQuery<"floatingIPs_create">, opts?: CallOptions): Promise<OperationResult<"floatingIPs_create">>;
  /**
   * `DELETE /v2/floating_ips/{floating_ip}` (floatingIPs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_delete
   */
  floatingIPsDelete(floatingIp: OperationPath<"floatingIPs_delete">["floating_ip"], query?: OperationQuery<"floatingIPs_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/floating_ips/{floating_ip}` (floatingIPs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_get
   */
  floatingIPsGet(floatingIp: OperationPath<"floatingIPs_get">["floating_ip"], query?: OperationQuery<"floatingIPs_get">, opts?: CallOptions): Promise<OperationResult<"floatingIPs_get">>;
  /**
   * `GET /v2/floating_ips` (floatingIPs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_list
   */
  floatingIPsList(query?: OperationQuery<"floatingIPs_list">, opts?: CallOptions): Promise<Page<"floating_ips", NonNullable<OperationResult<"floatingIPs_list">["floating_ips"]>[number]>>;
  /**
   * `GET /v2/floating_ips` (floatingIPs_list).
   * Every page, walked (`links.pages.next`): resolves `{ floating_ips: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_list
   */
  floatingIPsListAll(query?: OperationQuery<"floatingIPs_list">, opts?: CallOptions): Promise<AllPages<"floating_ips", NonNullable<OperationResult<"floatingIPs_list">["floating_ips"]>[number]>>;
  /**
   * `POST /v2/functions/namespaces/{namespace_id}/keys` (functionsAccessKey_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_create
   */
  functionsAccessKeyCreate(namespaceId: OperationPath<"functionsAccessKey_create">["namespace_id"], hash: OperationBody<"functionsAccessKey_create">, query?: OperationQuery<"functionsAccessKey_create">, opts?: CallOptions): Promise<OperationResult<"functionsAccessKey_create">>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}/keys/{key_id}` (functionsAccessKey_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_delete
   */
  functionsAccessKeyDelete(namespaceId: OperationPath<"functionsAccessKey_delete">["namespace_id"], keyId: OperationPath<"functionsAccessKey_delete">["key_id"], query?: OperationQuery<"functionsAccessKey_delete">, opts?: CallOptions): Promise<OperationResult<"functionsAccessKey_delete">>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/keys` (functionsAccessKey_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_list
   */
  functionsAccessKeyList(namespaceId: OperationPath<"functionsAccessKey_list">["namespace_id"], query?: OperationQuery<"functionsAccessKey_list">, opts?: CallOptions): Promise<OperationResult<"functionsAccessKey_list">>;
  /**
   * `PUT /v2/functions/namespaces/{namespace_id}/keys/{key_id}` (functionsAccessKey_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_update
   */
  functionsAccessKeyUpdate(namespaceId: OperationPath<"functionsAccessKey_update">["namespace_id"], keyId: OperationPath<"functionsAccessKey_update">["key_id"], hash: OperationBody<"functionsAccessKey_update">, query?: OperationQuery<"functionsAccessKey_update">, opts?: CallOptions): Promise<OperationResult<"functionsAccessKey_update">>;
  /**
   * `POST /v2/functions/namespaces` (functions_create_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_namespace
   */
  functionsCreateNamespace(hash: OperationBody<"functions_create_namespace">, query?: OperationQuery<"functions_create_namespace">, opts?: CallOptions): Promise<OperationResult<"functions_create_namespace">>;
  /**
   * `POST /v2/functions/namespaces/{namespace_id}/triggers` (functions_create_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_trigger
   */
  functionsCreateTrigger(namespaceId: OperationPath<"functions_create_trigger">["namespace_id"], hash: OperationBody<"functions_create_trigger">, query?: OperationQuery<"functions_create_trigger">, opts?: CallOptions): Promise<OperationResult<"functions_create_trigger">>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}` (functions_delete_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_namespace
   */
  functionsDeleteNamespace(namespaceId: OperationPath<"functions_delete_namespace">["namespace_id"], query?: OperationQuery<"functions_delete_namespace">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_delete_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_trigger
   */
  functionsDeleteTrigger(namespaceId: OperationPath<"functions_delete_trigger">["namespace_id"], triggerName: OperationPath<"functions_delete_trigger">["trigger_name"], query?: OperationQuery<"functions_delete_trigger">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}` (functions_get_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_namespace
   */
  functionsGetNamespace(namespaceId: OperationPath<"functions_get_namespace">["namespace_id"], query?: OperationQuery<"functions_get_namespace">, opts?: CallOptions): Promise<OperationResult<"functions_get_namespace">>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_get_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_trigger
   */
  functionsGetTrigger(namespaceId: OperationPath<"functions_get_trigger">["namespace_id"], triggerName: OperationPath<"functions_get_trigger">["trigger_name"], query?: OperationQuery<"functions_get_trigger">, opts?: CallOptions): Promise<OperationResult<"functions_get_trigger">>;
  /**
   * `GET /v2/functions/namespaces` (functions_list_namespaces).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_namespaces
   */
  functionsListNamespaces(query?: OperationQuery<"functions_list_namespaces">, opts?: CallOptions): Promise<OperationResult<"functions_list_namespaces">>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/triggers` (functions_list_triggers).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_triggers
   */
  functionsListTriggers(namespaceId: OperationPath<"functions_list_triggers">["namespace_id"], query?: OperationQuery<"functions_list_triggers">, opts?: CallOptions): Promise<OperationResult<"functions_list_triggers">>;
  /**
   * `PUT /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_update_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_update_trigger
   */
  functionsUpdateTrigger(namespaceId: OperationPath<"functions_update_trigger">["namespace_id"], triggerName: OperationPath<"functions_update_trigger">["trigger_name"], hash: OperationBody<"functions_update_trigger">, query?: OperationQuery<"functions_update_trigger">, opts?: CallOptions): Promise<OperationResult<"functions_update_trigger">>;
  /**
   * `POST /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_attach_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent
   */
  genaiAttachAgent(parentAgentUuid: OperationPath<"genai_attach_agent">["parent_agent_uuid"], childAgentUuid: OperationPath<"genai_attach_agent">["child_agent_uuid"], hash?: OperationBody<"genai_attach_agent">, query?: OperationQuery<"genai_attach_agent">, opts?: CallOptions): Promise<OperationResult<"genai_attach_agent">>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/functions` (genai_attach_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent_function
   */
  genaiAttachAgentFunction(agentUuid: OperationPath<"genai_attach_agent_function">["agent_uuid"], hash?: OperationBody<"genai_attach_agent_function">, query?: OperationQuery<"genai_attach_agent_function">, opts?: CallOptions): Promise<OperationResult<"genai_attach_agent_function">>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/guardrails` (genai_attach_agent_guardrails).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent_guardrails
   */
  genaiAttachAgentGuardrails(agentUuid: OperationPath<"genai_attach_agent_guardrails">["agent_uuid"], hash?: OperationBody<"genai_attach_agent_guardrails">, query?: OperationQuery<"genai_attach_agent_guardrails">, opts?: CallOptions): Promise<OperationResult<"genai_attach_agent_guardrails">>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}` (genai_attach_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_knowledge_base
   */
  genaiAttachKnowledgeBase(agentUuid: OperationPath<"genai_attach_knowledge_base">["agent_uuid"], knowledgeBaseUuid: OperationPath<"genai_attach_knowledge_base">["knowledge_base_uuid"], query?: OperationQuery<"genai_attach_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_attach_knowledge_base">>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/knowledge_bases` (genai_attach_knowledge_bases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_knowledge_bases
   */
  genaiAttachKnowledgeBases(agentUuid: OperationPath<"genai_attach_knowledge_bases">["agent_uuid"], query?: OperationQuery<"genai_attach_knowledge_bases">, opts?: CallOptions): Promise<OperationResult<"genai_attach_knowledge_bases">>;
  /**
   * `PUT /v2/gen-ai/indexing_jobs/{uuid}/cancel` (genai_cancel_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_cancel_indexing_job
   */
  genaiCancelIndexingJob(uuid: OperationPath<"genai_cancel_indexing_job">["uuid"], hash?: OperationBody<"genai_cancel_indexing_job">, query?: OperationQuery<"genai_cancel_indexing_job">, opts?: CallOptions): Promise<OperationResult<"genai_cancel_indexing_job">>;
  /**
   * `PUT /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/cancel` (genai_cancel_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_cancel_model_evaluation_run
   */
  genaiCancelModelEvaluationRun(evalRunUuid: OperationPath<"genai_cancel_model_evaluation_run">["eval_run_uuid"], hash?: OperationBody<"genai_cancel_model_evaluation_run">, query?: OperationQuery<"genai_cancel_model_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_cancel_model_evaluation_run">>;
  /**
   * `POST /v2/gen-ai/agents` (genai_create_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_agent
   */
  genaiCreateAgent(hash?: OperationBody<"genai_create_agent">, query?: OperationQuery<"genai_create_agent">, opts?: CallOptions): Promise<OperationResult<"genai_create_agent">>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/api_keys` (genai_create_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_agent_api_key
   */
  genaiCreateAgentApiKey(agentUuid: OperationPath<"genai_create_agent_api_key">["agent_uuid"], hash?: OperationBody<"genai_create_agent_api_key">, query?: OperationQuery<"genai_create_agent_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_create_agent_api_key">>;
  /**
   * `POST /v2/gen-ai/anthropic/keys` (genai_create_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_anthropic_api_key
   */
  genaiCreateAnthropicApiKey(hash?: OperationBody<"genai_create_anthropic_api_key">, query?: OperationQuery<"genai_create_anthropic_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_create_anthropic_api_key">>;
  /**
   * `POST /v2/gen-ai/custom_evaluation_metrics` (genai_create_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_custom_evaluation_metric
   */
  genaiCreateCustomEvaluationMetric(hash?: OperationBody<"genai_create_custom_evaluation_metric">, query?: OperationQuery<"genai_create_custom_evaluation_metric">, opts?: CallOptions): Promise<OperationResult<"genai_create_custom_evaluation_metric">>;
  /**
   * `POST /v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls` (genai_create_data_source_file_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_data_source_file_upload_presigned_urls
   */
  genaiCreateDataSourceFileUploadPresignedUrls(hash?: OperationBody<"genai_create_data_source_file_upload_presigned_urls">, query?: OperationQuery<"genai_create_data_source_file_upload_presigned_urls">, opts?: CallOptions): Promise<OperationResult<"genai_create_data_source_file_upload_presigned_urls">>;
  /**
   * `POST /v2/gen-ai/evaluation_datasets` (genai_create_evaluation_dataset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_dataset
   */
  genaiCreateEvaluationDataset(hash?: OperationBody<"genai_create_evaluation_dataset">, query?: OperationQuery<"genai_create_evaluation_dataset">, opts?: CallOptions): Promise<OperationResult<"genai_create_evaluation_dataset">>;
  /**
   * `POST /v2/gen-ai/evaluation_datasets/file_upload_presigned_urls` (genai_create_evaluation_dataset_file_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_dataset_file_upload_presigned_urls
   */
  genaiCreateEvaluationDatasetFileUploadPresignedUrls(hash?: OperationBody<"genai_create_evaluation_dataset_file_upload_presigned_urls">, query?: OperationQuery<"genai_create_evaluation_dataset_file_upload_presigned_urls">, opts?: CallOptions): Promise<OperationResult<"genai_create_evaluation_dataset_file_upload_presigned_urls">>;
  /**
   * `POST /v2/gen-ai/evaluation_test_cases` (genai_create_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_test_case
   */
  genaiCreateEvaluationTestCase(hash?: OperationBody<"genai_create_evaluation_test_case">, query?: OperationQuery<"genai_create_evaluation_test_case">, opts?: CallOptions): Promise<OperationResult<"genai_create_evaluation_test_case">>;
  /**
   * `POST /v2/gen-ai/indexing_jobs` (genai_create_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_indexing_job
   */
  genaiCreateIndexingJob(hash?: OperationBody<"genai_create_indexing_job">, query?: OperationQuery<"genai_create_indexing_job">, opts?: CallOptions): Promise<OperationResult<"genai_create_indexing_job">>;
  /**
   * `POST /v2/gen-ai/knowledge_bases` (genai_create_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_knowledge_base
   */
  genaiCreateKnowledgeBase(hash?: OperationBody<"genai_create_knowledge_base">, query?: OperationQuery<"genai_create_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_create_knowledge_base">>;
  /**
   * `POST /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources` (genai_create_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_knowledge_base_data_source
   */
  genaiCreateKnowledgeBaseDataSource(knowledgeBaseUuid: OperationPath<"genai_create_knowledge_base_data_source">["knowledge_base_uuid"], hash?: OperationBody<"genai_create_knowledge_base_data_source">, query?: OperationQuery<"genai_create_knowledge_base_data_source">, opts?: CallOptions): Promise<OperationResult<"genai_create_knowledge_base_data_source">>;
  /**
   * `POST /v2/gen-ai/models/api_keys` (genai_create_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_api_key
   */
  genaiCreateModelApiKey(hash?: OperationBody<"genai_create_model_api_key">, query?: OperationQuery<"genai_create_model_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_create_model_api_key">>;
  /**
   * `POST /v2/gen-ai/model_evaluation/datasets/file_upload_presigned_urls` (genai_create_model_eval_dataset_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_eval_dataset_upload_presigned_urls
   */
  genaiCreateModelEvalDatasetUploadPresignedUrls(hash?: OperationBody<"genai_create_model_eval_dataset_upload_presigned_urls">, query?: OperationQuery<"genai_create_model_eval_dataset_upload_presigned_urls">, opts?: CallOptions): Promise<OperationResult<"genai_create_model_eval_dataset_upload_presigned_urls">>;
  /**
   * `POST /v2/gen-ai/model_evaluation_runs` (genai_create_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_evaluation_run
   */
  genaiCreateModelEvaluationRun(hash?: OperationBody<"genai_create_model_evaluation_run">, query?: OperationQuery<"genai_create_model_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_create_model_evaluation_run">>;
  /**
   * `POST /v2/gen-ai/models/routers` (genai_create_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_router
   */
  genaiCreateModelRouter(hash?: OperationBody<"genai_create_model_router">, query?: OperationQuery<"genai_create_model_router">, opts?: CallOptions): Promise<OperationResult<"genai_create_model_router">>;
  /**
   * `POST /v2/gen-ai/oauth2/dropbox/tokens` (genai_create_oauth2_dropbox_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_oauth2_dropbox_tokens
   */
  genaiCreateOauth2DropboxTokens(hash?: OperationBody<"genai_create_oauth2_dropbox_tokens">, query?: OperationQuery<"genai_create_oauth2_dropbox_tokens">, opts?: CallOptions): Promise<OperationResult<"genai_create_oauth2_dropbox_tokens">>;
  /**
   * `POST /v2/gen-ai/openai/keys` (genai_create_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_openai_api_key
   */
  genaiCreateOpenaiApiKey(hash?: OperationBody<"genai_create_openai_api_key">, query?: OperationQuery<"genai_create_openai_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_create_openai_api_key">>;
  /**
   * `POST /v2/gen-ai/scheduled-indexing` (genai_create_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_scheduled_indexing
   */
  genaiCreateScheduledIndexing(hash?: OperationBody<"genai_create_scheduled_indexing">, query?: OperationQuery<"genai_create_scheduled_indexing">, opts?: CallOptions): Promise<OperationResult<"genai_create_scheduled_indexing">>;
  /**
   * `POST /v2/gen-ai/workspaces` (genai_create_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_workspace
   */
  genaiCreateWorkspace(hash?: OperationBody<"genai_create_workspace">, query?: OperationQuery<"genai_create_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_create_workspace">>;
  /**
   * `DELETE /v2/gen-ai/agents/{uuid}` (genai_delete_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_agent
   */
  genaiDeleteAgent(uuid: OperationPath<"genai_delete_agent">["uuid"], query?: OperationQuery<"genai_delete_agent">, opts?: CallOptions): Promise<OperationResult<"genai_delete_agent">>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}` (genai_delete_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_agent_api_key
   */
  genaiDeleteAgentApiKey(agentUuid: OperationPath<"genai_delete_agent_api_key">["agent_uuid"], apiKeyUuid: OperationPath<"genai_delete_agent_api_key">["api_key_uuid"], query?: OperationQuery<"genai_delete_agent_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_delete_agent_api_key">>;
  /**
   * `DELETE /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_delete_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_anthropic_api_key
   */
  genaiDeleteAnthropicApiKey(apiKeyUuid: OperationPath<"genai_delete_anthropic_api_key">["api_key_uuid"], query?: OperationQuery<"genai_delete_anthropic_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_delete_anthropic_api_key">>;
  /**
   * `DELETE /v2/gen-ai/custom_evaluation_metrics/{metric_uuid}` (genai_delete_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_custom_evaluation_metric
   */
  genaiDeleteCustomEvaluationMetric(metricUuid: OperationPath<"genai_delete_custom_evaluation_metric">["metric_uuid"], query?: OperationQuery<"genai_delete_custom_evaluation_metric">, opts?: CallOptions): Promise<OperationResult<"genai_delete_custom_evaluation_metric">>;
  /**
   * `DELETE /v2/gen-ai/custom_models/{uuid}` (genai_delete_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_custom_model
   */
  genaiDeleteCustomModel(uuid: OperationPath<"genai_delete_custom_model">["uuid"], query?: OperationQuery<"genai_delete_custom_model">, opts?: CallOptions): Promise<OperationResult<"genai_delete_custom_model">>;
  /**
   * `DELETE /v2/gen-ai/evaluation_datasets/{dataset_uuid}` (genai_delete_evaluation_dataset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_evaluation_dataset
   */
  genaiDeleteEvaluationDataset(datasetUuid: OperationPath<"genai_delete_evaluation_dataset">["dataset_uuid"], query?: OperationQuery<"genai_delete_evaluation_dataset">, opts?: CallOptions): Promise<OperationResult<"genai_delete_evaluation_dataset">>;
  /**
   * `DELETE /v2/gen-ai/knowledge_bases/{uuid}` (genai_delete_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_knowledge_base
   */
  genaiDeleteKnowledgeBase(uuid: OperationPath<"genai_delete_knowledge_base">["uuid"], query?: OperationQuery<"genai_delete_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_delete_knowledge_base">>;
  /**
   * `DELETE /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}` (genai_delete_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_knowledge_base_data_source
   */
  genaiDeleteKnowledgeBaseDataSource(knowledgeBaseUuid: OperationPath<"genai_delete_knowledge_base_data_source">["knowledge_base_uuid"], dataSourceUuid: OperationPath<"genai_delete_knowledge_base_data_source">["data_source_uuid"], query?: OperationQuery<"genai_delete_knowledge_base_data_source">, opts?: CallOptions): Promise<OperationResult<"genai_delete_knowledge_base_data_source">>;
  /**
   * `DELETE /v2/gen-ai/models/api_keys/{api_key_uuid}` (genai_delete_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_api_key
   */
  genaiDeleteModelApiKey(apiKeyUuid: OperationPath<"genai_delete_model_api_key">["api_key_uuid"], query?: OperationQuery<"genai_delete_model_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_delete_model_api_key">>;
  /**
   * `DELETE /v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}` (genai_delete_model_evaluation_preset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_evaluation_preset
   */
  genaiDeleteModelEvaluationPreset(evalPresetUuid: OperationPath<"genai_delete_model_evaluation_preset">["eval_preset_uuid"], query?: OperationQuery<"genai_delete_model_evaluation_preset">, opts?: CallOptions): Promise<OperationResult<"genai_delete_model_evaluation_preset">>;
  /**
   * `DELETE /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_delete_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_evaluation_run
   */
  genaiDeleteModelEvaluationRun(evalRunUuid: OperationPath<"genai_delete_model_evaluation_run">["eval_run_uuid"], query?: OperationQuery<"genai_delete_model_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_delete_model_evaluation_run">>;
  /**
   * `DELETE /v2/gen-ai/models/routers/{uuid}` (genai_delete_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_router
   */
  genaiDeleteModelRouter(uuid: OperationPath<"genai_delete_model_router">["uuid"], query?: OperationQuery<"genai_delete_model_router">, opts?: CallOptions): Promise<OperationResult<"genai_delete_model_router">>;
  /**
   * `DELETE /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_delete_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_openai_api_key
   */
  genaiDeleteOpenaiApiKey(apiKeyUuid: OperationPath<"genai_delete_openai_api_key">["api_key_uuid"], query?: OperationQuery<"genai_delete_openai_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_delete_openai_api_key">>;
  /**
   * `DELETE /v2/gen-ai/scheduled-indexing/{uuid}` (genai_delete_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_scheduled_indexing
   */
  genaiDeleteScheduledIndexing(uuid: OperationPath<"genai_delete_scheduled_indexing">["uuid"], query?: OperationQuery<"genai_delete_scheduled_indexing">, opts?: CallOptions): Promise<OperationResult<"genai_delete_scheduled_indexing">>;
  /**
   * `DELETE /v2/gen-ai/workspaces/{workspace_uuid}` (genai_delete_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_workspace
   */
  genaiDeleteWorkspace(workspaceUuid: OperationPath<"genai_delete_workspace">["workspace_uuid"], query?: OperationQuery<"genai_delete_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_delete_workspace">>;
  /**
   * `DELETE /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_detach_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent
   */
  genaiDetachAgent(parentAgentUuid: OperationPath<"genai_detach_agent">["parent_agent_uuid"], childAgentUuid: OperationPath<"genai_detach_agent">["child_agent_uuid"], query?: OperationQuery<"genai_detach_agent">, opts?: CallOptions): Promise<OperationResult<"genai_detach_agent">>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}` (genai_detach_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent_function
   */
  genaiDetachAgentFunction(agentUuid: OperationPath<"genai_detach_agent_function">["agent_uuid"], functionUuid: OperationPath<"genai_detach_agent_function">["function_uuid"], query?: OperationQuery<"genai_detach_agent_function">, opts?: CallOptions): Promise<OperationResult<"genai_detach_agent_function">>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/guardrails/{guardrail_uuid}` (genai_detach_agent_guardrail).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent_guardrail
   */
  genaiDetachAgentGuardrail(agentUuid: OperationPath<"genai_detach_agent_guardrail">["agent_uuid"], guardrailUuid: OperationPath<"genai_detach_agent_guardrail">["guardrail_uuid"], query?: OperationQuery<"genai_detach_agent_guardrail">, opts?: CallOptions): Promise<OperationResult<"genai_detach_agent_guardrail">>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}` (genai_detach_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_knowledge_base
   */
  genaiDetachKnowledgeBase(agentUuid: OperationPath<"genai_detach_knowledge_base">["agent_uuid"], knowledgeBaseUuid: OperationPath<"genai_detach_knowledge_base">["knowledge_base_uuid"], query?: OperationQuery<"genai_detach_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_detach_knowledge_base">>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}` (genai_get_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent
   */
  genaiGetAgent(uuid: OperationPath<"genai_get_agent">["uuid"], query?: OperationQuery<"genai_get_agent">, opts?: CallOptions): Promise<OperationResult<"genai_get_agent">>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/child_agents` (genai_get_agent_children).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent_children
   */
  genaiGetAgentChildren(uuid: OperationPath<"genai_get_agent_children">["uuid"], query?: OperationQuery<"genai_get_agent_children">, opts?: CallOptions): Promise<OperationResult<"genai_get_agent_children">>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/usage` (genai_get_agent_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent_usage
   */
  genaiGetAgentUsage(uuid: OperationPath<"genai_get_agent_usage">["uuid"], query?: OperationQuery<"genai_get_agent_usage">, opts?: CallOptions): Promise<OperationResult<"genai_get_agent_usage">>;
  /**
   * `GET /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_get_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_anthropic_api_key
   */
  genaiGetAnthropicApiKey(apiKeyUuid: OperationPath<"genai_get_anthropic_api_key">["api_key_uuid"], query?: OperationQuery<"genai_get_anthropic_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_get_anthropic_api_key">>;
  /**
   * `GET /v2/gen-ai/custom_models/{uuid}` (genai_get_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_custom_model
   */
  genaiGetCustomModel(uuid: OperationPath<"genai_get_custom_model">["uuid"], query?: OperationQuery<"genai_get_custom_model">, opts?: CallOptions): Promise<OperationResult<"genai_get_custom_model">>;
  /**
   * `GET /v2/gen-ai/evaluation_datasets/{dataset_uuid}/download_url` (genai_get_evaluation_dataset_download_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_dataset_download_url
   */
  genaiGetEvaluationDatasetDownloadUrl(datasetUuid: OperationPath<"genai_get_evaluation_dataset_download_url">["dataset_uuid"], query?: OperationQuery<"genai_get_evaluation_dataset_download_url">, opts?: CallOptions): Promise<OperationResult<"genai_get_evaluation_dataset_download_url">>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}` (genai_get_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run
   */
  genaiGetEvaluationRun(evaluationRunUuid: OperationPath<"genai_get_evaluation_run">["evaluation_run_uuid"], query?: OperationQuery<"genai_get_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_get_evaluation_run">>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results/{prompt_id}` (genai_get_evaluation_run_prompt_results).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run_prompt_results
   */
  genaiGetEvaluationRunPromptResults(evaluationRunUuid: OperationPath<"genai_get_evaluation_run_prompt_results">["evaluation_run_uuid"], promptId: OperationPath<"genai_get_evaluation_run_prompt_results">["prompt_id"], query?: OperationQuery<"genai_get_evaluation_run_prompt_results">, opts?: CallOptions): Promise<OperationResult<"genai_get_evaluation_run_prompt_results">>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results` (genai_get_evaluation_run_results).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run_results
   */
  genaiGetEvaluationRunResults(evaluationRunUuid: OperationPath<"genai_get_evaluation_run_results">["evaluation_run_uuid"], query?: OperationQuery<"genai_get_evaluation_run_results">, opts?: CallOptions): Promise<OperationResult<"genai_get_evaluation_run_results">>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases/{test_case_uuid}` (genai_get_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_test_case
   */
  genaiGetEvaluationTestCase(testCaseUuid: OperationPath<"genai_get_evaluation_test_case">["test_case_uuid"], query?: OperationQuery<"genai_get_evaluation_test_case">, opts?: CallOptions): Promise<OperationResult<"genai_get_evaluation_test_case">>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{uuid}` (genai_get_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_indexing_job
   */
  genaiGetIndexingJob(uuid: OperationPath<"genai_get_indexing_job">["uuid"], query?: OperationQuery<"genai_get_indexing_job">, opts?: CallOptions): Promise<OperationResult<"genai_get_indexing_job">>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url` (genai_get_indexing_job_details_signed_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_indexing_job_details_signed_url
   */
  genaiGetIndexingJobDetailsSignedUrl(indexingJobUuid: OperationPath<"genai_get_indexing_job_details_signed_url">["indexing_job_uuid"], query?: OperationQuery<"genai_get_indexing_job_details_signed_url">, opts?: CallOptions): Promise<OperationResult<"genai_get_indexing_job_details_signed_url">>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{uuid}` (genai_get_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_knowledge_base
   */
  genaiGetKnowledgeBase(uuid: OperationPath<"genai_get_knowledge_base">["uuid"], query?: OperationQuery<"genai_get_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_get_knowledge_base">>;
  /**
   * `GET /v2/gen-ai/models/catalog/{id}` (genai_get_model_catalog_card).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_catalog_card
   */
  genaiGetModelCatalogCard(id: OperationPath<"genai_get_model_catalog_card">["id"], query?: OperationQuery<"genai_get_model_catalog_card">, opts?: CallOptions): Promise<OperationResult<"genai_get_model_catalog_card">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}` (genai_get_model_evaluation_preset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_preset
   */
  genaiGetModelEvaluationPreset(evalPresetUuid: OperationPath<"genai_get_model_evaluation_preset">["eval_preset_uuid"], query?: OperationQuery<"genai_get_model_evaluation_preset">, opts?: CallOptions): Promise<OperationResult<"genai_get_model_evaluation_preset">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_get_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_run
   */
  genaiGetModelEvaluationRun(evalRunUuid: OperationPath<"genai_get_model_evaluation_run">["eval_run_uuid"], query?: OperationQuery<"genai_get_model_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_get_model_evaluation_run">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/results/download_url` (genai_get_model_evaluation_run_results_download_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_run_results_download_url
   */
  genaiGetModelEvaluationRunResultsDownloadUrl(evalRunUuid: OperationPath<"genai_get_model_evaluation_run_results_download_url">["eval_run_uuid"], query?: OperationQuery<"genai_get_model_evaluation_run_results_download_url">, opts?: CallOptions): Promise<OperationResult<"genai_get_model_evaluation_run_results_download_url">>;
  /**
   * `GET /v2/gen-ai/models/routers/{uuid}` (genai_get_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_router
   */
  genaiGetModelRouter(uuid: OperationPath<"genai_get_model_router">["uuid"], query?: OperationQuery<"genai_get_model_router">, opts?: CallOptions): Promise<OperationResult<"genai_get_model_router">>;
  /**
   * `GET /v2/gen-ai/oauth2/url` (genai_get_oauth2_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_oauth2_url
   */
  genaiGetOauth2Url(query?: OperationQuery<"genai_get_oauth2_url">, opts?: CallOptions): Promise<OperationResult<"genai_get_oauth2_url">>;
  /**
   * `GET /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_get_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_openai_api_key
   */
  genaiGetOpenaiApiKey(apiKeyUuid: OperationPath<"genai_get_openai_api_key">["api_key_uuid"], query?: OperationQuery<"genai_get_openai_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_get_openai_api_key">>;
  /**
   * `GET /v2/gen-ai/scheduled-indexing/knowledge-base/{knowledge_base_uuid}` (genai_get_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_scheduled_indexing
   */
  genaiGetScheduledIndexing(knowledgeBaseUuid: OperationPath<"genai_get_scheduled_indexing">["knowledge_base_uuid"], query?: OperationQuery<"genai_get_scheduled_indexing">, opts?: CallOptions): Promise<OperationResult<"genai_get_scheduled_indexing">>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}` (genai_get_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_workspace
   */
  genaiGetWorkspace(workspaceUuid: OperationPath<"genai_get_workspace">["workspace_uuid"], query?: OperationQuery<"genai_get_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_get_workspace">>;
  /**
   * `POST /v2/gen-ai/custom_models/import` (genai_import_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_import_custom_model
   */
  genaiImportCustomModel(hash?: OperationBody<"genai_import_custom_model">, query?: OperationQuery<"genai_import_custom_model">, opts?: CallOptions): Promise<OperationResult<"genai_import_custom_model">>;
  /**
   * `GET /v2/gen-ai/agents/{agent_uuid}/api_keys` (genai_list_agent_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_api_keys
   */
  genaiListAgentApiKeys(agentUuid: OperationPath<"genai_list_agent_api_keys">["agent_uuid"], query?: OperationQuery<"genai_list_agent_api_keys">, opts?: CallOptions): Promise<Page<"api_key_infos", NonNullable<OperationResult<"genai_list_agent_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/agents/{agent_uuid}/api_keys` (genai_list_agent_api_keys).
   * Every page, walked (`links.pages.next`): resolves `{ api_key_infos: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_api_keys
   */
  genaiListAgentApiKeysAll(agentUuid: OperationPath<"genai_list_agent_api_keys">["agent_uuid"], query?: OperationQuery<"genai_list_agent_api_keys">, opts?: CallOptions): Promise<AllPages<"api_key_infos", NonNullable<OperationResult<"genai_list_agent_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/versions` (genai_list_agent_versions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_versions
   */
  genaiListAgentVersions(uuid: OperationPath<"genai_list_agent_versions">["uuid"], query?: OperationQuery<"genai_list_agent_versions">, opts?: CallOptions): Promise<Page<"agent_versions", NonNullable<OperationResult<"genai_list_agent_versions">["agent_versions"]>[number]>>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/versions` (genai_list_agent_versions).
   * Every page, walked (`links.pages.next`): resolves `{ agent_versions: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_versions
   */
  genaiListAgentVersionsAll(uuid: OperationPath<"genai_list_agent_versions">["uuid"], query?: OperationQuery<"genai_list_agent_versions">, opts?: CallOptions): Promise<AllPages<"agent_versions", NonNullable<OperationResult<"genai_list_agent_versions">["agent_versions"]>[number]>>;
  /**
   * `GET /v2/gen-ai/agents` (genai_list_agents).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents
   */
  genaiListAgents(query?: OperationQuery<"genai_list_agents">, opts?: CallOptions): Promise<Page<"agents", NonNullable<OperationResult<"genai_list_agents">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/agents` (genai_list_agents).
   * Every page, walked (`links.pages.next`): resolves `{ agents: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents
   */
  genaiListAgentsAll(query?: OperationQuery<"genai_list_agents">, opts?: CallOptions): Promise<AllPages<"agents", NonNullable<OperationResult<"genai_list_agents">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys/{uuid}/agents` (genai_list_agents_by_anthropic_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_anthropic_key
   */
  genaiListAgentsByAnthropicKey(uuid: OperationPath<"genai_list_agents_by_anthropic_key">["uuid"], query?: OperationQuery<"genai_list_agents_by_anthropic_key">, opts?: CallOptions): Promise<Page<"agents", NonNullable<OperationResult<"genai_list_agents_by_anthropic_key">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys/{uuid}/agents` (genai_list_agents_by_anthropic_key).
   * Every page, walked (`links.pages.next`): resolves `{ agents: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_anthropic_key
   */
  genaiListAgentsByAnthropicKeyAll(uuid: OperationPath<"genai_list_agents_by_anthropic_key">["uuid"], query?: OperationQuery<"genai_list_agents_by_anthropic_key">, opts?: CallOptions): Promise<AllPages<"agents", NonNullable<OperationResult<"genai_list_agents_by_anthropic_key">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/openai/keys/{uuid}/agents` (genai_list_agents_by_openai_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_openai_key
   */
  genaiListAgentsByOpenaiKey(uuid: OperationPath<"genai_list_agents_by_openai_key">["uuid"], query?: OperationQuery<"genai_list_agents_by_openai_key">, opts?: CallOptions): Promise<Page<"agents", NonNullable<OperationResult<"genai_list_agents_by_openai_key">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/openai/keys/{uuid}/agents` (genai_list_agents_by_openai_key).
   * Every page, walked (`links.pages.next`): resolves `{ agents: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_openai_key
   */
  genaiListAgentsByOpenaiKeyAll(uuid: OperationPath<"genai_list_agents_by_openai_key">["uuid"], query?: OperationQuery<"genai_list_agents_by_openai_key">, opts?: CallOptions): Promise<AllPages<"agents", NonNullable<OperationResult<"genai_list_agents_by_openai_key">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}/agents` (genai_list_agents_by_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_workspace
   */
  genaiListAgentsByWorkspace(workspaceUuid: OperationPath<"genai_list_agents_by_workspace">["workspace_uuid"], query?: OperationQuery<"genai_list_agents_by_workspace">, opts?: CallOptions): Promise<Page<"agents", NonNullable<OperationResult<"genai_list_agents_by_workspace">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}/agents` (genai_list_agents_by_workspace).
   * Every page, walked (`links.pages.next`): resolves `{ agents: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_workspace
   */
  genaiListAgentsByWorkspaceAll(workspaceUuid: OperationPath<"genai_list_agents_by_workspace">["workspace_uuid"], query?: OperationQuery<"genai_list_agents_by_workspace">, opts?: CallOptions): Promise<AllPages<"agents", NonNullable<OperationResult<"genai_list_agents_by_workspace">["agents"]>[number]>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys` (genai_list_anthropic_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_anthropic_api_keys
   */
  genaiListAnthropicApiKeys(query?: OperationQuery<"genai_list_anthropic_api_keys">, opts?: CallOptions): Promise<Page<"api_key_infos", NonNullable<OperationResult<"genai_list_anthropic_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys` (genai_list_anthropic_api_keys).
   * Every page, walked (`links.pages.next`): resolves `{ api_key_infos: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_anthropic_api_keys
   */
  genaiListAnthropicApiKeysAll(query?: OperationQuery<"genai_list_anthropic_api_keys">, opts?: CallOptions): Promise<AllPages<"api_key_infos", NonNullable<OperationResult<"genai_list_anthropic_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/custom_models` (genai_list_custom_models).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_custom_models
   */
  genaiListCustomModels(query?: OperationQuery<"genai_list_custom_models">, opts?: CallOptions): Promise<OperationResult<"genai_list_custom_models">>;
  /**
   * `GET /v2/gen-ai/regions` (genai_list_datacenter_regions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_datacenter_regions
   */
  genaiListDatacenterRegions(query?: OperationQuery<"genai_list_datacenter_regions">, opts?: CallOptions): Promise<OperationResult<"genai_list_datacenter_regions">>;
  /**
   * `GET /v2/gen-ai/evaluation_datasets` (genai_list_evaluation_datasets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_datasets
   */
  genaiListEvaluationDatasets(query?: OperationQuery<"genai_list_evaluation_datasets">, opts?: CallOptions): Promise<OperationResult<"genai_list_evaluation_datasets">>;
  /**
   * `GET /v2/gen-ai/evaluation_metrics` (genai_list_evaluation_metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_metrics
   */
  genaiListEvaluationMetrics(query?: OperationQuery<"genai_list_evaluation_metrics">, opts?: CallOptions): Promise<OperationResult<"genai_list_evaluation_metrics">>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs` (genai_list_evaluation_runs_by_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_runs_by_test_case
   */
  genaiListEvaluationRunsByTestCase(evaluationTestCaseUuid: OperationPath<"genai_list_evaluation_runs_by_test_case">["evaluation_test_case_uuid"], query?: OperationQuery<"genai_list_evaluation_runs_by_test_case">, opts?: CallOptions): Promise<OperationResult<"genai_list_evaluation_runs_by_test_case">>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases` (genai_list_evaluation_test_cases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_test_cases
   */
  genaiListEvaluationTestCases(query?: OperationQuery<"genai_list_evaluation_test_cases">, opts?: CallOptions): Promise<OperationResult<"genai_list_evaluation_test_cases">>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}/evaluation_test_cases` (genai_list_evaluation_test_cases_by_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_test_cases_by_workspace
   */
  genaiListEvaluationTestCasesByWorkspace(workspaceUuid: OperationPath<"genai_list_evaluation_test_cases_by_workspace">["workspace_uuid"], query?: OperationQuery<"genai_list_evaluation_test_cases_by_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_list_evaluation_test_cases_by_workspace">>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources` (genai_list_indexing_job_data_sources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_job_data_sources
   */
  genaiListIndexingJobDataSources(indexingJobUuid: OperationPath<"genai_list_indexing_job_data_sources">["indexing_job_uuid"], query?: OperationQuery<"genai_list_indexing_job_data_sources">, opts?: CallOptions): Promise<OperationResult<"genai_list_indexing_job_data_sources">>;
  /**
   * `GET /v2/gen-ai/indexing_jobs` (genai_list_indexing_jobs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs
   */
  genaiListIndexingJobs(query?: OperationQuery<"genai_list_indexing_jobs">, opts?: CallOptions): Promise<Page<"jobs", NonNullable<OperationResult<"genai_list_indexing_jobs">["jobs"]>[number]>>;
  /**
   * `GET /v2/gen-ai/indexing_jobs` (genai_list_indexing_jobs).
   * Every page, walked (`links.pages.next`): resolves `{ jobs: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs
   */
  genaiListIndexingJobsAll(query?: OperationQuery<"genai_list_indexing_jobs">, opts?: CallOptions): Promise<AllPages<"jobs", NonNullable<OperationResult<"genai_list_indexing_jobs">["jobs"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs` (genai_list_indexing_jobs_by_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs_by_knowledge_base
   */
  genaiListIndexingJobsByKnowledgeBase(knowledgeBaseUuid: OperationPath<"genai_list_indexing_jobs_by_knowledge_base">["knowledge_base_uuid"], query?: OperationQuery<"genai_list_indexing_jobs_by_knowledge_base">, opts?: CallOptions): Promise<Page<"jobs", NonNullable<OperationResult<"genai_list_indexing_jobs_by_knowledge_base">["jobs"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs` (genai_list_indexing_jobs_by_knowledge_base).
   * Every page, walked (`links.pages.next`): resolves `{ jobs: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs_by_knowledge_base
   */
  genaiListIndexingJobsByKnowledgeBaseAll(knowledgeBaseUuid: OperationPath<"genai_list_indexing_jobs_by_knowledge_base">["knowledge_base_uuid"], query?: OperationQuery<"genai_list_indexing_jobs_by_knowledge_base">, opts?: CallOptions): Promise<AllPages<"jobs", NonNullable<OperationResult<"genai_list_indexing_jobs_by_knowledge_base">["jobs"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources` (genai_list_knowledge_base_data_sources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_base_data_sources
   */
  genaiListKnowledgeBaseDataSources(knowledgeBaseUuid: OperationPath<"genai_list_knowledge_base_data_sources">["knowledge_base_uuid"], query?: OperationQuery<"genai_list_knowledge_base_data_sources">, opts?: CallOptions): Promise<Page<"knowledge_base_data_sources", NonNullable<OperationResult<"genai_list_knowledge_base_data_sources">["knowledge_base_data_sources"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources` (genai_list_knowledge_base_data_sources).
   * Every page, walked (`links.pages.next`): resolves `{ knowledge_base_data_sources: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_base_data_sources
   */
  genaiListKnowledgeBaseDataSourcesAll(knowledgeBaseUuid: OperationPath<"genai_list_knowledge_base_data_sources">["knowledge_base_uuid"], query?: OperationQuery<"genai_list_knowledge_base_data_sources">, opts?: CallOptions): Promise<AllPages<"knowledge_base_data_sources", NonNullable<OperationResult<"genai_list_knowledge_base_data_sources">["knowledge_base_data_sources"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases` (genai_list_knowledge_bases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_bases
   */
  genaiListKnowledgeBases(query?: OperationQuery<"genai_list_knowledge_bases">, opts?: CallOptions): Promise<Page<"knowledge_bases", NonNullable<OperationResult<"genai_list_knowledge_bases">["knowledge_bases"]>[number]>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases` (genai_list_knowledge_bases).
   * Every page, walked (`links.pages.next`): resolves `{ knowledge_bases: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_bases
   */
  genaiListKnowledgeBasesAll(query?: OperationQuery<"genai_list_knowledge_bases">, opts?: CallOptions): Promise<AllPages<"knowledge_bases", NonNullable<OperationResult<"genai_list_knowledge_bases">["knowledge_bases"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/api_keys` (genai_list_model_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_api_keys
   */
  genaiListModelApiKeys(query?: OperationQuery<"genai_list_model_api_keys">, opts?: CallOptions): Promise<Page<"api_key_infos", NonNullable<OperationResult<"genai_list_model_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/api_keys` (genai_list_model_api_keys).
   * Every page, walked (`links.pages.next`): resolves `{ api_key_infos: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_api_keys
   */
  genaiListModelApiKeysAll(query?: OperationQuery<"genai_list_model_api_keys">, opts?: CallOptions): Promise<AllPages<"api_key_infos", NonNullable<OperationResult<"genai_list_model_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/catalog` (genai_list_model_catalog).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_catalog
   */
  genaiListModelCatalog(query?: OperationQuery<"genai_list_model_catalog">, opts?: CallOptions): Promise<OperationResult<"genai_list_model_catalog">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_metrics` (genai_list_model_evaluation_metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_metrics
   */
  genaiListModelEvaluationMetrics(query?: OperationQuery<"genai_list_model_evaluation_metrics">, opts?: CallOptions): Promise<OperationResult<"genai_list_model_evaluation_metrics">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_presets` (genai_list_model_evaluation_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_presets
   */
  genaiListModelEvaluationPresets(query?: OperationQuery<"genai_list_model_evaluation_presets">, opts?: CallOptions): Promise<OperationResult<"genai_list_model_evaluation_presets">>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs` (genai_list_model_evaluation_runs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_runs
   */
  genaiListModelEvaluationRuns(query?: OperationQuery<"genai_list_model_evaluation_runs">, opts?: CallOptions): Promise<OperationResult<"genai_list_model_evaluation_runs">>;
  /**
   * `GET /v2/gen-ai/models/routers/presets` (genai_list_model_router_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_presets
   */
  genaiListModelRouterPresets(query?: OperationQuery<"genai_list_model_router_presets">, opts?: CallOptions): Promise<Page<"presets", NonNullable<OperationResult<"genai_list_model_router_presets">["presets"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/routers/presets` (genai_list_model_router_presets).
   * Every page, walked (`links.pages.next`): resolves `{ presets: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_presets
   */
  genaiListModelRouterPresetsAll(query?: OperationQuery<"genai_list_model_router_presets">, opts?: CallOptions): Promise<AllPages<"presets", NonNullable<OperationResult<"genai_list_model_router_presets">["presets"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/routers/tasks/presets` (genai_list_model_router_task_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_task_presets
   */
  genaiListModelRouterTaskPresets(query?: OperationQuery<"genai_list_model_router_task_presets">, opts?: CallOptions): Promise<Page<"tasks", NonNullable<OperationResult<"genai_list_model_router_task_presets">["tasks"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/routers/tasks/presets` (genai_list_model_router_task_presets).
   * Every page, walked (`links.pages.next`): resolves `{ tasks: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_task_presets
   */
  genaiListModelRouterTaskPresetsAll(query?: OperationQuery<"genai_list_model_router_task_presets">, opts?: CallOptions): Promise<AllPages<"tasks", NonNullable<OperationResult<"genai_list_model_router_task_presets">["tasks"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/routers` (genai_list_model_routers).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_routers
   */
  genaiListModelRouters(query?: OperationQuery<"genai_list_model_routers">, opts?: CallOptions): Promise<Page<"model_routers", NonNullable<OperationResult<"genai_list_model_routers">["model_routers"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models/routers` (genai_list_model_routers).
   * Every page, walked (`links.pages.next`): resolves `{ model_routers: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_routers
   */
  genaiListModelRoutersAll(query?: OperationQuery<"genai_list_model_routers">, opts?: CallOptions): Promise<AllPages<"model_routers", NonNullable<OperationResult<"genai_list_model_routers">["model_routers"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models` (genai_list_models).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_models
   */
  genaiListModels(query?: OperationQuery<"genai_list_models">, opts?: CallOptions): Promise<Page<"models", NonNullable<OperationResult<"genai_list_models">["models"]>[number]>>;
  /**
   * `GET /v2/gen-ai/models` (genai_list_models).
   * Every page, walked (`links.pages.next`): resolves `{ models: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_models
   */
  genaiListModelsAll(query?: OperationQuery<"genai_list_models">, opts?: CallOptions): Promise<AllPages<"models", NonNullable<OperationResult<"genai_list_models">["models"]>[number]>>;
  /**
   * `GET /v2/gen-ai/openai/keys` (genai_list_openai_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_openai_api_keys
   */
  genaiListOpenaiApiKeys(query?: OperationQuery<"genai_list_openai_api_keys">, opts?: CallOptions): Promise<Page<"api_key_infos", NonNullable<OperationResult<"genai_list_openai_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/openai/keys` (genai_list_openai_api_keys).
   * Every page, walked (`links.pages.next`): resolves `{ api_key_infos: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_openai_api_keys
   */
  genaiListOpenaiApiKeysAll(query?: OperationQuery<"genai_list_openai_api_keys">, opts?: CallOptions): Promise<AllPages<"api_key_infos", NonNullable<OperationResult<"genai_list_openai_api_keys">["api_key_infos"]>[number]>>;
  /**
   * `GET /v2/gen-ai/workspaces` (genai_list_workspaces).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_workspaces
   */
  genaiListWorkspaces(query?: OperationQuery<"genai_list_workspaces">, opts?: CallOptions): Promise<OperationResult<"genai_list_workspaces">>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}/regenerate` (genai_regenerate_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_regenerate_agent_api_key
   */
  genaiRegenerateAgentApiKey(agentUuid: OperationPath<"genai_regenerate_agent_api_key">["agent_uuid"], apiKeyUuid: OperationPath<"genai_regenerate_agent_api_key">["api_key_uuid"], query?: OperationQuery<"genai_regenerate_agent_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_regenerate_agent_api_key">>;
  /**
   * `PUT /v2/gen-ai/models/api_keys/{api_key_uuid}/regenerate` (genai_regenerate_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_regenerate_model_api_key
   */
  genaiRegenerateModelApiKey(apiKeyUuid: OperationPath<"genai_regenerate_model_api_key">["api_key_uuid"], query?: OperationQuery<"genai_regenerate_model_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_regenerate_model_api_key">>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}/versions` (genai_rollback_to_agent_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_rollback_to_agent_version
   */
  genaiRollbackToAgentVersion(uuid: OperationPath<"genai_rollback_to_agent_version">["uuid"], hash?: OperationBody<"genai_rollback_to_agent_version">, query?: OperationQuery<"genai_rollback_to_agent_version">, opts?: CallOptions): Promise<OperationResult<"genai_rollback_to_agent_version">>;
  /**
   * `POST /v2/gen-ai/evaluation_runs` (genai_run_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_run_evaluation_test_case
   */
  genaiRunEvaluationTestCase(hash?: OperationBody<"genai_run_evaluation_test_case">, query?: OperationQuery<"genai_run_evaluation_test_case">, opts?: CallOptions): Promise<OperationResult<"genai_run_evaluation_test_case">>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}` (genai_update_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent
   */
  genaiUpdateAgent(uuid: OperationPath<"genai_update_agent">["uuid"], hash?: OperationBody<"genai_update_agent">, query?: OperationQuery<"genai_update_agent">, opts?: CallOptions): Promise<OperationResult<"genai_update_agent">>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}` (genai_update_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_api_key
   */
  genaiUpdateAgentApiKey(agentUuid: OperationPath<"genai_update_agent_api_key">["agent_uuid"], apiKeyUuid: OperationPath<"genai_update_agent_api_key">["api_key_uuid"], hash?: OperationBody<"genai_update_agent_api_key">, query?: OperationQuery<"genai_update_agent_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_update_agent_api_key">>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}/deployment_visibility` (genai_update_agent_deployment_visibility).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_deployment_visibility
   */
  genaiUpdateAgentDeploymentVisibility(uuid: OperationPath<"genai_update_agent_deployment_visibility">["uuid"], hash?: OperationBody<"genai_update_agent_deployment_visibility">, query?: OperationQuery<"genai_update_agent_deployment_visibility">, opts?: CallOptions): Promise<OperationResult<"genai_update_agent_deployment_visibility">>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}` (genai_update_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_function
   */
  genaiUpdateAgentFunction(agentUuid: OperationPath<"genai_update_agent_function">["agent_uuid"], functionUuid: OperationPath<"genai_update_agent_function">["function_uuid"], hash?: OperationBody<"genai_update_agent_function">, query?: OperationQuery<"genai_update_agent_function">, opts?: CallOptions): Promise<OperationResult<"genai_update_agent_function">>;
  /**
   * `PUT /v2/gen-ai/workspaces/{workspace_uuid}/agents` (genai_update_agents_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agents_workspace
   */
  genaiUpdateAgentsWorkspace(workspaceUuid: OperationPath<"genai_update_agents_workspace">["workspace_uuid"], hash?: OperationBody<"genai_update_agents_workspace">, query?: OperationQuery<"genai_update_agents_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_update_agents_workspace">>;
  /**
   * `PUT /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_update_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_anthropic_api_key
   */
  genaiUpdateAnthropicApiKey(apiKeyUuid: OperationPath<"genai_update_anthropic_api_key">["api_key_uuid"], hash?: OperationBody<"genai_update_anthropic_api_key">, query?: OperationQuery<"genai_update_anthropic_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_update_anthropic_api_key">>;
  /**
   * `PUT /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_update_attached_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_attached_agent
   */
  genaiUpdateAttachedAgent(parentAgentUuid: OperationPath<"genai_update_attached_agent">["parent_agent_uuid"], childAgentUuid: OperationPath<"genai_update_attached_agent">["child_agent_uuid"], hash?: OperationBody<"genai_update_attached_agent">, query?: OperationQuery<"genai_update_attached_agent">, opts?: CallOptions): Promise<OperationResult<"genai_update_attached_agent">>;
  /**
   * `PUT /v2/gen-ai/custom_evaluation_metrics/{metric_uuid}` (genai_update_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_custom_evaluation_metric
   */
  genaiUpdateCustomEvaluationMetric(metricUuid: OperationPath<"genai_update_custom_evaluation_metric">["metric_uuid"], hash?: OperationBody<"genai_update_custom_evaluation_metric">, query?: OperationQuery<"genai_update_custom_evaluation_metric">, opts?: CallOptions): Promise<OperationResult<"genai_update_custom_evaluation_metric">>;
  /**
   * `PATCH /v2/gen-ai/custom_models/{uuid}/metadata` (genai_update_custom_model_metadata).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_custom_model_metadata
   */
  genaiUpdateCustomModelMetadata(uuid: OperationPath<"genai_update_custom_model_metadata">["uuid"], hash?: OperationBody<"genai_update_custom_model_metadata">, query?: OperationQuery<"genai_update_custom_model_metadata">, opts?: CallOptions): Promise<OperationResult<"genai_update_custom_model_metadata">>;
  /**
   * `PUT /v2/gen-ai/evaluation_test_cases/{test_case_uuid}` (genai_update_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_evaluation_test_case
   */
  genaiUpdateEvaluationTestCase(testCaseUuid: OperationPath<"genai_update_evaluation_test_case">["test_case_uuid"], hash?: OperationBody<"genai_update_evaluation_test_case">, query?: OperationQuery<"genai_update_evaluation_test_case">, opts?: CallOptions): Promise<OperationResult<"genai_update_evaluation_test_case">>;
  /**
   * `PUT /v2/gen-ai/knowledge_bases/{uuid}` (genai_update_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_knowledge_base
   */
  genaiUpdateKnowledgeBase(uuid: OperationPath<"genai_update_knowledge_base">["uuid"], hash?: OperationBody<"genai_update_knowledge_base">, query?: OperationQuery<"genai_update_knowledge_base">, opts?: CallOptions): Promise<OperationResult<"genai_update_knowledge_base">>;
  /**
   * `PUT /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}` (genai_update_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_knowledge_base_data_source
   */
  genaiUpdateKnowledgeBaseDataSource(knowledgeBaseUuid: OperationPath<"genai_update_knowledge_base_data_source">["knowledge_base_uuid"], dataSourceUuid: OperationPath<"genai_update_knowledge_base_data_source">["data_source_uuid"], hash?: OperationBody<"genai_update_knowledge_base_data_source">, query?: OperationQuery<"genai_update_knowledge_base_data_source">, opts?: CallOptions): Promise<OperationResult<"genai_update_knowledge_base_data_source">>;
  /**
   * `PUT /v2/gen-ai/models/api_keys/{api_key_uuid}` (genai_update_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_api_key
   */
  genaiUpdateModelApiKey(apiKeyUuid: OperationPath<"genai_update_model_api_key">["api_key_uuid"], hash?: OperationBody<"genai_update_model_api_key">, query?: OperationQuery<"genai_update_model_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_update_model_api_key">>;
  /**
   * `PATCH /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_update_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_evaluation_run
   */
  genaiUpdateModelEvaluationRun(evalRunUuid: OperationPath<"genai_update_model_evaluation_run">["eval_run_uuid"], hash?: OperationBody<"genai_update_model_evaluation_run">, query?: OperationQuery<"genai_update_model_evaluation_run">, opts?: CallOptions): Promise<OperationResult<"genai_update_model_evaluation_run">>;
  /**
   * `PUT /v2/gen-ai/models/routers/{uuid}` (genai_update_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_router
   */
  genaiUpdateModelRouter(uuid: OperationPath<"genai_update_model_router">["uuid"], hash?: OperationBody<"genai_update_model_router">, query?: OperationQuery<"genai_update_model_router">, opts?: CallOptions): Promise<OperationResult<"genai_update_model_router">>;
  /**
   * `PUT /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_update_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_openai_api_key
   */
  genaiUpdateOpenaiApiKey(apiKeyUuid: OperationPath<"genai_update_openai_api_key">["api_key_uuid"], hash?: OperationBody<"genai_update_openai_api_key">, query?: OperationQuery<"genai_update_openai_api_key">, opts?: CallOptions): Promise<OperationResult<"genai_update_openai_api_key">>;
  /**
   * `PUT /v2/gen-ai/workspaces/{workspace_uuid}` (genai_update_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_workspace
   */
  genaiUpdateWorkspace(workspaceUuid: OperationPath<"genai_update_workspace">["workspace_uuid"], hash?: OperationBody<"genai_update_workspace">, query?: OperationQuery<"genai_update_workspace">, opts?: CallOptions): Promise<OperationResult<"genai_update_workspace">>;
  /**
   * `GET /v2/images/{image_id}/actions/{action_id}` (imageActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_get
   */
  imageActionsGet(imageId: OperationPath<"imageActions_get">["image_id"], actionId: OperationPath<"imageActions_get">["action_id"], query?: OperationQuery<"imageActions_get">, opts?: CallOptions): Promise<OperationResult<"imageActions_get">>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/accept` (images_post_account_transfer_accept).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_accept
   */
  imagesPostAccountTransferAccept(imageId: OperationPath<"images_post_account_transfer_accept">["image_id"], hash: OperationBody<"images_post_account_transfer_accept">, query?: OperationQuery<"images_post_account_transfer_accept">, opts?: CallOptions): Promise<OperationResult<"images_post_account_transfer_accept">>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/cancel` (images_post_account_transfer_cancel).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_cancel
   */
  imagesPostAccountTransferCancel(imageId: OperationPath<"images_post_account_transfer_cancel">["image_id"], hash: OperationBody<"images_post_account_transfer_cancel">, query?: OperationQuery<"images_post_account_transfer_cancel">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/images/{image_id}/account_transfer` (images_post_account_transfer_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_create
   */
  imagesPostAccountTransferCreate(imageId: OperationPath<"images_post_account_transfer_create">["image_id"], hash: OperationBody<"images_post_account_transfer_create">, query?: OperationQuery<"images_post_account_transfer_create">, opts?: CallOptions): Promise<OperationResult<"images_post_account_transfer_create">>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/decline` (images_post_account_transfer_decline).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_decline
   */
  imagesPostAccountTransferDecline(imageId: OperationPath<"images_post_account_transfer_decline">["image_id"], hash: OperationBody<"images_post_account_transfer_decline">, query?: OperationQuery<"images_post_account_transfer_decline">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}` (invoices_get_byUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_byUUID
   */
  invoicesGetByUUID(invoiceUuid: OperationPath<"invoices_get_byUUID">["invoice_uuid"], query?: OperationQuery<"invoices_get_byUUID">, opts?: CallOptions): Promise<Page<"invoice_items", NonNullable<OperationResult<"invoices_get_byUUID">["invoice_items"]>[number]>>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}` (invoices_get_byUUID).
   * Every page, walked (`links.pages.next`): resolves `{ invoice_items: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_byUUID
   */
  invoicesGetByUUIDAll(invoiceUuid: OperationPath<"invoices_get_byUUID">["invoice_uuid"], query?: OperationQuery<"invoices_get_byUUID">, opts?: CallOptions): Promise<AllPages<"invoice_items", NonNullable<OperationResult<"invoices_get_byUUID">["invoice_items"]>[number]>>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/csv` (invoices_get_csvByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_csvByUUID
   */
  invoicesGetCsvByUUID(invoiceUuid: OperationPath<"invoices_get_csvByUUID">["invoice_uuid"], query?: OperationQuery<"invoices_get_csvByUUID">, opts?: CallOptions): Promise<string>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/pdf` (invoices_get_pdfByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_pdfByUUID
   */
  invoicesGetPdfByUUID(invoiceUuid: OperationPath<"invoices_get_pdfByUUID">["invoice_uuid"], query?: OperationQuery<"invoices_get_pdfByUUID">, opts?: CallOptions): Promise<Uint8Array>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/summary` (invoices_get_summaryByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_summaryByUUID
   */
  invoicesGetSummaryByUUID(invoiceUuid: OperationPath<"invoices_get_summaryByUUID">["invoice_uuid"], query?: OperationQuery<"invoices_get_summaryByUUID">, opts?: CallOptions): Promise<OperationResult<"invoices_get_summaryByUUID">>;
  /**
   * `GET /v2/customers/my/invoices` (invoices_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_list
   */
  invoicesList(query?: OperationQuery<"invoices_list">, opts?: CallOptions): Promise<OperationResult<"invoices_list">>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/node_pools` (kubernetes_add_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_nodePool
   */
  kubernetesAddNodePool(clusterId: OperationPath<"kubernetes_add_nodePool">["cluster_id"], hash: OperationBody<"kubernetes_add_nodePool">, query?: OperationQuery<"kubernetes_add_nodePool">, opts?: CallOptions): Promise<OperationResult<"kubernetes_add_nodePool">>;
  /**
   * `POST /v2/kubernetes/registries` (kubernetes_add_registries).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_registries
   */
  kubernetesAddRegistries(hash?: OperationBody<"kubernetes_add_registries">, query?: OperationQuery<"kubernetes_add_registries">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/registry` (kubernetes_add_registry).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_registry
   */
  kubernetesAddRegistry(hash?: OperationBody<"kubernetes_add_registry">, query?: OperationQuery<"kubernetes_add_registry">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/clusters` (kubernetes_create_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_create_cluster
   */
  kubernetesCreateCluster(hash: OperationBody<"kubernetes_create_cluster">, query?: OperationQuery<"kubernetes_create_cluster">, opts?: CallOptions): Promise<OperationResult<"kubernetes_create_cluster">>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}` (kubernetes_delete_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_cluster
   */
  kubernetesDeleteCluster(clusterId: OperationPath<"kubernetes_delete_cluster">["cluster_id"], query?: OperationQuery<"kubernetes_delete_cluster">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}` (kubernetes_delete_node).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_node
   */
  kubernetesDeleteNode(clusterId: OperationPath<"kubernetes_delete_node">["cluster_id"], nodePoolId: OperationPath<"kubernetes_delete_node">["node_pool_id"], nodeId: OperationPath<"kubernetes_delete_node">["node_id"], query?: OperationQuery<"kubernetes_delete_node">, opts?: CallOptions): Promise<OperationResult<"kubernetes_delete_node">>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_delete_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_nodePool
   */
  kubernetesDeleteNodePool(clusterId: OperationPath<"kubernetes_delete_nodePool">["cluster_id"], nodePoolId: OperationPath<"kubernetes_delete_nodePool">["node_pool_id"], query?: OperationQuery<"kubernetes_delete_nodePool">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/dangerous` (kubernetes_destroy_associatedResourcesDangerous).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_destroy_associatedResourcesDangerous
   */
  kubernetesDestroyAssociatedResourcesDangerous(clusterId: OperationPath<"kubernetes_destroy_associatedResourcesDangerous">["cluster_id"], query?: OperationQuery<"kubernetes_destroy_associatedResourcesDangerous">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/selective` (kubernetes_destroy_associatedResourcesSelective).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_destroy_associatedResourcesSelective
   */
  kubernetesDestroyAssociatedResourcesSelective(clusterId: OperationPath<"kubernetes_destroy_associatedResourcesSelective">["cluster_id"], hash: OperationBody<"kubernetes_destroy_associatedResourcesSelective">, query?: OperationQuery<"kubernetes_destroy_associatedResourcesSelective">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/upgrades` (kubernetes_get_availableUpgrades).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_availableUpgrades
   */
  kubernetesGetAvailableUpgrades(clusterId: OperationPath<"kubernetes_get_availableUpgrades">["cluster_id"], query?: OperationQuery<"kubernetes_get_availableUpgrades">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_availableUpgrades">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}` (kubernetes_get_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_cluster
   */
  kubernetesGetCluster(clusterId: OperationPath<"kubernetes_get_cluster">["cluster_id"], query?: OperationQuery<"kubernetes_get_cluster">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_cluster">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/clusterlint` (kubernetes_get_clusterLintResults).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_clusterLintResults
   */
  kubernetesGetClusterLintResults(clusterId: OperationPath<"kubernetes_get_clusterLintResults">["cluster_id"], query?: OperationQuery<"kubernetes_get_clusterLintResults">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_clusterLintResults">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/user` (kubernetes_get_clusterUser).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_clusterUser
   */
  kubernetesGetClusterUser(clusterId: OperationPath<"kubernetes_get_clusterUser">["cluster_id"], query?: OperationQuery<"kubernetes_get_clusterUser">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_clusterUser">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/credentials` (kubernetes_get_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_credentials
   */
  kubernetesGetCredentials(clusterId: OperationPath<"kubernetes_get_credentials">["cluster_id"], query?: OperationQuery<"kubernetes_get_credentials">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_credentials">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/kubeconfig` (kubernetes_get_kubeconfig).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_kubeconfig
   */
  kubernetesGetKubeconfig(clusterId: OperationPath<"kubernetes_get_kubeconfig">["cluster_id"], query?: OperationQuery<"kubernetes_get_kubeconfig">, opts?: CallOptions): Promise<string>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_get_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_nodePool
   */
  kubernetesGetNodePool(clusterId: OperationPath<"kubernetes_get_nodePool">["cluster_id"], nodePoolId: OperationPath<"kubernetes_get_nodePool">["node_pool_id"], query?: OperationQuery<"kubernetes_get_nodePool">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_nodePool">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/status_messages` (kubernetes_get_status_messages).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_status_messages
   */
  kubernetesGetStatusMessages(clusterId: OperationPath<"kubernetes_get_status_messages">["cluster_id"], query?: OperationQuery<"kubernetes_get_status_messages">, opts?: CallOptions): Promise<OperationResult<"kubernetes_get_status_messages">>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources` (kubernetes_list_associatedResources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_associatedResources
   */
  kubernetesListAssociatedResources(clusterId: OperationPath<"kubernetes_list_associatedResources">["cluster_id"], query?: OperationQuery<"kubernetes_list_associatedResources">, opts?: CallOptions): Promise<OperationResult<"kubernetes_list_associatedResources">>;
  /**
   * `GET /v2/kubernetes/clusters` (kubernetes_list_clusters).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_clusters
   */
  kubernetesListClusters(query?: OperationQuery<"kubernetes_list_clusters">, opts?: CallOptions): Promise<Page<"kubernetes_clusters", NonNullable<OperationResult<"kubernetes_list_clusters">["kubernetes_clusters"]>[number]>>;
  /**
   * `GET /v2/kubernetes/clusters` (kubernetes_list_clusters).
   * Every page, walked (`links.pages.next`): resolves `{ kubernetes_clusters: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_clusters
   */
  kubernetesListClustersAll(query?: OperationQuery<"kubernetes_list_clusters">, opts?: CallOptions): Promise<AllPages<"kubernetes_clusters", NonNullable<OperationResult<"kubernetes_list_clusters">["kubernetes_clusters"]>[number]>>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/node_pools` (kubernetes_list_nodePools).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_nodePools
   */
  kubernetesListNodePools(clusterId: OperationPath<"kubernetes_list_nodePools">["cluster_id"], query?: OperationQuery<"kubernetes_list_nodePools">, opts?: CallOptions): Promise<OperationResult<"kubernetes_list_nodePools">>;
  /**
   * `GET /v2/kubernetes/options` (kubernetes_list_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_options
   */
  kubernetesListOptions(query?: OperationQuery<"kubernetes_list_options">, opts?: CallOptions): Promise<OperationResult<"kubernetes_list_options">>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/recycle` (kubernetes_recycle_node_pool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_recycle_node_pool
   */
  kubernetesRecycleNodePool(clusterId: OperationPath<"kubernetes_recycle_node_pool">["cluster_id"], nodePoolId: OperationPath<"kubernetes_recycle_node_pool">["node_pool_id"], hash: OperationBody<"kubernetes_recycle_node_pool">, query?: OperationQuery<"kubernetes_recycle_node_pool">, opts?: CallOptions): Promise<OperationResult<"kubernetes_recycle_node_pool">>;
  /**
   * `DELETE /v2/kubernetes/registries` (kubernetes_remove_registries).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_remove_registries
   */
  kubernetesRemoveRegistries(hash?: OperationBody<"kubernetes_remove_registries">, query?: OperationQuery<"kubernetes_remove_registries">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/registry` (kubernetes_remove_registry).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_remove_registry
   */
  kubernetesRemoveRegistry(hash?: OperationBody<"kubernetes_remove_registry">, query?: OperationQuery<"kubernetes_remove_registry">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/clusterlint` (kubernetes_run_clusterLint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_run_clusterLint
   */
  kubernetesRunClusterLint(clusterId: OperationPath<"kubernetes_run_clusterLint">["cluster_id"], hash?: OperationBody<"kubernetes_run_clusterLint">, query?: OperationQuery<"kubernetes_run_clusterLint">, opts?: CallOptions): Promise<OperationResult<"kubernetes_run_clusterLint">>;
  /**
   * `PUT /v2/kubernetes/clusters/{cluster_id}` (kubernetes_update_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_update_cluster
   */
  kubernetesUpdateCluster(clusterId: OperationPath<"kubernetes_update_cluster">["cluster_id"], hash: OperationBody<"kubernetes_update_cluster">, query?: OperationQuery<"kubernetes_update_cluster">, opts?: CallOptions): Promise<OperationResult<"kubernetes_update_cluster">>;
  /**
   * `PUT /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_update_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_update_nodePool
   */
  kubernetesUpdateNodePool(clusterId: OperationPath<"kubernetes_update_nodePool">["cluster_id"], nodePoolId: OperationPath<"kubernetes_update_nodePool">["node_pool_id"], hash: OperationBody<"kubernetes_update_nodePool">, query?: OperationQuery<"kubernetes_update_nodePool">, opts?: CallOptions): Promise<OperationResult<"kubernetes_update_nodePool">>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/upgrade` (kubernetes_upgrade_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_upgrade_cluster
   */
  kubernetesUpgradeCluster(clusterId: OperationPath<"kubernetes_upgrade_cluster">["cluster_id"], hash: OperationBody<"kubernetes_upgrade_cluster">, query?: OperationQuery<"kubernetes_upgrade_cluster">, opts?: CallOptions): Promise<OperationResult<"kubernetes_upgrade_cluster">>;
  /**
   * `POST /v2/load_balancers/{lb_id}/droplets` (loadBalancers_add_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_add_droplets
   */
  loadBalancersAddDroplets(lbId: OperationPath<"loadBalancers_add_droplets">["lb_id"], hash: OperationBody<"loadBalancers_add_droplets">, query?: OperationQuery<"loadBalancers_add_droplets">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/load_balancers/{lb_id}/forwarding_rules` (loadBalancers_add_forwardingRules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_add_forwardingRules
   */
  loadBalancersAddForwardingRules(lbId: OperationPath<"loadBalancers_add_forwardingRules">["lb_id"], hash: OperationBody<"loadBalancers_add_forwardingRules">, query?: OperationQuery<"loadBalancers_add_forwardingRules">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/load_balancers` (loadBalancers_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_create
   */
  loadBalancersCreate(hash: OperationBody<"loadBalancers_create">, query?: OperationQuery<"loadBalancers_create">, opts?: CallOptions): Promise<OperationResult<"loadBalancers_create">>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}` (loadBalancers_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_delete
   */
  loadBalancersDelete(lbId: OperationPath<"loadBalancers_delete">["lb_id"], query?: OperationQuery<"loadBalancers_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/cache` (loadBalancers_delete_cache).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_delete_cache
   */
  loadBalancersDeleteCache(lbId: OperationPath<"loadBalancers_delete_cache">["lb_id"], query?: OperationQuery<"loadBalancers_delete_cache">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/load_balancers/{lb_id}` (loadBalancers_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_get
   */
  loadBalancersGet(lbId: OperationPath<"loadBalancers_get">["lb_id"], query?: OperationQuery<"loadBalancers_get">, opts?: CallOptions): Promise<OperationResult<"loadBalancers_get">>;
  /**
   * `GET /v2/load_balancers` (loadBalancers_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_list
   */
  loadBalancersList(query?: OperationQuery<"loadBalancers_list">, opts?: CallOptions): Promise<Page<"load_balancers", NonNullable<OperationResult<"loadBalancers_list">["load_balancers"]>[number]>>;
  /**
   * `GET /v2/load_balancers` (loadBalancers_list).
   * Every page, walked (`links.pages.next`): resolves `{ load_balancers: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_list
   */
  loadBalancersListAll(query?: OperationQuery<"loadBalancers_list">, opts?: CallOptions): Promise<AllPages<"load_balancers", NonNullable<OperationResult<"loadBalancers_list">["load_balancers"]>[number]>>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/droplets` (loadBalancers_remove_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_remove_droplets
   */
  loadBalancersRemoveDroplets(lbId: OperationPath<"loadBalancers_remove_droplets">["lb_id"], hash: OperationBody<"loadBalancers_remove_droplets">, query?: OperationQuery<"loadBalancers_remove_droplets">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/forwarding_rules` (loadBalancers_remove_forwardingRules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_remove_forwardingRules
   */
  loadBalancersRemoveForwardingRules(lbId: OperationPath<"loadBalancers_remove_forwardingRules">["lb_id"], hash: OperationBody<"loadBalancers_remove_forwardingRules">, query?: OperationQuery<"loadBalancers_remove_forwardingRules">, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/load_balancers/{lb_id}` (loadBalancers_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_update
   */
  loadBalancersUpdate(lbId: OperationPath<"loadBalancers_update">["lb_id"], hash: OperationBody<"loadBalancers_update">, query?: OperationQuery<"loadBalancers_update">, opts?: CallOptions): Promise<OperationResult<"loadBalancers_update">>;
  /**
   * `POST /v2/monitoring/alerts` (monitoring_create_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_alertPolicy
   */
  monitoringCreateAlertPolicy(hash: OperationBody<"monitoring_create_alertPolicy">, query?: OperationQuery<"monitoring_create_alertPolicy">, opts?: CallOptions): Promise<OperationResult<"monitoring_create_alertPolicy">>;
  /**
   * `POST /v2/monitoring/sinks/destinations` (monitoring_create_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_destination
   */
  monitoringCreateDestination(hash: OperationBody<"monitoring_create_destination">, query?: OperationQuery<"monitoring_create_destination">, opts?: CallOptions): Promise<OperationResult<"monitoring_create_destination">>;
  /**
   * `POST /v2/monitoring/sinks` (monitoring_create_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_sink
   */
  monitoringCreateSink(hash: OperationBody<"monitoring_create_sink">, query?: OperationQuery<"monitoring_create_sink">, opts?: CallOptions): Promise<OperationResult<"monitoring_create_sink">>;
  /**
   * `DELETE /v2/monitoring/alerts/{alert_uuid}` (monitoring_delete_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_alertPolicy
   */
  monitoringDeleteAlertPolicy(alertUuid: OperationPath<"monitoring_delete_alertPolicy">["alert_uuid"], query?: OperationQuery<"monitoring_delete_alertPolicy">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_delete_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_destination
   */
  monitoringDeleteDestination(destinationUuid: OperationPath<"monitoring_delete_destination">["destination_uuid"], query?: OperationQuery<"monitoring_delete_destination">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/monitoring/sinks/{sink_uuid}` (monitoring_delete_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_sink
   */
  monitoringDeleteSink(sinkUuid: OperationPath<"monitoring_delete_sink">["sink_uuid"], query?: OperationQuery<"monitoring_delete_sink">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/monitoring/metrics/droplet/cpu` (monitoring_get_DropletCpuMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_DropletCpuMetrics
   */
  monitoringGetDropletCpuMetrics(query?: OperationQuery<"monitoring_get_DropletCpuMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_DropletCpuMetrics">>;
  /**
   * `GET /v2/monitoring/alerts/{alert_uuid}` (monitoring_get_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_alertPolicy
   */
  monitoringGetAlertPolicy(alertUuid: OperationPath<"monitoring_get_alertPolicy">["alert_uuid"], query?: OperationQuery<"monitoring_get_alertPolicy">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_alertPolicy">>;
  /**
   * `GET /v2/monitoring/metrics/apps/cpu_percentage` (monitoring_get_appCPUPercentageMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appCPUPercentageMetrics
   */
  monitoringGetAppCPUPercentageMetrics(query?: OperationQuery<"monitoring_get_appCPUPercentageMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_appCPUPercentageMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/apps/memory_percentage` (monitoring_get_appMemoryPercentageMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appMemoryPercentageMetrics
   */
  monitoringGetAppMemoryPercentageMetrics(query?: OperationQuery<"monitoring_get_appMemoryPercentageMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_appMemoryPercentageMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/apps/restart_count` (monitoring_get_appRestartCountMetrics.yml).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appRestartCountMetrics.yml
   */
  monitoringGetAppRestartCountMetricsYml(query?: OperationQuery<"monitoring_get_appRestartCountMetrics.yml">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_appRestartCountMetrics.yml">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/cpu_usage` (monitoring_get_database_mysql_cpu_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_cpu_usage
   */
  monitoringGetDatabaseMysqlCpuUsage(query?: OperationQuery<"monitoring_get_database_mysql_cpu_usage">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_cpu_usage">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/disk_usage` (monitoring_get_database_mysql_disk_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_disk_usage
   */
  monitoringGetDatabaseMysqlDiskUsage(query?: OperationQuery<"monitoring_get_database_mysql_disk_usage">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_disk_usage">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/index_vs_sequential_reads` (monitoring_get_database_mysql_index_vs_sequential_reads).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_index_vs_sequential_reads
   */
  monitoringGetDatabaseMysqlIndexVsSequentialReads(query?: OperationQuery<"monitoring_get_database_mysql_index_vs_sequential_reads">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_index_vs_sequential_reads">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/load` (monitoring_get_database_mysql_load).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_load
   */
  monitoringGetDatabaseMysqlLoad(query?: OperationQuery<"monitoring_get_database_mysql_load">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_load">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/memory_usage` (monitoring_get_database_mysql_memory_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_memory_usage
   */
  monitoringGetDatabaseMysqlMemoryUsage(query?: OperationQuery<"monitoring_get_database_mysql_memory_usage">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_memory_usage">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/op_rates` (monitoring_get_database_mysql_op_rates).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_op_rates
   */
  monitoringGetDatabaseMysqlOpRates(query?: OperationQuery<"monitoring_get_database_mysql_op_rates">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_op_rates">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/schema_latency` (monitoring_get_database_mysql_schema_latency).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_schema_latency
   */
  monitoringGetDatabaseMysqlSchemaLatency(query?: OperationQuery<"monitoring_get_database_mysql_schema_latency">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_schema_latency">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/schema_throughput` (monitoring_get_database_mysql_schema_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_schema_throughput
   */
  monitoringGetDatabaseMysqlSchemaThroughput(query?: OperationQuery<"monitoring_get_database_mysql_schema_throughput">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_schema_throughput">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_active` (monitoring_get_database_mysql_threads_active).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_active
   */
  monitoringGetDatabaseMysqlThreadsActive(query?: OperationQuery<"monitoring_get_database_mysql_threads_active">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_threads_active">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_connected` (monitoring_get_database_mysql_threads_connected).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_connected
   */
  monitoringGetDatabaseMysqlThreadsConnected(query?: OperationQuery<"monitoring_get_database_mysql_threads_connected">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_threads_connected">>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_created_rate` (monitoring_get_database_mysql_threads_created_rate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_created_rate
   */
  monitoringGetDatabaseMysqlThreadsCreatedRate(query?: OperationQuery<"monitoring_get_database_mysql_threads_created_rate">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_database_mysql_threads_created_rate">>;
  /**
   * `GET /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_get_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_destination
   */
  monitoringGetDestination(destinationUuid: OperationPath<"monitoring_get_destination">["destination_uuid"], query?: OperationQuery<"monitoring_get_destination">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_destination">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/bandwidth` (monitoring_get_dropletBandwidthMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletBandwidthMetrics
   */
  monitoringGetDropletBandwidthMetrics(query?: OperationQuery<"monitoring_get_dropletBandwidthMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletBandwidthMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/filesystem_free` (monitoring_get_dropletFilesystemFreeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletFilesystemFreeMetrics
   */
  monitoringGetDropletFilesystemFreeMetrics(query?: OperationQuery<"monitoring_get_dropletFilesystemFreeMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletFilesystemFreeMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/filesystem_size` (monitoring_get_dropletFilesystemSizeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletFilesystemSizeMetrics
   */
  monitoringGetDropletFilesystemSizeMetrics(query?: OperationQuery<"monitoring_get_dropletFilesystemSizeMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletFilesystemSizeMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_15` (monitoring_get_dropletLoad15Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad15Metrics
   */
  monitoringGetDropletLoad15Metrics(query?: OperationQuery<"monitoring_get_dropletLoad15Metrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletLoad15Metrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_1` (monitoring_get_dropletLoad1Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad1Metrics
   */
  monitoringGetDropletLoad1Metrics(query?: OperationQuery<"monitoring_get_dropletLoad1Metrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletLoad1Metrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_5` (monitoring_get_dropletLoad5Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad5Metrics
   */
  monitoringGetDropletLoad5Metrics(query?: OperationQuery<"monitoring_get_dropletLoad5Metrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletLoad5Metrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_available` (monitoring_get_dropletMemoryAvailableMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryAvailableMetrics
   */
  monitoringGetDropletMemoryAvailableMetrics(query?: OperationQuery<"monitoring_get_dropletMemoryAvailableMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletMemoryAvailableMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_cached` (monitoring_get_dropletMemoryCachedMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryCachedMetrics
   */
  monitoringGetDropletMemoryCachedMetrics(query?: OperationQuery<"monitoring_get_dropletMemoryCachedMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletMemoryCachedMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_free` (monitoring_get_dropletMemoryFreeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryFreeMetrics
   */
  monitoringGetDropletMemoryFreeMetrics(query?: OperationQuery<"monitoring_get_dropletMemoryFreeMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletMemoryFreeMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_total` (monitoring_get_dropletMemoryTotalMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryTotalMetrics
   */
  monitoringGetDropletMemoryTotalMetrics(query?: OperationQuery<"monitoring_get_dropletMemoryTotalMetrics">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_dropletMemoryTotalMetrics">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_cpu_utilization` (monitoring_get_droplet_autoscale_current_cpu_utilization.yml).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_cpu_utilization.yml
   */
  monitoringGetDropletAutoscaleCurrentCpuUtilizationYml(query?: OperationQuery<"monitoring_get_droplet_autoscale_current_cpu_utilization.yml">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_current_cpu_utilization.yml">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_instances` (monitoring_get_droplet_autoscale_current_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_instances
   */
  monitoringGetDropletAutoscaleCurrentInstances(query?: OperationQuery<"monitoring_get_droplet_autoscale_current_instances">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_current_instances">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_memory_utilization` (monitoring_get_droplet_autoscale_current_memory_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_memory_utilization
   */
  monitoringGetDropletAutoscaleCurrentMemoryUtilization(query?: OperationQuery<"monitoring_get_droplet_autoscale_current_memory_utilization">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_current_memory_utilization">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_cpu_utilization` (monitoring_get_droplet_autoscale_target_cpu_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_cpu_utilization
   */
  monitoringGetDropletAutoscaleTargetCpuUtilization(query?: OperationQuery<"monitoring_get_droplet_autoscale_target_cpu_utilization">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_target_cpu_utilization">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_instances` (monitoring_get_droplet_autoscale_target_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_instances
   */
  monitoringGetDropletAutoscaleTargetInstances(query?: OperationQuery<"monitoring_get_droplet_autoscale_target_instances">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_target_instances">>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_memory_utilization` (monitoring_get_droplet_autoscale_target_memory_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_memory_utilization
   */
  monitoringGetDropletAutoscaleTargetMemoryUtilization(query?: OperationQuery<"monitoring_get_droplet_autoscale_target_memory_utilization">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_droplet_autoscale_target_memory_utilization">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_connections` (monitoring_get_lb_droplets_connections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_connections
   */
  monitoringGetLbDropletsConnections(query?: OperationQuery<"monitoring_get_lb_droplets_connections">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_connections">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_downtime` (monitoring_get_lb_droplets_downtime).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_downtime
   */
  monitoringGetLbDropletsDowntime(query?: OperationQuery<"monitoring_get_lb_droplets_downtime">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_downtime">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_health_checks` (monitoring_get_lb_droplets_health_checks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_health_checks
   */
  monitoringGetLbDropletsHealthChecks(query?: OperationQuery<"monitoring_get_lb_droplets_health_checks">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_health_checks">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_50p` (monitoring_get_lb_droplets_http_response_time_50p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_50p
   */
  monitoringGetLbDropletsHttpResponseTime50p(query?: OperationQuery<"monitoring_get_lb_droplets_http_response_time_50p">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_response_time_50p">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_95p` (monitoring_get_lb_droplets_http_response_time_95p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_95p
   */
  monitoringGetLbDropletsHttpResponseTime95p(query?: OperationQuery<"monitoring_get_lb_droplets_http_response_time_95p">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_response_time_95p">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_99p` (monitoring_get_lb_droplets_http_response_time_99p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_99p
   */
  monitoringGetLbDropletsHttpResponseTime99p(query?: OperationQuery<"monitoring_get_lb_droplets_http_response_time_99p">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_response_time_99p">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_avg` (monitoring_get_lb_droplets_http_response_time_avg).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_avg
   */
  monitoringGetLbDropletsHttpResponseTimeAvg(query?: OperationQuery<"monitoring_get_lb_droplets_http_response_time_avg">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_response_time_avg">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_responses` (monitoring_get_lb_droplets_http_responses).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_responses
   */
  monitoringGetLbDropletsHttpResponses(query?: OperationQuery<"monitoring_get_lb_droplets_http_responses">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_responses">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_50p` (monitoring_get_lb_droplets_http_session_duration_50p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_50p
   */
  monitoringGetLbDropletsHttpSessionDuration50p(query?: OperationQuery<"monitoring_get_lb_droplets_http_session_duration_50p">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_session_duration_50p">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_95p` (monitoring_get_lb_droplets_http_session_duration_95p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_95p
   */
  monitoringGetLbDropletsHttpSessionDuration95p(query?: OperationQuery<"monitoring_get_lb_droplets_http_session_duration_95p">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_session_duration_95p">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_avg` (monitoring_get_lb_droplets_http_session_duration_avg).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_avg
   */
  monitoringGetLbDropletsHttpSessionDurationAvg(query?: OperationQuery<"monitoring_get_lb_droplets_http_session_duration_avg">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_http_session_duration_avg">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_queue_size` (monitoring_get_lb_droplets_queue_size).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_queue_size
   */
  monitoringGetLbDropletsQueueSize(query?: OperationQuery<"monitoring_get_lb_droplets_queue_size">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_droplets_queue_size">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_connections_current` (monitoring_get_lb_frontend_connections_current).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_connections_current
   */
  monitoringGetLbFrontendConnectionsCurrent(query?: OperationQuery<"monitoring_get_lb_frontend_connections_current">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_connections_current">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_connections_limit` (monitoring_get_lb_frontend_connections_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_connections_limit
   */
  monitoringGetLbFrontendConnectionsLimit(query?: OperationQuery<"monitoring_get_lb_frontend_connections_limit">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_connections_limit">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_cpu_utilization` (monitoring_get_lb_frontend_cpu_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_cpu_utilization
   */
  monitoringGetLbFrontendCpuUtilization(query?: OperationQuery<"monitoring_get_lb_frontend_cpu_utilization">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_cpu_utilization">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes` (monitoring_get_lb_frontend_firewall_dropped_bytes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_firewall_dropped_bytes
   */
  monitoringGetLbFrontendFirewallDroppedBytes(query?: OperationQuery<"monitoring_get_lb_frontend_firewall_dropped_bytes">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_firewall_dropped_bytes">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_packets` (monitoring_get_lb_frontend_firewall_dropped_packets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_firewall_dropped_packets
   */
  monitoringGetLbFrontendFirewallDroppedPackets(query?: OperationQuery<"monitoring_get_lb_frontend_firewall_dropped_packets">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_firewall_dropped_packets">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_http_requests_per_second` (monitoring_get_lb_frontend_http_requests_per_second).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_http_requests_per_second
   */
  monitoringGetLbFrontendHttpRequestsPerSecond(query?: OperationQuery<"monitoring_get_lb_frontend_http_requests_per_second">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_http_requests_per_second">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_http_responses` (monitoring_get_lb_frontend_http_responses).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_http_responses
   */
  monitoringGetLbFrontendHttpResponses(query?: OperationQuery<"monitoring_get_lb_frontend_http_responses">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_http_responses">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_http` (monitoring_get_lb_frontend_network_throughput_http).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_http
   */
  monitoringGetLbFrontendNetworkThroughputHttp(query?: OperationQuery<"monitoring_get_lb_frontend_network_throughput_http">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_network_throughput_http">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_tcp` (monitoring_get_lb_frontend_network_throughput_tcp).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_tcp
   */
  monitoringGetLbFrontendNetworkThroughputTcp(query?: OperationQuery<"monitoring_get_lb_frontend_network_throughput_tcp">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_network_throughput_tcp">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_udp` (monitoring_get_lb_frontend_network_throughput_udp).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_udp
   */
  monitoringGetLbFrontendNetworkThroughputUdp(query?: OperationQuery<"monitoring_get_lb_frontend_network_throughput_udp">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_network_throughput_udp">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_nlb_tcp_network_throughput` (monitoring_get_lb_frontend_nlb_tcp_network_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_nlb_tcp_network_throughput
   */
  monitoringGetLbFrontendNlbTcpNetworkThroughput(query?: OperationQuery<"monitoring_get_lb_frontend_nlb_tcp_network_throughput">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_nlb_tcp_network_throughput">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_nlb_udp_network_throughput` (monitoring_get_lb_frontend_nlb_udp_network_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_nlb_udp_network_throughput
   */
  monitoringGetLbFrontendNlbUdpNetworkThroughput(query?: OperationQuery<"monitoring_get_lb_frontend_nlb_udp_network_throughput">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_nlb_udp_network_throughput">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_current` (monitoring_get_lb_frontend_tls_connections_current).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_current
   */
  monitoringGetLbFrontendTlsConnectionsCurrent(query?: OperationQuery<"monitoring_get_lb_frontend_tls_connections_current">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_tls_connections_current">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_exceeding_rate_limit` (monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit
   */
  monitoringGetLbFrontendTlsConnectionsExceedingRateLimit(query?: OperationQuery<"monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit">>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_limit` (monitoring_get_lb_frontend_tls_connections_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_limit
   */
  monitoringGetLbFrontendTlsConnectionsLimit(query?: OperationQuery<"monitoring_get_lb_frontend_tls_connections_limit">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_lb_frontend_tls_connections_limit">>;
  /**
   * `GET /v2/monitoring/sinks/{sink_uuid}` (monitoring_get_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_sink
   */
  monitoringGetSink(sinkUuid: OperationPath<"monitoring_get_sink">["sink_uuid"], query?: OperationQuery<"monitoring_get_sink">, opts?: CallOptions): Promise<OperationResult<"monitoring_get_sink">>;
  /**
   * `GET /v2/monitoring/alerts` (monitoring_list_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_alertPolicy
   */
  monitoringListAlertPolicy(query?: OperationQuery<"monitoring_list_alertPolicy">, opts?: CallOptions): Promise<Page<"policies", NonNullable<OperationResult<"monitoring_list_alertPolicy">["policies"]>[number]>>;
  /**
   * `GET /v2/monitoring/alerts` (monitoring_list_alertPolicy).
   * Every page, walked (`links.pages.next`): resolves `{ policies: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_alertPolicy
   */
  monitoringListAlertPolicyAll(query?: OperationQuery<"monitoring_list_alertPolicy">, opts?: CallOptions): Promise<AllPages<"policies", NonNullable<OperationResult<"monitoring_list_alertPolicy">["policies"]>[number]>>;
  /**
   * `GET /v2/monitoring/sinks/destinations` (monitoring_list_destinations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_destinations
   */
  monitoringListDestinations(query?: OperationQuery<"monitoring_list_destinations">, opts?: CallOptions): Promise<OperationResult<"monitoring_list_destinations">>;
  /**
   * `GET /v2/monitoring/sinks` (monitoring_list_sinks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_sinks
   */
  monitoringListSinks(query?: OperationQuery<"monitoring_list_sinks">, opts?: CallOptions): Promise<OperationResult<"monitoring_list_sinks">>;
  /**
   * `PUT /v2/monitoring/alerts/{alert_uuid}` (monitoring_update_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_update_alertPolicy
   */
  monitoringUpdateAlertPolicy(alertUuid: OperationPath<"monitoring_update_alertPolicy">["alert_uuid"], hash: OperationBody<"monitoring_update_alertPolicy">, query?: OperationQuery<"monitoring_update_alertPolicy">, opts?: CallOptions): Promise<OperationResult<"monitoring_update_alertPolicy">>;
  /**
   * `POST /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_update_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_update_destination
   */
  monitoringUpdateDestination(destinationUuid: OperationPath<"monitoring_update_destination">["destination_uuid"], hash: OperationBody<"monitoring_update_destination">, query?: OperationQuery<"monitoring_update_destination">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/nfs` (nfs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_create
   */
  nfsCreate(hash: OperationBody<"nfs_create">, query?: OperationQuery<"nfs_create">, opts?: CallOptions): Promise<OperationResult<"nfs_create">>;
  /**
   * `POST /v2/nfs/shares/{share_id}/access_points` (nfs_create_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_create_access_point
   */
  nfsCreateAccessPoint(shareId: OperationPath<"nfs_create_access_point">["share_id"], hash: OperationBody<"nfs_create_access_point">, query?: OperationQuery<"nfs_create_access_point">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/nfs/{nfs_id}/actions` (nfs_create_action).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS-Actions/operation/nfs_create_action
   */
  nfsCreateAction(nfsId: OperationPath<"nfs_create_action">["nfs_id"], hash: OperationBody<"nfs_create_action">, query?: OperationQuery<"nfs_create_action">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/nfs/{nfs_id}` (nfs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete
   */
  nfsDelete(nfsId: OperationPath<"nfs_delete">["nfs_id"], query?: OperationQuery<"nfs_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/nfs/access_points/{access_point_id}` (nfs_delete_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete_access_point
   */
  nfsDeleteAccessPoint(accessPointId: OperationPath<"nfs_delete_access_point">["access_point_id"], query?: OperationQuery<"nfs_delete_access_point">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/nfs/snapshots/{nfs_snapshot_id}` (nfs_delete_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete_snapshot
   */
  nfsDeleteSnapshot(nfsSnapshotId: OperationPath<"nfs_delete_snapshot">["nfs_snapshot_id"], query?: OperationQuery<"nfs_delete_snapshot">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/nfs/{nfs_id}` (nfs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get
   */
  nfsGet(nfsId: OperationPath<"nfs_get">["nfs_id"], query?: OperationQuery<"nfs_get">, opts?: CallOptions): Promise<OperationResult<"nfs_get">>;
  /**
   * `GET /v2/nfs/access_points/{access_point_id}` (nfs_get_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get_access_point
   */
  nfsGetAccessPoint(accessPointId: OperationPath<"nfs_get_access_point">["access_point_id"], query?: OperationQuery<"nfs_get_access_point">, opts?: CallOptions): Promise<OperationResult<"nfs_get_access_point">>;
  /**
   * `GET /v2/nfs/snapshots/{nfs_snapshot_id}` (nfs_get_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get_snapshot
   */
  nfsGetSnapshot(nfsSnapshotId: OperationPath<"nfs_get_snapshot">["nfs_snapshot_id"], query?: OperationQuery<"nfs_get_snapshot">, opts?: CallOptions): Promise<OperationResult<"nfs_get_snapshot">>;
  /**
   * `GET /v2/nfs` (nfs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list
   */
  nfsList(query?: OperationQuery<"nfs_list">, opts?: CallOptions): Promise<OperationResult<"nfs_list">>;
  /**
   * `GET /v2/nfs/shares/{share_id}/access_points` (nfs_list_access_points).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list_access_points
   */
  nfsListAccessPoints(shareId: OperationPath<"nfs_list_access_points">["share_id"], query?: OperationQuery<"nfs_list_access_points">, opts?: CallOptions): Promise<OperationResult<"nfs_list_access_points">>;
  /**
   * `GET /v2/nfs/snapshots` (nfs_list_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list_snapshot
   */
  nfsListSnapshot(query?: OperationQuery<"nfs_list_snapshot">, opts?: CallOptions): Promise<OperationResult<"nfs_list_snapshot">>;
  /**
   * `POST /v2/1-clicks/kubernetes` (oneClicks_install_kubernetes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/1-Click-Applications/operation/oneClicks_install_kubernetes
   */
  oneClicksInstallKubernetes(hash: OperationBody<"oneClicks_install_kubernetes">, query?: OperationQuery<"oneClicks_install_kubernetes">, opts?: CallOptions): Promise<OperationResult<"oneClicks_install_kubernetes">>;
  /**
   * `GET /v2/1-clicks` (oneClicks_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/1-Click-Applications/operation/oneClicks_list
   */
  oneClicksList(query?: OperationQuery<"oneClicks_list">, opts?: CallOptions): Promise<OperationResult<"oneClicks_list">>;
  /**
   * `POST /v2/organizations/team` (organizations_create_team).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Organizations/operation/organizations_create_team
   */
  organizationsCreateTeam(hash: OperationBody<"organizations_create_team">, query?: OperationQuery<"organizations_create_team">, opts?: CallOptions): Promise<OperationResult<"organizations_create_team">>;
  /**
   * `GET /v2/organizations/teams` (organizations_list_teams).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Organizations/operation/organizations_list_teams
   */
  organizationsListTeams(query?: OperationQuery<"organizations_list_teams">, opts?: CallOptions): Promise<OperationResult<"organizations_list_teams">>;
  /**
   * `POST /v2/partner_network_connect/attachments` (partnerAttachments_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_create
   */
  partnerAttachmentsCreate(hash?: OperationBody<"partnerAttachments_create">, query?: OperationQuery<"partnerAttachments_create">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_create">>;
  /**
   * `POST /v2/partner_network_connect/attachments/{pa_id}/service_key` (partnerAttachments_create_service_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_create_service_key
   */
  partnerAttachmentsCreateServiceKey(paId: OperationPath<"partnerAttachments_create_service_key">["pa_id"], query?: OperationQuery<"partnerAttachments_create_service_key">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_create_service_key">>;
  /**
   * `DELETE /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_delete
   */
  partnerAttachmentsDelete(paId: OperationPath<"partnerAttachments_delete">["pa_id"], query?: OperationQuery<"partnerAttachments_delete">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_delete">>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get
   */
  partnerAttachmentsGet(paId: OperationPath<"partnerAttachments_get">["pa_id"], query?: OperationQuery<"partnerAttachments_get">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_get">>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/bgp_auth_key` (partnerAttachments_get_bgp_auth_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get_bgp_auth_key
   */
  partnerAttachmentsGetBgpAuthKey(paId: OperationPath<"partnerAttachments_get_bgp_auth_key">["pa_id"], query?: OperationQuery<"partnerAttachments_get_bgp_auth_key">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_get_bgp_auth_key">>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/service_key` (partnerAttachments_get_service_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get_service_key
   */
  partnerAttachmentsGetServiceKey(paId: OperationPath<"partnerAttachments_get_service_key">["pa_id"], query?: OperationQuery<"partnerAttachments_get_service_key">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_get_service_key">>;
  /**
   * `GET /v2/partner_network_connect/attachments` (partnerAttachments_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list
   */
  partnerAttachmentsList(query?: OperationQuery<"partnerAttachments_list">, opts?: CallOptions): Promise<Page<"partner_attachments", NonNullable<OperationResult<"partnerAttachments_list">["partner_attachments"]>[number]>>;
  /**
   * `GET /v2/partner_network_connect/attachments` (partnerAttachments_list).
   * Every page, walked (`links.pages.next`): resolves `{ partner_attachments: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list
   */
  partnerAttachmentsListAll(query?: OperationQuery<"partnerAttachments_list">, opts?: CallOptions): Promise<AllPages<"partner_attachments", NonNullable<OperationResult<"partnerAttachments_list">["partner_attachments"]>[number]>>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/remote_routes` (partnerAttachments_list_remote_routes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list_remote_routes
   */
  partnerAttachmentsListRemoteRoutes(paId: OperationPath<"partnerAttachments_list_remote_routes">["pa_id"], query?: OperationQuery<"partnerAttachments_list_remote_routes">, opts?: CallOptions): Promise<Page<"remote_routes", NonNullable<OperationResult<"partnerAttachments_list_remote_routes">["remote_routes"]>[number]>>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/remote_routes` (partnerAttachments_list_remote_routes).
   * Every page, walked (`links.pages.next`): resolves `{ remote_routes: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list_remote_routes
   */
  partnerAttachmentsListRemoteRoutesAll(paId: OperationPath<"partnerAttachments_list_remote_routes">["pa_id"], query?: OperationQuery<"partnerAttachments_list_remote_routes">, opts?: CallOptions): Promise<AllPages<"remote_routes", NonNullable<OperationResult<"partnerAttachments_list_remote_routes">["remote_routes"]>[number]>>;
  /**
   * `PATCH /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_patch
   */
  partnerAttachmentsPatch(paId: OperationPath<"partnerAttachments_patch">["pa_id"], hash?: OperationBody<"partnerAttachments_patch">, query?: OperationQuery<"partnerAttachments_patch">, opts?: CallOptions): Promise<OperationResult<"partnerAttachments_patch">>;
  /**
   * `POST /v2/projects/{project_id}/resources` (projects_assign_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_assign_resources
   */
  projectsAssignResources(projectId: OperationPath<"projects_assign_resources">["project_id"], hash: OperationBody<"projects_assign_resources">, query?: OperationQuery<"projects_assign_resources">, opts?: CallOptions): Promise<OperationResult<"projects_assign_resources">>;
  /**
   * `POST /v2/projects/default/resources` (projects_assign_resources_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_assign_resources_default
   */
  projectsAssignResourcesDefault(hash: OperationBody<"projects_assign_resources_default">, query?: OperationQuery<"projects_assign_resources_default">, opts?: CallOptions): Promise<OperationResult<"projects_assign_resources_default">>;
  /**
   * `POST /v2/projects` (projects_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_create
   */
  projectsCreate(hash: OperationBody<"projects_create">, query?: OperationQuery<"projects_create">, opts?: CallOptions): Promise<OperationResult<"projects_create">>;
  /**
   * `DELETE /v2/projects/{project_id}` (projects_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_delete
   */
  projectsDelete(projectId: OperationPath<"projects_delete">["project_id"], query?: OperationQuery<"projects_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/projects/{project_id}` (projects_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_get
   */
  projectsGet(projectId: OperationPath<"projects_get">["project_id"], query?: OperationQuery<"projects_get">, opts?: CallOptions): Promise<OperationResult<"projects_get">>;
  /**
   * `GET /v2/projects/default` (projects_get_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_get_default
   */
  projectsGetDefault(query?: OperationQuery<"projects_get_default">, opts?: CallOptions): Promise<OperationResult<"projects_get_default">>;
  /**
   * `GET /v2/projects` (projects_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_list
   */
  projectsList(query?: OperationQuery<"projects_list">, opts?: CallOptions): Promise<Page<"projects", NonNullable<OperationResult<"projects_list">["projects"]>[number]>>;
  /**
   * `GET /v2/projects` (projects_list).
   * Every page, walked (`links.pages.next`): resolves `{ projects: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_list
   */
  projectsListAll(query?: OperationQuery<"projects_list">, opts?: CallOptions): Promise<AllPages<"projects", NonNullable<OperationResult<"projects_list">["projects"]>[number]>>;
  /**
   * `GET /v2/projects/{project_id}/resources` (projects_list_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources
   */
  projectsListResources(projectId: OperationPath<"projects_list_resources">["project_id"], query?: OperationQuery<"projects_list_resources">, opts?: CallOptions): Promise<Page<"resources", NonNullable<OperationResult<"projects_list_resources">["resources"]>[number]>>;
  /**
   * `GET /v2/projects/{project_id}/resources` (projects_list_resources).
   * Every page, walked (`links.pages.next`): resolves `{ resources: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources
   */
  projectsListResourcesAll(projectId: OperationPath<"projects_list_resources">["project_id"], query?: OperationQuery<"projects_list_resources">, opts?: CallOptions): Promise<AllPages<"resources", NonNullable<OperationResult<"projects_list_resources">["resources"]>[number]>>;
  /**
   * `GET /v2/projects/default/resources` (projects_list_resources_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources_default
   */
  projectsListResourcesDefault(query?: OperationQuery<"projects_list_resources_default">, opts?: CallOptions): Promise<Page<"resources", NonNullable<OperationResult<"projects_list_resources_default">["resources"]>[number]>>;
  /**
   * `GET /v2/projects/default/resources` (projects_list_resources_default).
   * Every page, walked (`links.pages.next`): resolves `{ resources: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources_default
   */
  projectsListResourcesDefaultAll(query?: OperationQuery<"projects_list_resources_default">, opts?: CallOptions): Promise<AllPages<"resources", NonNullable<OperationResult<"projects_list_resources_default">["resources"]>[number]>>;
  /**
   * `PATCH /v2/projects/{project_id}` (projects_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_patch
   */
  projectsPatch(projectId: OperationPath<"projects_patch">["project_id"], hash: OperationBody<"projects_patch">, query?: OperationQuery<"projects_patch">, opts?: CallOptions): Promise<OperationResult<"projects_patch">>;
  /**
   * `PATCH /v2/projects/default` (projects_patch_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_patch_default
   */
  projectsPatchDefault(hash: OperationBody<"projects_patch_default">, query?: OperationQuery<"projects_patch_default">, opts?: CallOptions): Promise<OperationResult<"projects_patch_default">>;
  /**
   * `PUT /v2/projects/{project_id}` (projects_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_update
   */
  projectsUpdate(projectId: OperationPath<"projects_update">["project_id"], hash: OperationBody<"projects_update">, query?: OperationQuery<"projects_update">, opts?: CallOptions): Promise<OperationResult<"projects_update">>;
  /**
   * `PUT /v2/projects/default` (projects_update_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_update_default
   */
  projectsUpdateDefault(hash: OperationBody<"projects_update_default">, query?: OperationQuery<"projects_update_default">, opts?: CallOptions): Promise<OperationResult<"projects_update_default">>;
  /**
   * `POST /v2/registries` (registries_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_create
   */
  registriesCreate(hash: OperationBody<"registries_create">, query?: OperationQuery<"registries_create">, opts?: CallOptions): Promise<OperationResult<"registries_create">>;
  /**
   * `DELETE /v2/registries/{registry_name}` (registries_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete
   */
  registriesDelete(registryName: OperationPath<"registries_delete">["registry_name"], query?: OperationQuery<"registries_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}` (registries_delete_repository).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repository
   */
  registriesDeleteRepository(registryName: OperationPath<"registries_delete_repository">["registry_name"], repositoryName: OperationPath<"registries_delete_repository">["repository_name"], query?: OperationQuery<"registries_delete_repository">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}` (registries_delete_repositoryManifest).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repositoryManifest
   */
  registriesDeleteRepositoryManifest(registryName: OperationPath<"registries_delete_repositoryManifest">["registry_name"], repositoryName: OperationPath<"registries_delete_repositoryManifest">["repository_name"], manifestDigest: OperationPath<"registries_delete_repositoryManifest">["manifest_digest"], query?: OperationQuery<"registries_delete_repositoryManifest">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}/tags/{repository_tag}` (registries_delete_repositoryTag).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repositoryTag
   */
  registriesDeleteRepositoryTag(registryName: OperationPath<"registries_delete_repositoryTag">["registry_name"], repositoryName: OperationPath<"registries_delete_repositoryTag">["repository_name"], repositoryTag: OperationPath<"registries_delete_repositoryTag">["repository_tag"], query?: OperationQuery<"registries_delete_repositoryTag">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/registries/{registry_name}` (registries_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get
   */
  registriesGet(registryName: OperationPath<"registries_get">["registry_name"], query?: OperationQuery<"registries_get">, opts?: CallOptions): Promise<OperationResult<"registries_get">>;
  /**
   * `GET /v2/registries/{registry_name}/docker-credentials` (registries_get_dockerCredentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_dockerCredentials
   */
  registriesGetDockerCredentials(registryName: OperationPath<"registries_get_dockerCredentials">["registry_name"], query?: OperationQuery<"registries_get_dockerCredentials">, opts?: CallOptions): Promise<OperationResult<"registries_get_dockerCredentials">>;
  /**
   * `GET /v2/registries/{registry_name}/garbage-collection` (registries_get_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_garbageCollection
   */
  registriesGetGarbageCollection(registryName: OperationPath<"registries_get_garbageCollection">["registry_name"], query?: OperationQuery<"registries_get_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registries_get_garbageCollection">>;
  /**
   * `GET /v2/registries/options` (registries_get_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_options
   */
  registriesGetOptions(query?: OperationQuery<"registries_get_options">, opts?: CallOptions): Promise<OperationResult<"registries_get_options">>;
  /**
   * `GET /v2/registries/subscription` (registries_get_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_subscription
   */
  registriesGetSubscription(query?: OperationQuery<"registries_get_subscription">, opts?: CallOptions): Promise<OperationResult<"registries_get_subscription">>;
  /**
   * `GET /v2/registries` (registries_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list
   */
  registriesList(query?: OperationQuery<"registries_list">, opts?: CallOptions): Promise<OperationResult<"registries_list">>;
  /**
   * `GET /v2/registries/{registry_name}/garbage-collections` (registries_list_garbageCollections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_garbageCollections
   */
  registriesListGarbageCollections(registryName: OperationPath<"registries_list_garbageCollections">["registry_name"], query?: OperationQuery<"registries_list_garbageCollections">, opts?: CallOptions): Promise<OperationResult<"registries_list_garbageCollections">>;
  /**
   * `GET /v2/registries/{registry_name}/repositoriesV2` (registries_list_repositoriesV2).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoriesV2
   */
  registriesListRepositoriesV2(registryName: OperationPath<"registries_list_repositoriesV2">["registry_name"], query?: OperationQuery<"registries_list_repositoriesV2">, opts?: CallOptions): Promise<Page<"repositories", NonNullable<OperationResult<"registries_list_repositoriesV2">["repositories"]>[number]>>;
  /**
   * `GET /v2/registries/{registry_name}/repositoriesV2` (registries_list_repositoriesV2).
   * Every page, walked (`links.pages.next`): resolves `{ repositories: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoriesV2
   */
  registriesListRepositoriesV2All(registryName: OperationPath<"registries_list_repositoriesV2">["registry_name"], query?: OperationQuery<"registries_list_repositoriesV2">, opts?: CallOptions): Promise<AllPages<"repositories", NonNullable<OperationResult<"registries_list_repositoriesV2">["repositories"]>[number]>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/digests` (registries_list_repositoryManifests).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryManifests
   */
  registriesListRepositoryManifests(registryName: OperationPath<"registries_list_repositoryManifests">["registry_name"], repositoryName: OperationPath<"registries_list_repositoryManifests">["repository_name"], query?: OperationQuery<"registries_list_repositoryManifests">, opts?: CallOptions): Promise<Page<"manifests", NonNullable<OperationResult<"registries_list_repositoryManifests">["manifests"]>[number]>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/digests` (registries_list_repositoryManifests).
   * Every page, walked (`links.pages.next`): resolves `{ manifests: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryManifests
   */
  registriesListRepositoryManifestsAll(registryName: OperationPath<"registries_list_repositoryManifests">["registry_name"], repositoryName: OperationPath<"registries_list_repositoryManifests">["repository_name"], query?: OperationQuery<"registries_list_repositoryManifests">, opts?: CallOptions): Promise<AllPages<"manifests", NonNullable<OperationResult<"registries_list_repositoryManifests">["manifests"]>[number]>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/tags` (registries_list_repositoryTags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryTags
   */
  registriesListRepositoryTags(registryName: OperationPath<"registries_list_repositoryTags">["registry_name"], repositoryName: OperationPath<"registries_list_repositoryTags">["repository_name"], query?: OperationQuery<"registries_list_repositoryTags">, opts?: CallOptions): Promise<Page<"tags", Tag>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/tags` (registries_list_repositoryTags).
   * Every page, walked (`links.pages.next`): resolves `{ tags: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryTags
   */
  registriesListRepositoryTagsAll(registryName: OperationPath<"registries_list_repositoryTags">["registry_name"], repositoryName: OperationPath<"registries_list_repositoryTags">["repository_name"], query?: OperationQuery<"registries_list_repositoryTags">, opts?: CallOptions): Promise<AllPages<"tags", Tag>>;
  /**
   * `POST /v2/registries/{registry_name}/garbage-collection` (registries_run_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_run_garbageCollection
   */
  registriesRunGarbageCollection(registryName: OperationPath<"registries_run_garbageCollection">["registry_name"], query?: OperationQuery<"registries_run_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registries_run_garbageCollection">>;
  /**
   * `PUT /v2/registries/{registry_name}/garbage-collection/{garbage_collection_uuid}` (registries_update_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_update_garbageCollection
   */
  registriesUpdateGarbageCollection(registryName: OperationPath<"registries_update_garbageCollection">["registry_name"], garbageCollectionUuid: OperationPath<"registries_update_garbageCollection">["garbage_collection_uuid"], hash: OperationBody<"registries_update_garbageCollection">, query?: OperationQuery<"registries_update_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registries_update_garbageCollection">>;
  /**
   * `POST /v2/registries/subscription` (registries_update_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_update_subscription
   */
  registriesUpdateSubscription(hash?: OperationBody<"registries_update_subscription">, query?: OperationQuery<"registries_update_subscription">, opts?: CallOptions): Promise<OperationResult<"registries_update_subscription">>;
  /**
   * `POST /v2/registries/validate-name` (registries_validate_name).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_validate_name
   */
  registriesValidateName(hash: OperationBody<"registries_validate_name">, query?: OperationQuery<"registries_validate_name">, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/registry` (registry_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_create
   */
  registryCreate(hash: OperationBody<"registry_create">, query?: OperationQuery<"registry_create">, opts?: CallOptions): Promise<OperationResult<"registry_create">>;
  /**
   * `DELETE /v2/registry` (registry_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete
   */
  registryDelete(query?: OperationQuery<"registry_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registry/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}` (registry_delete_repositoryManifest).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete_repositoryManifest
   */
  registryDeleteRepositoryManifest(registryName: OperationPath<"registry_delete_repositoryManifest">["registry_name"], repositoryName: OperationPath<"registry_delete_repositoryManifest">["repository_name"], manifestDigest: OperationPath<"registry_delete_repositoryManifest">["manifest_digest"], query?: OperationQuery<"registry_delete_repositoryManifest">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registry/{registry_name}/repositories/{repository_name}/tags/{repository_tag}` (registry_delete_repositoryTag).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete_repositoryTag
   */
  registryDeleteRepositoryTag(registryName: OperationPath<"registry_delete_repositoryTag">["registry_name"], repositoryName: OperationPath<"registry_delete_repositoryTag">["repository_name"], repositoryTag: OperationPath<"registry_delete_repositoryTag">["repository_tag"], query?: OperationQuery<"registry_delete_repositoryTag">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/registry` (registry_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get
   */
  registryGet(query?: OperationQuery<"registry_get">, opts?: CallOptions): Promise<OperationResult<"registry_get">>;
  /**
   * `GET /v2/registry/docker-credentials` (registry_get_dockerCredentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_dockerCredentials
   */
  registryGetDockerCredentials(query?: OperationQuery<"registry_get_dockerCredentials">, opts?: CallOptions): Promise<OperationResult<"registry_get_dockerCredentials">>;
  /**
   * `GET /v2/registry/{registry_name}/garbage-collection` (registry_get_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_garbageCollection
   */
  registryGetGarbageCollection(registryName: OperationPath<"registry_get_garbageCollection">["registry_name"], query?: OperationQuery<"registry_get_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registry_get_garbageCollection">>;
  /**
   * `GET /v2/registry/options` (registry_get_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_options
   */
  registryGetOptions(query?: OperationQuery<"registry_get_options">, opts?: CallOptions): Promise<OperationResult<"registry_get_options">>;
  /**
   * `GET /v2/registry/subscription` (registry_get_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_subscription
   */
  registryGetSubscription(query?: OperationQuery<"registry_get_subscription">, opts?: CallOptions): Promise<OperationResult<"registry_get_subscription">>;
  /**
   * `GET /v2/registry/{registry_name}/garbage-collections` (registry_list_garbageCollections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_garbageCollections
   */
  registryListGarbageCollections(registryName: OperationPath<"registry_list_garbageCollections">["registry_name"], query?: OperationQuery<"registry_list_garbageCollections">, opts?: CallOptions): Promise<OperationResult<"registry_list_garbageCollections">>;
  /**
   * `GET /v2/registry/{registry_name}/repositories` (registry_list_repositories).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositories
   */
  registryListRepositories(registryName: OperationPath<"registry_list_repositories">["registry_name"], query?: OperationQuery<"registry_list_repositories">, opts?: CallOptions): Promise<Page<"repositories", NonNullable<OperationResult<"registry_list_repositories">["repositories"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories` (registry_list_repositories).
   * Every page, walked (`links.pages.next`): resolves `{ repositories: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositories
   */
  registryListRepositoriesAll(registryName: OperationPath<"registry_list_repositories">["registry_name"], query?: OperationQuery<"registry_list_repositories">, opts?: CallOptions): Promise<AllPages<"repositories", NonNullable<OperationResult<"registry_list_repositories">["repositories"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositoriesV2` (registry_list_repositoriesV2).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoriesV2
   */
  registryListRepositoriesV2(registryName: OperationPath<"registry_list_repositoriesV2">["registry_name"], query?: OperationQuery<"registry_list_repositoriesV2">, opts?: CallOptions): Promise<Page<"repositories", NonNullable<OperationResult<"registry_list_repositoriesV2">["repositories"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositoriesV2` (registry_list_repositoriesV2).
   * Every page, walked (`links.pages.next`): resolves `{ repositories: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoriesV2
   */
  registryListRepositoriesV2All(registryName: OperationPath<"registry_list_repositoriesV2">["registry_name"], query?: OperationQuery<"registry_list_repositoriesV2">, opts?: CallOptions): Promise<AllPages<"repositories", NonNullable<OperationResult<"registry_list_repositoriesV2">["repositories"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/digests` (registry_list_repositoryManifests).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryManifests
   */
  registryListRepositoryManifests(registryName: OperationPath<"registry_list_repositoryManifests">["registry_name"], repositoryName: OperationPath<"registry_list_repositoryManifests">["repository_name"], query?: OperationQuery<"registry_list_repositoryManifests">, opts?: CallOptions): Promise<Page<"manifests", NonNullable<OperationResult<"registry_list_repositoryManifests">["manifests"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/digests` (registry_list_repositoryManifests).
   * Every page, walked (`links.pages.next`): resolves `{ manifests: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryManifests
   */
  registryListRepositoryManifestsAll(registryName: OperationPath<"registry_list_repositoryManifests">["registry_name"], repositoryName: OperationPath<"registry_list_repositoryManifests">["repository_name"], query?: OperationQuery<"registry_list_repositoryManifests">, opts?: CallOptions): Promise<AllPages<"manifests", NonNullable<OperationResult<"registry_list_repositoryManifests">["manifests"]>[number]>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/tags` (registry_list_repositoryTags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryTags
   */
  registryListRepositoryTags(registryName: OperationPath<"registry_list_repositoryTags">["registry_name"], repositoryName: OperationPath<"registry_list_repositoryTags">["repository_name"], query?: OperationQuery<"registry_list_repositoryTags">, opts?: CallOptions): Promise<Page<"tags", Tag>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/tags` (registry_list_repositoryTags).
   * Every page, walked (`links.pages.next`): resolves `{ tags: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryTags
   */
  registryListRepositoryTagsAll(registryName: OperationPath<"registry_list_repositoryTags">["registry_name"], repositoryName: OperationPath<"registry_list_repositoryTags">["repository_name"], query?: OperationQuery<"registry_list_repositoryTags">, opts?: CallOptions): Promise<AllPages<"tags", Tag>>;
  /**
   * `POST /v2/registry/{registry_name}/garbage-collection` (registry_run_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_run_garbageCollection
   */
  registryRunGarbageCollection(registryName: OperationPath<"registry_run_garbageCollection">["registry_name"], hash?: OperationBody<"registry_run_garbageCollection">, query?: OperationQuery<"registry_run_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registry_run_garbageCollection">>;
  /**
   * `PUT /v2/registry/{registry_name}/garbage-collection/{garbage_collection_uuid}` (registry_update_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_update_garbageCollection
   */
  registryUpdateGarbageCollection(registryName: OperationPath<"registry_update_garbageCollection">["registry_name"], garbageCollectionUuid: OperationPath<"registry_update_garbageCollection">["garbage_collection_uuid"], hash: OperationBody<"registry_update_garbageCollection">, query?: OperationQuery<"registry_update_garbageCollection">, opts?: CallOptions): Promise<OperationResult<"registry_update_garbageCollection">>;
  /**
   * `POST /v2/registry/subscription` (registry_update_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_update_subscription
   */
  registryUpdateSubscription(hash?: OperationBody<"registry_update_subscription">, query?: OperationQuery<"registry_update_subscription">, opts?: CallOptions): Promise<OperationResult<"registry_update_subscription">>;
  /**
   * `POST /v2/registry/validate-name` (registry_validate_name).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_validate_name
   */
  registryValidateName(hash: OperationBody<"registry_validate_name">, query?: OperationQuery<"registry_validate_name">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}/actions/{action_id}` (reservedIPsActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_get
   */
  reservedIPsActionsGet(reservedIp: OperationPath<"reservedIPsActions_get">["reserved_ip"], actionId: OperationPath<"reservedIPsActions_get">["action_id"], query?: OperationQuery<"reservedIPsActions_get">, opts?: CallOptions): Promise<OperationResult<"reservedIPsActions_get">>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}/actions` (reservedIPsActions_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_list
   */
  reservedIPsActionsList(reservedIp: OperationPath<"reservedIPsActions_list">["reserved_ip"], query?: OperationQuery<"reservedIPsActions_list">, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}/actions` (reservedIPsActions_list).
   * Every page, walked (`links.pages.next`): resolves `{ actions: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_list
   */
  reservedIPsActionsListAll(reservedIp: OperationPath<"reservedIPsActions_list">["reserved_ip"], query?: OperationQuery<"reservedIPsActions_list">, opts?: CallOptions): Promise<AllPages<"actions", Action>>;
  /**
   * `POST /v2/reserved_ips/{reserved_ip}/actions` (reservedIPsActions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_post
   */
  reservedIPsActionsPost(reservedIp: OperationPath<"reservedIPsActions_post">["reserved_ip"], hash?: OperationBody<"reservedIPsActions_post">, query?: OperationQuery<"reservedIPsActions_post">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/reserved_ips` (reservedIPs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_create
   */
  reservedIPsCreate(hash: OperationBody<"reservedIPs_create">, query?: OperationQuery<"reservedIPs_create">, opts?: CallOptions): Promise<OperationResult<"reservedIPs_create">>;
  /**
   * `DELETE /v2/reserved_ips/{reserved_ip}` (reservedIPs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_delete
   */
  reservedIPsDelete(reservedIp: OperationPath<"reservedIPs_delete">["reserved_ip"], query?: OperationQuery<"reservedIPs_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}` (reservedIPs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_get
   */
  reservedIPsGet(reservedIp: OperationPath<"reservedIPs_get">["reserved_ip"], query?: OperationQuery<"reservedIPs_get">, opts?: CallOptions): Promise<OperationResult<"reservedIPs_get">>;
  /**
   * `GET /v2/reserved_ips` (reservedIPs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_list
   */
  reservedIPsList(query?: OperationQuery<"reservedIPs_list">, opts?: CallOptions): Promise<Page<"reserved_ips", NonNullable<OperationResult<"reservedIPs_list">["reserved_ips"]>[number]>>;
  /**
   * `GET /v2/reserved_ips` (reservedIPs_list).
   * Every page, walked (`links.pages.next`): resolves `{ reserved_ips: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_list
   */
  reservedIPsListAll(query?: OperationQuery<"reservedIPs_list">, opts?: CallOptions): Promise<AllPages<"reserved_ips", NonNullable<OperationResult<"reservedIPs_list">["reserved_ips"]>[number]>>;
  /**
   * `POST /v2/reserved_ipv6/{reserved_ipv6}/actions` (reservedIPv6Actions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6-Actions/operation/reservedIPv6Actions_post
   */
  reservedIPv6ActionsPost(reservedIpv6: OperationPath<"reservedIPv6Actions_post">["reserved_ipv6"], hash?: OperationBody<"reservedIPv6Actions_post">, query?: OperationQuery<"reservedIPv6Actions_post">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/reserved_ipv6` (reservedIPv6_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_create
   */
  reservedIPv6Create(hash: OperationBody<"reservedIPv6_create">, query?: OperationQuery<"reservedIPv6_create">, opts?: CallOptions): Promise<OperationResult<"reservedIPv6_create">>;
  /**
   * `DELETE /v2/reserved_ipv6/{reserved_ipv6}` (reservedIPv6_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_delete
   */
  reservedIPv6Delete(reservedIpv6: OperationPath<"reservedIPv6_delete">["reserved_ipv6"], query?: OperationQuery<"reservedIPv6_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ipv6/{reserved_ipv6}` (reservedIPv6_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_get
   */
  reservedIPv6Get(reservedIpv6: OperationPath<"reservedIPv6_get">["reserved_ipv6"], query?: OperationQuery<"reservedIPv6_get">, opts?: CallOptions): Promise<OperationResult<"reservedIPv6_get">>;
  /**
   * `GET /v2/reserved_ipv6` (reservedIPv6_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_list
   */
  reservedIPv6List(query?: OperationQuery<"reservedIPv6_list">, opts?: CallOptions): Promise<Page<"reserved_ipv6s", NonNullable<OperationResult<"reservedIPv6_list">["reserved_ipv6s"]>[number]>>;
  /**
   * `GET /v2/reserved_ipv6` (reservedIPv6_list).
   * Every page, walked (`links.pages.next`): resolves `{ reserved_ipv6s: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_list
   */
  reservedIPv6ListAll(query?: OperationQuery<"reservedIPv6_list">, opts?: CallOptions): Promise<AllPages<"reserved_ipv6s", NonNullable<OperationResult<"reservedIPv6_list">["reserved_ipv6s"]>[number]>>;
  /**
   * `POST /v2/security/scans` (security_create_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_scan
   */
  securityCreateScan(query?: OperationQuery<"security_create_scan">, opts?: CallOptions): Promise<OperationResult<"security_create_scan">>;
  /**
   * `POST /v2/security/scans/rules` (security_create_scan_rule).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_scan_rule
   */
  securityCreateScanRule(hash: OperationBody<"security_create_scan_rule">, query?: OperationQuery<"security_create_scan_rule">, opts?: CallOptions): Promise<OperationResult<"security_create_scan_rule">>;
  /**
   * `POST /v2/security/settings/suppressions` (security_create_suppression).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_suppression
   */
  securityCreateSuppression(hash: OperationBody<"security_create_suppression">, query?: OperationQuery<"security_create_suppression">, opts?: CallOptions): Promise<OperationResult<"security_create_suppression">>;
  /**
   * `DELETE /v2/security/settings/suppressions/{suppression_uuid}` (security_delete_suppression).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_delete_suppression
   */
  securityDeleteSuppression(suppressionUuid: OperationPath<"security_delete_suppression">["suppression_uuid"], query?: OperationQuery<"security_delete_suppression">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/security/scans/latest` (security_get_latest_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_get_latest_scan
   */
  securityGetLatestScan(query?: OperationQuery<"security_get_latest_scan">, opts?: CallOptions): Promise<OperationResult<"security_get_latest_scan">>;
  /**
   * `GET /v2/security/scans/{scan_id}` (security_get_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_get_scan
   */
  securityGetScan(scanId: OperationPath<"security_get_scan">["scan_id"], query?: OperationQuery<"security_get_scan">, opts?: CallOptions): Promise<OperationResult<"security_get_scan">>;
  /**
   * `GET /v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources` (security_list_scan_finding_affected_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_scan_finding_affected_resources
   */
  securityListScanFindingAffectedResources(scanId: OperationPath<"security_list_scan_finding_affected_resources">["scan_id"], findingUuid: OperationPath<"security_list_scan_finding_affected_resources">["finding_uuid"], query?: OperationQuery<"security_list_scan_finding_affected_resources">, opts?: CallOptions): Promise<OperationResult<"security_list_scan_finding_affected_resources">>;
  /**
   * `GET /v2/security/scans` (security_list_scans).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_scans
   */
  securityListScans(query?: OperationQuery<"security_list_scans">, opts?: CallOptions): Promise<Page<"scans", NonNullable<OperationResult<"security_list_scans">["scans"]>[number]>>;
  /**
   * `GET /v2/security/scans` (security_list_scans).
   * Every page, walked (`links.pages.next`): resolves `{ scans: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_scans
   */
  securityListScansAll(query?: OperationQuery<"security_list_scans">, opts?: CallOptions): Promise<AllPages<"scans", NonNullable<OperationResult<"security_list_scans">["scans"]>[number]>>;
  /**
   * `GET /v2/security/settings` (security_list_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_settings
   */
  securityListSettings(query?: OperationQuery<"security_list_settings">, opts?: CallOptions): Promise<OperationResult<"security_list_settings">>;
  /**
   * `PUT /v2/security/settings/plan` (security_update_settings_plan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_update_settings_plan
   */
  securityUpdateSettingsPlan(hash: OperationBody<"security_update_settings_plan">, query?: OperationQuery<"security_update_settings_plan">, opts?: CallOptions): Promise<OperationResult<"security_update_settings_plan">>;
  /**
   * `POST /v2/spaces/keys` (spacesKey_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_create
   */
  spacesKeyCreate(hash: OperationBody<"spacesKey_create">, query?: OperationQuery<"spacesKey_create">, opts?: CallOptions): Promise<OperationResult<"spacesKey_create">>;
  /**
   * `DELETE /v2/spaces/keys/{access_key}` (spacesKey_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_delete
   */
  spacesKeyDelete(accessKey: OperationPath<"spacesKey_delete">["access_key"], query?: OperationQuery<"spacesKey_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/spaces/keys/{access_key}` (spacesKey_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_get
   */
  spacesKeyGet(accessKey: OperationPath<"spacesKey_get">["access_key"], query?: OperationQuery<"spacesKey_get">, opts?: CallOptions): Promise<OperationResult<"spacesKey_get">>;
  /**
   * `GET /v2/spaces/keys` (spacesKey_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_list
   */
  spacesKeyList(query?: OperationQuery<"spacesKey_list">, opts?: CallOptions): Promise<Page<"keys", NonNullable<OperationResult<"spacesKey_list">["keys"]>[number]>>;
  /**
   * `GET /v2/spaces/keys` (spacesKey_list).
   * Every page, walked (`links.pages.next`): resolves `{ keys: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_list
   */
  spacesKeyListAll(query?: OperationQuery<"spacesKey_list">, opts?: CallOptions): Promise<AllPages<"keys", NonNullable<OperationResult<"spacesKey_list">["keys"]>[number]>>;
  /**
   * `PATCH /v2/spaces/keys/{access_key}` (spacesKey_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_patch
   */
  spacesKeyPatch(accessKey: OperationPath<"spacesKey_patch">["access_key"], hash: OperationBody<"spacesKey_patch">, query?: OperationQuery<"spacesKey_patch">, opts?: CallOptions): Promise<OperationResult<"spacesKey_patch">>;
  /**
   * `PUT /v2/spaces/keys/{access_key}` (spacesKey_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_update
   */
  spacesKeyUpdate(accessKey: OperationPath<"spacesKey_update">["access_key"], hash: OperationBody<"spacesKey_update">, query?: OperationQuery<"spacesKey_update">, opts?: CallOptions): Promise<OperationResult<"spacesKey_update">>;
  /**
   * `POST /v2/uptime/checks/{check_id}/alerts` (uptime_create_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_create_alert
   */
  uptimeCreateAlert(checkId: OperationPath<"uptime_create_alert">["check_id"], hash: OperationBody<"uptime_create_alert">, query?: OperationQuery<"uptime_create_alert">, opts?: CallOptions): Promise<OperationResult<"uptime_create_alert">>;
  /**
   * `POST /v2/uptime/checks` (uptime_create_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_create_check
   */
  uptimeCreateCheck(hash: OperationBody<"uptime_create_check">, query?: OperationQuery<"uptime_create_check">, opts?: CallOptions): Promise<OperationResult<"uptime_create_check">>;
  /**
   * `DELETE /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_delete_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_delete_alert
   */
  uptimeDeleteAlert(checkId: OperationPath<"uptime_delete_alert">["check_id"], alertId: OperationPath<"uptime_delete_alert">["alert_id"], query?: OperationQuery<"uptime_delete_alert">, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/uptime/checks/{check_id}` (uptime_delete_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_delete_check
   */
  uptimeDeleteCheck(checkId: OperationPath<"uptime_delete_check">["check_id"], query?: OperationQuery<"uptime_delete_check">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_get_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_alert
   */
  uptimeGetAlert(checkId: OperationPath<"uptime_get_alert">["check_id"], alertId: OperationPath<"uptime_get_alert">["alert_id"], query?: OperationQuery<"uptime_get_alert">, opts?: CallOptions): Promise<OperationResult<"uptime_get_alert">>;
  /**
   * `GET /v2/uptime/checks/{check_id}` (uptime_get_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_check
   */
  uptimeGetCheck(checkId: OperationPath<"uptime_get_check">["check_id"], query?: OperationQuery<"uptime_get_check">, opts?: CallOptions): Promise<OperationResult<"uptime_get_check">>;
  /**
   * `GET /v2/uptime/checks/{check_id}/state` (uptime_get_checkState).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_checkState
   */
  uptimeGetCheckState(checkId: OperationPath<"uptime_get_checkState">["check_id"], query?: OperationQuery<"uptime_get_checkState">, opts?: CallOptions): Promise<OperationResult<"uptime_get_checkState">>;
  /**
   * `GET /v2/uptime/checks/{check_id}/alerts` (uptime_list_alerts).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_alerts
   */
  uptimeListAlerts(checkId: OperationPath<"uptime_list_alerts">["check_id"], query?: OperationQuery<"uptime_list_alerts">, opts?: CallOptions): Promise<Page<"alerts", NonNullable<OperationResult<"uptime_list_alerts">["alerts"]>[number]>>;
  /**
   * `GET /v2/uptime/checks/{check_id}/alerts` (uptime_list_alerts).
   * Every page, walked (`links.pages.next`): resolves `{ alerts: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_alerts
   */
  uptimeListAlertsAll(checkId: OperationPath<"uptime_list_alerts">["check_id"], query?: OperationQuery<"uptime_list_alerts">, opts?: CallOptions): Promise<AllPages<"alerts", NonNullable<OperationResult<"uptime_list_alerts">["alerts"]>[number]>>;
  /**
   * `GET /v2/uptime/checks` (uptime_list_checks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_checks
   */
  uptimeListChecks(query?: OperationQuery<"uptime_list_checks">, opts?: CallOptions): Promise<Page<"checks", NonNullable<OperationResult<"uptime_list_checks">["checks"]>[number]>>;
  /**
   * `GET /v2/uptime/checks` (uptime_list_checks).
   * Every page, walked (`links.pages.next`): resolves `{ checks: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_checks
   */
  uptimeListChecksAll(query?: OperationQuery<"uptime_list_checks">, opts?: CallOptions): Promise<AllPages<"checks", NonNullable<OperationResult<"uptime_list_checks">["checks"]>[number]>>;
  /**
   * `PUT /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_update_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_update_alert
   */
  uptimeUpdateAlert(checkId: OperationPath<"uptime_update_alert">["check_id"], alertId: OperationPath<"uptime_update_alert">["alert_id"], hash: OperationBody<"uptime_update_alert">, query?: OperationQuery<"uptime_update_alert">, opts?: CallOptions): Promise<OperationResult<"uptime_update_alert">>;
  /**
   * `PUT /v2/uptime/checks/{check_id}` (uptime_update_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_update_check
   */
  uptimeUpdateCheck(checkId: OperationPath<"uptime_update_check">["check_id"], hash: OperationBody<"uptime_update_check">, query?: OperationQuery<"uptime_update_check">, opts?: CallOptions): Promise<OperationResult<"uptime_update_check">>;
  /**
   * `POST /v2/vector-databases` (vectorDatabases_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_create
   */
  vectorDatabasesCreate(hash?: OperationBody<"vectorDatabases_create">, query?: OperationQuery<"vectorDatabases_create">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_create">>;
  /**
   * `DELETE /v2/vector-databases/{id}` (vectorDatabases_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_delete
   */
  vectorDatabasesDelete(id: OperationPath<"vectorDatabases_delete">["id"], query?: OperationQuery<"vectorDatabases_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/vector-databases/{id}` (vectorDatabases_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get
   */
  vectorDatabasesGet(id: OperationPath<"vectorDatabases_get">["id"], query?: OperationQuery<"vectorDatabases_get">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_get">>;
  /**
   * `GET /v2/vector-databases/{id}/credentials` (vectorDatabases_get_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get_credentials
   */
  vectorDatabasesGetCredentials(id: OperationPath<"vectorDatabases_get_credentials">["id"], query?: OperationQuery<"vectorDatabases_get_credentials">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_get_credentials">>;
  /**
   * `GET /v2/vector-databases/{id}/backups/{backup_id}/restore` (vectorDatabases_get_restore_status).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get_restore_status
   */
  vectorDatabasesGetRestoreStatus(id: OperationPath<"vectorDatabases_get_restore_status">["id"], backupId: OperationPath<"vectorDatabases_get_restore_status">["backup_id"], query?: OperationQuery<"vectorDatabases_get_restore_status">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_get_restore_status">>;
  /**
   * `GET /v2/vector-databases` (vectorDatabases_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_list
   */
  vectorDatabasesList(query?: OperationQuery<"vectorDatabases_list">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_list">>;
  /**
   * `GET /v2/vector-databases/{id}/backups` (vectorDatabases_list_backups).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_list_backups
   */
  vectorDatabasesListBackups(id: OperationPath<"vectorDatabases_list_backups">["id"], query?: OperationQuery<"vectorDatabases_list_backups">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_list_backups">>;
  /**
   * `POST /v2/vector-databases/{id}/resize` (vectorDatabases_post_resize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_post_resize
   */
  vectorDatabasesPostResize(id: OperationPath<"vectorDatabases_post_resize">["id"], hash?: OperationBody<"vectorDatabases_post_resize">, query?: OperationQuery<"vectorDatabases_post_resize">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_post_resize">>;
  /**
   * `POST /v2/vector-databases/{id}/backups/{backup_id}/restore` (vectorDatabases_post_restore_backup).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_post_restore_backup
   */
  vectorDatabasesPostRestoreBackup(id: OperationPath<"vectorDatabases_post_restore_backup">["id"], backupId: OperationPath<"vectorDatabases_post_restore_backup">["backup_id"], hash?: OperationBody<"vectorDatabases_post_restore_backup">, query?: OperationQuery<"vectorDatabases_post_restore_backup">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_post_restore_backup">>;
  /**
   * `PUT /v2/vector-databases/{id}` (vectorDatabases_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_update
   */
  vectorDatabasesUpdate(id: OperationPath<"vectorDatabases_update">["id"], hash?: OperationBody<"vectorDatabases_update">, query?: OperationQuery<"vectorDatabases_update">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_update">>;
  /**
   * `PUT /v2/vector-databases/{id}/tags` (vectorDatabases_update_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_update_tags
   */
  vectorDatabasesUpdateTags(id: OperationPath<"vectorDatabases_update_tags">["id"], hash?: OperationBody<"vectorDatabases_update_tags">, query?: OperationQuery<"vectorDatabases_update_tags">, opts?: CallOptions): Promise<OperationResult<"vectorDatabases_update_tags">>;
  /**
   * `GET /v2/volumes/{volume_id}/actions/{action_id}` (volumeActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_get
   */
  volumeActionsGet(volumeId: OperationPath<"volumeActions_get">["volume_id"], actionId: OperationPath<"volumeActions_get">["action_id"], query?: OperationQuery<"volumeActions_get">, opts?: CallOptions): Promise<OperationResult<"volumeActions_get">>;
  /**
   * `POST /v2/volumes/actions` (volumeActions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post
   */
  volumeActionsPost(hash: OperationBody<"volumeActions_post">, query?: OperationQuery<"volumeActions_post">, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/volumes/snapshots/{snapshot_id}` (volumeSnapshots_delete_byId).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_delete_byId
   */
  volumeSnapshotsDeleteById(snapshotId: OperationPath<"volumeSnapshots_delete_byId">["snapshot_id"], query?: OperationQuery<"volumeSnapshots_delete_byId">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/volumes/snapshots/{snapshot_id}` (volumeSnapshots_get_byId).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_get_byId
   */
  volumeSnapshotsGetById(snapshotId: OperationPath<"volumeSnapshots_get_byId">["snapshot_id"], query?: OperationQuery<"volumeSnapshots_get_byId">, opts?: CallOptions): Promise<OperationResult<"volumeSnapshots_get_byId">>;
  /**
   * `POST /v2/vpc_peerings` (vpcPeerings_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_create
   */
  vpcPeeringsCreate(hash: OperationBody<"vpcPeerings_create">, query?: OperationQuery<"vpcPeerings_create">, opts?: CallOptions): Promise<OperationResult<"vpcPeerings_create">>;
  /**
   * `DELETE /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_delete
   */
  vpcPeeringsDelete(vpcPeeringId: OperationPath<"vpcPeerings_delete">["vpc_peering_id"], query?: OperationQuery<"vpcPeerings_delete">, opts?: CallOptions): Promise<OperationResult<"vpcPeerings_delete">>;
  /**
   * `GET /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_get
   */
  vpcPeeringsGet(vpcPeeringId: OperationPath<"vpcPeerings_get">["vpc_peering_id"], query?: OperationQuery<"vpcPeerings_get">, opts?: CallOptions): Promise<OperationResult<"vpcPeerings_get">>;
  /**
   * `GET /v2/vpc_peerings` (vpcPeerings_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_list
   */
  vpcPeeringsList(query?: OperationQuery<"vpcPeerings_list">, opts?: CallOptions): Promise<Page<"vpc_peerings", NonNullable<OperationResult<"vpcPeerings_list">["vpc_peerings"]>[number]>>;
  /**
   * `GET /v2/vpc_peerings` (vpcPeerings_list).
   * Every page, walked (`links.pages.next`): resolves `{ vpc_peerings: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_list
   */
  vpcPeeringsListAll(query?: OperationQuery<"vpcPeerings_list">, opts?: CallOptions): Promise<AllPages<"vpc_peerings", NonNullable<OperationResult<"vpcPeerings_list">["vpc_peerings"]>[number]>>;
  /**
   * `PATCH /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_patch
   */
  vpcPeeringsPatch(vpcPeeringId: OperationPath<"vpcPeerings_patch">["vpc_peering_id"], hash: OperationBody<"vpcPeerings_patch">, query?: OperationQuery<"vpcPeerings_patch">, opts?: CallOptions): Promise<OperationResult<"vpcPeerings_patch">>;
  /**
   * `POST /v2/vpc_nat_gateways` (vpcnatgateways_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_create
   */
  vpcnatgatewaysCreate(hash?: OperationBody<"vpcnatgateways_create">, query?: OperationQuery<"vpcnatgateways_create">, opts?: CallOptions): Promise<OperationResult<"vpcnatgateways_create">>;
  /**
   * `DELETE /v2/vpc_nat_gateways/{id}` (vpcnatgateways_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_delete
   */
  vpcnatgatewaysDelete(id: OperationPath<"vpcnatgateways_delete">["id"], query?: OperationQuery<"vpcnatgateways_delete">, opts?: CallOptions): Promise<OperationResult<"vpcnatgateways_delete">>;
  /**
   * `GET /v2/vpc_nat_gateways/{id}` (vpcnatgateways_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_get
   */
  vpcnatgatewaysGet(id: OperationPath<"vpcnatgateways_get">["id"], query?: OperationQuery<"vpcnatgateways_get">, opts?: CallOptions): Promise<OperationResult<"vpcnatgateways_get">>;
  /**
   * `GET /v2/vpc_nat_gateways` (vpcnatgateways_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_list
   */
  vpcnatgatewaysList(query?: OperationQuery<"vpcnatgateways_list">, opts?: CallOptions): Promise<Page<"vpc_nat_gateways", NonNullable<OperationResult<"vpcnatgateways_list">["vpc_nat_gateways"]>[number]>>;
  /**
   * `GET /v2/vpc_nat_gateways` (vpcnatgateways_list).
   * Every page, walked (`links.pages.next`): resolves `{ vpc_nat_gateways: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_list
   */
  vpcnatgatewaysListAll(query?: OperationQuery<"vpcnatgateways_list">, opts?: CallOptions): Promise<AllPages<"vpc_nat_gateways", NonNullable<OperationResult<"vpcnatgateways_list">["vpc_nat_gateways"]>[number]>>;
  /**
   * `PUT /v2/vpc_nat_gateways/{id}` (vpcnatgateways_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_update
   */
  vpcnatgatewaysUpdate(id: OperationPath<"vpcnatgateways_update">["id"], hash?: OperationBody<"vpcnatgateways_update">, query?: OperationQuery<"vpcnatgateways_update">, opts?: CallOptions): Promise<OperationResult<"vpcnatgateways_update">>;
  /**
   * `POST /v2/vpcs` (vpcs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_create
   */
  vpcsCreate(hash: OperationBody<"vpcs_create">, query?: OperationQuery<"vpcs_create">, opts?: CallOptions): Promise<OperationResult<"vpcs_create">>;
  /**
   * `POST /v2/vpcs/{vpc_id}/peerings` (vpcs_create_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_create_peerings
   */
  vpcsCreatePeerings(vpcId: OperationPath<"vpcs_create_peerings">["vpc_id"], hash: OperationBody<"vpcs_create_peerings">, query?: OperationQuery<"vpcs_create_peerings">, opts?: CallOptions): Promise<OperationResult<"vpcs_create_peerings">>;
  /**
   * `DELETE /v2/vpcs/{vpc_id}` (vpcs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_delete
   */
  vpcsDelete(vpcId: OperationPath<"vpcs_delete">["vpc_id"], query?: OperationQuery<"vpcs_delete">, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/vpcs/{vpc_id}` (vpcs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_get
   */
  vpcsGet(vpcId: OperationPath<"vpcs_get">["vpc_id"], query?: OperationQuery<"vpcs_get">, opts?: CallOptions): Promise<OperationResult<"vpcs_get">>;
  /**
   * `GET /v2/vpcs` (vpcs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list
   */
  vpcsList(query?: OperationQuery<"vpcs_list">, opts?: CallOptions): Promise<Page<"vpcs", NonNullable<OperationResult<"vpcs_list">["vpcs"]>[number]>>;
  /**
   * `GET /v2/vpcs` (vpcs_list).
   * Every page, walked (`links.pages.next`): resolves `{ vpcs: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list
   */
  vpcsListAll(query?: OperationQuery<"vpcs_list">, opts?: CallOptions): Promise<AllPages<"vpcs", NonNullable<OperationResult<"vpcs_list">["vpcs"]>[number]>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/members` (vpcs_list_members).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_members
   */
  vpcsListMembers(vpcId: OperationPath<"vpcs_list_members">["vpc_id"], query?: OperationQuery<"vpcs_list_members">, opts?: CallOptions): Promise<Page<"members", NonNullable<OperationResult<"vpcs_list_members">["members"]>[number]>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/members` (vpcs_list_members).
   * Every page, walked (`links.pages.next`): resolves `{ members: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_members
   */
  vpcsListMembersAll(vpcId: OperationPath<"vpcs_list_members">["vpc_id"], query?: OperationQuery<"vpcs_list_members">, opts?: CallOptions): Promise<AllPages<"members", NonNullable<OperationResult<"vpcs_list_members">["members"]>[number]>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/peerings` (vpcs_list_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_peerings
   */
  vpcsListPeerings(vpcId: OperationPath<"vpcs_list_peerings">["vpc_id"], query?: OperationQuery<"vpcs_list_peerings">, opts?: CallOptions): Promise<Page<"peerings", NonNullable<OperationResult<"vpcs_list_peerings">["peerings"]>[number]>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/peerings` (vpcs_list_peerings).
   * Every page, walked (`links.pages.next`): resolves `{ peerings: [every item], meta: { total } }`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_peerings
   */
  vpcsListPeeringsAll(vpcId: OperationPath<"vpcs_list_peerings">["vpc_id"], query?: OperationQuery<"vpcs_list_peerings">, opts?: CallOptions): Promise<AllPages<"peerings", NonNullable<OperationResult<"vpcs_list_peerings">["peerings"]>[number]>>;
  /**
   * `PATCH /v2/vpcs/{vpc_id}` (vpcs_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_patch
   */
  vpcsPatch(vpcId: OperationPath<"vpcs_patch">["vpc_id"], hash: OperationBody<"vpcs_patch">, query?: OperationQuery<"vpcs_patch">, opts?: CallOptions): Promise<OperationResult<"vpcs_patch">>;
  /**
   * `PATCH /v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}` (vpcs_patch_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_patch_peerings
   */
  vpcsPatchPeerings(vpcId: OperationPath<"vpcs_patch_peerings">["vpc_id"], vpcPeeringId: OperationPath<"vpcs_patch_peerings">["vpc_peering_id"], hash: OperationBody<"vpcs_patch_peerings">, query?: OperationQuery<"vpcs_patch_peerings">, opts?: CallOptions): Promise<OperationResult<"vpcs_patch_peerings">>;
  /**
   * `PUT /v2/vpcs/{vpc_id}` (vpcs_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_update
   */
  vpcsUpdate(vpcId: OperationPath<"vpcs_update">["vpc_id"], hash: OperationBody<"vpcs_update">, query?: OperationQuery<"vpcs_update">, opts?: CallOptions): Promise<OperationResult<"vpcs_update">>;
}
