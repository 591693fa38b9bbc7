//! Image account transfers (`/v2/images/{image_id}/account_transfer[/accept|cancel|decline]`).
//!
//! Only snapshot images move between accounts: private catalogue images of `type`
//! `snapshot` (e.g. after a `convert` image action) and droplet snapshots. An image has at
//! most one pending transfer. Accepting it moves the image to the recipient, so it leaves
//! this account; cancelling (sender) or declining (recipient) drops the transfer and the
//! image stays. Request errors are 400 `bad_request` and unknown images or transfers 404,
//! the codes the spec declares.

use super::Store;
use crate::error::ApiError;
use serde_json::Value;

/// Who receives a transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// A user account, by e-mail address (`recipient_email`).
    Email(String),
    /// A team, by UUID (`recipient_uuid`).
    Team(String),
}

/// One pending transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    /// `transfer_id` handed out by the create request.
    pub id: u64,
    /// The image being transferred.
    pub image_id: u64,
    /// Its recipient.
    pub recipient: Recipient,
}

/// The pending transfers.
///
/// ```
/// use do_sim::store::image_transfers::{ImageTransfers, Recipient, Transfer};
/// let mut transfers = ImageTransfers::default();
/// transfers.add(Transfer { id: 7, image_id: 3, recipient: Recipient::Team("t".into()) });
/// assert_eq!(transfers.for_image(3).map(|t| t.id), Some(7));
/// assert!(transfers.take(3, 8).is_none());
/// assert!(transfers.take(3, 7).is_some());
/// assert!(transfers.for_image(3).is_none());
/// ```
#[derive(Debug, Clone, Default)]
pub struct ImageTransfers {
    pending: Vec<Transfer>,
}

impl ImageTransfers {
    /// The pending transfer of `image_id`.
    pub fn for_image(&self, image_id: u64) -> Option<&Transfer> {
        self.pending.iter().find(|t| t.image_id == image_id)
    }

    /// Records a pending transfer.
    pub fn add(&mut self, transfer: Transfer) {
        self.pending.push(transfer);
    }

    /// Removes and returns the transfer `transfer_id` of `image_id`.
    pub fn take(&mut self, image_id: u64, transfer_id: u64) -> Option<Transfer> {
        let index = self
            .pending
            .iter()
            .position(|t| t.image_id == image_id && t.id == transfer_id)?;
        Some(self.pending.remove(index))
    }
}

/// The non-empty string field `name` of a request body.
fn text_field<'a>(body: &'a Value, name: &str) -> Option<&'a str> {
    body[name].as_str().map(str::trim).filter(|t| !t.is_empty())
}

/// The body's integer `transfer_id`, else a 400.
fn transfer_id(body: &Value) -> Result<u64, ApiError> {
    body["transfer_id"]
        .as_u64()
        .ok_or_else(|| ApiError::bad_request("transfer_id is required and must be an integer."))
}

/// The recipient of a create body: exactly one of `recipient_email` and `recipient_uuid`.
fn recipient(body: &Value) -> Result<Recipient, ApiError> {
    match (
        text_field(body, "recipient_email"),
        text_field(body, "recipient_uuid"),
    ) {
        (Some(email), None) => {
            let valid = email
                .split_once('@')
                .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
            if valid {
                Ok(Recipient::Email(email.to_string()))
            } else {
                Err(ApiError::bad_request(
                    "recipient_email is not a valid email address.",
                ))
            }
        }
        (None, Some(uuid)) => Ok(Recipient::Team(uuid.to_string())),
        _ => Err(ApiError::bad_request(
            "Exactly one of recipient_email and recipient_uuid is required.",
        )),
    }
}

impl Store {
    /// The numeric id of image `text` when it may be transferred: 404 when unknown, 400 when
    /// it is not a snapshot image of this account.
    ///
    /// ```
    /// let store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert_eq!(store.transferable_image("1").unwrap_err().status, 404);
    /// assert_eq!(store.transferable_image("ubuntu-24-04-x64").unwrap_err().status, 400);
    /// assert_eq!(store.transferable_image("170000001").unwrap_err().status, 400);
    /// ```
    pub fn transferable_image(&self, text: &str) -> Result<u64, ApiError> {
        if let Some(image) = self.catalogue.image(text) {
            let snapshot = image.category == "private" && image.body["type"] == "snapshot";
            return match image.body["id"].as_u64() {
                Some(id) if snapshot => Ok(id),
                _ => Err(ApiError::bad_request(
                    "Only snapshot images may be transferred to another account.",
                )),
            };
        }
        self.snapshots
            .get(text)
            .filter(|s| s["resource_type"] == "droplet")
            .and_then(|_| text.parse::<u64>().ok())
            .ok_or_else(ApiError::not_found)
    }

    /// `POST …/account_transfer`: starts a pending transfer and returns its `transfer_id`.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// let body = serde_json::json!({"recipient_email": "alice@example.com"});
    /// assert_eq!(store.start_image_transfer("42", &body).unwrap_err().status, 404);
    /// ```
    pub fn start_image_transfer(&mut self, image: &str, body: &Value) -> Result<u64, ApiError> {
        let image_id = self.transferable_image(image)?;
        let recipient = recipient(body)?;
        if self.image_transfers.for_image(image_id).is_some() {
            return Err(ApiError::bad_request(
                "The image already has a pending account transfer.",
            ));
        }
        let id = self.next_id("image_transfer");
        self.image_transfers.add(Transfer {
            id,
            image_id,
            recipient,
        });
        Ok(id)
    }

    /// `POST …/account_transfer/accept` (`transfer_id`, `recipient_uuid`): the image moves
    /// to the recipient, so it leaves this account.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// let body = serde_json::json!({"transfer_id": 1});
    /// assert_eq!(store.accept_image_transfer("42", &body).unwrap_err().status, 404);
    /// ```
    pub fn accept_image_transfer(&mut self, image: &str, body: &Value) -> Result<(), ApiError> {
        let image_id = self.transferable_image(image)?;
        let id = transfer_id(body)?;
        let Some(team) = text_field(body, "recipient_uuid") else {
            return Err(ApiError::bad_request("recipient_uuid is required."));
        };
        let pending = self
            .image_transfers
            .for_image(image_id)
            .filter(|t| t.id == id)
            .ok_or_else(ApiError::not_found)?;
        if matches!(&pending.recipient, Recipient::Team(uuid) if uuid != team) {
            return Err(ApiError::bad_request(
                "The transfer was not sent to this team.",
            ));
        }
        self.image_transfers.take(image_id, id);
        let key = Value::from(image_id);
        self.catalogue.images.retain(|i| i.body["id"] != key);
        self.remove_snapshot(&image_id.to_string());
        Ok(())
    }

    /// `POST …/account_transfer/cancel` or `…/decline` (`transfer_id`): drops the pending
    /// transfer; the image stays.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// let body = serde_json::json!({"transfer_id": 1});
    /// assert_eq!(store.end_image_transfer("42", &body).unwrap_err().status, 404);
    /// ```
    pub fn end_image_transfer(&mut self, image: &str, body: &Value) -> Result<(), ApiError> {
        let image_id = self.transferable_image(image)?;
        let id = transfer_id(body)?;
        self.image_transfers
            .take(image_id, id)
            .map(|_| ())
            .ok_or_else(ApiError::not_found)
    }
}
