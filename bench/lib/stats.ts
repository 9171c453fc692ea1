/** Summary statistics over latency samples and small series (startup runs). */

/** The value below which `p` percent of the sorted samples fall (nearest-rank method). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** A copy of `values` sorted ascending as numbers (Array#sort would compare them as strings). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Count, mean and the usual percentiles of latency samples in milliseconds. */
export function summarizeLatencies(samples: ArrayLike<number>): LatencySummary {
  const sorted = sortedCopy(samples);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface SeriesSummary {
  min: number;
  median: number;
  max: number;
}

/** Minimum, median (mean of the middle two for an even count) and maximum of a short series. */
export function summarizeSeries(values: number[]): SeriesSummary {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  if (n === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN };
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { min: sorted[0]!, median, max: sorted[n - 1]! };
}

/** Rounds to `digits` decimal places for tables and JSON (keeps NaN as NaN). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** mulberry32: a small seeded PRNG in [0, 1), so a run (a benchmark, a randomized test) can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
