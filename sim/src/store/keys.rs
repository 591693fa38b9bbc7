//! SSH keys of the account: public-key validation, DigitalOcean's MD5 fingerprint, and the
//! key list addressed by id or fingerprint.
//!
//! ```
//! use do_sim::store::keys::Keys;
//! let mut keys = Keys::default();
//! let line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A me";
//! let key = keys.create(512189, "laptop", line).unwrap();
//! assert_eq!(key.fingerprint, "2f:65:62:6f:8b:15:4a:72:71:27:ef:01:b8:40:e9:99");
//! ```

use base64::Engine;
use md5::{Digest, Md5};
use serde::Serialize;

/// Key types DigitalOcean accepts.
pub const KEY_TYPES: [&str; 5] = [
    "ssh-rsa",
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
];

/// One SSH key as the API shows it (`components/schemas/sshKeys`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SshKey {
    /// Numeric id.
    pub id: u64,
    /// MD5 fingerprint of the key blob, colon-separated hex.
    pub fingerprint: String,
    /// The public key as uploaded (trimmed).
    pub public_key: String,
    /// Display name.
    pub name: String,
}

/// Why a key operation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyFailure {
    /// No key has that id or fingerprint (404).
    Missing,
    /// The request is invalid; the message explains (422).
    Invalid(String),
}

/// Every SSH key of the account, in creation order.
#[derive(Clone, Debug, Default)]
pub struct Keys {
    keys: Vec<SshKey>,
}

impl Keys {
    /// Adds key `id` after validating it; a key already present (same fingerprint) is refused.
    ///
    /// ```
    /// use do_sim::store::keys::Keys;
    /// assert!(Keys::default().create(1, "bad", "ssh-rsa not-base64!").is_err());
    /// ```
    pub fn create(&mut self, id: u64, name: &str, public_key: &str) -> Result<SshKey, KeyFailure> {
        if name.trim().is_empty() {
            return Err(KeyFailure::Invalid("Name can't be blank".into()));
        }
        let fingerprint = fingerprint(public_key).map_err(KeyFailure::Invalid)?;
        if self.keys.iter().any(|k| k.fingerprint == fingerprint) {
            return Err(KeyFailure::Invalid(
                "SSH Key is already in use on your account".into(),
            ));
        }
        let key = SshKey {
            id,
            fingerprint,
            public_key: public_key.trim().to_string(),
            name: name.trim().to_string(),
        };
        self.keys.push(key.clone());
        Ok(key)
    }

    /// Every key, oldest first.
    ///
    /// ```
    /// use do_sim::store::keys::Keys;
    /// assert!(Keys::default().list().is_empty());
    /// ```
    pub fn list(&self) -> &[SshKey] {
        &self.keys
    }

    /// The key whose id or fingerprint is `identifier`.
    ///
    /// ```
    /// use do_sim::store::keys::Keys;
    /// assert!(Keys::default().get("512189").is_none());
    /// ```
    pub fn get(&self, identifier: &str) -> Option<&SshKey> {
        self.position(identifier).map(|index| &self.keys[index])
    }

    /// Renames the key `identifier`.
    ///
    /// ```
    /// use do_sim::store::keys::{KeyFailure, Keys};
    /// assert_eq!(Keys::default().rename("1", "x"), Err(KeyFailure::Missing));
    /// ```
    pub fn rename(&mut self, identifier: &str, name: &str) -> Result<SshKey, KeyFailure> {
        let index = self.position(identifier).ok_or(KeyFailure::Missing)?;
        if name.trim().is_empty() {
            return Err(KeyFailure::Invalid("Name can't be blank".into()));
        }
        self.keys[index].name = name.trim().to_string();
        Ok(self.keys[index].clone())
    }

    /// Deletes the key `identifier`; false when there was none.
    ///
    /// ```
    /// use do_sim::store::keys::Keys;
    /// assert!(!Keys::default().delete("aa:bb"));
    /// ```
    pub fn delete(&mut self, identifier: &str) -> bool {
        let found = self.position(identifier);
        if let Some(index) = found {
            self.keys.remove(index);
        }
        found.is_some()
    }

    fn position(&self, identifier: &str) -> Option<usize> {
        let id = identifier.parse::<u64>().ok();
        self.keys
            .iter()
            .position(|k| Some(k.id) == id || k.fingerprint.eq_ignore_ascii_case(identifier))
    }
}

