import type { Category, Comparison, Correction, Relation, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { LANGS } from './vocabulary.js';

/** Bumped when the export's shape changes in a way a reader must know about. */
export const EXPORT_FORMAT_VERSION = 1;

/** The whole knowledge base in every language, without storage ids, as one versioned document. */
export interface KnowledgeExport {
  format: 'kubedex-knowledge';
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  revision: number;
  languages: string[];
  categories: Omit<Category, 'id'>[];
  resources: (Omit<Resource, 'id' | 'updatedAt'> & { updatedAt: string })[];
  relations: Omit<Relation, 'id'>[];
  comparisons: Omit<Comparison, 'id'>[];
  corrections: Omit<Correction, 'id'>[];
}

/** Everything the snapshot holds, ready to serialize; storage ids are left out as they differ per database. */
export function exportKnowledge(snapshot: KnowledgeSnapshot): KnowledgeExport {
  return {
    format: 'kubedex-knowledge',
    formatVersion: EXPORT_FORMAT_VERSION,
    revision: snapshot.revision,
    languages: [...LANGS],
    categories: snapshot.categories.map(({ id: _id, ...c }) => c),
    resources: snapshot.resources.map(({ id: _id, updatedAt, ...r }) => ({ ...r, updatedAt: updatedAt.toISOString() })),
    relations: snapshot.relations.map(({ id: _id, ...r }) => r),
    comparisons: snapshot.comparisons.map(({ id: _id, ...c }) => c),
    corrections: snapshot.corrections.map(({ id: _id, ...c }) => c),
  };
}
