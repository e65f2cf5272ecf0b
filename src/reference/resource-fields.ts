import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { annotateField, type AnnotatedField } from './annotate-field.js';
import type { ReferenceSource } from './field-reference-data.js';
import { DEFAULT_FIELD_DEPTH, explainField, fieldTree } from './field-tree.js';
import { kindTargetOf } from './kind-target.js';
import { resourceFieldNotes } from './resource-field-notes.js';

/** The fields of a resource's kind with kubedex's notes beside them, and where the upstream text comes from. */
export interface ResourceFieldsAnswer {
  apiVersion: string;
  kind: string;
  source: ReferenceSource;
  /** The tree's top fields, or the one field asked for by path. */
  fields: AnnotatedField[];
  /** How many levels were expanded: of the tree, or of the field's children. */
  depth: number;
}

/**
 * What every surface answers for a resource's fields: without `path` the tree `depth` levels deep
 * (default 2); with `path` that field and `depth` levels of its children (default 1). A variant
 * answers its kind's fields; unknown paths and resources without a kind are NOT_FOUND.
 */
export function resourceFields(snapshot: KnowledgeSnapshot, resource: Resource, options: { path?: string; depth?: number }): ResourceFieldsAnswer {
  const target = kindTargetOf(resource);
  const notes = resourceFieldNotes(snapshot, resource);
  if (options.path !== undefined) {
    const depth = options.depth ?? 1;
    const explained = explainField(target, options.path, { depth });
    return { apiVersion: explained.apiVersion, kind: explained.kind, source: explained.source, depth, fields: [annotateField(explained.field, notes)] };
  }
  const tree = fieldTree(target, { depth: options.depth ?? DEFAULT_FIELD_DEPTH });
  return { apiVersion: tree.apiVersion, kind: tree.kind, source: tree.source, depth: tree.depth, fields: tree.fields.map((field) => annotateField(field, notes)) };
}
