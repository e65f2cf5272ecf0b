import type { ApiVersionEntry, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { atOrAfter } from './kubernetes-release.js';

/** One apiVersion of one kind, as `GET /api-versions` lists it. */
export interface ApiVersionListing extends ApiVersionEntry {
  resource: Resource;
  kind: string;
  group: string;
}

/** Filters of the list across kinds; releases already normalized (`v1.25`). */
export interface ApiVersionFilter {
  kind?: string;
  group?: string;
  /** Versions removed in exactly this release. */
  removedIn?: string;
  deprecatedIn?: string;
  /** Versions no longer served at this release (removed in it or before). */
  removedBy?: string;
}

/** The group of an apiVersion: `` for `v1`, `batch` for `batch/v1beta1`. */
export function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

/** Every apiVersion of every kind, oldest first within a kind, kinds in the knowledge's order. */
export function listApiVersions(snapshot: KnowledgeSnapshot, filter: ApiVersionFilter = {}): ApiVersionListing[] {
  const kind = filter.kind?.toLowerCase();
  const out: ApiVersionListing[] = [];
  for (const resource of snapshot.resources) {
    if (!resource.kubernetes || resource.variant) continue;
    if (kind !== undefined && resource.kubernetes.kind.toLowerCase() !== kind) continue;
    for (const entry of resource.apiVersionHistory) {
      const group = groupOf(entry.apiVersion);
      if (filter.group !== undefined && group !== filter.group) continue;
      if (filter.removedIn !== undefined && entry.removedIn !== filter.removedIn) continue;
      if (filter.deprecatedIn !== undefined && entry.deprecatedIn !== filter.deprecatedIn) continue;
      if (filter.removedBy !== undefined && !atOrAfter(filter.removedBy, entry.removedIn)) continue;
      out.push({ ...entry, resource, kind: resource.kubernetes.kind, group });
    }
  }
  return out;
}

/** The resource of a Kubernetes kind (case-insensitive), not a variant of it. */
export function resourceOfKind(snapshot: KnowledgeSnapshot, kind: string): Resource | undefined {
  const wanted = kind.toLowerCase();
  return snapshot.resources.find((r) => !r.variant && r.kubernetes?.kind.toLowerCase() === wanted);
}

/**
 * Where a client moving off `apiVersion` should go at `release`: the replacement named by the
 * history, followed while that one is itself gone by then; null when nothing is served.
 */
export function replacementAt(resource: Resource, apiVersion: string, release: string): string | null {
  const seen = new Set<string>();
  let current = resource.apiVersionHistory.find((v) => v.apiVersion === apiVersion)?.replacement ?? null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const entry = resource.apiVersionHistory.find((v) => v.apiVersion === current);
    if (!entry || !atOrAfter(release, entry.removedIn)) return current;
    current = entry.replacement;
  }
  return null;
}

/** Whether an apiVersion is dated by Kubernetes releases; an add-on's (Gateway API's) follow its own releases and are not. */
function datedByRelease(entry: ApiVersionEntry): boolean {
  return entry.introducedIn !== null || entry.deprecatedIn !== null || entry.removedIn !== null;
}

/**
 * Whether an apiVersion of a kind is served at `release`: by its dates; an undated add-on version
 * when the kind's current CRDs serve it (`servedVersions`).
 */
export function servedAt(resource: Resource, entry: ApiVersionEntry, release: string): boolean {
  if (!datedByRelease(entry)) return resource.kubernetes?.servedVersions.includes(entry.apiVersion) ?? true;
  return !atOrAfter(release, entry.removedIn) && (entry.introducedIn === null || atOrAfter(release, entry.introducedIn));
}
