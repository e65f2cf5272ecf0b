import type { Rate } from './summarize-outcomes.js';

// z for a two-sided 95 % interval.
const Z = 1.96;

/**
 * The 95 % Wilson score interval of a rate: how far the share could move by the luck of which
 * questions were written, so a few points between runs or halves are not read as a change. Null for 0 of 0.
 */
export function wilsonInterval(rate: Rate): { low: number; high: number } | null {
  const { hits, total: n } = rate;
  if (n === 0) return null;
  const p = hits / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
