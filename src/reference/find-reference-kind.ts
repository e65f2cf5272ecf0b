import { loadFieldReference, type ReferenceKind } from './field-reference-data.js';

let byApiVersion: Map<string, ReferenceKind> | undefined;

/** The apiVersion of a group and version as a manifest writes it: `v1` for the core group, else `group/version`. */
export function apiVersionOf(kind: { group: string; version: string }): string {
  return kind.group ? `${kind.group}/${kind.version}` : kind.version;
}

function index(): Map<string, ReferenceKind> {
  byApiVersion ??= new Map(loadFieldReference().kinds.map((kind) => [`${apiVersionOf(kind)} ${kind.kind}`, kind]));
  return byApiVersion;
}

/** The reference kind served as `apiVersion` (`apps/v1`, `v1`) and `kind`, exactly as a manifest spells them. */
export function findReferenceKind(apiVersion: string, kind: string): ReferenceKind | undefined {
  return index().get(`${apiVersion} ${kind}`);
}

/** Every apiVersion under which the reference knows `kind` (case-insensitive), for "did you mean" answers. */
export function apiVersionsOfKind(kind: string): { apiVersion: string; kind: string }[] {
  const wanted = kind.toLowerCase();
  return loadFieldReference()
    .kinds.filter((entry) => entry.kind.toLowerCase() === wanted)
    .map((entry) => ({ apiVersion: apiVersionOf(entry), kind: entry.kind }));
}
