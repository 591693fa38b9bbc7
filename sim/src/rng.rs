//! A small deterministic pseudo-random generator (SplitMix64) seeded by `--seed`.
//!
//! Every random choice of the simulator (fault injection, errored actions, addresses)
//! goes through one [`Rng`] so that a run with the same seed and the same requests
//! behaves the same way.

/// SplitMix64 generator: tiny, fast and good enough for test choices.
///
/// ```
/// let mut a = do_sim::rng::Rng::new(7);
/// let mut b = do_sim::rng::Rng::new(7);
/// assert_eq!(a.next_u64(), b.next_u64());
/// ```
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose sequence is fixed by `seed`.
    ///
    /// ```
    /// let _ = do_sim::rng::Rng::new(42);
    /// ```
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    ///
    /// ```
    /// let mut rng = do_sim::rng::Rng::new(1);
    /// assert_ne!(rng.next_u64(), rng.next_u64());
    /// ```
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float uniformly drawn from `[0, 1)`.
    ///
    /// ```
    /// let x = do_sim::rng::Rng::new(3).next_f64();
    /// assert!((0.0..1.0).contains(&x));
    /// ```
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p` (values outside 0–1 are clamped). `p == 0` never
    /// consumes randomness, so knobs left at zero do not shift the sequence.
    ///
    /// ```
    /// let mut rng = do_sim::rng::Rng::new(3);
    /// assert!(!rng.chance(0.0));
    /// assert!(rng.chance(1.0));
    /// ```
    pub fn chance(&mut self, p: f64) -> bool {
        if p <= 0.0 || p.is_nan() {
            return false;
        }
        p >= 1.0 || self.next_f64() < p
    }

    /// A number in `0..n` (`0` when `n` is zero).
    ///
    /// ```
    /// assert!(do_sim::rng::Rng::new(9).below(10) < 10);
    /// ```
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}
