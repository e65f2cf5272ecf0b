import { childDefinitionId } from './field-type-label.js';
import type { DefinitionProperty, FieldReferenceData } from './field-reference-data.js';

/** How far a dotted path resolves: the properties matched so far and, when it stops early, where. */
export interface ResolvedFieldPath {
  /** Matched properties with their canonical dotted paths, outermost first. */
  matched: { property: DefinitionProperty; path: string }[];
  /** The definition whose properties the first unmatched segment was looked up in; null when everything matched. */
  failedIn: string | null;
  /** Segments not matched, the first of them the unknown one. */
  rest: string[];
}

function findProperty(properties: DefinitionProperty[], segment: string): DefinitionProperty | undefined {
  const lower = segment.toLowerCase();
  return properties.find((property) => property.name === segment) ?? properties.find((property) => property.name.toLowerCase() === lower);
}

/** Splits a field path as kubectl explain takes it (`spec.containers.image`; a `[0]` index is ignored). */
export function fieldPathSegments(path: string): string[] {
  return path
    .replace(/\[\d*\]/g, '')
    .split('.')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
}

/** Walks `segments` from the definition `rootId`, case-insensitively, through lists and maps as explain does. */
export function resolveFieldPath(rootId: string, segments: string[], definitions: FieldReferenceData['definitions']): ResolvedFieldPath {
  const matched: ResolvedFieldPath['matched'] = [];
  let current: string | null = rootId;
  for (let index = 0; index < segments.length; index += 1) {
    const property: DefinitionProperty | undefined = current ? findProperty(definitions[current]?.properties ?? [], segments[index]!) : undefined;
    if (!property) return { matched, failedIn: current, rest: segments.slice(index) };
    const parentPath = matched.at(-1)?.path;
    matched.push({ property, path: parentPath ? `${parentPath}.${property.name}` : property.name });
    current = childDefinitionId(property.type, definitions);
  }
  return { matched, failedIn: null, rest: [] };
}
