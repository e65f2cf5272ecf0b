import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { FieldNotes } from './annotate-field.js';

/** kubedex's notes on the fields of a resource's kind: a variant (NodePort) has its kind's (Service) and its own, its own winning. */
export function resourceFieldNotes(snapshot: KnowledgeSnapshot, resource: Resource): FieldNotes {
  const base = resource.variant ? snapshot.mustResource(resource.variant.of).fieldNotes : [];
  return new Map(
    [...base, ...resource.fieldNotes].map((fieldNote) => [fieldNote.path, { ja: fieldNote.text.ja.note, en: fieldNote.text.en.note }] as const),
  );
}
