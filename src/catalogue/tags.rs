//! DO NOT EDIT: the OpenAPI tags of the generated rows (for their docs links), derived
//! from `operations.tsv` by [`codegen`](super::codegen). Regenerate with
//! `BLESS=1 cargo test --test catalogue_sync`.

/// `name|tag` lines: an operationId's tag is that of the line naming it, else that of
/// the line naming its first `_`-separated word ([`compact::tag`](super::compact::tag)).
pub static TAGS: &str = "\
addons|Add-Ons
apps|Apps
autoscalepools|Droplet Autoscale Pools
balance|Billing
billingHistory|Billing
billingInsights|Billing
byoipPrefixes|BYOIP Prefixes
cdn|CDN Endpoints
certificates|Certificates
databases|Databases
dedicatedInferences|Dedicated Inference
domains|Domain Records
dropletActions|Droplet Actions
droplets|Droplets
firewalls|Firewalls
floatingIPs|Floating IPs
floatingIPsAction|Floating IP Actions
functions|Functions
functionsAccessKey|Functions
genai|GradientAI Platform
imageActions|Image Actions
images|Images
invoices|Billing
kubernetes|Kubernetes
loadBalancers|Load Balancers
monitoring|Monitoring
nfs|NFS
oneClicks|1-Click Applications
organizations|Organizations
partnerAttachments|Partner Network Connect
projects|Projects
registries|Container Registries
registry|Container Registry
reservedIPs|Reserved IPs
reservedIPsActions|Reserved IP Actions
reservedIPv6|Reserved IPv6
reservedIPv6Actions|Reserved IPv6 Actions
security|Security
spacesKey|Spaces Keys
uptime|Uptime
vectorDatabases|Vector Databases
volumeActions|Block Storage Actions
volumeSnapshots|Block Storage
vpcPeerings|VPC Peerings
vpcnatgateways|VPC NAT Gateways
vpcs|VPCs
nfs_create_action|NFS Actions
projects_assign_resources|Project Resources
projects_assign_resources_default|Project Resources
projects_list_resources|Project Resources
projects_list_resources_default|Project Resources";
