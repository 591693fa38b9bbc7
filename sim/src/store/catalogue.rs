//! The seeded catalogue: regions, sizes and images (public distributions, 1-click
//! applications and the account's private images).

use crate::time::iso8601;
use serde_json::{json, Value};

/// `(slug, name)` of every region; all available. Only slugs of the spec's `region_slug`
/// enum, since image `regions` must be drawn from it.
#[rustfmt::skip]
const REGIONS: &[(&str, &str)] = &[
    ("nyc1", "New York 1"), ("nyc2", "New York 2"), ("nyc3", "New York 3"),
    ("ams3", "Amsterdam 3"), ("sfo2", "San Francisco 2"), ("sfo3", "San Francisco 3"),
    ("sgp1", "Singapore 1"), ("lon1", "London 1"), ("fra1", "Frankfurt 1"),
    ("tor1", "Toronto 1"), ("blr1", "Bangalore 1"), ("syd1", "Sydney 1"),
];

const REGION_FEATURES: &[&str] = &[
    "backups",
    "ipv6",
    "metadata",
    "install_agent",
    "storage",
    "image_transfer",
];

/// `(slug, memory MiB, vcpus, disk GiB, transfer TiB, price_monthly, description)`.
#[rustfmt::skip]
const SIZES: &[(&str, u64, u64, u64, f64, f64, &str)] = &[
    ("s-1vcpu-512mb-10gb", 512, 1, 10, 0.5, 4.0, "Basic"),
    ("s-1vcpu-1gb", 1024, 1, 25, 1.0, 6.0, "Basic"),
    ("s-1vcpu-1gb-amd", 1024, 1, 25, 1.0, 7.0, "Basic AMD"),
    ("s-1vcpu-1gb-intel", 1024, 1, 25, 1.0, 7.0, "Basic Intel"),
    ("s-1vcpu-2gb", 2048, 1, 50, 2.0, 12.0, "Basic"),
    ("s-2vcpu-2gb", 2048, 2, 60, 3.0, 18.0, "Basic"),
    ("s-2vcpu-4gb", 4096, 2, 80, 4.0, 24.0, "Basic"),
    ("s-4vcpu-8gb", 8192, 4, 160, 5.0, 48.0, "Basic"),
    ("s-8vcpu-16gb", 16384, 8, 320, 6.0, 96.0, "Basic"),
    ("c-2", 4096, 2, 25, 4.0, 42.0, "CPU-Optimized"),
    ("g-2vcpu-8gb", 8192, 2, 25, 4.0, 63.0, "General Purpose"),
    ("m-2vcpu-16gb", 16384, 2, 50, 4.0, 84.0, "Memory-Optimized"),
];

/// Public images: `(id, slug, name, distribution, min_disk_size, size_gigabytes, application)`;
/// distributions are values of the spec's `distribution` enum.
#[rustfmt::skip]
const PUBLIC_IMAGES: &[(u64, &str, &str, &str, u64, f64, bool)] = &[
    (160_000_001, "ubuntu-24-04-x64", "24.04 (LTS) x64", "Ubuntu", 7, 2.8, false),
    (160_000_002, "ubuntu-22-04-x64", "22.04 (LTS) x64", "Ubuntu", 7, 2.36, false),
    (160_000_003, "ubuntu-20-04-x64", "20.04 (LTS) x64", "Ubuntu", 7, 2.1, false),
    (160_000_004, "ubuntu-18-04-x64", "18.04 (LTS) x64", "Ubuntu", 15, 2.0, false),
    (160_000_005, "debian-12-x64", "12 x64", "Debian", 10, 1.1, false),
    (160_000_006, "debian-11-x64", "11 x64", "Debian", 10, 1.0, false),
    (160_000_007, "fedora-40-x64", "40 x64", "Fedora", 10, 1.5, false),
    (160_000_008, "centos-stream-9-x64", "Stream 9 x64", "CentOS", 10, 1.2, false),
    (160_000_009, "rockylinux-9-x64", "9 x64", "Rocky Linux", 10, 1.1, false),
    (160_000_010, "freebsd-14-x64-zfs", "14.1 x64 zfs", "FreeBSD", 20, 1.6, false),
    (160_000_011, "openfaas-18-04", "OpenFaaS 0.20 on Ubuntu 18.04", "Ubuntu", 25, 3.2, true),
    (160_000_012, "docker-20-04", "Docker 24.0 on Ubuntu 22.04", "Ubuntu", 25, 3.4, true),
    (160_000_013, "wordpress-20-04", "WordPress 6.4 on Ubuntu 22.04", "Ubuntu", 25, 4.1, true),
    (160_000_014, "lamp-20-04", "LAMP on Ubuntu 22.04", "Ubuntu", 25, 3.0, true),
    (160_000_015, "gitlab-20-04", "GitLab 16 on Ubuntu 22.04", "Ubuntu", 50, 7.2, true),
];

