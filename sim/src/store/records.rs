//! DNS records: the record object, the per-type validation DigitalOcean applies, and the
//! records of every zone.
//!
//! ```
//! use do_sim::store::records::{RecordDraft, validate_record};
//! let draft = RecordDraft { r#type: Some("A".into()), name: Some("www".into()),
//!     data: Some("192.0.2.10".into()), ..RecordDraft::default() };
//! let fields = validate_record("example.com", &draft, None).unwrap();
//! assert_eq!(fields.name, "www");
//! ```

use super::domains::absolute_name;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};

/// Time to live given to records created without one (DigitalOcean's default).
pub const DEFAULT_RECORD_TTL: i64 = 1800;
/// The smallest TTL DigitalOcean accepts on a record.
pub const MIN_RECORD_TTL: i64 = 30;
/// The record types DigitalOcean's DNS accepts.
pub const RECORD_TYPES: [&str; 9] = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT"];

/// One DNS record as the API shows it (`components/schemas/domain_record`).
///
/// ```
/// use do_sim::store::records::DomainRecord;
/// let ns = DomainRecord::plain(7, "NS", "@", "ns1.digitalocean.com");
/// assert_eq!(ns.fields.ttl, 1800);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainRecord {
    /// Unique id of the record.
    pub id: u64,
    /// Everything else, serialized beside the id.
    #[serde(flatten)]
    pub fields: RecordFields,
}

impl DomainRecord {
    /// A record with only type, name and data set and the default TTL.
    ///
    /// ```
    /// use do_sim::store::records::DomainRecord;
    /// assert_eq!(DomainRecord::plain(1, "A", "@", "192.0.2.1").fields.name, "@");
    /// ```
    pub fn plain(id: u64, record_type: &str, name: &str, data: &str) -> Self {
        Self {
            id,
            fields: RecordFields::plain(record_type, name, data),
        }
    }

    /// Whether the record's fully qualified name is `fqdn` (DigitalOcean's `name` filter).
    ///
    /// ```
    /// use do_sim::store::records::DomainRecord;
    /// let apex = DomainRecord::plain(1, "A", "@", "192.0.2.1");
    /// assert!(apex.has_fqdn("example.com", "Example.com."));
    /// ```
    pub fn has_fqdn(&self, domain: &str, fqdn: &str) -> bool {
        let own = absolute_name(&self.fields.name, domain);
        own.trim_end_matches('.')
            .eq_ignore_ascii_case(fqdn.trim_end_matches('.'))
    }
}

/// Why a record operation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordFailure {
    /// The domain or the record does not exist (404).
    Missing,
    /// The request is invalid; the message explains (422).
    Invalid(String),
}

/// The records of every zone, keyed by lower-case domain name, in creation order.
#[derive(Clone, Debug, Default)]
pub struct Records {
    zones: BTreeMap<String, Zone>,
}

#[derive(Clone, Debug, Default)]
struct Zone {
    name: String,
    records: Vec<DomainRecord>,
    changes: u64,
}

impl Zone {
    /// Index of record `id`, or `Missing`.
    fn position(&self, id: u64) -> Result<usize, RecordFailure> {
        self.records
            .iter()
            .position(|r| r.id == id)
            .ok_or(RecordFailure::Missing)
    }
}

impl Records {
    /// Starts the zone `domain` with `records` (replacing any previous zone of that name).
    ///
    /// ```
    /// use do_sim::store::records::{DomainRecord, Records};
    /// let mut records = Records::default();
    /// records.open_zone("example.com", vec![DomainRecord::plain(1, "NS", "@", "ns1.digitalocean.com")]);
    /// assert_eq!(records.list("example.com").len(), 1);
    /// ```
    pub fn open_zone(&mut self, domain: &str, records: Vec<DomainRecord>) {
        let name = domain.to_ascii_lowercase();
        let zone = Zone {
            name: name.clone(),
            records,
            changes: 0,
        };
        self.zones.insert(name, zone);
    }

