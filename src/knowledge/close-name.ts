import { distance } from 'fastest-levenshtein';

/**
 * Edits a typo of a name this long may need and still be offered (Elasticsearch's `fuzziness: AUTO`,
 * one step further for long names): none for 1–2 characters, one for 3–5, two for 6–9, three beyond.
 */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}

/** Optimal-string-alignment distance: Levenshtein where swapping two neighbours costs one edit ("Pdo" → "Pod"). */
function transposingDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** How much a typed name and a key share of a beginning that both spell out in full. */
const ABBREVIATION_PREFIX = 4;

/**
 * How close `typed` is to `key` (both normalized), lower is closer, or undefined when the key is not
 * worth offering. A key is close when it is
 * - a typo of what was typed: same first character, within allowedEdits(typed) edits;
 * - a completion of it (3 characters typed at least), or its stem, at least half of what was typed
 *   ("Podd" → "Pod", not "QuotaStorageClass" → "Quota");
 * - spelled out from an abbreviation: what was typed keeps the key's first 4 characters and the rest
 *   of its letters in order ("PrioClass" → "PriorityClass").
 * Sharing only a common ending ("…Class", "…Set") never makes two names close, and every rule needs
 * the same first character (callers index keys by it).
 */
export function closeness(typed: string, key: string): number | undefined {
  if (typed === key) return 0;
  const longer = Math.max(typed.length, key.length);
  const shorter = Math.min(typed.length, key.length);
  const completes = key.startsWith(typed);
  if (shorter >= 3 && (completes || (typed.startsWith(key) && 2 * key.length >= typed.length))) return 0.5 * (1 - shorter / longer);
  const edits = allowedEdits(typed.length);
  if (edits > 0 && typed[0] === key[0] && Math.abs(typed.length - key.length) <= edits) {
    // Levenshtein (fast) bounds the transposing distance from above, and from below at half of it.
    const d = distance(typed, key);
    const typo = d <= edits ? d : d <= 2 * edits ? transposingDistance(typed, key) : Infinity;
    if (typo <= edits) return typo / longer;
  }
  if (typed.length > ABBREVIATION_PREFIX && typed.length < key.length && key.startsWith(typed.slice(0, ABBREVIATION_PREFIX)) && isSubsequence(typed, key))
    return 0.5 + 0.5 * (1 - typed.length / key.length);
  return undefined;
}
