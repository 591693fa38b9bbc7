//! Domains: creation with the records DigitalOcean adds (SOA, three NS, an optional apex
//! A), deletion with the zone's records, and the zone file that reflects the records.
//!
//! ```
//! use do_sim::store::Store;
//! let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
//! let domain = store.create_domain("example.com", Some("192.0.2.1")).unwrap();
//! let zone = store.domain_json(&domain)["zone_file"].as_str().unwrap().to_string();
//! assert!(zone.contains("example.com. 1800 IN A 192.0.2.1"));
//! ```

use super::records::{DomainRecord, RecordFields};
use super::Store;
use crate::error::ApiError;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;

/// Default TTL of a domain's zone.
pub const DOMAIN_TTL: i64 = 1800;
/// The name servers DigitalOcean delegates every domain to.
pub const NAME_SERVERS: [&str; 3] = [
    "ns1.digitalocean.com",
    "ns2.digitalocean.com",
    "ns3.digitalocean.com",
];

/// One domain (its records live in [`super::records::Records`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    /// Domain name, lower case (`example.com`).
    pub name: String,
    /// Zone TTL.
    pub ttl: i64,
    /// Creation time in epoch seconds: the first SOA serial.
    pub created_secs: u64,
}

impl Domain {
    /// The zone file DigitalOcean shows in `zone_file`, from the zone's `records` (SOA
    /// included) and the number of `changes` since creation (added to the serial).
    ///
    /// ```
    /// use do_sim::store::domains::Domain;
    /// let domain = Domain { name: "example.com".into(), ttl: 1800, created_secs: 1 };
    /// assert!(domain.zone_file(&[], 0).starts_with("$ORIGIN example.com.\n$TTL 1800\n"));
    /// ```
    pub fn zone_file(&self, records: &[DomainRecord], changes: u64) -> String {
        let origin = format!("{}.", self.name);
        let soa_ttl = records
            .iter()
            .find(|r| r.fields.r#type == "SOA")
            .map_or(self.ttl, |r| r.fields.ttl);
        let mut zone = format!(
            "$ORIGIN {origin}\n$TTL {}\n{origin} IN SOA {}. hostmaster.{origin} {} 10800 3600 604800 {soa_ttl}\n",
            self.ttl,
            NAME_SERVERS[0],
            self.created_secs + changes
        );
        for record in records.iter().filter(|r| r.fields.r#type != "SOA") {
            zone.push_str(&zone_line(record, &self.name));
            zone.push('\n');
        }
        zone
    }
}

impl Domain {
    /// The object a create answers with: as on DigitalOcean, the zone file is not rendered
    /// yet (`zone_file: null`); `GET` shows it.
    ///
    /// ```
    /// use do_sim::store::domains::Domain;
    /// let domain = Domain { name: "example.com".into(), ttl: 1800, created_secs: 1 };
    /// assert!(domain.created_json()["zone_file"].is_null());
    /// ```
    pub fn created_json(&self) -> Value {
        json!({"name": self.name, "ttl": self.ttl, "zone_file": null})
    }
}

/// Every domain of the account, by lower-case name.
#[derive(Clone, Debug, Default)]
pub struct Domains {
    domains: BTreeMap<String, Domain>,
}

impl Domains {
    /// Adds `name` (validated, lower-cased) created at `now_secs`; `Err` holds the 422 message.
    ///
    /// ```
    /// use do_sim::store::domains::Domains;
    /// let mut domains = Domains::default();
    /// assert!(domains.create("example.com", 1).is_ok());
    /// assert!(domains.create("Example.com", 1).unwrap_err().contains("already exists"));
    /// ```
    pub fn create(&mut self, name: &str, now_secs: u64) -> Result<Domain, String> {
        let name = name.trim().trim_end_matches('.').to_ascii_lowercase();
        if !is_domain_name(&name) {
            return Err("Name is invalid".into());
        }
        if self.domains.contains_key(&name) {
            return Err(format!("{name} already exists"));
        }
        let domain = Domain {
            name: name.clone(),
            ttl: DOMAIN_TTL,
            created_secs: now_secs,
        };
        self.domains.insert(name, domain.clone());
        Ok(domain)
    }

    /// The domain `name` (case-insensitive).
    ///
    /// ```
    /// use do_sim::store::domains::Domains;
    /// assert!(Domains::default().get("example.com").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<&Domain> {
        self.domains.get(&name.to_ascii_lowercase())
    }

    /// The domain `name` (case-insensitive), or DigitalOcean's 404.
    ///
    /// ```
    /// use do_sim::store::domains::Domains;
    /// assert_eq!(Domains::default().find("example.com").unwrap_err().status, 404);
    /// ```
    pub fn find(&self, name: &str) -> Result<&Domain, ApiError> {
        self.get(name).ok_or_else(ApiError::not_found)
    }

    /// Every domain, sorted by name.
    ///
    /// ```
    /// use do_sim::store::domains::Domains;
    /// assert_eq!(Domains::default().list().count(), 0);
    /// ```
    pub fn list(&self) -> impl Iterator<Item = &Domain> {
        self.domains.values()
    }