    /// Forgets the zone `domain` and its records.
    ///
    /// ```
    /// use do_sim::store::records::Records;
    /// let mut records = Records::default();
    /// records.open_zone("example.com", Vec::new());
    /// records.close_zone("example.com");
    /// assert!(records.list("example.com").is_empty());
    /// ```
    pub fn close_zone(&mut self, domain: &str) {
        self.zones.remove(&domain.to_ascii_lowercase());
    }

    /// The records of `domain` (empty when there is no such zone).
    ///
    /// ```
    /// use do_sim::store::records::Records;
    /// assert!(Records::default().list("example.com").is_empty());
    /// ```
    pub fn list(&self, domain: &str) -> &[DomainRecord] {
        self.zones
            .get(&domain.to_ascii_lowercase())
            .map(|z| z.records.as_slice())
            .unwrap_or_default()
    }

    /// How many times the zone changed since it was opened (drives the SOA serial).
    ///
    /// ```
    /// use do_sim::store::records::Records;
    /// assert_eq!(Records::default().changes("example.com"), 0);
    /// ```
    pub fn changes(&self, domain: &str) -> u64 {
        self.zones
            .get(&domain.to_ascii_lowercase())
            .map_or(0, |z| z.changes)
    }

    /// Record `id` of `domain`.
    ///
    /// ```
    /// use do_sim::store::records::Records;
    /// assert!(Records::default().get("example.com", 1).is_none());
    /// ```
    pub fn get(&self, domain: &str, id: u64) -> Option<&DomainRecord> {
        self.list(domain).iter().find(|r| r.id == id)
    }

    /// Adds the record `id`, validated per type, to `domain`.
    ///
    /// ```
    /// use do_sim::store::records::{RecordDraft, Records};
    /// let mut records = Records::default();
    /// records.open_zone("example.com", Vec::new());
    /// let draft = RecordDraft { r#type: Some("TXT".into()), name: Some("@".into()),
    ///     data: Some("hello".into()), ..RecordDraft::default() };
    /// assert_eq!(records.add("example.com", 9, &draft).unwrap().id, 9);
    /// ```
    pub fn add(
        &mut self,
        domain: &str,
        id: u64,
        draft: &RecordDraft,
    ) -> Result<DomainRecord, RecordFailure> {
        self.write(domain, id, draft, false)
    }

    /// Updates record `id` of `domain` with the fields of `draft` (PUT and PATCH alike).
    ///
    /// ```
    /// use do_sim::store::records::{DomainRecord, RecordDraft, Records};
    /// let mut records = Records::default();
    /// records.open_zone("example.com", vec![DomainRecord::plain(1, "A", "@", "192.0.2.1")]);
    /// let draft = RecordDraft { ttl: Some(600), ..RecordDraft::default() };
    /// assert_eq!(records.update("example.com", 1, &draft).unwrap().fields.ttl, 600);
    /// ```
    pub fn update(
        &mut self,
        domain: &str,
        id: u64,
        draft: &RecordDraft,
    ) -> Result<DomainRecord, RecordFailure> {
        self.write(domain, id, draft, true)
    }

    /// Validates `draft` (over the record `id` when `existing`) and stores the result:
    /// replaces record `id`, or appends a new record with that id.
    fn write(
        &mut self,
        domain: &str,
        id: u64,
        draft: &RecordDraft,
        existing: bool,
    ) -> Result<DomainRecord, RecordFailure> {
        let zone = self.zone_mut(domain)?;
        let index = if existing {
            Some(zone.position(id)?)
        } else {
            None
        };
        let old = index.map(|i| &zone.records[i].fields);
        let fields = validate_record(&zone.name, draft, old).map_err(RecordFailure::Invalid)?;
        let record = DomainRecord { id, fields };
        match index {
            Some(i) => zone.records[i] = record.clone(),
            None => zone.records.push(record.clone()),
        }
        zone.changes += 1;
        Ok(record)
    }

