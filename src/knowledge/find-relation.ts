import type { Relation } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { RelationKind } from './vocabulary.js';

/**
 * A relation's stable key: its kind and both ends, which identify it across revisions and databases
 * (row ids do not survive a reseed).
 */
export function relationKey(relation: Relation): string {
  return JSON.stringify([relation.from, relation.kind, relation.to]);
}

/** The relation a key made by relationKey names, if the snapshot still holds it. */
export function findRelation(snapshot: KnowledgeSnapshot, key: string): Relation | undefined {
  let parts: unknown;
  try {
    parts = JSON.parse(key);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string')) return undefined;
  const [from, kind, to] = parts as [string, string, string];
  const parsedKind = RelationKind.safeParse(kind);
  if (!parsedKind.success) return undefined;
  return snapshot
    .relationsOf(from, { kinds: [parsedKind.data], direction: 'outgoing' })
    .find((r) => r.other.name === to)?.relation;
}