/// Validates an OpenSSH public key line (`type base64 [comment]`) and returns the MD5
/// fingerprint of its blob as DigitalOcean shows it; `Err` holds the 422 message.
///
/// ```
/// use do_sim::store::keys::fingerprint;
/// let blob = "AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A";
/// assert!(fingerprint(&format!("ssh-ed25519 {blob}")).is_ok());
/// assert!(fingerprint(&format!("ssh-rsa {blob}")).is_err()); // the blob says ed25519
/// ```
pub fn fingerprint(public_key: &str) -> Result<String, String> {
    let mut parts = public_key.split_whitespace();
    let key_type = parts.next().unwrap_or_default();
    if !KEY_TYPES.contains(&key_type) {
        return Err(format!(
            "Key invalid type, we support {}",
            KEY_TYPES.map(|t| format!("'{t}'")).join(", ")
        ));
    }
    let blob = parts
        .next()
        .and_then(|text| base64::engine::general_purpose::STANDARD.decode(text).ok())
        .ok_or("Key invalid, key should be of the form 'type base64 comment'")?;
    let embedded = blob
        .get(..4)
        .map(|len| u32::from_be_bytes([len[0], len[1], len[2], len[3]]) as usize)
        .and_then(|len| blob.get(4..4 + len));
    if embedded != Some(key_type.as_bytes()) || blob.len() < 4 + key_type.len() + 8 {
        return Err("Key invalid, the key data does not match its type".into());
    }
    let digest = Md5::digest(&blob);
    Ok(digest
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ED25519: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A me@host";
    /// Made with `ssh-keygen -t ecdsa -b 256`; fingerprint from `ssh-keygen -l -E md5`.
    const ECDSA: &str = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEh2wpbdkqtPU8jAuUuKcv+ZTpnNGHHAqp2PYXQpwM7iXzTT9dlcBom1UBYkorD/wf48vzTtnd2nH6NU9rWCsmk= x";
    /// Made with `ssh-keygen -t rsa -b 1024`.
    const RSA: &str = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCq6Q0hfBX05gol+VOvTpBQ/JCPCiFgbzt+Gskeq2JJkiZUvsi9kYnhAcG+DFMULAgWGGKkHSjE2BjJmD6/DQCQDUdf6K2CBvcK7tU5CWzc4gsbbD9du3WY271RdGA8CUTLn33HlWWWDS4jHswEPk5Y5CMfRkZjHOp6q597TzADzQ== r";

    #[test]
    fn fingerprint_is_md5_of_the_blob() {
        assert_eq!(
            fingerprint(ED25519).unwrap(),
            "2f:65:62:6f:8b:15:4a:72:71:27:ef:01:b8:40:e9:99"
        );
        let rows = [
            (ECDSA, "4a:81:b3:4c:ce:7d:3a:aa:48:f7:d4:59:ca:13:73:24"),
            (RSA, "ba:61:2e:44:bf:67:61:be:a1:e2:2f:56:af:03:8f:ad"),
        ];
        for (key, want) in rows {
            assert_eq!(
                fingerprint(key).unwrap(),
                want,
                "same as ssh-keygen -l -E md5"
            );
        }
    }

    #[test]
    fn rejects_bad_keys() {
        let rows = [
            "",
            "ssh-dss AAAAB3NzaC1kc3MAAACBAP",
            "ssh-ed25519",
            "ssh-ed25519 !!!!",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5",
            "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIGq3W5w2MRaAQx4fpUNGFcEFeE9P5aFgiB7mZlnmzZ3A",
        ];
        for row in rows {
            assert!(fingerprint(row).is_err(), "{row}");
        }
    }

    #[test]
    fn keys_by_id_or_fingerprint_and_no_duplicates() {
        let mut keys = Keys::default();
        let key = keys.create(7, "laptop", ED25519).unwrap();
        let again = keys.create(8, "again", ED25519);
        assert!(matches!(again, Err(KeyFailure::Invalid(_))));
        assert!(matches!(
            keys.create(9, " ", ECDSA),
            Err(KeyFailure::Invalid(_))
        ));
        assert_eq!(keys.get("7"), Some(&key));
        assert_eq!(keys.rename(&key.fingerprint, "desk").unwrap().name, "desk");
        assert!(keys.delete(&key.fingerprint));
        assert!(keys.get("7").is_none());
        assert!(!keys.delete("7"));
    }
}
