import { childDefinitionId, fieldTypeLabel } from './field-type-label.js';
import { loadFieldReference } from './field-reference-data.js';

/** One field of a kind, flat: what a search index or a suggestion needs. */
export interface FieldPathEntry {
  path: string;
  type: string;
  description: string | null;
}

const cache = new Map<string, FieldPathEntry[]>();

/** Every field path of the definition `rootId`, recursion cut where a definition repeats on its own path; computed once per kind. */
export function listFieldPaths(rootId: string): FieldPathEntry[] {
  const cached = cache.get(rootId);
  if (cached) return cached;
  const { definitions } = loadFieldReference();
  const entries: FieldPathEntry[] = [];
  const visit = (definitionId: string, prefix: string, ancestors: Set<string>): void => {
    for (const property of definitions[definitionId]?.properties ?? []) {
      const path = prefix ? `${prefix}.${property.name}` : property.name;
      entries.push({ path, type: fieldTypeLabel(property.type, definitions), description: property.description });
      const childId = childDefinitionId(property.type, definitions);
      if (childId && !ancestors.has(childId)) {
        ancestors.add(childId);
        visit(childId, path, ancestors);
        ancestors.delete(childId);
      }
    }
  };
  visit(rootId, '', new Set([rootId]));
  cache.set(rootId, entries);
  return entries;
}
