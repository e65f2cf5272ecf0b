/**
 * One kind as a stock v1.36 API server's discovery documents state it (kubernetes/kubernetes
 * `api/discovery/`, with only the versions enabled by default: GA versions, since no beta version is
 * enabled by default in v1.36). Add-on kinds state what their CRD serves once installed.
 */
export interface DiscoveryRow {
  kind: string;
  /** "" for the core group. */
  group: string;
  /** The preferred version. */
  version: string;
  /** Every version of the group serving the kind, preferred first. */
  servedVersions: string[];
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  verbs: string[];
}

/** The verbs of an ordinary kind, as discovery lists them. */
export const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** A row whose singular is the lower-cased kind and whose only served version is the preferred one. */
export function row(kind: string, group: string, version: string, rest: { plural: string; shortNames?: string[]; namespaced: boolean; verbs?: string[]; servedVersions?: string[]; singular?: string }): DiscoveryRow {
  return {
    kind,
    group,
    version,
    servedVersions: rest.servedVersions ?? [version],
    plural: rest.plural,
    singular: rest.singular ?? kind.toLowerCase(),
    shortNames: rest.shortNames ?? [],
    namespaced: rest.namespaced,
    verbs: rest.verbs ?? ALL_VERBS,
  };
}
