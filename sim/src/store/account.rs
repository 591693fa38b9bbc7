//! The account object and its limits.

use serde_json::{json, Value};

/// The account shown by `GET /v2/account`; `/meta/account` merges fields into it.
///
/// ```
/// let account = do_sim::store::account::Account::seeded();
/// assert_eq!(account.droplet_limit(), 25);
/// ```
#[derive(Debug, Clone)]
pub struct Account {
    body: Value,
}

impl Account {
    /// The default account of a fresh simulator.
    pub fn seeded() -> Self {
        Account {
            body: json!({
                "droplet_limit": 25,
                "floating_ip_limit": 3,
                "reserved_ip_limit": 3,
                "volume_limit": 100,
                "email": "sammy@digitalocean.com",
                "name": "Sammy the Shark",
                "uuid": "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
                "email_verified": true,
                "status": "active",
                "status_message": "",
                "team": {"uuid": "5df3e3004a17e242b7c20ca6c9fc25b701a47ece", "name": "My Team"},
            }),
        }
    }

    /// The account object.
    pub fn to_json(&self) -> Value {
        self.body.clone()
    }

    /// Merges the fields of `fields` (an object) into the account.
    ///
    /// ```
    /// let mut account = do_sim::store::account::Account::seeded();
    /// account.merge(&serde_json::json!({"droplet_limit": 2})).unwrap();
    /// assert_eq!(account.droplet_limit(), 2);
    /// ```
    pub fn merge(&mut self, fields: &Value) -> Result<(), String> {
        let fields = fields
            .as_object()
            .ok_or("the account body must be a JSON object")?;
        let fields = fields
            .get("account")
            .and_then(Value::as_object)
            .unwrap_or(fields);
        for (key, value) in fields {
            let limit = key.ends_with("_limit");
            if limit && value.as_u64().is_none() {
                return Err(format!("{key} must be a non-negative integer"));
            }
            if let Some(body) = self.body.as_object_mut() {
                body.insert(key.clone(), value.clone());
            }
        }
        Ok(())
    }

    /// `droplet_limit`.
    pub fn droplet_limit(&self) -> u64 {
        self.limit("droplet_limit")
    }

    /// Any `*_limit` field (`volume_limit`…); 0 when absent.
    pub fn limit(&self, field: &str) -> u64 {
        self.body.get(field).and_then(Value::as_u64).unwrap_or(0)
    }
}
