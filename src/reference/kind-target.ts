import { AppError } from '../errors.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import { apiVersionsOfKind, findReferenceKind } from './find-reference-kind.js';
import type { ReferenceKind } from './field-reference-data.js';

/** A kind at one apiVersion, as a manifest names it. */
export interface KindTarget {
  apiVersion: string;
  kind: string;
}

/** The reference kind of `target`, or NOT_FOUND naming the apiVersions the kind is known under. */
export function requireReferenceKind(target: KindTarget): ReferenceKind {
  const found = findReferenceKind(target.apiVersion, target.kind);
  if (found) return found;
  const known = apiVersionsOfKind(target.kind);
  throw new AppError('NOT_FOUND', {
    message: known.length
      ? `${target.kind} has no field reference under ${target.apiVersion}; it is known under ${known.map((entry) => entry.apiVersion).join(', ')}`
      : `the field reference has no kind ${target.kind}`,
    details: { knownApiVersions: known.map((entry) => entry.apiVersion) },
  });
}

/**
 * The kind whose fields a resource answers: its own kind, or for a variant (NodePort, Headless) the kind
 * it is a variant of; an add-on API's kind answers its CRD schema. A resource that is no API kind
 * (Volume) has no fields: NOT_FOUND says why.
 */
export function kindTargetOf(resource: Resource): KindTarget {
  if (!resource.kubernetes) {
    throw new AppError('NOT_FOUND', {
      message: `${resource.name} is not a Kubernetes API kind (it has no apiVersion and kind of its own), so it has no field reference`,
      details: { resource: resource.name, reason: 'no-kind' },
    });
  }
  return { apiVersion: resource.kubernetes.apiVersion, kind: resource.kubernetes.kind };
}
