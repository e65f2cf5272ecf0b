import { AppError } from '../errors.js';
import { buildFieldNode, childNodes, type FieldNode } from './field-node.js';
import { loadFieldReference, type ReferenceSource } from './field-reference-data.js';
import { closestFieldPaths } from './closest-field-paths.js';
import { requireReferenceKind, type KindTarget } from './kind-target.js';
import { fieldPathSegments, resolveFieldPath } from './resolve-field-path.js';

/** Deepest tree one call expands (Pod's full tree runs to thousands of fields). */
export const MAX_FIELD_DEPTH = 10;
/** Depth of a tree when none is asked for: the top fields and their children. */
export const DEFAULT_FIELD_DEPTH = 2;

/** A kind's field tree, stamped with where its upstream text comes from (its package and release). */
export interface FieldTree extends KindTarget {
  depth: number;
  source: ReferenceSource;
  fields: FieldNode[];
}

/** One field explained: the field with one level of children, stamped with its source. */
export interface ExplainedField extends KindTarget {
  source: ReferenceSource;
  field: FieldNode;
}

/** The fields of a kind as `kubectl explain --recursive` shows them, `depth` levels deep (1 = top fields only). */
export function fieldTree(target: KindTarget, options: { depth: number }): FieldTree {
  const { definitions } = loadFieldReference();
  const kind = requireReferenceKind(target);
  const depth = Math.min(Math.max(options.depth, 1), MAX_FIELD_DEPTH);
  return {
    apiVersion: target.apiVersion,
    kind: kind.kind,
    depth,
    source: kind.source,
    fields: childNodes({ definitionId: kind.definition, path: '', depth: depth - 1, ancestors: new Set([kind.definition]), definitions }),
  };
}

/**
 * One field by dotted path, matched case-insensitively (`spec.strategy.rollingUpdate.maxsurge`), with
 * `depth` levels of children; an unknown path is NOT_FOUND with the closest paths of the kind.
 */
export function explainField(target: KindTarget, path: string, options: { depth?: number } = {}): ExplainedField {
  const { definitions } = loadFieldReference();
  const kind = requireReferenceKind(target);
  const resolved = resolveFieldPath(kind.definition, fieldPathSegments(path), definitions);
  const last = resolved.matched.at(-1);
  if (resolved.rest.length > 0 || !last) {
    const closest = closestFieldPaths({ rootId: kind.definition, resolved, definitions });
    throw new AppError('NOT_FOUND', {
      message: `${kind.kind} (${target.apiVersion}) has no field ${path}${closest.length ? `; closest: ${closest.join(', ')}` : ''}`,
      details: { path, closest },
    });
  }
  const depth = Math.min(Math.max(options.depth ?? 1, 0), MAX_FIELD_DEPTH);
  return {
    apiVersion: target.apiVersion,
    kind: kind.kind,
    source: kind.source,
    field: buildFieldNode({ property: last.property, path: last.path, depth, ancestors: new Set([kind.definition]), definitions }),
  };
}
