import { apiVersionOf } from './find-reference-kind.js';
import { loadFieldReference } from './field-reference-data.js';
import { listFieldPaths } from './list-field-paths.js';

/** One field of one kind at one apiVersion, as a search index entry wants it. */
export interface FieldEntry {
  apiVersion: string;
  kind: string;
  path: string;
  type: string;
  description: string | null;
}

/** Every field of every kind in the reference, lazily (tens of thousands of entries; each kind's paths are computed once). */
export function* listFieldEntries(): Generator<FieldEntry> {
  for (const kind of loadFieldReference().kinds) {
    const apiVersion = apiVersionOf(kind);
    for (const entry of listFieldPaths(kind.definition)) yield { apiVersion, kind: kind.kind, ...entry };
  }
}
