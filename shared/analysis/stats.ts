/** Small statistics helpers: quantiles and a proportion interval, closed-form so they cost nothing. */

/** The p-quantile of the standard normal distribution (P. J. Acklam's rational approximation, error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p <= 0 ? -Infinity : Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q +
        4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
      1.328068155288572e1) *
      r +
      1)
  );
}

/**
 * The p-quantile (p >= 0.5) of Student's t with `df` degrees of freedom. Exact
 * for 1 and 2; otherwise the Cornish-Fisher expansion (Abramowitz & Stegun
 * 26.7.5): from 3 degrees of freedom on it is within 1% of the true value
 * for p up to 0.995, and within 0.2% for p up to 0.975.
 */
export function tQuantile(p: number, df: number): number {
  if (!(df >= 1)) return Infinity;
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * Wilson's score interval for `hits` out of `trials`: unlike the textbook
 * p +/- z*se it stays inside [0, 1] and is honest for small counts.
 */
export function wilsonBand(hits: number, trials: number, z: number): readonly [number, number] {
  if (trials <= 0) return [0, 1];
  const rate = hits / trials;
  const z2 = z * z;
  const centre = (rate + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * Newcombe's interval (his method 10) for the difference of two proportions,
 * `hits1 / trials1 - hits2 / trials2`, built from the two Wilson intervals at
 * the same z: like Wilson, it stays inside [-1, 1] and is honest for the
 * small counts of a few weeks.
 */
export function differenceBand(
  hits1: number,
  trials1: number,
  hits2: number,
  trials2: number,
  z: number,
): readonly [number, number] {
  if (trials1 <= 0 || trials2 <= 0) return [-1, 1];
  const p1 = hits1 / trials1;
  const p2 = hits2 / trials2;
  const [low1, high1] = wilsonBand(hits1, trials1, z);
  const [low2, high2] = wilsonBand(hits2, trials2, z);
  const difference = p1 - p2;
  return [
    Math.max(-1, difference - Math.hypot(p1 - low1, high2 - p2)),
    Math.min(1, difference + Math.hypot(high1 - p1, p2 - low2)),
  ];
}
