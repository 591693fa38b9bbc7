//! Volumes (part B of the simulator; this stub is replaced by its owner).
//!
//! Contract used by the droplets chapter (keep these signatures):
//! `name_of(id)`, `size_of(id)`, `detach_droplet(droplet_id)`, `remove(id)`.

/// Volumes state.
#[derive(Debug, Default, Clone)]
pub struct Volumes {}

impl Volumes {
    /// Name of the volume `id`, if it exists.
    pub fn name_of(&self, id: &str) -> Option<String> {
        let _ = id;
        None
    }

    /// Size in GiB of the volume `id`, if it exists.
    pub fn size_of(&self, id: &str) -> Option<u64> {
        let _ = id;
        None
    }

    /// Removes `droplet_id` from every volume's `droplet_ids` (droplet destroyed).
    pub fn detach_droplet(&mut self, droplet_id: u64) {
        let _ = droplet_id;
    }

    /// Deletes the volume `id` (destroy with associated resources); true if it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let _ = id;
        false
    }
}
