// DO NOT EDIT: generated from the catalogue (src/catalogue) by tests/catalogue_sync.rs;
// `BLESS=1 cargo test --test catalogue_sync` rewrites it.
import type { AllPages, CallOptions, Page } from "../index.js";
import type {
  Account, Action, Backup, Domain, DomainRecord, Droplet, DropletSnapshot, Image,
  Kernel, Region, Size, Snapshot, SshKey, Tag, Volume,
} from "../resources.js";

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
  createVolume(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ volume: Volume }>;
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
  volumeAttach(volumeId: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Detaches a volume from a droplet (`{droplet_id, region?}`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId
   */
  volumeDetach(volumeId: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Resizes a volume (`{size_gigabytes, region?}`) and waits: `{action}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId
   */
  volumeResize(volumeId: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
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
  createSnapshot(volumeId: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ snapshot: Snapshot }>;
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
  createDomain(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ domain: Domain }>;
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
  createRecord(name: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * One record: `{domain_record}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_get_record
   */
  domainRecord(name: string, id: Id, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * Updates a record: `{domain_record}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_update_record
   */
  updateRecord(name: string, id: Id, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ domain_record: DomainRecord }>;
  /**
   * Deletes a record; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_delete_record
   */
  deleteRecord(name: string, id: Id, opts?: CallOptions): Promise<void>;
  /**
   * Creates one droplet (`name`) or several (`names`), waits until running and re-reads: `{droplet}` or `{droplets}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_create
   */
  createDroplet(hash: { name: string } & Record<string, unknown>, opts?: CallOptions): Promise<{ droplet: Droplet }>;
  /**
   * Creates one droplet (`name`) or several (`names`), waits until running and re-reads: `{droplet}` or `{droplets}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_create
   */
  createDroplet(hash: { names: string[] } & Record<string, unknown>, opts?: CallOptions): Promise<{ droplets: Droplet[] }>;
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
  deleteSelectiveAssociatedResources(ref: { id: Id }, hash: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * Retries a failed destroy-with-associated-resources; resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_retryWithAssociatedResources
   */
  retryDeleteWithAssociatedResources(ref: { id: Id }, opts?: CallOptions): Promise<void>;
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
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post
   */
  enablePrivateNetworking(ref: { id: Id }, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * Enables private networking on every droplet with the tag (one action each) and waits for all: `{actions}`.
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
  createCustomImage(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ image: Image }>;
  /**
   * Updates an image (`{name?, distribution?, description?}`): `{image}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_update
   */
  updateImage(id: Id, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ image: Image }>;
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
  imageAction(id: Id, hash: Record<string, unknown>, opts?: CallOptions): Promise<Action>;
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
  createKey(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
  /**
   * One SSH key by id or fingerprint: `{ssh_key}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_get
   */
  key(id: number | string, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
  /**
   * Renames an SSH key (`{name}`): `{ssh_key}`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_update
   */
  updateKey(id: number | string, hash: Record<string, unknown>, opts?: CallOptions): Promise<{ ssh_key: SshKey }>;
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
  createTag(hash: Record<string, unknown>, opts?: CallOptions): Promise<{ tag: Tag }>;
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
  tagResources(name: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * Untags resources (`{resources: [{resource_id, resource_type}]}`); resolves `undefined`.
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_unassign_resources
   */
  untagResources(name: string, hash: Record<string, unknown>, opts?: CallOptions): Promise<void>;
}
