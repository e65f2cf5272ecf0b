import type { ApiVersionEntry, Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { replacementAt, servedAt } from '../knowledge/api-version-catalogue.js';
import { KNOWLEDGE_RELEASE } from '../knowledge/kubernetes-release.js';
import { findMentions } from '../search/find-mentions.js';
import type { SearchHit } from '../search/search-resources.js';
import { askedApiVersion, asksVersionsOf, versionedKind, versionWording } from '../search/version-question.js';

/** The apiVersion history of the kind a version question is about. */
export interface VersionAnswer {
  resource: Resource;
  kind: string;
  /** The apiVersion the question names (`extensions/v1beta1`), when the kind has been served under it. */
  asked: ApiVersionEntry | null;
  /** Whether Kubernetes `release` still serves the asked apiVersion; null when none is asked. */
  askedServed: boolean | null;
  /** Where to move from the asked apiVersion at `release` (followed through later removals); null when nothing is served. */
  askedReplacement: string | null;
  /** Every apiVersion the kind has been served under, oldest first. */
  history: ApiVersionEntry[];
  /** Those of `history` served today: at `release`, or for an add-on's kind by its add-on's current CRDs. */
  served: string[];
  /** The kind is an add-on's (Gateway API, the VPA): served by its CRDs, not by Kubernetes releases. */
  addon: boolean;
  /** The release the answer speaks of: the newest kubedex knows. */
  release: string;
  /** The resource that took over from a removed or superseded one (PodSecurityPolicy → Pod Security Admission). */
  supersededBy: Resource | null;
}

/**
 * Whether a question asks about a kind's apiVersions (what replaced it, when it was removed,
 * whether an apiVersion is still served), and the answer: the history of the kind it names (or of
 * the best match), focused on the apiVersion it names. Null when it is no such question, or the
 * kind has nothing to tell (never deprecated, removed or superseded).
 */
export function findAskedVersions(snapshot: KnowledgeSnapshot, input: { q: string; matches: readonly SearchHit[] }): VersionAnswer | null {
  const q = input.q.normalize('NFKC');
  const wording = versionWording(q);
  const candidates = [...new Set([...findMentions(snapshot, q).map((m) => versionedKind(snapshot, m.resource)), ...input.matches.slice(0, 1).map((m) => versionedKind(snapshot, m.resource))])];
  for (const resource of candidates) {
    if (!asksVersionsOf(resource, wording)) continue;
    const asked = askedApiVersion(resource, wording);
    const release = KNOWLEDGE_RELEASE;
    const served = resource.apiVersionHistory.filter((v) => servedAt(resource, v, release)).map((v) => v.apiVersion);
    const askedServed = asked ? served.includes(asked.apiVersion) : null;
    return {
      resource,
      kind: resource.kubernetes?.kind ?? resource.name,
      asked,
      askedServed,
      askedReplacement: asked && !askedServed ? replacementAt(resource, asked.apiVersion, release) : null,
      history: resource.apiVersionHistory,
      served,
      addon: resource.distribution === 'addon',
      release,
      supersededBy: resource.supersededBy ? (snapshot.resource(resource.supersededBy) ?? null) : null,
    };
  }
  return null;
}
