//! The seeded random generator and the noise tables built from it.
//!
//! The generator is PCG-64 (MCG variant, `rand_pcg::Pcg64Mcg`): portable, the same numbers natively and
//! in WebAssembly for the same seed. Noise is read from tables built once with `libm` (bit-identical on
//! every platform), so the weekly loop needs no `exp`/`ln` per customer.

use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// Number of entries in a noise table (10 random bits pick one).
pub const NOISE_STEPS: usize = 1024;
/// 2^24: probabilities are compared as 24-bit integers.
pub const CHANCE_SCALE: f64 = 16_777_216.0;

/// The simulation's random source.
#[derive(Clone, Debug)]
pub struct SimRng {
    inner: Pcg64Mcg,
}

impl SimRng {
    /// A generator for a seed; the same seed always gives the same stream.
    pub fn new(seed: u64) -> SimRng {
        SimRng {
            inner: Pcg64Mcg::seed_from_u64(seed),
        }
    }

    /// 64 random bits.
    #[inline(always)]
    pub fn bits(&mut self) -> u64 {
        self.inner.next_u64()
    }

    /// The 64 bits the `n`-th next call of [`Self::bits`] would give (0 = the very next), without
    /// moving this generator: how a followed person's weekly draw is read back (PCG can jump ahead).
    pub fn bits_ahead(&self, n: usize) -> u64 {
        let mut ahead = self.inner.clone();
        ahead.advance(n as u128);
        ahead.next_u64()
    }

    /// A uniform number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.bits() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// A weekly chance (0..1) as a 24-bit threshold: an event happens when 24 random bits are below it.
#[inline(always)]
pub fn chance_threshold(chance: f64) -> u32 {
    (chance.clamp(0.0, 1.0) * CHANCE_SCALE) as u32
}

/// A table of logistic noise with standard deviation `sd`, indexed by 10 random bits.
/// The logistic distribution looks like the normal one but has a closed-form quantile
/// q(u) = s · ln(u / (1 − u)), with s = sd · √3 / π.
pub fn logistic_noise_table(sd: f64) -> Box<[f32; NOISE_STEPS]> {
    let scale = sd * libm::sqrt(3.0) / core::f64::consts::PI;
    let mut table = Box::new([0.0f32; NOISE_STEPS]);
    for (k, slot) in table.iter_mut().enumerate() {
        let u = (k as f64 + 0.5) / NOISE_STEPS as f64;
        *slot = (scale * libm::log(u / (1.0 - u))) as f32;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_known_first_values_stay_stable() {
        let mut a = SimRng::new(42);
        let mut b = SimRng::new(42);
        let mut c = SimRng::new(43);
        let xs: Vec<u64> = (0..4).map(|_| a.bits()).collect();
        let ys: Vec<u64> = (0..4).map(|_| b.bits()).collect();
        let zs: Vec<u64> = (0..4).map(|_| c.bits()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs, zs);
    }

    #[test]
    fn reading_ahead_gives_the_draw_stepping_would_give_and_moves_nothing() {
        let rng = SimRng::new(7);
        let mut stepped = rng.clone();
        let drawn: Vec<u64> = (0..300).map(|_| stepped.bits()).collect();
        for n in [0, 1, 2, 17, 299] {
            assert_eq!(rng.bits_ahead(n), drawn[n], "draw {n}");
        }
        assert_eq!(rng.clone().bits(), drawn[0]);
    }

    #[test]
    fn noise_table_is_symmetric_with_the_asked_spread() {
        let table = logistic_noise_table(1.0);
        let mean: f64 = table.iter().map(|&x| f64::from(x)).sum::<f64>() / NOISE_STEPS as f64;
        let var: f64 =
            table.iter().map(|&x| f64::from(x).powi(2)).sum::<f64>() / NOISE_STEPS as f64;
        assert!(mean.abs() < 1e-6);
        assert!((var.sqrt() - 1.0).abs() < 0.05, "sd {}", var.sqrt());
        assert!(table.windows(2).all(|w| w[0] < w[1]));
    }
}
