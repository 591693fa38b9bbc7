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
  /**
   * `POST /v2/add-ons/saas` (addons_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_create
   */
  addonsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/add-ons/saas/{resource_uuid}` (addons_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_delete
   */
  addonsDelete(resourceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/add-ons/saas/{resource_uuid}` (addons_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get
   */
  addonsGet(resourceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/add-ons/apps` (addons_get_app).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get_app
   */
  addonsGetApp(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/add-ons/apps/{app_slug}/metadata` (addons_get_app_metadata).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_get_app_metadata
   */
  addonsGetAppMetadata(appSlug: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/add-ons/saas` (addons_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_list
   */
  addonsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/add-ons/saas/{resource_uuid}` (addons_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_patch
   */
  addonsPatch(resourceUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/add-ons/saas/{resource_uuid}/plan` (addons_patch_plan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Add-Ons/operation/addons_patch_plan
   */
  addonsPatchPlan(resourceUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/alerts/{alert_id}/destinations` (apps_assign_alertDestinations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_assign_alertDestinations
   */
  appsAssignAlertDestinations(appId: number | string, alertId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/deployments/{deployment_id}/cancel` (apps_cancel_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_deployment
   */
  appsCancelDeployment(appId: number | string, deploymentId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/events/{event_id}/cancel` (apps_cancel_event).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_event
   */
  appsCancelEvent(appId: number | string, eventId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel` (apps_cancel_job_invocation).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_cancel_job_invocation
   */
  appsCancelJobInvocation(appId: number | string, jobInvocationId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/rollback/commit` (apps_commit_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_commit_rollback
   */
  appsCommitRollback(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps` (apps_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create
   */
  appsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/deployments` (apps_create_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create_deployment
   */
  appsCreateDeployment(appId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/rollback` (apps_create_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_create_rollback
   */
  appsCreateRollback(appId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/apps/{id}` (apps_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_delete
   */
  appsDelete(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{id}` (apps_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get
   */
  appsGet(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}` (apps_get_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_deployment
   */
  appsGetDeployment(appId: number | string, deploymentId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/events/{event_id}` (apps_get_event).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_event
   */
  appsGetEvent(appId: number | string, eventId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/events/{event_id}/logs` (apps_get_event_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_event_logs
   */
  appsGetEventLogs(appId: number | string, eventId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec` (apps_get_exec).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_exec
   */
  appsGetExec(appId: number | string, deploymentId: number | string, componentName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/components/{component_name}/exec` (apps_get_exec_active_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_exec_active_deployment
   */
  appsGetExecActiveDeployment(appId: number | string, componentName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/health` (apps_get_health).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_health
   */
  appsGetHealth(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/tiers/instance_sizes/{slug}` (apps_get_instanceSize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_instanceSize
   */
  appsGetInstanceSize(slug: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/instances` (apps_get_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_instances
   */
  appsGetInstances(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/job-invocations/{job_invocation_id}` (apps_get_job_invocation).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_job_invocation
   */
  appsGetJobInvocation(appId: number | string, jobInvocationId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs` (apps_get_job_invocation_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_job_invocation_logs
   */
  appsGetJobInvocationLogs(appId: number | string, jobName: number | string, jobInvocationId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs` (apps_get_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs
   */
  appsGetLogs(appId: number | string, deploymentId: number | string, componentName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/components/{component_name}/logs` (apps_get_logs_active_deployment).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_active_deployment
   */
  appsGetLogsActiveDeployment(appId: number | string, componentName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/logs` (apps_get_logs_active_deployment_aggregate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_active_deployment_aggregate
   */
  appsGetLogsActiveDeploymentAggregate(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/deployments/{deployment_id}/logs` (apps_get_logs_aggregate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_logs_aggregate
   */
  appsGetLogsAggregate(appId: number | string, deploymentId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/metrics/bandwidth_daily` (apps_get_metrics_bandwidth_daily).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_metrics_bandwidth_daily
   */
  appsGetMetricsBandwidthDaily(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps` (apps_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list
   */
  appsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"apps", unknown>>;
  /**
   * `GET /v2/apps/{app_id}/alerts` (apps_list_alerts).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_alerts
   */
  appsListAlerts(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/deployments` (apps_list_deployments).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_deployments
   */
  appsListDeployments(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"deployments", unknown>>;
  /**
   * `GET /v2/apps/{app_id}/events` (apps_list_events).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_events
   */
  appsListEvents(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/tiers/instance_sizes` (apps_list_instanceSizes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_instanceSizes
   */
  appsListInstanceSizes(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/{app_id}/job-invocations` (apps_list_job_invocations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_job_invocations
   */
  appsListJobInvocations(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/metrics/bandwidth_daily` (apps_list_metrics_bandwidth_daily).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_metrics_bandwidth_daily
   */
  appsListMetricsBandwidthDaily(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/apps/regions` (apps_list_regions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_list_regions
   */
  appsListRegions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/restart` (apps_restart).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_restart
   */
  appsRestart(appId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/rollback/revert` (apps_revert_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_revert_rollback
   */
  appsRevertRollback(appId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/apps/{id}` (apps_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_update
   */
  appsUpdate(id: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/propose` (apps_validate_appSpec).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_validate_appSpec
   */
  appsValidateAppSpec(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/apps/{app_id}/rollback/validate` (apps_validate_rollback).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_validate_rollback
   */
  appsValidateRollback(appId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/droplets/autoscale` (autoscalepools_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_create
   */
  autoscalepoolsCreate(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_delete
   */
  autoscalepoolsDelete(autoscalePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/droplets/autoscale/{autoscale_pool_id}/dangerous` (autoscalepools_delete_dangerous).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_delete_dangerous
   */
  autoscalepoolsDeleteDangerous(autoscalePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_get
   */
  autoscalepoolsGet(autoscalePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/autoscale` (autoscalepools_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list
   */
  autoscalepoolsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"autoscale_pools", unknown>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/history` (autoscalepools_list_history).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_history
   */
  autoscalepoolsListHistory(autoscalePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"history", unknown>>;
  /**
   * `GET /v2/droplets/autoscale/{autoscale_pool_id}/members` (autoscalepools_list_members).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_list_members
   */
  autoscalepoolsListMembers(autoscalePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"droplets", Droplet>>;
  /**
   * `PUT /v2/droplets/autoscale/{autoscale_pool_id}` (autoscalepools_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_update
   */
  autoscalepoolsUpdate(autoscalePoolId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/customers/my/balance` (balance_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/balance_get
   */
  balanceGet(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/customers/my/billing_history` (billingHistory_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/billingHistory_list
   */
  billingHistoryList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"billing_history", unknown>>;
  /**
   * `GET /v2/billing/{account_urn}/insights/{start_date}/{end_date}` (billingInsights_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/billingInsights_list
   */
  billingInsightsList(accountUrn: number | string, startDate: number | string, endDate: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/byoip_prefixes` (byoipPrefixes_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_create
   */
  byoipPrefixesCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_delete
   */
  byoipPrefixesDelete(byoipPrefixUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_get
   */
  byoipPrefixesGet(byoipPrefixUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/byoip_prefixes` (byoipPrefixes_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list
   */
  byoipPrefixesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"byoip_prefixes", unknown>>;
  /**
   * `GET /v2/byoip_prefixes/{byoip_prefix_uuid}/ips` (byoipPrefixes_list_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_list_resources
   */
  byoipPrefixesListResources(byoipPrefixUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"ips", unknown>>;
  /**
   * `PATCH /v2/byoip_prefixes/{byoip_prefix_uuid}` (byoipPrefixes_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/BYOIP-Prefixes/operation/byoipPrefixes_patch
   */
  byoipPrefixesPatch(byoipPrefixUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/cdn/endpoints` (cdn_create_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_create_endpoint
   */
  cdnCreateEndpoint(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/cdn/endpoints/{cdn_id}` (cdn_delete_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_delete_endpoint
   */
  cdnDeleteEndpoint(cdnId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/cdn/endpoints/{cdn_id}` (cdn_get_endpoint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_get_endpoint
   */
  cdnGetEndpoint(cdnId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/cdn/endpoints` (cdn_list_endpoints).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_list_endpoints
   */
  cdnListEndpoints(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"endpoints", unknown>>;
  /**
   * `DELETE /v2/cdn/endpoints/{cdn_id}/cache` (cdn_purge_cache).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_purge_cache
   */
  cdnPurgeCache(cdnId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/cdn/endpoints/{cdn_id}` (cdn_update_endpoints).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/CDN-Endpoints/operation/cdn_update_endpoints
   */
  cdnUpdateEndpoints(cdnId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/certificates` (certificates_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_create
   */
  certificatesCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/certificates/{certificate_id}` (certificates_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_delete
   */
  certificatesDelete(certificateId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/certificates/{certificate_id}` (certificates_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_get
   */
  certificatesGet(certificateId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/certificates` (certificates_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Certificates/operation/certificates_list
   */
  certificatesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"certificates", unknown>>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/dbs` (databases_add).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add
   */
  databasesAdd(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/pools` (databases_add_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add_connectionPool
   */
  databasesAddConnectionPool(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/users` (databases_add_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_add_user
   */
  databasesAddUser(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases` (databases_create_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_cluster
   */
  databasesCreateCluster(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/schema-registry` (databases_create_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_kafka_schema
   */
  databasesCreateKafkaSchema(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/topics` (databases_create_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_kafka_topic
   */
  databasesCreateKafkaTopic(databaseClusterUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/logsink` (databases_create_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_logsink
   */
  databasesCreateLogsink(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/replicas` (databases_create_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_create_replica
   */
  databasesCreateReplica(databaseClusterUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/dbs/{database_name}` (databases_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete
   */
  databasesDelete(databaseClusterUuid: number | string, databaseName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_delete_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_connectionPool
   */
  databasesDeleteConnectionPool(databaseClusterUuid: number | string, poolName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}` (databases_delete_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_kafka_schema
   */
  databasesDeleteKafkaSchema(databaseClusterUuid: number | string, subjectName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_delete_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_kafka_topic
   */
  databasesDeleteKafkaTopic(databaseClusterUuid: number | string, topicName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_delete_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_logsink
   */
  databasesDeleteLogsink(databaseClusterUuid: number | string, logsinkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/online-migration/{migration_id}` (databases_delete_onlineMigration).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_onlineMigration
   */
  databasesDeleteOnlineMigration(databaseClusterUuid: number | string, migrationId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/indexes/{index_name}` (databases_delete_opensearch_index).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_opensearch_index
   */
  databasesDeleteOpensearchIndex(databaseClusterUuid: number | string, indexName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/users/{username}` (databases_delete_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_delete_user
   */
  databasesDeleteUser(databaseClusterUuid: number | string, username: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}` (databases_destroy_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_destroy_cluster
   */
  databasesDestroyCluster(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/databases/{database_cluster_uuid}/replicas/{replica_name}` (databases_destroy_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_destroy_replica
   */
  databasesDestroyReplica(databaseClusterUuid: number | string, replicaName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/dbs/{database_name}` (databases_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get
   */
  databasesGet(databaseClusterUuid: number | string, databaseName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/autoscale` (databases_get_autoscale).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_autoscale
   */
  databasesGetAutoscale(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/ca` (databases_get_ca).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_ca
   */
  databasesGetCa(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}` (databases_get_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_cluster
   */
  databasesGetCluster(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/metrics/credentials` (databases_get_cluster_metrics_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_cluster_metrics_credentials
   */
  databasesGetClusterMetricsCredentials(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/config` (databases_get_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_config
   */
  databasesGetConfig(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_get_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_connectionPool
   */
  databasesGetConnectionPool(databaseClusterUuid: number | string, poolName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/do_settings` (databases_get_do_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_do_settings
   */
  databasesGetDoSettings(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/eviction_policy` (databases_get_evictionPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_evictionPolicy
   */
  databasesGetEvictionPolicy(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}` (databases_get_kafka_schema).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema
   */
  databasesGetKafkaSchema(databaseClusterUuid: number | string, subjectName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/config` (databases_get_kafka_schema_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_config
   */
  databasesGetKafkaSchemaConfig(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}` (databases_get_kafka_schema_subject_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_subject_config
   */
  databasesGetKafkaSchemaSubjectConfig(databaseClusterUuid: number | string, subjectName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}/versions/{version}` (databases_get_kafka_schema_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_schema_version
   */
  databasesGetKafkaSchemaVersion(databaseClusterUuid: number | string, subjectName: number | string, version: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_get_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_kafka_topic
   */
  databasesGetKafkaTopic(databaseClusterUuid: number | string, topicName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_get_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_logsink
   */
  databasesGetLogsink(databaseClusterUuid: number | string, logsinkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/online-migration` (databases_get_migrationStatus).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_migrationStatus
   */
  databasesGetMigrationStatus(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/replicas/{replica_name}` (databases_get_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_replica
   */
  databasesGetReplica(databaseClusterUuid: number | string, replicaName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/sql_mode` (databases_get_sql_mode).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_sql_mode
   */
  databasesGetSqlMode(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/users/{username}` (databases_get_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_get_user
   */
  databasesGetUser(databaseClusterUuid: number | string, username: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/install_update` (databases_install_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_install_update
   */
  databasesInstallUpdate(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/dbs` (databases_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list
   */
  databasesList(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/backups` (databases_list_backups).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_backups
   */
  databasesListBackups(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases` (databases_list_clusters).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_clusters
   */
  databasesListClusters(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/pools` (databases_list_connectionPools).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_connectionPools
   */
  databasesListConnectionPools(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/events` (databases_list_events_logs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_events_logs
   */
  databasesListEventsLogs(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/firewall` (databases_list_firewall_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_firewall_rules
   */
  databasesListFirewallRules(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/schema-registry` (databases_list_kafka_schemas).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_kafka_schemas
   */
  databasesListKafkaSchemas(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/topics` (databases_list_kafka_topics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_kafka_topics
   */
  databasesListKafkaTopics(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/logsink` (databases_list_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_logsink
   */
  databasesListLogsink(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/indexes` (databases_list_opeasearch_indexes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_opeasearch_indexes
   */
  databasesListOpeasearchIndexes(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/options` (databases_list_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_options
   */
  databasesListOptions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/replicas` (databases_list_replicas).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_replicas
   */
  databasesListReplicas(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/databases/{database_cluster_uuid}/users` (databases_list_users).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_list_users
   */
  databasesListUsers(databaseClusterUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/databases/{database_cluster_uuid}/config` (databases_patch_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_patch_config
   */
  databasesPatchConfig(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/replicas/{replica_name}/promote` (databases_promote_replica).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_promote_replica
   */
  databasesPromoteReplica(databaseClusterUuid: number | string, replicaName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/databases/{database_cluster_uuid}/users/{username}/reset_auth` (databases_reset_auth).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_reset_auth
   */
  databasesResetAuth(databaseClusterUuid: number | string, username: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/autoscale` (databases_update_autoscale).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_autoscale
   */
  databasesUpdateAutoscale(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/resize` (databases_update_clusterSize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_clusterSize
   */
  databasesUpdateClusterSize(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/metrics/credentials` (databases_update_cluster_metrics_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_cluster_metrics_credentials
   */
  databasesUpdateClusterMetricsCredentials(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/pools/{pool_name}` (databases_update_connectionPool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_connectionPool
   */
  databasesUpdateConnectionPool(databaseClusterUuid: number | string, poolName: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/do_settings` (databases_update_do_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_do_settings
   */
  databasesUpdateDoSettings(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/eviction_policy` (databases_update_evictionPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_evictionPolicy
   */
  databasesUpdateEvictionPolicy(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/firewall` (databases_update_firewall_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_firewall_rules
   */
  databasesUpdateFirewallRules(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/schema-registry/config` (databases_update_kafka_schema_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_schema_config
   */
  databasesUpdateKafkaSchemaConfig(databaseClusterUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}` (databases_update_kafka_schema_subject_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_schema_subject_config
   */
  databasesUpdateKafkaSchemaSubjectConfig(databaseClusterUuid: number | string, subjectName: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/topics/{topic_name}` (databases_update_kafka_topic).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_kafka_topic
   */
  databasesUpdateKafkaTopic(databaseClusterUuid: number | string, topicName: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/logsink/{logsink_id}` (databases_update_logsink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_logsink
   */
  databasesUpdateLogsink(databaseClusterUuid: number | string, logsinkId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/maintenance` (databases_update_maintenanceWindow).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_maintenanceWindow
   */
  databasesUpdateMaintenanceWindow(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/upgrade` (databases_update_major_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_major_version
   */
  databasesUpdateMajorVersion(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/online-migration` (databases_update_onlineMigration).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_onlineMigration
   */
  databasesUpdateOnlineMigration(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/migrate` (databases_update_region).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_region
   */
  databasesUpdateRegion(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/sql_mode` (databases_update_sql_mode).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_sql_mode
   */
  databasesUpdateSqlMode(databaseClusterUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/databases/{database_cluster_uuid}/users/{username}` (databases_update_user).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Databases/operation/databases_update_user
   */
  databasesUpdateUser(databaseClusterUuid: number | string, username: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/dedicated-inferences` (dedicatedInferences_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_create
   */
  dedicatedInferencesCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/dedicated-inferences/{dedicated_inference_id}/tokens` (dedicatedInferences_create_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_create_tokens
   */
  dedicatedInferencesCreateTokens(dedicatedInferenceId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_delete
   */
  dedicatedInferencesDelete(dedicatedInferenceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/dedicated-inferences/{dedicated_inference_id}/tokens/{token_id}` (dedicatedInferences_delete_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_delete_tokens
   */
  dedicatedInferencesDeleteTokens(dedicatedInferenceId: number | string, tokenId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get
   */
  dedicatedInferencesGet(dedicatedInferenceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/accelerators/{accelerator_id}` (dedicatedInferences_get_accelerator).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_accelerator
   */
  dedicatedInferencesGetAccelerator(dedicatedInferenceId: number | string, acceleratorId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/ca` (dedicatedInferences_get_ca).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_ca
   */
  dedicatedInferencesGetCa(dedicatedInferenceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/dedicated-inferences/gpu-model-config` (dedicatedInferences_get_gpu_model_config).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_get_gpu_model_config
   */
  dedicatedInferencesGetGpuModelConfig(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/dedicated-inferences` (dedicatedInferences_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list
   */
  dedicatedInferencesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"dedicated_inferences", unknown>>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/accelerators` (dedicatedInferences_list_accelerators).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_accelerators
   */
  dedicatedInferencesListAccelerators(dedicatedInferenceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"accelerators", unknown>>;
  /**
   * `GET /v2/dedicated-inferences/sizes` (dedicatedInferences_list_sizes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_sizes
   */
  dedicatedInferencesListSizes(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/dedicated-inferences/{dedicated_inference_id}/tokens` (dedicatedInferences_list_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_list_tokens
   */
  dedicatedInferencesListTokens(dedicatedInferenceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"tokens", unknown>>;
  /**
   * `PATCH /v2/dedicated-inferences/{dedicated_inference_id}` (dedicatedInferences_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Dedicated-Inference/operation/dedicatedInferences_patch
   */
  dedicatedInferencesPatch(dedicatedInferenceId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/domains/{domain_name}/records/{domain_record_id}` (domains_patch_record).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_patch_record
   */
  domainsPatchRecord(domainName: number | string, domainRecordId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/{droplet_id}/actions/{action_id}` (dropletActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_get
   */
  dropletActionsGet(dropletId: number | string, actionId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/{droplet_id}/backups/policy` (droplets_get_backup_policy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get_backup_policy
   */
  dropletsGetBackupPolicy(dropletId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/backups/policies` (droplets_list_backup_policies).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_backup_policies
   */
  dropletsListBackupPolicies(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"policies", unknown>>;
  /**
   * `GET /v2/droplets/{droplet_id}/firewalls` (droplets_list_firewalls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_firewalls
   */
  dropletsListFirewalls(dropletId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"firewalls", unknown>>;
  /**
   * `GET /v2/reports/droplet_neighbors_ids` (droplets_list_neighborsIds).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_neighborsIds
   */
  dropletsListNeighborsIds(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/droplets/backups/supported_policies` (droplets_list_supported_backup_policies).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_supported_backup_policies
   */
  dropletsListSupportedBackupPolicies(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/firewalls/{firewall_id}/rules` (firewalls_add_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_add_rules
   */
  firewallsAddRules(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls/{firewall_id}/tags` (firewalls_add_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_add_tags
   */
  firewallsAddTags(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls/{firewall_id}/droplets` (firewalls_assign_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_assign_droplets
   */
  firewallsAssignDroplets(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/firewalls` (firewalls_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_create
   */
  firewallsCreate(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}` (firewalls_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete
   */
  firewallsDelete(firewallId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/droplets` (firewalls_delete_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_droplets
   */
  firewallsDeleteDroplets(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/rules` (firewalls_delete_rules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_rules
   */
  firewallsDeleteRules(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/firewalls/{firewall_id}/tags` (firewalls_delete_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_delete_tags
   */
  firewallsDeleteTags(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/firewalls/{firewall_id}` (firewalls_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_get
   */
  firewallsGet(firewallId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/firewalls` (firewalls_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_list
   */
  firewallsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"firewalls", unknown>>;
  /**
   * `PUT /v2/firewalls/{firewall_id}` (firewalls_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Firewalls/operation/firewalls_update
   */
  firewallsUpdate(firewallId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/floating_ips/{floating_ip}/actions/{action_id}` (floatingIPsAction_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_get
   */
  floatingIPsActionGet(floatingIp: number | string, actionId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/floating_ips/{floating_ip}/actions` (floatingIPsAction_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_list
   */
  floatingIPsActionList(floatingIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * `POST /v2/floating_ips/{floating_ip}/actions` (floatingIPsAction_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IP-Actions/operation/floatingIPsAction_post
   */
  floatingIPsActionPost(floatingIp: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/floating_ips` (floatingIPs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_create
   */
  floatingIPsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/floating_ips/{floating_ip}` (floatingIPs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_delete
   */
  floatingIPsDelete(floatingIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/floating_ips/{floating_ip}` (floatingIPs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_get
   */
  floatingIPsGet(floatingIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/floating_ips` (floatingIPs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Floating-IPs/operation/floatingIPs_list
   */
  floatingIPsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"floating_ips", unknown>>;
  /**
   * `POST /v2/functions/namespaces/{namespace_id}/keys` (functionsAccessKey_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_create
   */
  functionsAccessKeyCreate(namespaceId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}/keys/{key_id}` (functionsAccessKey_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_delete
   */
  functionsAccessKeyDelete(namespaceId: number | string, keyId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/keys` (functionsAccessKey_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_list
   */
  functionsAccessKeyList(namespaceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/functions/namespaces/{namespace_id}/keys/{key_id}` (functionsAccessKey_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functionsAccessKey_update
   */
  functionsAccessKeyUpdate(namespaceId: number | string, keyId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/functions/namespaces` (functions_create_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_namespace
   */
  functionsCreateNamespace(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/functions/namespaces/{namespace_id}/triggers` (functions_create_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_trigger
   */
  functionsCreateTrigger(namespaceId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}` (functions_delete_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_namespace
   */
  functionsDeleteNamespace(namespaceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_delete_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_trigger
   */
  functionsDeleteTrigger(namespaceId: number | string, triggerName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}` (functions_get_namespace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_namespace
   */
  functionsGetNamespace(namespaceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_get_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_trigger
   */
  functionsGetTrigger(namespaceId: number | string, triggerName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/functions/namespaces` (functions_list_namespaces).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_namespaces
   */
  functionsListNamespaces(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/functions/namespaces/{namespace_id}/triggers` (functions_list_triggers).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_triggers
   */
  functionsListTriggers(namespaceId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}` (functions_update_trigger).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_update_trigger
   */
  functionsUpdateTrigger(namespaceId: number | string, triggerName: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_attach_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent
   */
  genaiAttachAgent(parentAgentUuid: number | string, childAgentUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/functions` (genai_attach_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent_function
   */
  genaiAttachAgentFunction(agentUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/guardrails` (genai_attach_agent_guardrails).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_agent_guardrails
   */
  genaiAttachAgentGuardrails(agentUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}` (genai_attach_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_knowledge_base
   */
  genaiAttachKnowledgeBase(agentUuid: number | string, knowledgeBaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/knowledge_bases` (genai_attach_knowledge_bases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_attach_knowledge_bases
   */
  genaiAttachKnowledgeBases(agentUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/indexing_jobs/{uuid}/cancel` (genai_cancel_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_cancel_indexing_job
   */
  genaiCancelIndexingJob(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/cancel` (genai_cancel_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_cancel_model_evaluation_run
   */
  genaiCancelModelEvaluationRun(evalRunUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents` (genai_create_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_agent
   */
  genaiCreateAgent(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/agents/{agent_uuid}/api_keys` (genai_create_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_agent_api_key
   */
  genaiCreateAgentApiKey(agentUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/anthropic/keys` (genai_create_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_anthropic_api_key
   */
  genaiCreateAnthropicApiKey(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/custom_evaluation_metrics` (genai_create_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_custom_evaluation_metric
   */
  genaiCreateCustomEvaluationMetric(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls` (genai_create_data_source_file_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_data_source_file_upload_presigned_urls
   */
  genaiCreateDataSourceFileUploadPresignedUrls(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/evaluation_datasets` (genai_create_evaluation_dataset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_dataset
   */
  genaiCreateEvaluationDataset(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/evaluation_datasets/file_upload_presigned_urls` (genai_create_evaluation_dataset_file_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_dataset_file_upload_presigned_urls
   */
  genaiCreateEvaluationDatasetFileUploadPresignedUrls(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/evaluation_test_cases` (genai_create_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_evaluation_test_case
   */
  genaiCreateEvaluationTestCase(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/indexing_jobs` (genai_create_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_indexing_job
   */
  genaiCreateIndexingJob(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/knowledge_bases` (genai_create_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_knowledge_base
   */
  genaiCreateKnowledgeBase(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources` (genai_create_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_knowledge_base_data_source
   */
  genaiCreateKnowledgeBaseDataSource(knowledgeBaseUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/models/api_keys` (genai_create_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_api_key
   */
  genaiCreateModelApiKey(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/model_evaluation/datasets/file_upload_presigned_urls` (genai_create_model_eval_dataset_upload_presigned_urls).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_eval_dataset_upload_presigned_urls
   */
  genaiCreateModelEvalDatasetUploadPresignedUrls(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/model_evaluation_runs` (genai_create_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_evaluation_run
   */
  genaiCreateModelEvaluationRun(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/models/routers` (genai_create_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_model_router
   */
  genaiCreateModelRouter(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/oauth2/dropbox/tokens` (genai_create_oauth2_dropbox_tokens).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_oauth2_dropbox_tokens
   */
  genaiCreateOauth2DropboxTokens(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/openai/keys` (genai_create_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_openai_api_key
   */
  genaiCreateOpenaiApiKey(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/scheduled-indexing` (genai_create_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_scheduled_indexing
   */
  genaiCreateScheduledIndexing(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/workspaces` (genai_create_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_create_workspace
   */
  genaiCreateWorkspace(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{uuid}` (genai_delete_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_agent
   */
  genaiDeleteAgent(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}` (genai_delete_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_agent_api_key
   */
  genaiDeleteAgentApiKey(agentUuid: number | string, apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_delete_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_anthropic_api_key
   */
  genaiDeleteAnthropicApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/custom_evaluation_metrics/{metric_uuid}` (genai_delete_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_custom_evaluation_metric
   */
  genaiDeleteCustomEvaluationMetric(metricUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/custom_models/{uuid}` (genai_delete_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_custom_model
   */
  genaiDeleteCustomModel(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/evaluation_datasets/{dataset_uuid}` (genai_delete_evaluation_dataset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_evaluation_dataset
   */
  genaiDeleteEvaluationDataset(datasetUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/knowledge_bases/{uuid}` (genai_delete_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_knowledge_base
   */
  genaiDeleteKnowledgeBase(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}` (genai_delete_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_knowledge_base_data_source
   */
  genaiDeleteKnowledgeBaseDataSource(knowledgeBaseUuid: number | string, dataSourceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/models/api_keys/{api_key_uuid}` (genai_delete_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_api_key
   */
  genaiDeleteModelApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}` (genai_delete_model_evaluation_preset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_evaluation_preset
   */
  genaiDeleteModelEvaluationPreset(evalPresetUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_delete_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_evaluation_run
   */
  genaiDeleteModelEvaluationRun(evalRunUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/models/routers/{uuid}` (genai_delete_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_model_router
   */
  genaiDeleteModelRouter(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_delete_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_openai_api_key
   */
  genaiDeleteOpenaiApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/scheduled-indexing/{uuid}` (genai_delete_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_scheduled_indexing
   */
  genaiDeleteScheduledIndexing(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/workspaces/{workspace_uuid}` (genai_delete_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_delete_workspace
   */
  genaiDeleteWorkspace(workspaceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_detach_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent
   */
  genaiDetachAgent(parentAgentUuid: number | string, childAgentUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}` (genai_detach_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent_function
   */
  genaiDetachAgentFunction(agentUuid: number | string, functionUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/guardrails/{guardrail_uuid}` (genai_detach_agent_guardrail).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_agent_guardrail
   */
  genaiDetachAgentGuardrail(agentUuid: number | string, guardrailUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}` (genai_detach_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_detach_knowledge_base
   */
  genaiDetachKnowledgeBase(agentUuid: number | string, knowledgeBaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}` (genai_get_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent
   */
  genaiGetAgent(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/child_agents` (genai_get_agent_children).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent_children
   */
  genaiGetAgentChildren(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/usage` (genai_get_agent_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_agent_usage
   */
  genaiGetAgentUsage(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_get_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_anthropic_api_key
   */
  genaiGetAnthropicApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/custom_models/{uuid}` (genai_get_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_custom_model
   */
  genaiGetCustomModel(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_datasets/{dataset_uuid}/download_url` (genai_get_evaluation_dataset_download_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_dataset_download_url
   */
  genaiGetEvaluationDatasetDownloadUrl(datasetUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}` (genai_get_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run
   */
  genaiGetEvaluationRun(evaluationRunUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results/{prompt_id}` (genai_get_evaluation_run_prompt_results).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run_prompt_results
   */
  genaiGetEvaluationRunPromptResults(evaluationRunUuid: number | string, promptId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results` (genai_get_evaluation_run_results).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_run_results
   */
  genaiGetEvaluationRunResults(evaluationRunUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases/{test_case_uuid}` (genai_get_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_evaluation_test_case
   */
  genaiGetEvaluationTestCase(testCaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{uuid}` (genai_get_indexing_job).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_indexing_job
   */
  genaiGetIndexingJob(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url` (genai_get_indexing_job_details_signed_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_indexing_job_details_signed_url
   */
  genaiGetIndexingJobDetailsSignedUrl(indexingJobUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{uuid}` (genai_get_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_knowledge_base
   */
  genaiGetKnowledgeBase(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/models/catalog/{id}` (genai_get_model_catalog_card).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_catalog_card
   */
  genaiGetModelCatalogCard(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}` (genai_get_model_evaluation_preset).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_preset
   */
  genaiGetModelEvaluationPreset(evalPresetUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_get_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_run
   */
  genaiGetModelEvaluationRun(evalRunUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/results/download_url` (genai_get_model_evaluation_run_results_download_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_evaluation_run_results_download_url
   */
  genaiGetModelEvaluationRunResultsDownloadUrl(evalRunUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/models/routers/{uuid}` (genai_get_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_model_router
   */
  genaiGetModelRouter(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/oauth2/url` (genai_get_oauth2_url).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_oauth2_url
   */
  genaiGetOauth2Url(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_get_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_openai_api_key
   */
  genaiGetOpenaiApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/scheduled-indexing/knowledge-base/{knowledge_base_uuid}` (genai_get_scheduled_indexing).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_scheduled_indexing
   */
  genaiGetScheduledIndexing(knowledgeBaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}` (genai_get_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_get_workspace
   */
  genaiGetWorkspace(workspaceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/custom_models/import` (genai_import_custom_model).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_import_custom_model
   */
  genaiImportCustomModel(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/agents/{agent_uuid}/api_keys` (genai_list_agent_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_api_keys
   */
  genaiListAgentApiKeys(agentUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"api_key_infos", unknown>>;
  /**
   * `GET /v2/gen-ai/agents/{uuid}/versions` (genai_list_agent_versions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agent_versions
   */
  genaiListAgentVersions(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"agent_versions", unknown>>;
  /**
   * `GET /v2/gen-ai/agents` (genai_list_agents).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents
   */
  genaiListAgents(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"agents", unknown>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys/{uuid}/agents` (genai_list_agents_by_anthropic_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_anthropic_key
   */
  genaiListAgentsByAnthropicKey(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"agents", unknown>>;
  /**
   * `GET /v2/gen-ai/openai/keys/{uuid}/agents` (genai_list_agents_by_openai_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_openai_key
   */
  genaiListAgentsByOpenaiKey(uuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"agents", unknown>>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}/agents` (genai_list_agents_by_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_agents_by_workspace
   */
  genaiListAgentsByWorkspace(workspaceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"agents", unknown>>;
  /**
   * `GET /v2/gen-ai/anthropic/keys` (genai_list_anthropic_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_anthropic_api_keys
   */
  genaiListAnthropicApiKeys(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"api_key_infos", unknown>>;
  /**
   * `GET /v2/gen-ai/custom_models` (genai_list_custom_models).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_custom_models
   */
  genaiListCustomModels(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/regions` (genai_list_datacenter_regions).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_datacenter_regions
   */
  genaiListDatacenterRegions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_datasets` (genai_list_evaluation_datasets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_datasets
   */
  genaiListEvaluationDatasets(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_metrics` (genai_list_evaluation_metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_metrics
   */
  genaiListEvaluationMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs` (genai_list_evaluation_runs_by_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_runs_by_test_case
   */
  genaiListEvaluationRunsByTestCase(evaluationTestCaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/evaluation_test_cases` (genai_list_evaluation_test_cases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_test_cases
   */
  genaiListEvaluationTestCases(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/workspaces/{workspace_uuid}/evaluation_test_cases` (genai_list_evaluation_test_cases_by_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_evaluation_test_cases_by_workspace
   */
  genaiListEvaluationTestCasesByWorkspace(workspaceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources` (genai_list_indexing_job_data_sources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_job_data_sources
   */
  genaiListIndexingJobDataSources(indexingJobUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/indexing_jobs` (genai_list_indexing_jobs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs
   */
  genaiListIndexingJobs(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"jobs", unknown>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs` (genai_list_indexing_jobs_by_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_indexing_jobs_by_knowledge_base
   */
  genaiListIndexingJobsByKnowledgeBase(knowledgeBaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"jobs", unknown>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources` (genai_list_knowledge_base_data_sources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_base_data_sources
   */
  genaiListKnowledgeBaseDataSources(knowledgeBaseUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"knowledge_base_data_sources", unknown>>;
  /**
   * `GET /v2/gen-ai/knowledge_bases` (genai_list_knowledge_bases).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_knowledge_bases
   */
  genaiListKnowledgeBases(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"knowledge_bases", unknown>>;
  /**
   * `GET /v2/gen-ai/models/api_keys` (genai_list_model_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_api_keys
   */
  genaiListModelApiKeys(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"api_key_infos", unknown>>;
  /**
   * `GET /v2/gen-ai/models/catalog` (genai_list_model_catalog).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_catalog
   */
  genaiListModelCatalog(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_metrics` (genai_list_model_evaluation_metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_metrics
   */
  genaiListModelEvaluationMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_presets` (genai_list_model_evaluation_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_presets
   */
  genaiListModelEvaluationPresets(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/model_evaluation_runs` (genai_list_model_evaluation_runs).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_evaluation_runs
   */
  genaiListModelEvaluationRuns(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/gen-ai/models/routers/presets` (genai_list_model_router_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_presets
   */
  genaiListModelRouterPresets(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"presets", unknown>>;
  /**
   * `GET /v2/gen-ai/models/routers/tasks/presets` (genai_list_model_router_task_presets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_router_task_presets
   */
  genaiListModelRouterTaskPresets(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"tasks", unknown>>;
  /**
   * `GET /v2/gen-ai/models/routers` (genai_list_model_routers).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_model_routers
   */
  genaiListModelRouters(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"model_routers", unknown>>;
  /**
   * `GET /v2/gen-ai/models` (genai_list_models).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_models
   */
  genaiListModels(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"models", unknown>>;
  /**
   * `GET /v2/gen-ai/openai/keys` (genai_list_openai_api_keys).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_openai_api_keys
   */
  genaiListOpenaiApiKeys(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"api_key_infos", unknown>>;
  /**
   * `GET /v2/gen-ai/workspaces` (genai_list_workspaces).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_list_workspaces
   */
  genaiListWorkspaces(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}/regenerate` (genai_regenerate_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_regenerate_agent_api_key
   */
  genaiRegenerateAgentApiKey(agentUuid: number | string, apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/models/api_keys/{api_key_uuid}/regenerate` (genai_regenerate_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_regenerate_model_api_key
   */
  genaiRegenerateModelApiKey(apiKeyUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}/versions` (genai_rollback_to_agent_version).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_rollback_to_agent_version
   */
  genaiRollbackToAgentVersion(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/gen-ai/evaluation_runs` (genai_run_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_run_evaluation_test_case
   */
  genaiRunEvaluationTestCase(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}` (genai_update_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent
   */
  genaiUpdateAgent(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}` (genai_update_agent_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_api_key
   */
  genaiUpdateAgentApiKey(agentUuid: number | string, apiKeyUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{uuid}/deployment_visibility` (genai_update_agent_deployment_visibility).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_deployment_visibility
   */
  genaiUpdateAgentDeploymentVisibility(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}` (genai_update_agent_function).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agent_function
   */
  genaiUpdateAgentFunction(agentUuid: number | string, functionUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/workspaces/{workspace_uuid}/agents` (genai_update_agents_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_agents_workspace
   */
  genaiUpdateAgentsWorkspace(workspaceUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/anthropic/keys/{api_key_uuid}` (genai_update_anthropic_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_anthropic_api_key
   */
  genaiUpdateAnthropicApiKey(apiKeyUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}` (genai_update_attached_agent).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_attached_agent
   */
  genaiUpdateAttachedAgent(parentAgentUuid: number | string, childAgentUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/custom_evaluation_metrics/{metric_uuid}` (genai_update_custom_evaluation_metric).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_custom_evaluation_metric
   */
  genaiUpdateCustomEvaluationMetric(metricUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/gen-ai/custom_models/{uuid}/metadata` (genai_update_custom_model_metadata).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_custom_model_metadata
   */
  genaiUpdateCustomModelMetadata(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/evaluation_test_cases/{test_case_uuid}` (genai_update_evaluation_test_case).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_evaluation_test_case
   */
  genaiUpdateEvaluationTestCase(testCaseUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/knowledge_bases/{uuid}` (genai_update_knowledge_base).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_knowledge_base
   */
  genaiUpdateKnowledgeBase(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}` (genai_update_knowledge_base_data_source).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_knowledge_base_data_source
   */
  genaiUpdateKnowledgeBaseDataSource(knowledgeBaseUuid: number | string, dataSourceUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/models/api_keys/{api_key_uuid}` (genai_update_model_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_api_key
   */
  genaiUpdateModelApiKey(apiKeyUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/gen-ai/model_evaluation_runs/{eval_run_uuid}` (genai_update_model_evaluation_run).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_evaluation_run
   */
  genaiUpdateModelEvaluationRun(evalRunUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/models/routers/{uuid}` (genai_update_model_router).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_model_router
   */
  genaiUpdateModelRouter(uuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/openai/keys/{api_key_uuid}` (genai_update_openai_api_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_openai_api_key
   */
  genaiUpdateOpenaiApiKey(apiKeyUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/gen-ai/workspaces/{workspace_uuid}` (genai_update_workspace).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/GradientAI-Platform/operation/genai_update_workspace
   */
  genaiUpdateWorkspace(workspaceUuid: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/images/{image_id}/actions/{action_id}` (imageActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_get
   */
  imageActionsGet(imageId: number | string, actionId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/accept` (images_post_account_transfer_accept).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_accept
   */
  imagesPostAccountTransferAccept(imageId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/cancel` (images_post_account_transfer_cancel).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_cancel
   */
  imagesPostAccountTransferCancel(imageId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/images/{image_id}/account_transfer` (images_post_account_transfer_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_create
   */
  imagesPostAccountTransferCreate(imageId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/images/{image_id}/account_transfer/decline` (images_post_account_transfer_decline).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_post_account_transfer_decline
   */
  imagesPostAccountTransferDecline(imageId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}` (invoices_get_byUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_byUUID
   */
  invoicesGetByUUID(invoiceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"invoice_items", unknown>>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/csv` (invoices_get_csvByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_csvByUUID
   */
  invoicesGetCsvByUUID(invoiceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/pdf` (invoices_get_pdfByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_pdfByUUID
   */
  invoicesGetPdfByUUID(invoiceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/customers/my/invoices/{invoice_uuid}/summary` (invoices_get_summaryByUUID).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_get_summaryByUUID
   */
  invoicesGetSummaryByUUID(invoiceUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/customers/my/invoices` (invoices_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Billing/operation/invoices_list
   */
  invoicesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/node_pools` (kubernetes_add_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_nodePool
   */
  kubernetesAddNodePool(clusterId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/kubernetes/registries` (kubernetes_add_registries).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_registries
   */
  kubernetesAddRegistries(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/registry` (kubernetes_add_registry).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_add_registry
   */
  kubernetesAddRegistry(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/clusters` (kubernetes_create_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_create_cluster
   */
  kubernetesCreateCluster(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}` (kubernetes_delete_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_cluster
   */
  kubernetesDeleteCluster(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}` (kubernetes_delete_node).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_node
   */
  kubernetesDeleteNode(clusterId: number | string, nodePoolId: number | string, nodeId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_delete_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_delete_nodePool
   */
  kubernetesDeleteNodePool(clusterId: number | string, nodePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/dangerous` (kubernetes_destroy_associatedResourcesDangerous).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_destroy_associatedResourcesDangerous
   */
  kubernetesDestroyAssociatedResourcesDangerous(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/selective` (kubernetes_destroy_associatedResourcesSelective).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_destroy_associatedResourcesSelective
   */
  kubernetesDestroyAssociatedResourcesSelective(clusterId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/upgrades` (kubernetes_get_availableUpgrades).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_availableUpgrades
   */
  kubernetesGetAvailableUpgrades(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}` (kubernetes_get_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_cluster
   */
  kubernetesGetCluster(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/clusterlint` (kubernetes_get_clusterLintResults).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_clusterLintResults
   */
  kubernetesGetClusterLintResults(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/user` (kubernetes_get_clusterUser).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_clusterUser
   */
  kubernetesGetClusterUser(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/credentials` (kubernetes_get_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_credentials
   */
  kubernetesGetCredentials(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/kubeconfig` (kubernetes_get_kubeconfig).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_kubeconfig
   */
  kubernetesGetKubeconfig(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_get_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_nodePool
   */
  kubernetesGetNodePool(clusterId: number | string, nodePoolId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/status_messages` (kubernetes_get_status_messages).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_get_status_messages
   */
  kubernetesGetStatusMessages(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources` (kubernetes_list_associatedResources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_associatedResources
   */
  kubernetesListAssociatedResources(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/clusters` (kubernetes_list_clusters).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_clusters
   */
  kubernetesListClusters(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"kubernetes_clusters", unknown>>;
  /**
   * `GET /v2/kubernetes/clusters/{cluster_id}/node_pools` (kubernetes_list_nodePools).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_nodePools
   */
  kubernetesListNodePools(clusterId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/kubernetes/options` (kubernetes_list_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_list_options
   */
  kubernetesListOptions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/recycle` (kubernetes_recycle_node_pool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_recycle_node_pool
   */
  kubernetesRecycleNodePool(clusterId: number | string, nodePoolId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/kubernetes/registries` (kubernetes_remove_registries).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_remove_registries
   */
  kubernetesRemoveRegistries(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/kubernetes/registry` (kubernetes_remove_registry).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_remove_registry
   */
  kubernetesRemoveRegistry(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/clusterlint` (kubernetes_run_clusterLint).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_run_clusterLint
   */
  kubernetesRunClusterLint(clusterId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/kubernetes/clusters/{cluster_id}` (kubernetes_update_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_update_cluster
   */
  kubernetesUpdateCluster(clusterId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}` (kubernetes_update_nodePool).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_update_nodePool
   */
  kubernetesUpdateNodePool(clusterId: number | string, nodePoolId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/kubernetes/clusters/{cluster_id}/upgrade` (kubernetes_upgrade_cluster).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Kubernetes/operation/kubernetes_upgrade_cluster
   */
  kubernetesUpgradeCluster(clusterId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/load_balancers/{lb_id}/droplets` (loadBalancers_add_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_add_droplets
   */
  loadBalancersAddDroplets(lbId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/load_balancers/{lb_id}/forwarding_rules` (loadBalancers_add_forwardingRules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_add_forwardingRules
   */
  loadBalancersAddForwardingRules(lbId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/load_balancers` (loadBalancers_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_create
   */
  loadBalancersCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}` (loadBalancers_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_delete
   */
  loadBalancersDelete(lbId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/cache` (loadBalancers_delete_cache).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_delete_cache
   */
  loadBalancersDeleteCache(lbId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/load_balancers/{lb_id}` (loadBalancers_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_get
   */
  loadBalancersGet(lbId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/load_balancers` (loadBalancers_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_list
   */
  loadBalancersList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"load_balancers", unknown>>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/droplets` (loadBalancers_remove_droplets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_remove_droplets
   */
  loadBalancersRemoveDroplets(lbId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/load_balancers/{lb_id}/forwarding_rules` (loadBalancers_remove_forwardingRules).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_remove_forwardingRules
   */
  loadBalancersRemoveForwardingRules(lbId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `PUT /v2/load_balancers/{lb_id}` (loadBalancers_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Load-Balancers/operation/loadBalancers_update
   */
  loadBalancersUpdate(lbId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/monitoring/alerts` (monitoring_create_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_alertPolicy
   */
  monitoringCreateAlertPolicy(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/monitoring/sinks/destinations` (monitoring_create_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_destination
   */
  monitoringCreateDestination(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/monitoring/sinks` (monitoring_create_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_create_sink
   */
  monitoringCreateSink(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/monitoring/alerts/{alert_uuid}` (monitoring_delete_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_alertPolicy
   */
  monitoringDeleteAlertPolicy(alertUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_delete_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_destination
   */
  monitoringDeleteDestination(destinationUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/monitoring/sinks/{sink_uuid}` (monitoring_delete_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_delete_sink
   */
  monitoringDeleteSink(sinkUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/monitoring/metrics/droplet/cpu` (monitoring_get_DropletCpuMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_DropletCpuMetrics
   */
  monitoringGetDropletCpuMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/alerts/{alert_uuid}` (monitoring_get_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_alertPolicy
   */
  monitoringGetAlertPolicy(alertUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/apps/cpu_percentage` (monitoring_get_appCPUPercentageMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appCPUPercentageMetrics
   */
  monitoringGetAppCPUPercentageMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/apps/memory_percentage` (monitoring_get_appMemoryPercentageMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appMemoryPercentageMetrics
   */
  monitoringGetAppMemoryPercentageMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/apps/restart_count` (monitoring_get_appRestartCountMetrics.yml).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_appRestartCountMetrics.yml
   */
  monitoringGetAppRestartCountMetricsYml(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/cpu_usage` (monitoring_get_database_mysql_cpu_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_cpu_usage
   */
  monitoringGetDatabaseMysqlCpuUsage(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/disk_usage` (monitoring_get_database_mysql_disk_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_disk_usage
   */
  monitoringGetDatabaseMysqlDiskUsage(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/index_vs_sequential_reads` (monitoring_get_database_mysql_index_vs_sequential_reads).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_index_vs_sequential_reads
   */
  monitoringGetDatabaseMysqlIndexVsSequentialReads(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/load` (monitoring_get_database_mysql_load).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_load
   */
  monitoringGetDatabaseMysqlLoad(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/memory_usage` (monitoring_get_database_mysql_memory_usage).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_memory_usage
   */
  monitoringGetDatabaseMysqlMemoryUsage(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/op_rates` (monitoring_get_database_mysql_op_rates).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_op_rates
   */
  monitoringGetDatabaseMysqlOpRates(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/schema_latency` (monitoring_get_database_mysql_schema_latency).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_schema_latency
   */
  monitoringGetDatabaseMysqlSchemaLatency(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/schema_throughput` (monitoring_get_database_mysql_schema_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_schema_throughput
   */
  monitoringGetDatabaseMysqlSchemaThroughput(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_active` (monitoring_get_database_mysql_threads_active).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_active
   */
  monitoringGetDatabaseMysqlThreadsActive(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_connected` (monitoring_get_database_mysql_threads_connected).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_connected
   */
  monitoringGetDatabaseMysqlThreadsConnected(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/database/mysql/threads_created_rate` (monitoring_get_database_mysql_threads_created_rate).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_database_mysql_threads_created_rate
   */
  monitoringGetDatabaseMysqlThreadsCreatedRate(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_get_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_destination
   */
  monitoringGetDestination(destinationUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/bandwidth` (monitoring_get_dropletBandwidthMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletBandwidthMetrics
   */
  monitoringGetDropletBandwidthMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/filesystem_free` (monitoring_get_dropletFilesystemFreeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletFilesystemFreeMetrics
   */
  monitoringGetDropletFilesystemFreeMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/filesystem_size` (monitoring_get_dropletFilesystemSizeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletFilesystemSizeMetrics
   */
  monitoringGetDropletFilesystemSizeMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_15` (monitoring_get_dropletLoad15Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad15Metrics
   */
  monitoringGetDropletLoad15Metrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_1` (monitoring_get_dropletLoad1Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad1Metrics
   */
  monitoringGetDropletLoad1Metrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/load_5` (monitoring_get_dropletLoad5Metrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletLoad5Metrics
   */
  monitoringGetDropletLoad5Metrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_available` (monitoring_get_dropletMemoryAvailableMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryAvailableMetrics
   */
  monitoringGetDropletMemoryAvailableMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_cached` (monitoring_get_dropletMemoryCachedMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryCachedMetrics
   */
  monitoringGetDropletMemoryCachedMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_free` (monitoring_get_dropletMemoryFreeMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryFreeMetrics
   */
  monitoringGetDropletMemoryFreeMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet/memory_total` (monitoring_get_dropletMemoryTotalMetrics).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_dropletMemoryTotalMetrics
   */
  monitoringGetDropletMemoryTotalMetrics(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_cpu_utilization` (monitoring_get_droplet_autoscale_current_cpu_utilization.yml).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_cpu_utilization.yml
   */
  monitoringGetDropletAutoscaleCurrentCpuUtilizationYml(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_instances` (monitoring_get_droplet_autoscale_current_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_instances
   */
  monitoringGetDropletAutoscaleCurrentInstances(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/current_memory_utilization` (monitoring_get_droplet_autoscale_current_memory_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_current_memory_utilization
   */
  monitoringGetDropletAutoscaleCurrentMemoryUtilization(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_cpu_utilization` (monitoring_get_droplet_autoscale_target_cpu_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_cpu_utilization
   */
  monitoringGetDropletAutoscaleTargetCpuUtilization(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_instances` (monitoring_get_droplet_autoscale_target_instances).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_instances
   */
  monitoringGetDropletAutoscaleTargetInstances(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/droplet_autoscale/target_memory_utilization` (monitoring_get_droplet_autoscale_target_memory_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_droplet_autoscale_target_memory_utilization
   */
  monitoringGetDropletAutoscaleTargetMemoryUtilization(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_connections` (monitoring_get_lb_droplets_connections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_connections
   */
  monitoringGetLbDropletsConnections(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_downtime` (monitoring_get_lb_droplets_downtime).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_downtime
   */
  monitoringGetLbDropletsDowntime(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_health_checks` (monitoring_get_lb_droplets_health_checks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_health_checks
   */
  monitoringGetLbDropletsHealthChecks(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_50p` (monitoring_get_lb_droplets_http_response_time_50p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_50p
   */
  monitoringGetLbDropletsHttpResponseTime50p(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_95p` (monitoring_get_lb_droplets_http_response_time_95p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_95p
   */
  monitoringGetLbDropletsHttpResponseTime95p(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_99p` (monitoring_get_lb_droplets_http_response_time_99p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_99p
   */
  monitoringGetLbDropletsHttpResponseTime99p(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_response_time_avg` (monitoring_get_lb_droplets_http_response_time_avg).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_response_time_avg
   */
  monitoringGetLbDropletsHttpResponseTimeAvg(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_responses` (monitoring_get_lb_droplets_http_responses).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_responses
   */
  monitoringGetLbDropletsHttpResponses(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_50p` (monitoring_get_lb_droplets_http_session_duration_50p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_50p
   */
  monitoringGetLbDropletsHttpSessionDuration50p(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_95p` (monitoring_get_lb_droplets_http_session_duration_95p).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_95p
   */
  monitoringGetLbDropletsHttpSessionDuration95p(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_http_session_duration_avg` (monitoring_get_lb_droplets_http_session_duration_avg).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_http_session_duration_avg
   */
  monitoringGetLbDropletsHttpSessionDurationAvg(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/droplets_queue_size` (monitoring_get_lb_droplets_queue_size).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_droplets_queue_size
   */
  monitoringGetLbDropletsQueueSize(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_connections_current` (monitoring_get_lb_frontend_connections_current).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_connections_current
   */
  monitoringGetLbFrontendConnectionsCurrent(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_connections_limit` (monitoring_get_lb_frontend_connections_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_connections_limit
   */
  monitoringGetLbFrontendConnectionsLimit(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_cpu_utilization` (monitoring_get_lb_frontend_cpu_utilization).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_cpu_utilization
   */
  monitoringGetLbFrontendCpuUtilization(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes` (monitoring_get_lb_frontend_firewall_dropped_bytes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_firewall_dropped_bytes
   */
  monitoringGetLbFrontendFirewallDroppedBytes(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_packets` (monitoring_get_lb_frontend_firewall_dropped_packets).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_firewall_dropped_packets
   */
  monitoringGetLbFrontendFirewallDroppedPackets(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_http_requests_per_second` (monitoring_get_lb_frontend_http_requests_per_second).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_http_requests_per_second
   */
  monitoringGetLbFrontendHttpRequestsPerSecond(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_http_responses` (monitoring_get_lb_frontend_http_responses).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_http_responses
   */
  monitoringGetLbFrontendHttpResponses(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_http` (monitoring_get_lb_frontend_network_throughput_http).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_http
   */
  monitoringGetLbFrontendNetworkThroughputHttp(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_tcp` (monitoring_get_lb_frontend_network_throughput_tcp).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_tcp
   */
  monitoringGetLbFrontendNetworkThroughputTcp(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_network_throughput_udp` (monitoring_get_lb_frontend_network_throughput_udp).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_network_throughput_udp
   */
  monitoringGetLbFrontendNetworkThroughputUdp(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_nlb_tcp_network_throughput` (monitoring_get_lb_frontend_nlb_tcp_network_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_nlb_tcp_network_throughput
   */
  monitoringGetLbFrontendNlbTcpNetworkThroughput(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_nlb_udp_network_throughput` (monitoring_get_lb_frontend_nlb_udp_network_throughput).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_nlb_udp_network_throughput
   */
  monitoringGetLbFrontendNlbUdpNetworkThroughput(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_current` (monitoring_get_lb_frontend_tls_connections_current).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_current
   */
  monitoringGetLbFrontendTlsConnectionsCurrent(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_exceeding_rate_limit` (monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit
   */
  monitoringGetLbFrontendTlsConnectionsExceedingRateLimit(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/metrics/load_balancer/frontend_tls_connections_limit` (monitoring_get_lb_frontend_tls_connections_limit).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_lb_frontend_tls_connections_limit
   */
  monitoringGetLbFrontendTlsConnectionsLimit(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/sinks/{sink_uuid}` (monitoring_get_sink).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_get_sink
   */
  monitoringGetSink(sinkUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/alerts` (monitoring_list_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_alertPolicy
   */
  monitoringListAlertPolicy(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"policies", unknown>>;
  /**
   * `GET /v2/monitoring/sinks/destinations` (monitoring_list_destinations).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_destinations
   */
  monitoringListDestinations(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/monitoring/sinks` (monitoring_list_sinks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_list_sinks
   */
  monitoringListSinks(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/monitoring/alerts/{alert_uuid}` (monitoring_update_alertPolicy).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_update_alertPolicy
   */
  monitoringUpdateAlertPolicy(alertUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/monitoring/sinks/destinations/{destination_uuid}` (monitoring_update_destination).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Monitoring/operation/monitoring_update_destination
   */
  monitoringUpdateDestination(destinationUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/nfs` (nfs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_create
   */
  nfsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/nfs/shares/{share_id}/access_points` (nfs_create_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_create_access_point
   */
  nfsCreateAccessPoint(shareId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/nfs/{nfs_id}/actions` (nfs_create_action).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS-Actions/operation/nfs_create_action
   */
  nfsCreateAction(nfsId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/nfs/{nfs_id}` (nfs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete
   */
  nfsDelete(nfsId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/nfs/access_points/{access_point_id}` (nfs_delete_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete_access_point
   */
  nfsDeleteAccessPoint(accessPointId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/nfs/snapshots/{nfs_snapshot_id}` (nfs_delete_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_delete_snapshot
   */
  nfsDeleteSnapshot(nfsSnapshotId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/nfs/{nfs_id}` (nfs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get
   */
  nfsGet(nfsId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/nfs/access_points/{access_point_id}` (nfs_get_access_point).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get_access_point
   */
  nfsGetAccessPoint(accessPointId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/nfs/snapshots/{nfs_snapshot_id}` (nfs_get_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_get_snapshot
   */
  nfsGetSnapshot(nfsSnapshotId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/nfs` (nfs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list
   */
  nfsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/nfs/shares/{share_id}/access_points` (nfs_list_access_points).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list_access_points
   */
  nfsListAccessPoints(shareId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/nfs/snapshots` (nfs_list_snapshot).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/NFS/operation/nfs_list_snapshot
   */
  nfsListSnapshot(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/1-clicks/kubernetes` (oneClicks_install_kubernetes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/1-Click-Applications/operation/oneClicks_install_kubernetes
   */
  oneClicksInstallKubernetes(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/1-clicks` (oneClicks_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/1-Click-Applications/operation/oneClicks_list
   */
  oneClicksList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/organizations/team` (organizations_create_team).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Organizations/operation/organizations_create_team
   */
  organizationsCreateTeam(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/organizations/teams` (organizations_list_teams).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Organizations/operation/organizations_list_teams
   */
  organizationsListTeams(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/partner_network_connect/attachments` (partnerAttachments_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_create
   */
  partnerAttachmentsCreate(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/partner_network_connect/attachments/{pa_id}/service_key` (partnerAttachments_create_service_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_create_service_key
   */
  partnerAttachmentsCreateServiceKey(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_delete
   */
  partnerAttachmentsDelete(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get
   */
  partnerAttachmentsGet(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/bgp_auth_key` (partnerAttachments_get_bgp_auth_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get_bgp_auth_key
   */
  partnerAttachmentsGetBgpAuthKey(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/service_key` (partnerAttachments_get_service_key).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_get_service_key
   */
  partnerAttachmentsGetServiceKey(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/partner_network_connect/attachments` (partnerAttachments_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list
   */
  partnerAttachmentsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"partner_attachments", unknown>>;
  /**
   * `GET /v2/partner_network_connect/attachments/{pa_id}/remote_routes` (partnerAttachments_list_remote_routes).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_list_remote_routes
   */
  partnerAttachmentsListRemoteRoutes(paId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"remote_routes", unknown>>;
  /**
   * `PATCH /v2/partner_network_connect/attachments/{pa_id}` (partnerAttachments_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Partner-Network-Connect/operation/partnerAttachments_patch
   */
  partnerAttachmentsPatch(paId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/projects/{project_id}/resources` (projects_assign_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_assign_resources
   */
  projectsAssignResources(projectId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/projects/default/resources` (projects_assign_resources_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_assign_resources_default
   */
  projectsAssignResourcesDefault(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/projects` (projects_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_create
   */
  projectsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/projects/{project_id}` (projects_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_delete
   */
  projectsDelete(projectId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/projects/{project_id}` (projects_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_get
   */
  projectsGet(projectId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/projects/default` (projects_get_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_get_default
   */
  projectsGetDefault(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/projects` (projects_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_list
   */
  projectsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"projects", unknown>>;
  /**
   * `GET /v2/projects/{project_id}/resources` (projects_list_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources
   */
  projectsListResources(projectId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"resources", unknown>>;
  /**
   * `GET /v2/projects/default/resources` (projects_list_resources_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Project-Resources/operation/projects_list_resources_default
   */
  projectsListResourcesDefault(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"resources", unknown>>;
  /**
   * `PATCH /v2/projects/{project_id}` (projects_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_patch
   */
  projectsPatch(projectId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/projects/default` (projects_patch_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_patch_default
   */
  projectsPatchDefault(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/projects/{project_id}` (projects_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_update
   */
  projectsUpdate(projectId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/projects/default` (projects_update_default).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Projects/operation/projects_update_default
   */
  projectsUpdateDefault(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/registries` (registries_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_create
   */
  registriesCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/registries/{registry_name}` (registries_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete
   */
  registriesDelete(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}` (registries_delete_repository).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repository
   */
  registriesDeleteRepository(registryName: number | string, repositoryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}` (registries_delete_repositoryManifest).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repositoryManifest
   */
  registriesDeleteRepositoryManifest(registryName: number | string, repositoryName: number | string, manifestDigest: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registries/{registry_name}/repositories/{repository_name}/tags/{repository_tag}` (registries_delete_repositoryTag).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_delete_repositoryTag
   */
  registriesDeleteRepositoryTag(registryName: number | string, repositoryName: number | string, repositoryTag: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/registries/{registry_name}` (registries_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get
   */
  registriesGet(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/{registry_name}/docker-credentials` (registries_get_dockerCredentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_dockerCredentials
   */
  registriesGetDockerCredentials(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/{registry_name}/garbage-collection` (registries_get_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_garbageCollection
   */
  registriesGetGarbageCollection(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/options` (registries_get_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_options
   */
  registriesGetOptions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/subscription` (registries_get_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_get_subscription
   */
  registriesGetSubscription(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries` (registries_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list
   */
  registriesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/{registry_name}/garbage-collections` (registries_list_garbageCollections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_garbageCollections
   */
  registriesListGarbageCollections(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registries/{registry_name}/repositoriesV2` (registries_list_repositoriesV2).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoriesV2
   */
  registriesListRepositoriesV2(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"repositories", unknown>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/digests` (registries_list_repositoryManifests).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryManifests
   */
  registriesListRepositoryManifests(registryName: number | string, repositoryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"manifests", unknown>>;
  /**
   * `GET /v2/registries/{registry_name}/repositories/{repository_name}/tags` (registries_list_repositoryTags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_list_repositoryTags
   */
  registriesListRepositoryTags(registryName: number | string, repositoryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"tags", Tag>>;
  /**
   * `POST /v2/registries/{registry_name}/garbage-collection` (registries_run_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_run_garbageCollection
   */
  registriesRunGarbageCollection(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/registries/{registry_name}/garbage-collection/{garbage_collection_uuid}` (registries_update_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_update_garbageCollection
   */
  registriesUpdateGarbageCollection(registryName: number | string, garbageCollectionUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/registries/subscription` (registries_update_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_update_subscription
   */
  registriesUpdateSubscription(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/registries/validate-name` (registries_validate_name).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registries/operation/registries_validate_name
   */
  registriesValidateName(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `POST /v2/registry` (registry_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_create
   */
  registryCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/registry` (registry_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete
   */
  registryDelete(query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registry/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}` (registry_delete_repositoryManifest).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete_repositoryManifest
   */
  registryDeleteRepositoryManifest(registryName: number | string, repositoryName: number | string, manifestDigest: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/registry/{registry_name}/repositories/{repository_name}/tags/{repository_tag}` (registry_delete_repositoryTag).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_delete_repositoryTag
   */
  registryDeleteRepositoryTag(registryName: number | string, repositoryName: number | string, repositoryTag: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/registry` (registry_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get
   */
  registryGet(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/docker-credentials` (registry_get_dockerCredentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_dockerCredentials
   */
  registryGetDockerCredentials(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/{registry_name}/garbage-collection` (registry_get_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_garbageCollection
   */
  registryGetGarbageCollection(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/options` (registry_get_options).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_options
   */
  registryGetOptions(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/subscription` (registry_get_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_get_subscription
   */
  registryGetSubscription(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/{registry_name}/garbage-collections` (registry_list_garbageCollections).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_garbageCollections
   */
  registryListGarbageCollections(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/registry/{registry_name}/repositories` (registry_list_repositories).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositories
   */
  registryListRepositories(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"repositories", unknown>>;
  /**
   * `GET /v2/registry/{registry_name}/repositoriesV2` (registry_list_repositoriesV2).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoriesV2
   */
  registryListRepositoriesV2(registryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"repositories", unknown>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/digests` (registry_list_repositoryManifests).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryManifests
   */
  registryListRepositoryManifests(registryName: number | string, repositoryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"manifests", unknown>>;
  /**
   * `GET /v2/registry/{registry_name}/repositories/{repository_name}/tags` (registry_list_repositoryTags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_list_repositoryTags
   */
  registryListRepositoryTags(registryName: number | string, repositoryName: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"tags", Tag>>;
  /**
   * `POST /v2/registry/{registry_name}/garbage-collection` (registry_run_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_run_garbageCollection
   */
  registryRunGarbageCollection(registryName: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/registry/{registry_name}/garbage-collection/{garbage_collection_uuid}` (registry_update_garbageCollection).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_update_garbageCollection
   */
  registryUpdateGarbageCollection(registryName: number | string, garbageCollectionUuid: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/registry/subscription` (registry_update_subscription).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_update_subscription
   */
  registryUpdateSubscription(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/registry/validate-name` (registry_validate_name).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Container-Registry/operation/registry_validate_name
   */
  registryValidateName(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}/actions/{action_id}` (reservedIPsActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_get
   */
  reservedIPsActionsGet(reservedIp: number | string, actionId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}/actions` (reservedIPsActions_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_list
   */
  reservedIPsActionsList(reservedIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"actions", Action>>;
  /**
   * `POST /v2/reserved_ips/{reserved_ip}/actions` (reservedIPsActions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IP-Actions/operation/reservedIPsActions_post
   */
  reservedIPsActionsPost(reservedIp: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/reserved_ips` (reservedIPs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_create
   */
  reservedIPsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/reserved_ips/{reserved_ip}` (reservedIPs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_delete
   */
  reservedIPsDelete(reservedIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ips/{reserved_ip}` (reservedIPs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_get
   */
  reservedIPsGet(reservedIp: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/reserved_ips` (reservedIPs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPs/operation/reservedIPs_list
   */
  reservedIPsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"reserved_ips", unknown>>;
  /**
   * `POST /v2/reserved_ipv6/{reserved_ipv6}/actions` (reservedIPv6Actions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6-Actions/operation/reservedIPv6Actions_post
   */
  reservedIPv6ActionsPost(reservedIpv6: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `POST /v2/reserved_ipv6` (reservedIPv6_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_create
   */
  reservedIPv6Create(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/reserved_ipv6/{reserved_ipv6}` (reservedIPv6_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_delete
   */
  reservedIPv6Delete(reservedIpv6: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/reserved_ipv6/{reserved_ipv6}` (reservedIPv6_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_get
   */
  reservedIPv6Get(reservedIpv6: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/reserved_ipv6` (reservedIPv6_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Reserved-IPv6/operation/reservedIPv6_list
   */
  reservedIPv6List(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"reserved_ipv6s", unknown>>;
  /**
   * `POST /v2/security/scans` (security_create_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_scan
   */
  securityCreateScan(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/security/scans/rules` (security_create_scan_rule).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_scan_rule
   */
  securityCreateScanRule(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/security/settings/suppressions` (security_create_suppression).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_create_suppression
   */
  securityCreateSuppression(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/security/settings/suppressions/{suppression_uuid}` (security_delete_suppression).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_delete_suppression
   */
  securityDeleteSuppression(suppressionUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/security/scans/latest` (security_get_latest_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_get_latest_scan
   */
  securityGetLatestScan(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/security/scans/{scan_id}` (security_get_scan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_get_scan
   */
  securityGetScan(scanId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources` (security_list_scan_finding_affected_resources).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_scan_finding_affected_resources
   */
  securityListScanFindingAffectedResources(scanId: number | string, findingUuid: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/security/scans` (security_list_scans).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_scans
   */
  securityListScans(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"scans", unknown>>;
  /**
   * `GET /v2/security/settings` (security_list_settings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_list_settings
   */
  securityListSettings(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/security/settings/plan` (security_update_settings_plan).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Security/operation/security_update_settings_plan
   */
  securityUpdateSettingsPlan(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/spaces/keys` (spacesKey_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_create
   */
  spacesKeyCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/spaces/keys/{access_key}` (spacesKey_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_delete
   */
  spacesKeyDelete(accessKey: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/spaces/keys/{access_key}` (spacesKey_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_get
   */
  spacesKeyGet(accessKey: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/spaces/keys` (spacesKey_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_list
   */
  spacesKeyList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"keys", unknown>>;
  /**
   * `PATCH /v2/spaces/keys/{access_key}` (spacesKey_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_patch
   */
  spacesKeyPatch(accessKey: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/spaces/keys/{access_key}` (spacesKey_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Spaces-Keys/operation/spacesKey_update
   */
  spacesKeyUpdate(accessKey: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/uptime/checks/{check_id}/alerts` (uptime_create_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_create_alert
   */
  uptimeCreateAlert(checkId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/uptime/checks` (uptime_create_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_create_check
   */
  uptimeCreateCheck(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_delete_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_delete_alert
   */
  uptimeDeleteAlert(checkId: number | string, alertId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `DELETE /v2/uptime/checks/{check_id}` (uptime_delete_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_delete_check
   */
  uptimeDeleteCheck(checkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_get_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_alert
   */
  uptimeGetAlert(checkId: number | string, alertId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/uptime/checks/{check_id}` (uptime_get_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_check
   */
  uptimeGetCheck(checkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/uptime/checks/{check_id}/state` (uptime_get_checkState).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_get_checkState
   */
  uptimeGetCheckState(checkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/uptime/checks/{check_id}/alerts` (uptime_list_alerts).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_alerts
   */
  uptimeListAlerts(checkId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"alerts", unknown>>;
  /**
   * `GET /v2/uptime/checks` (uptime_list_checks).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_list_checks
   */
  uptimeListChecks(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"checks", unknown>>;
  /**
   * `PUT /v2/uptime/checks/{check_id}/alerts/{alert_id}` (uptime_update_alert).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_update_alert
   */
  uptimeUpdateAlert(checkId: number | string, alertId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/uptime/checks/{check_id}` (uptime_update_check).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Uptime/operation/uptime_update_check
   */
  uptimeUpdateCheck(checkId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vector-databases` (vectorDatabases_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_create
   */
  vectorDatabasesCreate(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/vector-databases/{id}` (vectorDatabases_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_delete
   */
  vectorDatabasesDelete(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/vector-databases/{id}` (vectorDatabases_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get
   */
  vectorDatabasesGet(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vector-databases/{id}/credentials` (vectorDatabases_get_credentials).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get_credentials
   */
  vectorDatabasesGetCredentials(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vector-databases/{id}/backups/{backup_id}/restore` (vectorDatabases_get_restore_status).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_get_restore_status
   */
  vectorDatabasesGetRestoreStatus(id: number | string, backupId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vector-databases` (vectorDatabases_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_list
   */
  vectorDatabasesList(query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vector-databases/{id}/backups` (vectorDatabases_list_backups).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_list_backups
   */
  vectorDatabasesListBackups(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vector-databases/{id}/resize` (vectorDatabases_post_resize).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_post_resize
   */
  vectorDatabasesPostResize(id: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vector-databases/{id}/backups/{backup_id}/restore` (vectorDatabases_post_restore_backup).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_post_restore_backup
   */
  vectorDatabasesPostRestoreBackup(id: number | string, backupId: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/vector-databases/{id}` (vectorDatabases_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_update
   */
  vectorDatabasesUpdate(id: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/vector-databases/{id}/tags` (vectorDatabases_update_tags).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Vector-Databases/operation/vectorDatabases_update_tags
   */
  vectorDatabasesUpdateTags(id: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/volumes/{volume_id}/actions/{action_id}` (volumeActions_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_get
   */
  volumeActionsGet(volumeId: number | string, actionId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/volumes/actions` (volumeActions_post).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post
   */
  volumeActionsPost(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<{ action: Action }>;
  /**
   * `DELETE /v2/volumes/snapshots/{snapshot_id}` (volumeSnapshots_delete_byId).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_delete_byId
   */
  volumeSnapshotsDeleteById(snapshotId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/volumes/snapshots/{snapshot_id}` (volumeSnapshots_get_byId).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_get_byId
   */
  volumeSnapshotsGetById(snapshotId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vpc_peerings` (vpcPeerings_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_create
   */
  vpcPeeringsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_delete
   */
  vpcPeeringsDelete(vpcPeeringId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_get
   */
  vpcPeeringsGet(vpcPeeringId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vpc_peerings` (vpcPeerings_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_list
   */
  vpcPeeringsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"vpc_peerings", unknown>>;
  /**
   * `PATCH /v2/vpc_peerings/{vpc_peering_id}` (vpcPeerings_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-Peerings/operation/vpcPeerings_patch
   */
  vpcPeeringsPatch(vpcPeeringId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vpc_nat_gateways` (vpcnatgateways_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_create
   */
  vpcnatgatewaysCreate(hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/vpc_nat_gateways/{id}` (vpcnatgateways_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_delete
   */
  vpcnatgatewaysDelete(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vpc_nat_gateways/{id}` (vpcnatgateways_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_get
   */
  vpcnatgatewaysGet(id: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vpc_nat_gateways` (vpcnatgateways_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_list
   */
  vpcnatgatewaysList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"vpc_nat_gateways", unknown>>;
  /**
   * `PUT /v2/vpc_nat_gateways/{id}` (vpcnatgateways_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPC-NAT-Gateways/operation/vpcnatgateways_update
   */
  vpcnatgatewaysUpdate(id: number | string, hash?: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vpcs` (vpcs_create).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_create
   */
  vpcsCreate(hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `POST /v2/vpcs/{vpc_id}/peerings` (vpcs_create_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_create_peerings
   */
  vpcsCreatePeerings(vpcId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `DELETE /v2/vpcs/{vpc_id}` (vpcs_delete).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_delete
   */
  vpcsDelete(vpcId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<void>;
  /**
   * `GET /v2/vpcs/{vpc_id}` (vpcs_get).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_get
   */
  vpcsGet(vpcId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `GET /v2/vpcs` (vpcs_list).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list
   */
  vpcsList(query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"vpcs", unknown>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/members` (vpcs_list_members).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_members
   */
  vpcsListMembers(vpcId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"members", unknown>>;
  /**
   * `GET /v2/vpcs/{vpc_id}/peerings` (vpcs_list_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_list_peerings
   */
  vpcsListPeerings(vpcId: number | string, query?: Record<string, unknown>, opts?: CallOptions): Promise<Page<"peerings", unknown>>;
  /**
   * `PATCH /v2/vpcs/{vpc_id}` (vpcs_patch).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_patch
   */
  vpcsPatch(vpcId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PATCH /v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}` (vpcs_patch_peerings).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_patch_peerings
   */
  vpcsPatchPeerings(vpcId: number | string, vpcPeeringId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /**
   * `PUT /v2/vpcs/{vpc_id}` (vpcs_update).
   * @see https://docs.digitalocean.com/reference/api/digitalocean/#tag/VPCs/operation/vpcs_update
   */
  vpcsUpdate(vpcId: number | string, hash: Record<string, unknown>, query?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
}
