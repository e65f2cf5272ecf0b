import { distance } from 'fastest-levenshtein';
import { listFieldPaths } from './list-field-paths.js';
import type { ResolvedFieldPath } from './resolve-field-path.js';
import type { FieldReferenceData } from './field-reference-data.js';

const LIMIT = 5;

function closeEnough(typed: string, candidate: string): number | null {
  const score = distance(typed.toLowerCase(), candidate.toLowerCase());
  return score <= Math.max(2, Math.floor(typed.length / 3)) ? score : null;
}

/**
 * The paths of a kind closest to a path that did not resolve: siblings of the unknown segment by edit
 * distance (`spec.replicass` → `spec.replicas`), then fields anywhere in the kind whose own name is the
 * one typed (`spec.maxSurge` → `spec.strategy.rollingUpdate.maxSurge`).
 */
export function closestFieldPaths(options: { rootId: string; resolved: ResolvedFieldPath; definitions: FieldReferenceData['definitions'] }): string[] {
  const { rootId, resolved, definitions } = options;
  const [unknown, ...after] = resolved.rest;
  if (unknown === undefined) return [];
  const prefix = resolved.matched.at(-1)?.path;
  const siblings = (resolved.failedIn ? definitions[resolved.failedIn]?.properties ?? [] : [])
    .map((property) => ({ property, score: closeEnough(unknown, property.name) }))
    .filter((entry): entry is { property: (typeof entry)['property']; score: number } => entry.score !== null)
    .sort((a, b) => a.score - b.score)
    .map(({ property }) => [prefix, property.name, ...after].filter(Boolean).join('.'));
  const all = listFieldPaths(rootId);
  const known = new Map(all.map((entry) => [entry.path.toLowerCase(), entry.path]));
  const last = (resolved.rest.at(-1) ?? unknown).toLowerCase();
  const sameName = all
    .filter((entry) => entry.path.slice(entry.path.lastIndexOf('.') + 1).toLowerCase() === last)
    .map((entry) => entry.path)
    .sort((a, b) => a.length - b.length);
  const siblingsThatExist = siblings.flatMap((path) => known.get(path.toLowerCase()) ?? []);
  return [...new Set([...siblingsThatExist, ...sameName])].slice(0, LIMIT);
}
