import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { FieldNotes } from './annotate-field.js';

/** kubedex's notes on the fields of a resource's kind. */
export function resourceFieldNotes(_snapshot: KnowledgeSnapshot, _resource: Resource): FieldNotes {
  return new Map();
}
