//! Small numeric helpers for the weekly loop.

/// 1.5 × 2^23: adding it to a float of magnitude below 2^22 leaves the rounded integer in the low
/// mantissa bits.
const ROUND_MAGIC: f32 = 12_582_912.0;

/// `x` rounded to the nearest integer (ties to even), for |x| < 2^22, without a float-to-int
/// conversion (which needs extra checks for NaN and overflow). Exact IEEE 754 arithmetic, so the same
/// on every platform. Outside that range the result is meaningless but never undefined.
#[inline(always)]
pub fn round_small(x: f32) -> i32 {
    (((x + ROUND_MAGIC).to_bits() & 0x007F_FFFF) as i32) - (1 << 22)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_round_ties_even() {
        for k in -4000..4000 {
            let x = k as f32 * 0.013;
            assert_eq!(round_small(x), x.round_ties_even() as i32, "{x}");
        }
        assert_eq!(round_small(2.5), 2);
        assert_eq!(round_small(3.5), 4);
        assert_eq!(round_small(-0.4), 0);
        assert_eq!(round_small(-7.6), -8);
    }
}