    /// Deletes `name`; false when it did not exist.
    ///
    /// ```
    /// use do_sim::store::domains::Domains;
    /// assert!(!Domains::default().delete("example.com"));
    /// ```
    pub fn delete(&mut self, name: &str) -> bool {
        self.domains.remove(&name.to_ascii_lowercase()).is_some()
    }
}

impl Store {
    /// Creates a domain with DigitalOcean's SOA and NS records, plus an apex A record for
    /// `ip_address`, and returns it; `Err` holds the 422 message.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert!(store.create_domain("example.com", Some("not-an-ip")).is_err());
    /// ```
    pub fn create_domain(
        &mut self,
        name: &str,
        ip_address: Option<&str>,
    ) -> Result<Domain, String> {
        if ip_address.is_some_and(|ip| ip.parse::<Ipv4Addr>().is_err()) {
            return Err("IP address did not match IPv4 format (e.g. 127.0.0.1).".into());
        }
        let domain = self.domains.create(name, self.now_ms / 1000)?;
        let mut starters = vec![RecordFields::plain("SOA", "@", &DOMAIN_TTL.to_string())];
        starters.extend(
            NAME_SERVERS
                .iter()
                .map(|ns| RecordFields::plain("NS", "@", ns)),
        );
        starters.extend(ip_address.map(|ip| RecordFields::plain("A", "@", ip)));
        let records = starters
            .into_iter()
            .map(|fields| DomainRecord {
                id: self.next_id("record"),
                fields,
            })
            .collect();
        self.records.open_zone(&domain.name, records);
        Ok(domain)
    }

    /// The API object of `domain` (`components/schemas/domain`), zone file included.
    ///
    /// ```
    /// use do_sim::store::{Store, domains::Domain};
    /// let store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// let domain = Domain { name: "example.com".into(), ttl: 1800, created_secs: 0 };
    /// assert_eq!(store.domain_json(&domain)["ttl"], 1800);
    /// ```
    pub fn domain_json(&self, domain: &Domain) -> Value {
        let records = self.records.list(&domain.name);
        let zone_file = domain.zone_file(records, self.records.changes(&domain.name));
        json!({"name": domain.name, "ttl": domain.ttl, "zone_file": zone_file})
    }

    /// Deletes the domain `name` and its records; false when it did not exist.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let mut store = Store::seeded(&do_sim::config::Config::default(), 0);
    /// store.create_domain("example.com", None).unwrap();
    /// assert!(store.delete_domain("example.com"));
    /// assert!(store.records.list("example.com").is_empty());
    /// ```
    pub fn delete_domain(&mut self, name: &str) -> bool {
        self.records.close_zone(name);
        self.domains.delete(name)
    }
}

/// The record as one zone-file line of the zone `domain`.
///
/// ```
/// use do_sim::store::{domains::zone_line, records::DomainRecord};
/// let line = zone_line(&DomainRecord::plain(1, "A", "www", "192.0.2.1"), "example.com");
/// assert_eq!(line, "www.example.com. 1800 IN A 192.0.2.1");
/// ```
pub fn zone_line(record: &DomainRecord, domain: &str) -> String {
    let record = &record.fields;
    let owner = absolute_name(&record.name, domain);
    let target = || absolute_name(&record.data, domain);
    let rdata = match record.r#type.as_str() {
        "CNAME" | "NS" => target(),
        "MX" => format!("{} {}", record.priority.unwrap_or(0), target()),
        "SRV" => format!(
            "{} {} {} {}",
            record.priority.unwrap_or(0),
            record.weight.unwrap_or(0),
            record.port.unwrap_or(0),
            target()
        ),
        "CAA" => format!(
            "{} {} {}",
            record.flags.unwrap_or(0),
            record.tag.as_deref().unwrap_or("issue"),
            quoted(&record.data)
        ),
        "TXT" => quoted(&record.data),
        _ => record.data.clone(),
    };
    format!("{owner} {} IN {} {rdata}", record.ttl, record.r#type)
}

