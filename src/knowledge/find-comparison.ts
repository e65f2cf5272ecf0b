import { distance } from 'fastest-levenshtein';
import { AppError } from '../errors.js';
import type { Comparison } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { normalizeName } from './normalize-name.js';
import { comparisonSuggestion, type Suggestion } from './suggestion.js';

/**
 * A stored comparison by slug as a client types it, ignoring case (`Job-vs-CronJob` is
 * `job-vs-cronjob`). Unknown: NOT_FOUND with the closest slugs in `details.suggestions`.
 */
export function findComparison(snapshot: KnowledgeSnapshot, slug: string): Comparison {
  const found = snapshot.comparison(slug.trim().toLowerCase());
  if (found) return found;
  throw new AppError('NOT_FOUND', {
    message: `No comparison "${slug}"`,
    details: { suggestions: suggestComparisons(snapshot, slug) },
  });
}

/** Up to `limit` stored comparisons whose slugs are closest to `typed`, closest first. */
export function suggestComparisons(snapshot: KnowledgeSnapshot, typed: string, limit = 5): Suggestion[] {
  const target = normalizeName(typed);
  return snapshot.comparisons
    .map((c) => {
      const key = normalizeName(c.slug);
      const contained = target.length > 0 && (key.includes(target) || target.includes(key));
      return { slug: c.slug, score: contained ? 0 : distance(target, key) / Math.max(target.length, key.length, 1) };
    })
    .filter((c) => c.score <= 0.5)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((c) => comparisonSuggestion(c.slug));
}