    /// Deletes record `id` of `domain`; the SOA record cannot be deleted.
    ///
    /// ```
    /// use do_sim::store::records::{DomainRecord, RecordFailure, Records};
    /// let mut records = Records::default();
    /// records.open_zone("example.com", vec![DomainRecord::plain(1, "SOA", "@", "1800")]);
    /// assert!(matches!(records.delete("example.com", 1), Err(RecordFailure::Invalid(_))));
    /// ```
    pub fn delete(&mut self, domain: &str, id: u64) -> Result<(), RecordFailure> {
        let zone = self.zone_mut(domain)?;
        let index = zone.position(id)?;
        if zone.records[index].fields.r#type == "SOA" {
            return Err(RecordFailure::Invalid(
                "SOA records cannot be deleted".into(),
            ));
        }
        zone.records.remove(index);
        zone.changes += 1;
        Ok(())
    }

    fn zone_mut(&mut self, domain: &str) -> Result<&mut Zone, RecordFailure> {
        self.zones
            .get_mut(&domain.to_ascii_lowercase())
            .ok_or(RecordFailure::Missing)
    }
}

/// Validated record fields, ready to be stored (the record object without its id).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RecordFields {
    /// Record type, upper case.
    pub r#type: String,
    /// Name relative to the domain, `@` for the apex.
    pub name: String,
    /// Type-dependent data.
    pub data: String,
    /// MX/SRV priority.
    pub priority: Option<i64>,
    /// SRV port.
    pub port: Option<i64>,
    /// Time to live in seconds.
    pub ttl: i64,
    /// SRV weight.
    pub weight: Option<i64>,
    /// CAA flags.
    pub flags: Option<i64>,
    /// CAA tag.
    pub tag: Option<String>,
}

impl RecordFields {
    /// Fields with only type, name and data and the default TTL.
    ///
    /// ```
    /// use do_sim::store::records::RecordFields;
    /// assert_eq!(RecordFields::plain("NS", "@", "ns1.digitalocean.com").ttl, 1800);
    /// ```
    pub fn plain(record_type: &str, name: &str, data: &str) -> Self {
        Self {
            r#type: record_type.to_string(),
            name: name.to_string(),
            data: data.to_string(),
            priority: None,
            port: None,
            ttl: DEFAULT_RECORD_TTL,
            weight: None,
            flags: None,
            tag: None,
        }
    }
}

/// A record as a client sends it (create, PUT or PATCH): every field optional.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RecordDraft {
    /// Record type.
    pub r#type: Option<String>,
    /// Host name (relative, `@`, or fully qualified inside the domain).
    pub name: Option<String>,
    /// Type-dependent data.
    pub data: Option<String>,
    /// MX/SRV priority.
    pub priority: Option<i64>,
    /// SRV port.
    pub port: Option<i64>,
    /// Time to live.
    pub ttl: Option<i64>,
    /// SRV weight.
    pub weight: Option<i64>,
    /// CAA flags.
    pub flags: Option<i64>,
    /// CAA tag.
    pub tag: Option<String>,
}

