import type { ApiVersionEntry, Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { replacementAt } from '../knowledge/api-version-catalogue.js';
import { atOrAfter, KNOWLEDGE_RELEASE } from '../knowledge/kubernetes-release.js';
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
    return {
      resource,
      kind: resource.kubernetes?.kind ?? resource.name,
      asked,
      askedServed: asked ? !atOrAfter(release, asked.removedIn) && (asked.introducedIn === null || atOrAfter(release, asked.introducedIn)) : null,
      askedReplacement: asked ? (atOrAfter(release, asked.removedIn) ? replacementAt(resource, asked.apiVersion, release) : null) : null,
      history: resource.apiVersionHistory,
      release,
      supersededBy: resource.supersededBy ? (snapshot.resource(resource.supersededBy) ?? null) : null,
    };
  }
  return null;
}
