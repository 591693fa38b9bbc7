//! The hand-written rows: the seed's methods (Net::Async::DigitalOcean's list, camelCased),
//! their variants, waits and plans, and the methods beyond the seed. Each row sits under its
//! `///` doc, which the generated `.d.ts` carries as JSDoc (with the DO docs link).
//!
//! Row: JS name, operationId, method, path template, argument spec (see [`super::spec`]),
//! fixed values, reply kind, plan.

// The rows as structs (`ROWS`) exist off wasm only; `TEXT` is what the generator writes as
// `HAND` in the facade's generated/methods.js (the shipped wasm reads neither).
#[cfg(not(target_arch = "wasm32"))]
use super::{Method::*, Plan::*, ReplyKind::*};

table_rows! {
    // Meta interface of test servers (the simulator)
    /// Resets the test server to its seeded state; resolves `undefined`.
    "metaReset", "meta_reset", Post, "/meta/reset", "", "", Empty, Single;
    /// Pings the test server: `{pong: true, pings: n}`.
    "metaPing", "meta_ping", Get, "/meta/ping", "", "", Body, Single;
    /// Sets fields of the test account (e.g. `droplet_limit`): `{account}`.
    "metaAccount", "meta_account", Post, "/meta/account", "hash:obj>body", "", Body, Single;
    /// Request, action and rate-limit counters of the test server.
    "metaStatistics", "meta_statistics", Get, "/meta/statistics", "", "", Body, Single;
    /// Chapters and operations the test server implements.
    "metaCapabilities", "meta_capabilities", Get, "/meta/capabilities", "", "", Body, Single;
    /// Sets fault injection of the test server (`rate_429`, `rate_5xx`, `routes`…): `{faults}`.
    "metaFaults", "meta_faults", Put, "/meta/faults", "hash:obj>body", "", Body, Single;
    // Account and actions
    /// The account: `{account}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get>
    "account", "account_get", Get, "/v2/account", "", "", Body, Single;
    /// Lists actions, newest first (never waits): `{actions, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Actions/operation/actions_list>
    "actions", "actions_list", Get, "/v2/actions", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("actions"), Single;
    /// One action by id (never waits): `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Actions/operation/actions_get>
    "action", "actions_get", Get, "/v2/actions/{action_id}", "id:id>p.action_id", "", Body, Single;
    // Block storage
    /// Lists volumes, optionally by `name` and `region`: `{volumes, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_list>
    "volumes", "volumes_list", Get, "/v2/volumes", "?{name?:str>q.name,region?:str>q.region,page?:int>q.page,per_page?:int>q.per_page}", "", List("volumes"), Single;
    /// Creates a volume: `{volume}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_create>
    "createVolume", "volumes_create", Post, "/v2/volumes", "hash:obj>body", "", Body, Single;
    /// One volume by id: `{volume}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_get>
    "volume", "volumes_get", Get, "/v2/volumes/{volume_id}", "{id:str>p.volume_id}", "", Body, Single;
    /// The volume with this name in this region (lowest id if several): `{volume}`; none is a 404 `not_found`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_list>
    "volume", "volumes_list", Get, "/v2/volumes", "{name:str>m.name,region:str>m.region}", "", List("volumes"), FindByName;
    /// Deletes a volume by id; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_delete>
    "deleteVolume", "volumes_delete", Delete, "/v2/volumes/{volume_id}", "{id:str>p.volume_id}", "", Empty, Single;
    /// Deletes the volume with this name in this region; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumes_delete_byName>
    "deleteVolume", "volumes_delete_byName", Delete, "/v2/volumes", "{name:str>q.name,region:str>q.region}", "", Empty, Single;
    /// Attaches a volume to a droplet (`{droplet_id, region?}`) and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId>
    "volumeAttach", "volumeActions_post_byId", Post, "/v2/volumes/{volume_id}/actions", "volumeId:str>p.volume_id hash:obj>body", "b.type=attach", Action, Single;
    /// Detaches a volume from a droplet (`{droplet_id, region?}`) and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId>
    "volumeDetach", "volumeActions_post_byId", Post, "/v2/volumes/{volume_id}/actions", "volumeId:str>p.volume_id hash:obj>body", "b.type=detach", Action, Single;
    /// Resizes a volume (`{size_gigabytes, region?}`) and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_post_byId>
    "volumeResize", "volumeActions_post_byId", Post, "/v2/volumes/{volume_id}/actions", "volumeId:str>p.volume_id hash:obj>body", "b.type=resize", Action, Single;
    /// Lists the actions of a volume (never waits): `{actions, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage-Actions/operation/volumeActions_list>
    "volumeActions", "volumeActions_list", Get, "/v2/volumes/{volume_id}/actions", "volumeId:str>p.volume_id ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("actions"), Single;
    /// Snapshots of a volume: `{snapshots, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_list>
    "snapshots", "volumeSnapshots_list", Get, "/v2/volumes/{volume_id}/snapshots", "{volume:str>p.volume_id} ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("snapshots"), Single;
    /// Snapshots of a droplet: `{snapshots, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_snapshots>
    "snapshots", "droplets_list_snapshots", Get, "/v2/droplets/{droplet_id}/snapshots", "{droplet:id>p.droplet_id} ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("snapshots"), Single;
    /// Every snapshot, optionally by `resource_type` (`droplet`, `volume`): `{snapshots, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_list>
    "snapshots", "snapshots_list", Get, "/v2/snapshots", "?{resource_type?:str>q.resource_type,page?:int>q.page,per_page?:int>q.per_page}", "", List("snapshots"), Single;
    /// One snapshot by id: `{snapshot}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_get>
    "snapshot", "snapshots_get", Get, "/v2/snapshots/{snapshot_id}", "id:ref>p.snapshot_id", "", Body, Single;
    /// Snapshots a volume (`{name, tags?}`): `{snapshot}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Block-Storage/operation/volumeSnapshots_create>
    "createSnapshot", "volumeSnapshots_create", Post, "/v2/volumes/{volume_id}/snapshots", "volumeId:str>p.volume_id hash:obj>body", "", Body, Single;
    /// Deletes a droplet or volume snapshot; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Snapshots/operation/snapshots_delete>
    "deleteSnapshot", "snapshots_delete", Delete, "/v2/snapshots/{snapshot_id}", "id:ref>p.snapshot_id", "", Empty, Single;
    // Domains and records
    /// Lists domains: `{domains, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_list>
    "domains", "domains_list", Get, "/v2/domains", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("domains"), Single;
    /// Creates a domain (`{name, ip_address?}`): `{domain}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_create>
    "createDomain", "domains_create", Post, "/v2/domains", "hash:obj>body", "", Body, Single;
    /// One domain: `{domain}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_get>
    "domain", "domains_get", Get, "/v2/domains/{domain_name}", "name:str>p.domain_name", "", Body, Single;
    /// Deletes a domain; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domains/operation/domains_delete>
    "deleteDomain", "domains_delete", Delete, "/v2/domains/{domain_name}", "name:str>p.domain_name", "", Empty, Single;
    /// Lists the records of a domain, optionally by `type` and `name`: `{domain_records, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_list_records>
    "domainRecords", "domains_list_records", Get, "/v2/domains/{domain_name}/records", "name:str>p.domain_name ?{type?:str>q.type,name?:str>q.name,page?:int>q.page,per_page?:int>q.per_page}", "", List("domain_records"), Single;
    /// Creates a record (`{type, name, data, …}`): `{domain_record}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_create_record>
    "createRecord", "domains_create_record", Post, "/v2/domains/{domain_name}/records", "name:str>p.domain_name hash:obj>body", "", Body, Single;
    /// One record: `{domain_record}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_get_record>
    "domainRecord", "domains_get_record", Get, "/v2/domains/{domain_name}/records/{domain_record_id}", "name:str>p.domain_name id:id>p.domain_record_id", "", Body, Single;
    /// Updates a record: `{domain_record}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_update_record>
    "updateRecord", "domains_update_record", Put, "/v2/domains/{domain_name}/records/{domain_record_id}", "name:str>p.domain_name id:id>p.domain_record_id hash:obj>body", "", Body, Single;
    /// Deletes a record; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records/operation/domains_delete_record>
    "deleteRecord", "domains_delete_record", Delete, "/v2/domains/{domain_name}/records/{domain_record_id}", "name:str>p.domain_name id:id>p.domain_record_id", "", Empty, Single;
    // Droplets
    /// Creates one droplet (`name`) or several (`names`), waits until running and re-reads: `{droplet}` or `{droplets}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_create>
    "createDroplet", "droplets_create", Post, "/v2/droplets", "hash:obj>body", "", LinksActions, CreateReread;
    /// One droplet by id: `{droplet}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get>
    "droplet", "droplets_get", Get, "/v2/droplets/{droplet_id}", "{id:id>p.droplet_id}", "", Body, Single;
    /// The droplet with this name in this region (lowest id if several): `{droplet}`; none is a 404 `not_found`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list>
    "droplet", "droplets_list", Get, "/v2/droplets", "{name:str>m.name,region:str>m.region}", "", List("droplets"), FindByName;
    /// Lists droplets, optionally by `tag_name`, `name` or `type`: `{droplets, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list>
    "droplets", "droplets_list", Get, "/v2/droplets", "?{tag_name?:str>q.tag_name,name?:str>q.name,type?:str>q.type,page?:int>q.page,per_page?:int>q.per_page}", "", List("droplets"), Single;
    /// Every droplet, all pages: `{droplets, meta: {total}}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list>
    "dropletsAll", "droplets_list", Get, "/v2/droplets", "?{tag_name?:str>q.tag_name,name?:str>q.name,type?:str>q.type,per_page?:int>q.per_page}", "", List("droplets"), AllPages;
    /// Backups of a droplet: `{backups, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_backups>
    "backups", "droplets_list_backups", Get, "/v2/droplets/{droplet_id}/backups", "id:id>p.droplet_id ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("backups"), Single;
    /// Lists the actions of a droplet (never waits): `{actions, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_list>
    "dropletActions", "dropletActions_list", Get, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("actions"), Single;
    /// Kernels available to a droplet: `{kernels, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_kernels>
    "kernels", "droplets_list_kernels", Get, "/v2/droplets/{droplet_id}/kernels", "{id:id>p.droplet_id} ?{page?:int>q.page,per_page?:int>q.per_page}", "", List("kernels"), Single;
    /// Droplets on the same physical host: `{droplets}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_neighbors>
    "neighbors", "droplets_list_neighbors", Get, "/v2/droplets/{droplet_id}/neighbors", "{id:id>p.droplet_id}", "", Body, Single;
    /// Deletes a droplet; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy>
    "deleteDroplet", "droplets_destroy", Delete, "/v2/droplets/{droplet_id}", "{id:id>p.droplet_id}", "", Empty, Single;
    /// Deletes every droplet with the tag; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_byTag>
    "deleteDroplet", "droplets_destroy_byTag", Delete, "/v2/droplets", "{tag:str>q.tag_name}", "", Empty, Single;
    /// Resources destroyable with a droplet: `{reserved_ips, floating_ips, snapshots, volumes, volume_snapshots}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_list_associatedResources>
    "associatedResources", "droplets_list_associatedResources", Get, "/v2/droplets/{droplet_id}/destroy_with_associated_resources", "{id:id>p.droplet_id}", "", Body, Single;
    /// Status of a destroy-with-associated-resources: `{droplet, resources, completed_at, failures}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_get_DestroyAssociatedResourcesStatus>
    "associatedResources", "droplets_get_DestroyAssociatedResourcesStatus", Get, "/v2/droplets/{droplet_id}/destroy_with_associated_resources/status", "{checkStatus:id>p.droplet_id}", "", Body, Single;
    /// Deletes a droplet with ALL its associated resources (sends `X-Dangerous: true`); resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_withAssociatedResourcesDangerous>
    "deleteWithAssociatedResources", "droplets_destroy_withAssociatedResourcesDangerous", Delete, "/v2/droplets/{droplet_id}/destroy_with_associated_resources/dangerous", "{id:id>p.droplet_id}", "h.X-Dangerous=true", Empty, Single;
    /// Deletes a droplet with the chosen associated resources (`{reserved_ips?, snapshots?, volumes?, …}`); resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_withAssociatedResourcesSelective>
    "deleteSelectiveAssociatedResources", "droplets_destroy_withAssociatedResourcesSelective", Delete, "/v2/droplets/{droplet_id}/destroy_with_associated_resources/selective", "{id:id>p.droplet_id} hash:obj>body", "", Empty, Single;
    /// Retries a failed destroy-with-associated-resources; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplets/operation/droplets_destroy_retryWithAssociatedResources>
    "retryDeleteWithAssociatedResources", "droplets_destroy_retryWithAssociatedResources", Post, "/v2/droplets/{droplet_id}/destroy_with_associated_resources/retry", "{id:id>p.droplet_id}", "", Empty, Single;
    /// Deletes an autoscale pool with ALL its droplets (sends `X-Dangerous: true`, which the API
    /// requires); resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Autoscale-Pools/operation/autoscalepools_delete_dangerous>
    "autoscalepoolsDeleteDangerous", "autoscalepools_delete_dangerous", Delete, "/v2/droplets/autoscale/{autoscale_pool_id}/dangerous", "autoscalePoolId:str>p.autoscale_pool_id", "h.X-Dangerous=true", Empty, Single;
    // Droplet actions: by {id}, or by {tag} (the API's by-tag form, or one action per tagged droplet)
    /// Enables backups a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "enableBackups", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=enable_backups", Action, Single;
    /// Enables backups every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "enableBackups", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=enable_backups", Actions, Single;
    /// Disables backups a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "disableBackups", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=disable_backups", Action, Single;
    /// Disables backups every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "disableBackups", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=disable_backups", Actions, Single;
    /// Reboots a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "reboot", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=reboot", Action, Single;
    /// Reboots every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "reboot", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name}", "b.type=reboot", Action, TagFanOut;
    /// Power-cycles a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "powerCycle", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=power_cycle", Action, Single;
    /// Power-cycles every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "powerCycle", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=power_cycle", Actions, Single;
    /// Shuts down a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "shutdown", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=shutdown", Action, Single;
    /// Shuts down every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "shutdown", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=shutdown", Actions, Single;
    /// Powers off a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "powerOff", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=power_off", Action, Single;
    /// Powers off every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "powerOff", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=power_off", Actions, Single;
    /// Powers on a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "powerOn", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=power_on", Action, Single;
    /// Powers on every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "powerOn", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=power_on", Actions, Single;
    /// Restores from a backup image a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "restore", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} image:id>b.image", "b.type=restore", Action, Single;
    /// Restores from a backup image every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "restore", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name} image:id>b.image", "b.type=restore", Action, TagFanOut;
    /// Resets the root password of a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "passwordReset", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=password_reset", Action, Single;
    /// Resets the root password of every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "passwordReset", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name}", "b.type=password_reset", Action, TagFanOut;
    /// Resizes (disk too with `diskResize`) a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "resize", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} size:str>b.size ?diskResize:bool>b.disk", "b.type=resize", Action, Single;
    /// Resizes (disk too with `diskResize`) every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "resize", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name} size:str>b.size ?diskResize:bool>b.disk", "b.type=resize", Action, TagFanOut;
    /// Rebuilds from an image (id or slug) a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "rebuild", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} image:ref>b.image", "b.type=rebuild", Action, Single;
    /// Rebuilds from an image (id or slug) every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "rebuild", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name} image:ref>b.image", "b.type=rebuild", Action, TagFanOut;
    /// Renames a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "rename", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} name:str>b.name", "b.type=rename", Action, Single;
    /// Renames every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "rename", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name} name:str>b.name", "b.type=rename", Action, TagFanOut;
    /// Changes the kernel of a droplet (a kernel id from `kernels({id})`) and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "changeKernel", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} kernel:int>b.kernel", "b.type=change_kernel", Action, Single;
    /// Changes the kernel of every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "changeKernel", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name} kernel:int>b.kernel", "b.type=change_kernel", Action, TagFanOut;
    /// Enables IPv6 on a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "enableIpv6", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=enable_ipv6", Action, Single;
    /// Enables IPv6 on every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "enableIpv6", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name}", "b.type=enable_ipv6", Actions, Single;
    /// Enables private networking on a droplet and waits: `{action}`.
    /// @deprecated The current OpenAPI description no longer lists the action type `enable_private_networking` (droplets get VPC networking); kept from the Perl model, the API may refuse it.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "enablePrivateNetworking", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id}", "b.type=enable_private_networking", Action, Single;
    /// Enables private networking on every droplet with the tag (one action each) and waits for all: `{actions}`.
    /// @deprecated The current OpenAPI description no longer lists the action type `enable_private_networking` (droplets get VPC networking); kept from the Perl model, the API may refuse it.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "enablePrivateNetworking", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{tag:str>m.tag_name}", "b.type=enable_private_networking", Action, TagFanOut;
    /// Snapshots a droplet and waits: `{action}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post>
    "createDropletSnapshot", "dropletActions_post", Post, "/v2/droplets/{droplet_id}/actions", "{id:id>p.droplet_id} ?name:str>b.name", "b.type=snapshot", Action, Single;
    /// Snapshots every droplet with the tag and waits: `{actions}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Droplet-Actions/operation/dropletActions_post_byTag>
    "createDropletSnapshot", "dropletActions_post_byTag", Post, "/v2/droplets/actions", "{tag:str>q.tag_name} ?name:str>b.name", "b.type=snapshot", Actions, Single;
    // Images
    /// Lists images, optionally by `type`, `private` or `tag_name`: `{images, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_list>
    "images", "images_list", Get, "/v2/images", "?{type?:str>q.type,private?:bool>q.private,tag_name?:str>q.tag_name,page?:int>q.page,per_page?:int>q.per_page}", "", List("images"), Single;
    /// Every image, all pages, with the filters of `images`: `{images, meta: {total}}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_list>
    "imagesAll", "images_list", Get, "/v2/images", "?{type?:str>q.type,private?:bool>q.private,tag_name?:str>q.tag_name,per_page?:int>q.per_page}", "", List("images"), AllPages;
    /// One image by id or slug: `{image}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_get>
    "image", "images_get", Get, "/v2/images/{image_id}", "id:ref>p.image_id", "", Body, Single;
    /// Creates a custom image from a URL (`{name, url, region, …}`): `{image}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_create_custom>
    "createCustomImage", "images_create_custom", Post, "/v2/images", "hash:obj>body", "", Body, Single;
    /// Updates an image (`{name?, distribution?, description?}`): `{image}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_update>
    "updateImage", "images_update", Put, "/v2/images/{image_id}", "id:id>p.image_id hash:obj>body", "", Body, Single;
    /// Deletes an image; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Images/operation/images_delete>
    "deleteImage", "images_delete", Delete, "/v2/images/{image_id}", "id:id>p.image_id", "", Empty, Single;
    /// Lists the actions of an image (never waits): `{actions, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_list>
    "imageActions", "imageActions_list", Get, "/v2/images/{image_id}/actions", "id:id>p.image_id", "", List("actions"), Single;
    /// Runs an image action (`{type: "transfer", region}` or `{type: "convert"}`) and waits: the action.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post>
    "imageAction", "imageActions_post", Post, "/v2/images/{image_id}/actions", "id:id>p.image_id hash:obj>body", "", BareAction, Single;
    /// Transfers an image to a region and waits: the action.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post>
    "transferImage", "imageActions_post", Post, "/v2/images/{image_id}/actions", "id:id>p.image_id region:str>b.region", "b.type=transfer", BareAction, Single;
    /// Converts a backup or snapshot into a snapshot image and waits: the action.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Image-Actions/operation/imageActions_post>
    "convertImage", "imageActions_post", Post, "/v2/images/{image_id}/actions", "id:id>p.image_id", "b.type=convert", BareAction, Single;
    // Regions, sizes, SSH keys, tags
    /// Lists regions: `{regions, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Regions/operation/regions_list>
    "regions", "regions_list", Get, "/v2/regions", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("regions"), Single;
    /// Lists droplet sizes: `{sizes, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Sizes/operation/sizes_list>
    "sizes", "sizes_list", Get, "/v2/sizes", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("sizes"), Single;
    /// Lists SSH keys: `{ssh_keys, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_list>
    "keys", "sshKeys_list", Get, "/v2/account/keys", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("ssh_keys"), Single;
    /// Adds an SSH key (`{name, public_key}`): `{ssh_key}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_create>
    "createKey", "sshKeys_create", Post, "/v2/account/keys", "hash:obj>body", "", Body, Single;
    /// One SSH key by id or fingerprint: `{ssh_key}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_get>
    "key", "sshKeys_get", Get, "/v2/account/keys/{ssh_key_identifier}", "id:ref>p.ssh_key_identifier", "", Body, Single;
    /// Renames an SSH key (`{name}`): `{ssh_key}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_update>
    "updateKey", "sshKeys_update", Put, "/v2/account/keys/{ssh_key_identifier}", "id:ref>p.ssh_key_identifier hash:obj>body", "", Body, Single;
    /// Deletes an SSH key; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/SSH-Keys/operation/sshKeys_delete>
    "deleteKey", "sshKeys_delete", Delete, "/v2/account/keys/{ssh_key_identifier}", "id:ref>p.ssh_key_identifier", "", Empty, Single;
    /// Lists tags: `{tags, links, meta}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_list>
    "tags", "tags_list", Get, "/v2/tags", "?{page?:int>q.page,per_page?:int>q.per_page}", "", List("tags"), Single;
    /// Creates a tag (`{name}`): `{tag}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_create>
    "createTag", "tags_create", Post, "/v2/tags", "hash:obj>body", "", Body, Single;
    /// One tag: `{tag}`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_get>
    "tag", "tags_get", Get, "/v2/tags/{tag_id}", "name:str>p.tag_id", "", Body, Single;
    /// Deletes a tag; resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_delete>
    "deleteTag", "tags_delete", Delete, "/v2/tags/{tag_id}", "name:str>p.tag_id", "", Empty, Single;
    /// Tags resources (`{resources: [{resource_id, resource_type}]}`); resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_assign_resources>
    "tagResources", "tags_assign_resources", Post, "/v2/tags/{tag_id}/resources", "name:str>p.tag_id hash:obj>body", "", Empty, Single;
    /// Untags resources (`{resources: [{resource_id, resource_type}]}`); resolves `undefined`.
    /// <https://docs.digitalocean.com/reference/api/digitalocean/#tag/Tags/operation/tags_unassign_resources>
    "untagResources", "tags_unassign_resources", Delete, "/v2/tags/{tag_id}/resources", "name:str>p.tag_id hash:obj>body", "", Empty, Single;
}
