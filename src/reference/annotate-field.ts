import type { Localized } from '../knowledge/knowledge-types.js';
import type { FieldNode } from './field-node.js';

/** kubedex's own notes on a kind's fields, by canonical path (`spec.strategy.rollingUpdate.maxSurge`). */
export type FieldNotes = ReadonlyMap<string, Localized<string>>;

/** A field with kubedex's note beside the upstream description (never instead of it). */
export interface AnnotatedField extends Omit<FieldNode, 'children'> {
  note: Localized<string> | null;
  children: AnnotatedField[];
}

/** Puts each note beside the field it is about, through the whole subtree. */
export function annotateField(node: FieldNode, notes: FieldNotes): AnnotatedField {
  return { ...node, note: notes.get(node.path) ?? null, children: node.children.map((child) => annotateField(child, notes)) };
}
