//! In-memory data of every chapter and its state transitions.
//!
//! [`Store`] has one field per chapter; chapters that need each other (a droplet action
//! that adds a snapshot, a volume attach that updates `volume_ids`) do it through
//! [`Store::start_action`] effects, which receive `&mut Store` when the action completes.

pub mod account;
pub mod actions;
pub mod catalogue;
pub mod domains;
pub mod droplet_actions;
pub mod droplet_destroy;
pub mod droplet_life;
pub mod droplets;
pub mod image_transfers;
pub mod keys;
pub mod rate;
pub mod records;
pub mod snapshots;
pub mod stats;
pub mod tags;
pub mod volumes;

use crate::config::{Config, Faults};
use crate::rng::Rng;
use std::collections::BTreeMap;

/// Every piece of simulator state that `/meta/reset` puts back.
///
/// ```
/// let store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
/// assert!(store.catalogue.region("nyc3").is_some());
/// ```
#[derive(Debug)]
pub struct Store {
    /// Time of the latest [`Store::tick`], epoch ms; use it for `created_at`.
    pub now_ms: u64,
    /// How long a new action stays in progress.
    pub action_ms: u64,
    /// Seeded randomness for every choice.
    pub rng: Rng,
    /// Current fault knobs.
    pub faults: Faults,
    /// Counters shown by `/meta/statistics`.
    pub stats: stats::Stats,
    /// `/meta/ping` calls since the last reset.
    pub pings: u64,
    /// Per-token sliding rate-limit windows.
    pub rate: rate::RateWindows,
    /// The account (`GET /v2/account`) and its limits.
    pub account: account::Account,
    /// Regions, sizes and images.
    pub catalogue: catalogue::Catalogue,
    /// Every action ever started.
    pub actions: actions::Actions,
    /// Droplets.
    pub droplets: droplets::Droplets,
    /// Domains (part B).
    pub domains: domains::Domains,
    /// Domain records (part B).
    pub records: records::Records,
    /// SSH keys (part B).
    pub keys: keys::Keys,
    /// Tags (part B).
    pub tags: tags::Tags,
    /// Volumes (part B).
    pub volumes: volumes::Volumes,
    /// Snapshots of droplets and volumes (part B).
    pub snapshots: snapshots::Snapshots,
    /// Pending image account transfers.
    pub image_transfers: image_transfers::ImageTransfers,
    /// Seed of the run (UUIDs are derived from it).
    seed: u64,
    ids: BTreeMap<&'static str, u64>,
}

/// First id handed out per kind, so ids look like DigitalOcean's and kinds do not collide.
const ID_BASES: &[(&str, u64)] = &[
    ("action", 1_900_000_000),
    ("droplet", 500_000_000),
    ("image", 170_000_000),
    ("snapshot", 180_000_000),
    ("record", 400_000_000),
    ("key", 45_000_000),
    ("kernel", 7_000),
    ("image_transfer", 3_164_000),
];

impl Store {
    /// The state at start-up and after `/meta/reset`, at time `now_ms`.
    pub fn seeded(config: &Config, now_ms: u64) -> Store {
        Store {
            now_ms,
            action_ms: config.action_ms,
            rng: Rng::new(config.seed),
            faults: config.faults.clone(),
            stats: stats::Stats::default(),
            pings: 0,
            rate: rate::RateWindows::default(),
            account: account::Account::seeded(),
            catalogue: catalogue::Catalogue::seeded(),
            actions: actions::Actions::default(),
            droplets: droplets::Droplets::default(),
            domains: domains::Domains::default(),
            records: records::Records::default(),
            keys: keys::Keys::default(),
            tags: tags::Tags::default(),
            volumes: volumes::Volumes::default(),
            snapshots: snapshots::Snapshots::default(),
            image_transfers: image_transfers::ImageTransfers::default(),
            seed: config.seed,
            ids: BTreeMap::new(),
        }
    }

    /// Takes over the id counters of `previous`, so that ids are never reused within one
    /// process (as on DigitalOcean), even across `/meta/reset`: a stale request of an
    /// earlier test can never hit a new resource.
    ///
    /// ```
    /// use do_sim::store::Store;
    /// let config = do_sim::config::Config::default();
    /// let mut old = Store::seeded(&config, 0);
    /// let first = old.next_id("droplet");
    /// let mut fresh = Store::seeded(&config, 0);
    /// fresh.keep_ids_of(old);
    /// assert_eq!(fresh.next_id("droplet"), first + 1);
    /// ```
    pub fn keep_ids_of(&mut self, previous: Store) {
        self.ids = previous.ids;
    }

    /// A new numeric id for `kind` (`"droplet"`, `"action"`, `"record"`, …); any name works.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// let a = store.next_id("droplet");
    /// assert_eq!(store.next_id("droplet"), a + 1);
    /// ```
    pub fn next_id(&mut self, kind: &'static str) -> u64 {
        let base = ID_BASES
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(1_000, |(_, b)| *b);
        let slot = self.ids.entry(kind).or_insert(base);
        *slot += 1;
        *slot
    }

    /// A lower-case hex UUID (for volumes and other string ids): unique for the process,
    /// derived from the seed and a counter, so it does not shift the fault RNG.
    ///
    /// ```
    /// let mut store = do_sim::store::Store::seeded(&do_sim::config::Config::default(), 0);
    /// assert_eq!(store.next_uuid().len(), 36);
    /// ```
    pub fn next_uuid(&mut self) -> String {
        let n = self.next_id("uuid");
        let mut mix = Rng::new(self.seed ^ n.wrapping_mul(0xD6E8_FEB8_6659_FD93));
        let a = mix.next_u64();
        let b = mix.next_u64();
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | ((b >> 48) & 0x3fff),
            b & 0xffff_ffff_ffff
        )
    }
}