/// `name` (relative, `@` or already absolute) as an absolute name with a trailing dot.
/// Data without a trailing dot that contains a dot counts as fully qualified, as
/// DigitalOcean stores `ns1.digitalocean.com`.
///
/// ```
/// use do_sim::store::domains::absolute_name;
/// assert_eq!(absolute_name("@", "example.com"), "example.com.");
/// assert_eq!(absolute_name("www", "example.com"), "www.example.com.");
/// assert_eq!(absolute_name("ns1.digitalocean.com", "example.com"), "ns1.digitalocean.com.");
/// ```
pub fn absolute_name(name: &str, domain: &str) -> String {
    let looks_absolute = name.contains('.') && !name.starts_with('_') && !name.starts_with('*');
    if name == "@" {
        format!("{domain}.")
    } else if name.ends_with('.') {
        name.to_string()
    } else if looks_absolute {
        format!("{name}.")
    } else {
        format!("{name}.{domain}.")
    }
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Whether `name` looks like `domain.tld`: two or more host labels and an alphabetic TLD.
///
/// ```
/// use do_sim::store::domains::is_domain_name;
/// assert!(is_domain_name("example.co.uk"));
/// assert!(!is_domain_name("localhost"));
/// ```
pub fn is_domain_name(name: &str) -> bool {
    name.split('.').count() >= 2
        && super::records::is_host_name(name, false)
        && !name.contains('_')
        && name
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::store::records::RecordDraft;

    fn store() -> Store {
        Store::seeded(&Config::default(), 1_415_982_609_000)
    }

    #[test]
    fn new_domain_has_soa_ns_and_optional_a() {
        let mut store = store();
        store.create_domain("Example.com.", None).unwrap();
        let types: Vec<&str> = store
            .records
            .list("example.com")
            .iter()
            .map(|r| r.fields.r#type.as_str())
            .collect();
        assert_eq!(types, ["SOA", "NS", "NS", "NS"]);
        store
            .create_domain("example.org", Some("192.0.2.9"))
            .unwrap();
        let apex = store.records.list("example.org").last().unwrap().clone();
        assert_eq!(
            (apex.fields.r#type.as_str(), apex.fields.name.as_str()),
            ("A", "@")
        );
    }

    #[test]
    fn create_rejects_bad_and_duplicate_names() {
        let mut store = store();
        for bad in ["", "nodot", "a..b.com", "-x.com", "x.c0m", "a_b.com"] {
            assert!(store.create_domain(bad, None).is_err(), "{bad}");
        }
        assert!(store.create_domain("example.com", Some("::1")).is_err());
        assert!(
            store.domains.get("example.com").is_none(),
            "bad ip creates nothing"
        );
        store.create_domain("example.com", None).unwrap();
        let again = store.create_domain("EXAMPLE.com", None).unwrap_err();
        assert!(again.contains("already exists"), "{again}");
    }

    #[test]
    fn zone_file_follows_the_records() {
        let mut store = store();
        let domain = store.create_domain("example.com", None).unwrap();
        assert!(
            domain.created_json()["zone_file"].is_null(),
            "not rendered at creation"
        );
        let json = store.domain_json(&domain);
        let want = "$ORIGIN example.com.\n$TTL 1800\nexample.com. IN SOA ns1.digitalocean.com. hostmaster.example.com. 1415982609 10800 3600 604800 1800\nexample.com. 1800 IN NS ns1.digitalocean.com.\nexample.com. 1800 IN NS ns2.digitalocean.com.\nexample.com. 1800 IN NS ns3.digitalocean.com.\n";
        assert_eq!(json["zone_file"], want);
        let draft = RecordDraft {
            r#type: Some("TXT".into()),
            name: Some("@".into()),
            data: Some("hello".into()),
            ..RecordDraft::default()
        };
        let id = store.next_id("record");
        store.records.add("example.com", id, &draft).unwrap();
        let domain = store.domains.get("example.com").unwrap().clone();
        let zone = store.domain_json(&domain)["zone_file"].to_string();
        assert!(
            zone.contains("example.com. 1800 IN TXT \\\"hello\\\""),
            "{zone}"
        );
        assert!(zone.contains(" 1415982610 "), "serial bumped: {zone}");
    }

    #[test]
    fn renders_zone_lines_per_type() {
        let mut mx = DomainRecord::plain(1, "MX", "@", "mail");
        mx.fields.priority = Some(10);
        let mut srv = DomainRecord::plain(2, "SRV", "_sip._tcp", "sip.example.com");
        (srv.fields.priority, srv.fields.weight, srv.fields.port) = (Some(1), Some(5), Some(5060));
        let mut caa = DomainRecord::plain(3, "CAA", "@", "letsencrypt.org");
        (caa.fields.flags, caa.fields.tag) = (Some(0), Some("issue".into()));
        let rows = [
            (mx, "example.com. 1800 IN MX 10 mail.example.com."),
            (
                srv,
                "_sip._tcp.example.com. 1800 IN SRV 1 5 5060 sip.example.com.",
            ),
            (caa, "example.com. 1800 IN CAA 0 issue \"letsencrypt.org\""),
            (
                DomainRecord::plain(4, "TXT", "@", "say \"hi\""),
                "example.com. 1800 IN TXT \"say \\\"hi\\\"\"",
            ),
            (
                DomainRecord::plain(5, "CNAME", "www", "@"),
                "www.example.com. 1800 IN CNAME example.com.",
            ),
        ];
        for (record, want) in rows {
            assert_eq!(zone_line(&record, "example.com"), want);
        }
    }

    #[test]
    fn delete_removes_the_records() {
        let mut store = store();
        store.create_domain("example.com", None).unwrap();
        assert!(store.delete_domain("EXAMPLE.COM"));
        assert!(store.records.list("example.com").is_empty());
        assert!(!store.delete_domain("example.com"));
    }
}