/// Validates `draft` for the zone `domain`, on top of `existing` when updating, the way
/// DigitalOcean does; `Err` holds the 422 message.
///
/// ```
/// use do_sim::store::records::{RecordDraft, validate_record};
/// let draft = RecordDraft { r#type: Some("MX".into()), data: Some("mail.example.com".into()),
///     ..RecordDraft::default() };
/// assert!(validate_record("example.com", &draft, None).is_err()); // no priority
/// ```
pub fn validate_record(
    domain: &str,
    draft: &RecordDraft,
    existing: Option<&RecordFields>,
) -> Result<RecordFields, String> {
    let record_type = match (&draft.r#type, existing) {
        (Some(given), Some(old)) if !given.eq_ignore_ascii_case(&old.r#type) => {
            return Err("Type cannot be changed".into())
        }
        (_, Some(old)) => old.r#type.clone(),
        (Some(given), None) => given.to_ascii_uppercase(),
        (None, None) => return Err("Type is not a valid record type".into()),
    };
    if !RECORD_TYPES.contains(&record_type.as_str()) {
        return Err(format!("Type {record_type} is not a valid record type"));
    }
    if record_type == "SOA" && existing.is_none() {
        return Err("SOA records cannot be created".into());
    }
    let mut fields = existing
        .cloned()
        .unwrap_or_else(|| RecordFields::plain(&record_type, "@", ""));
    if record_type == "SOA" {
        // Only the TTL of the SOA record can change.
        fields.ttl = checked_ttl(draft.ttl.unwrap_or(fields.ttl))?;
        return Ok(fields);
    }
    merge_draft(&mut fields, draft, domain, existing.is_none())?;
    check_type_rules(&mut fields)?;
    Ok(fields)
}

fn merge_draft(
    fields: &mut RecordFields,
    draft: &RecordDraft,
    domain: &str,
    is_new: bool,
) -> Result<(), String> {
    if let Some(name) = &draft.name {
        fields.name = relative_name(name, domain)?;
    } else if is_new && fields.r#type != "MX" {
        return Err("Name can't be blank".into());
    }
    if let Some(data) = &draft.data {
        fields.data = data.trim().to_string();
    }
    fields.ttl = checked_ttl(draft.ttl.unwrap_or(fields.ttl))?;
    let overlay = |old: &mut Option<i64>, new: Option<i64>| {
        if new.is_some() {
            *old = new;
        }
    };
    overlay(&mut fields.priority, draft.priority);
    overlay(&mut fields.port, draft.port);
    overlay(&mut fields.weight, draft.weight);
    overlay(&mut fields.flags, draft.flags);
    if draft.tag.is_some() {
        fields.tag = draft.tag.clone();
    }
    Ok(())
}

fn check_type_rules(fields: &mut RecordFields) -> Result<(), String> {
    if fields.data.is_empty() {
        return Err("Data can't be blank".into());
    }
    match fields.r#type.as_str() {
        "A" if fields.data.parse::<Ipv4Addr>().is_err() => {
            return Err("IP address did not match IPv4 format (e.g. 127.0.0.1).".into());
        }
        "AAAA" if fields.data.parse::<Ipv6Addr>().is_err() => {
            return Err(
                "IP address did not match IPv6 format (e.g. 2001:db8::ff00:42:8329).".into(),
            );
        }
        "CNAME" | "NS" => check_target(&fields.data)?,
        "MX" => {
            check_range("Priority", fields.priority, 0, 65535)?;
            check_target(&fields.data)?;
        }
        "SRV" => {
            check_range("Priority", fields.priority, 0, 65535)?;
            check_range("Port", fields.port, 1, 65535)?;
            check_range("Weight", fields.weight, 0, 65535)?;
            check_target(&fields.data)?;
        }
        "CAA" => {
            check_range("Flags", fields.flags, 0, 255)?;
            if !matches!(fields.tag.as_deref(), Some("issue" | "issuewild" | "iodef")) {
                return Err("Tag must be one of issue, issuewild, iodef".into());
            }
        }
        "TXT" if fields.data.len() > 512 => {
            return Err("Data is too long (maximum is 512 characters)".into());
        }
        _ => {}
    }
    if !matches!(fields.r#type.as_str(), "MX" | "SRV") {
        fields.priority = None;
    }
    if fields.r#type != "SRV" {
        fields.port = None;
        fields.weight = None;
    }
    if fields.r#type != "CAA" {
        fields.flags = None;
        fields.tag = None;
    }
    Ok(())
}

fn check_range(field: &str, value: Option<i64>, low: i64, high: i64) -> Result<(), String> {
    match value {
        None => Err(format!("{field} can't be blank")),
        Some(v) if v < low || v > high => Err(format!("{field} must be between {low} and {high}")),
        Some(_) => Ok(()),
    }
}

