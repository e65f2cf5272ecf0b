import type { ApiVersionEntry, Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';

// Words of a question about versions, deprecation or removal. Not "version" alone: "roll out a new version" is a Deployment task.
const VERSION_WORDS =
  /deprecat|\bremov(?:e|ed|al)\b|\breplac(?:e|ed|ement)\b|\bsuccessor\b|\bstill (?:served|supported|available|work)|\bno longer\b|\bapi ?versions?\b|非推奨|廃止|削除され|後継|代わり|置き換|提供され|使えなくな|APIバージョン|apiVersion/iu;
// `extensions/v1beta1`, `batch/v1beta1`, `networking.k8s.io/v1`; a bare `v1beta1` too, but not a release such as v1.25.
const API_VERSION = /\b(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\/)?v\d+(?:(?:alpha|beta)\d+)?\b(?!\.\d)/giu;

/** What a question says about versions: the apiVersions it names (lowercased) and whether it uses words of versions or removal. */
export interface VersionWording {
  named: string[];
  versionWords: boolean;
}

/** Reads a question's apiVersions and words of versions, deprecation or removal. */
export function versionWording(question: string): VersionWording {
  const q = question.normalize('NFKC');
  return { named: [...q.matchAll(API_VERSION)].map((m) => m[0].toLowerCase()), versionWords: VERSION_WORDS.test(q) };
}

/**
 * The apiVersion of a kind's history the question names, or null: written whole (`apps/v1`) first, else a bare
 * version (`v1beta1`) read as the kind's group at that version, the first the question names.
 */
export function askedApiVersion(resource: Resource, wording: VersionWording): ApiVersionEntry | null {
  const history = resource.apiVersionHistory;
  const whole = history.find((v) => v.apiVersion.includes('/') && wording.named.includes(v.apiVersion.toLowerCase()));
  if (whole) return whole;
  for (const named of wording.named) {
    const found = history.find((v) => v.apiVersion.toLowerCase() === named || v.apiVersion.toLowerCase().endsWith(`/${named}`));
    if (found) return found;
  }
  return null;
}

/**
 * Whether a question asks about this kind's apiVersions: it names one the kind was served under, or
 * speaks of deprecation, removal or replacement and the kind has such a story to tell.
 */
export function asksVersionsOf(resource: Resource, wording: VersionWording): boolean {
  return askedApiVersion(resource, wording) !== null || (wording.versionWords && hasStory(resource));
}

/** A variant (InClusterIngress) has its kind's history: the kind answers for it. */
export function versionedKind(snapshot: KnowledgeSnapshot, resource: Resource): Resource {
  return resource.variant ? (snapshot.resource(resource.variant.of) ?? resource) : resource;
}

function hasStory(resource: Resource): boolean {
  return resource.supersededBy !== null || resource.apiVersionHistory.some((v) => v.deprecatedIn !== null || v.removedIn !== null);
}