/// Epoch ms used as `created_at` of seeded entries (2024-01-02T03:04:05Z).
const SEEDED_AT_MS: u64 = 1_704_164_645_000;

/// One image with what the list filters need.
#[derive(Debug, Clone)]
pub struct ImageEntry {
    /// The image object.
    pub body: Value,
    /// `distribution`, `application` or `private`.
    pub category: &'static str,
}

/// Regions, sizes and images.
///
/// ```
/// let c = do_sim::store::catalogue::Catalogue::seeded();
/// assert_eq!(c.size("s-1vcpu-1gb").unwrap()["memory"], 1024);
/// assert_eq!(c.image("openfaas-18-04").unwrap().category, "application");
/// ```
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// Region objects.
    pub regions: Vec<Value>,
    /// Size objects.
    pub sizes: Vec<Value>,
    /// Images, in list order.
    pub images: Vec<ImageEntry>,
}

impl Catalogue {
    /// The catalogue of a fresh simulator.
    pub fn seeded() -> Self {
        let region_slugs: Vec<&str> = REGIONS.iter().map(|(slug, _)| *slug).collect();
        let size_slugs: Vec<&str> = SIZES.iter().map(|row| row.0).collect();
        let regions = REGIONS
            .iter()
            .map(|(slug, name)| {
                json!({"name": name, "slug": slug, "features": REGION_FEATURES,
                       "available": true, "sizes": size_slugs})
            })
            .collect();
        let sizes = SIZES
            .iter()
            .map(
                |&(slug, memory, vcpus, disk, transfer, monthly, description)| {
                    json!({
                        "slug": slug, "memory": memory, "vcpus": vcpus, "disk": disk,
                        "transfer": transfer, "price_monthly": monthly,
                        "price_hourly": (monthly / 672.0 * 100_000.0).round() / 100_000.0,
                        "regions": region_slugs, "available": true, "description": description,
                        "disk_info": [{"type": "local", "size": {"amount": disk, "unit": "gib"}}],
                    })
                },
            )
            .collect();
        let mut images: Vec<ImageEntry> = PUBLIC_IMAGES
            .iter()
            .map(
                |&(id, slug, name, distribution, min_disk, size_gb, application)| ImageEntry {
                    body: json!({
                        "id": id, "name": name, "type": "base", "distribution": distribution,
                        "slug": slug, "public": true, "regions": region_slugs,
                        "created_at": iso8601(SEEDED_AT_MS), "min_disk_size": min_disk,
                        "size_gigabytes": size_gb, "description": format!("{distribution} {name}"),
                        "tags": [], "status": "available", "error_message": "",
                    }),
                    category: if application {
                        "application"
                    } else {
                        "distribution"
                    },
                },
            )
            .collect();
        images.push(ImageEntry {
            body: json!({
                "id": 170_000_001u64, "name": "my-custom-image", "type": "custom",
                "distribution": "Ubuntu", "slug": null, "public": false,
                "regions": ["nyc3", "fra1"], "created_at": iso8601(SEEDED_AT_MS),
                "min_disk_size": 20, "size_gigabytes": 2.5, "description": "A custom image",
                "tags": ["base-image", "prod"], "status": "available", "error_message": "",
            }),
            category: "private",
        });
        Catalogue {
            regions,
            sizes,
            images,
        }
    }

    /// The region object with this slug.
    pub fn region(&self, slug: &str) -> Option<&Value> {
        self.regions.iter().find(|r| r["slug"] == slug)
    }

    /// The size object with this slug.
    pub fn size(&self, slug: &str) -> Option<&Value> {
        self.sizes.iter().find(|s| s["slug"] == slug)
    }

    /// The image with this numeric id (as text) or slug.
    pub fn image(&self, id_or_slug: &str) -> Option<&ImageEntry> {
        self.images
            .iter()
            .find(|i| image_matches(&i.body, id_or_slug))
    }

    /// Mutable access to the image with this id or slug.
    pub fn image_mut(&mut self, id_or_slug: &str) -> Option<&mut ImageEntry> {
        self.images
            .iter_mut()
            .find(|i| image_matches(&i.body, id_or_slug))
    }

    /// Adds a private image (e.g. from a droplet snapshot) and returns its object.
    pub fn add_private_image(&mut self, body: Value) -> Value {
        self.images.push(ImageEntry {
            body: body.clone(),
            category: "private",
        });
        body
    }
}

fn image_matches(body: &Value, id_or_slug: &str) -> bool {
    body["slug"] == id_or_slug
        || body["id"]
            .as_u64()
            .is_some_and(|id| id.to_string() == id_or_slug)
}
