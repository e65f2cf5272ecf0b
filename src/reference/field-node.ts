import { childDefinitionId, fieldTypeLabel } from './field-type-label.js';
import type { DefinitionProperty, FieldReferenceData } from './field-reference-data.js';

/** One field of a kind as `kubectl explain` shows it, with its children down to the asked depth. */
export interface FieldNode {
  name: string;
  path: string;
  type: string;
  required: boolean;
  description: string | null;
  enum: string[] | null;
  /** Whether the field has children of its own (shown or not at this depth). */
  hasChildren: boolean;
  children: FieldNode[];
}

/** Builds the node of `property` at `path`, expanding `depth` more levels; a definition already above it is not expanded again (recursive schemas). */
export function buildFieldNode(options: {
  property: DefinitionProperty;
  path: string;
  depth: number;
  ancestors: ReadonlySet<string>;
  definitions: FieldReferenceData['definitions'];
}): FieldNode {
  const { property, path, depth, ancestors, definitions } = options;
  const childId = childDefinitionId(property.type, definitions);
  const expandable = childId !== null && !ancestors.has(childId);
  return {
    name: property.name,
    path,
    type: fieldTypeLabel(property.type, definitions),
    required: property.required,
    description: property.description,
    enum: property.type.t === 'string' && property.type.enum ? property.type.enum : null,
    hasChildren: expandable,
    children:
      expandable && depth > 0
        ? childNodes({ definitionId: childId, path, depth: depth - 1, ancestors: new Set([...ancestors, childId]), definitions })
        : [],
  };
}

/** The nodes of every property of one definition, under `path`. */
export function childNodes(options: {
  definitionId: string;
  path: string;
  depth: number;
  ancestors: ReadonlySet<string>;
  definitions: FieldReferenceData['definitions'];
}): FieldNode[] {
  const { definitionId, path, depth, ancestors, definitions } = options;
  return (definitions[definitionId]?.properties ?? []).map((property) =>
    buildFieldNode({ property, path: path ? `${path}.${property.name}` : property.name, depth, ancestors, definitions }),
  );
}
