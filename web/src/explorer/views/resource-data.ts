import type { ResourceLink } from '../resource-link.js';

/** A step of a parent/child chain. */
export interface ChainStepData {
  depth: number;
  resource: ResourceLink;
  via: { kind: string; from: { name: string }; to: { name: string } };
}

/** One entry of a kind's API version history. */
export interface VersionHistoryEntry {
  apiVersion: string;
  introducedIn: string | null;
  deprecatedIn: string | null;
  removedIn: string | null;
  replacement: string | null;
  note: string | null;
}

/** What the resource page's query answers. */
export interface ResourceData extends ResourceLink {
  summary: string;
  description: string;
  kubernetes: {
    kind: string;
    apiVersion: string;
    plural: string;
    singular: string;
    shortNames: string[];
    namespaced: boolean;
    servedVersions: string[];
  } | null;
  tasks: string[];
  status: string;
  category: { slug: string; name: string };
  listedIn: { slug: string; name: string }[];
  variant: { selector: string; of: ResourceLink } | null;
  variants: ResourceLink[];
  alternatives: ResourceLink[];
  supersededBy: ResourceLink | null;
  aliases: { name: string; kind: string }[];
  facts: { key: string; label: string; text: string; note: string | null }[];
  exampleManifest: string | null;
  sources: { fromArticle: boolean; articleSection: string | null; docsUrl: string | null };
  corrections: { slug: string; correctionKind: string; articleSection: string; articleText: string; correct: string; reason: string }[];
  relations: { kind: string; note: string; from: ResourceLink; to: ResourceLink }[];
  parents: ChainStepData[] | null;
  children: ChainStepData[] | null;
  comparisons: { slug: string; title: string; resources: { edges: { node: { name: string } }[] } | null }[];
  apiVersionHistory: VersionHistoryEntry[];
}