fn checked_ttl(ttl: i64) -> Result<i64, String> {
    if ttl < MIN_RECORD_TTL {
        return Err(format!("TTL must be at least {MIN_RECORD_TTL} seconds"));
    }
    Ok(ttl)
}

fn check_target(data: &str) -> Result<(), String> {
    if data == "@" || is_host_name(data.trim_end_matches('.'), false) {
        Ok(())
    } else {
        Err("Data must be a valid hostname or @".into())
    }
}

/// The name of a record relative to `domain` (`@` for the apex), from what a client sent:
/// `@`, a relative name, or a fully qualified name inside the domain.
///
/// ```
/// use do_sim::store::records::relative_name;
/// assert_eq!(relative_name("www.example.com.", "example.com").unwrap(), "www");
/// assert_eq!(relative_name("example.com", "example.com").unwrap(), "@");
/// ```
pub fn relative_name(name: &str, domain: &str) -> Result<String, String> {
    let trimmed = name.trim().trim_end_matches('.');
    let lower = trimmed.to_ascii_lowercase();
    if trimmed.is_empty() {
        return Err("Name can't be blank".into());
    }
    if trimmed == "@" || lower == domain {
        return Ok("@".into());
    }
    let relative = lower
        .strip_suffix(&format!(".{domain}"))
        .map(str::to_string)
        .unwrap_or(lower);
    if is_host_name(&relative, true) {
        Ok(relative)
    } else {
        Err("Name is not a valid hostname".into())
    }
}

/// Whether `name` is a DNS host name: labels of letters, digits, `-` and `_`, 1–63 bytes
/// each, 253 in all; `*` is accepted as a whole first label when `allow_wildcard`.
///
/// ```
/// use do_sim::store::records::is_host_name;
/// assert!(is_host_name("_sip._tcp", false));
/// assert!(!is_host_name("bad..name", false));
/// ```
pub fn is_host_name(name: &str, allow_wildcard: bool) -> bool {
    if name.is_empty() || name.len() > 253 {
        return false;
    }
    name.split('.').enumerate().all(|(index, label)| {
        (allow_wildcard && index == 0 && label == "*")
            || (!label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(record_type: &str, name: &str, data: &str) -> RecordDraft {
        RecordDraft {
            r#type: Some(record_type.into()),
            name: Some(name.into()),
            data: Some(data.into()),
            ..RecordDraft::default()
        }
    }

    fn txt(data: &str) -> RecordDraft {
        draft("TXT", "@", data)
    }

    #[test]
    fn accepts_valid_records_of_every_type() {
        let mut mx = draft("MX", "@", "mail.example.com.");
        mx.priority = Some(10);
        let mut srv = draft("SRV", "_sip._tcp", "sip.example.com");
        (srv.priority, srv.port, srv.weight) = (Some(1), Some(5060), Some(5));
        let mut caa = draft("CAA", "@", "letsencrypt.org");
        (caa.flags, caa.tag) = (Some(0), Some("issue".into()));
        let rows = [
            draft("A", "www", "192.0.2.1"),
            draft("a", "*.apps", "192.0.2.1"),
            draft("AAAA", "@", "2001:db8::1"),
            draft("CNAME", "blog", "@"),
            draft("NS", "sub", "ns1.example.net."),
            draft("TXT", "@", "v=spf1 -all"),
            mx,
            srv,
            caa,
        ];
        for row in rows {
            assert!(
                validate_record("example.com", &row, None).is_ok(),
                "{row:?}"
            );
        }
    }

    #[test]
    fn rejects_what_digitalocean_rejects() {
        let mut bad_port = draft("SRV", "_sip._tcp", "sip.example.com");
        (bad_port.priority, bad_port.port, bad_port.weight) = (Some(1), Some(70000), Some(5));
        let mut bad_tag = draft("CAA", "@", "letsencrypt.org");
        (bad_tag.flags, bad_tag.tag) = (Some(0), Some("nope".into()));
        let mut low_ttl = draft("A", "www", "192.0.2.1");
        low_ttl.ttl = Some(5);
        let rows: [(RecordDraft, &str); 10] = [
            (draft("A", "www", "300.0.0.1"), "IPv4"),
            (draft("AAAA", "www", "192.0.2.1"), "IPv6"),
            (draft("MX", "@", "mail.example.com"), "Priority"),
            (bad_port, "Port"),
            (bad_tag, "Tag"),
            (draft("SOA", "@", "1800"), "SOA"),
            (draft("BOGUS", "@", "x"), "valid record type"),
            (draft("CNAME", "bad name", "@"), "Name"),
            (draft("CNAME", "www", "not a host"), "hostname"),
            (low_ttl, "TTL"),
        ];
        for (row, needle) in rows {
            let message = validate_record("example.com", &row, None).unwrap_err();
            assert!(message.contains(needle), "{message} lacks {needle}");
        }
    }

    #[test]
    fn updates_merge_and_keep_the_type() {
        let old = RecordFields::plain("A", "www", "192.0.2.1");
        let patch = RecordDraft {
            data: Some("192.0.2.2".into()),
            ..RecordDraft::default()
        };
        let merged = validate_record("example.com", &patch, Some(&old)).unwrap();
        assert_eq!(
            (merged.name.as_str(), merged.data.as_str()),
            ("www", "192.0.2.2")
        );
        assert!(validate_record("example.com", &txt("x"), Some(&old)).is_err());
    }

    #[test]
    fn soa_only_changes_its_ttl() {
        let soa = RecordFields::plain("SOA", "@", "1800");
        let change = RecordDraft {
            ttl: Some(3600),
            data: Some("ignored".into()),
            ..RecordDraft::default()
        };
        let updated = validate_record("example.com", &change, Some(&soa)).unwrap();
        assert_eq!((updated.ttl, updated.data.as_str()), (3600, "1800"));
    }

    #[test]
    fn names_become_relative() {
        let rows = [
            ("@", "@"),
            ("example.com.", "@"),
            ("WWW", "www"),
            ("www.example.com", "www"),
            ("*.dev.example.com", "*.dev"),
        ];
        for (given, want) in rows {
            assert_eq!(relative_name(given, "example.com").unwrap(), want);
        }
        assert!(relative_name("a b", "example.com").is_err());
    }

    #[test]
    fn zone_records_crud() {
        let mut records = Records::default();
        assert_eq!(
            records.add("a.com", 1, &txt("x")),
            Err(RecordFailure::Missing)
        );
        records.open_zone("a.com", vec![DomainRecord::plain(1, "SOA", "@", "1800")]);
        let added = records.add("A.com", 2, &txt("x")).unwrap();
        assert_eq!(records.get("a.com", 2), Some(&added));
        let bad = records.add("a.com", 3, &draft("A", "@", "x"));
        assert!(matches!(bad, Err(RecordFailure::Invalid(_))));
        assert_eq!(
            records.update("a.com", 2, &txt("y")).unwrap().fields.data,
            "y"
        );
        assert_eq!(
            records.update("a.com", 9, &txt("y")),
            Err(RecordFailure::Missing)
        );
        assert_eq!(records.delete("a.com", 2), Ok(()));
        assert_eq!(records.delete("a.com", 2), Err(RecordFailure::Missing));
        assert_eq!(records.changes("a.com"), 3);
        records.close_zone("a.com");
        assert!(records.list("a.com").is_empty());
    }

    #[test]
    fn name_filter_takes_the_fqdn() {
        let www = DomainRecord::plain(1, "A", "www", "192.0.2.1");
        assert!(www.has_fqdn("example.com", "www.example.com"));
        assert!(!www.has_fqdn("example.com", "www"));
    }
}
