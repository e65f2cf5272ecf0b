import type { AliasKind, CorrectionKind, Distribution, Lang, RelationKind, ResourceStatus } from './vocabulary.js';

/** A value in every language kubedex serves. */
export type Localized<T> = Record<Lang, T>;

/** JSON as stored in a fact's value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Category {
  id: number;
  slug: string;
  position: number;
  aliases: string[];
  text: Localized<{ name: string; description: string }>;
}

/** What `kubectl api-resources` reports for the kind behind a resource. */
export interface KubernetesFacts {
  kind: string;
  group: string;
  version: string;
  /** `v1` for the core group, `group/version` otherwise, as written in a manifest. */
  apiVersion: string;
  plural: string;
  /** The lower-cased kind, as `kubectl api-resources` names it. */
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** API verbs served: `create` alone for review kinds. */
  verbs: string[];
  /** Every apiVersion of the kind a v1.36 API server serves, preferred first; empty for a removed kind. */
  servedVersions: string[];
}

export interface ResourceFact {
  key: string;
  value: JsonValue;
  /** `value` is the language-neutral value; `text[lang].value` the value as that language writes it (the same unless the value is prose). */
  text: Localized<{ label: string; note: string | null; value: JsonValue }>;
}

/** kubedex's own note on a field of the resource's kind. */
export interface FieldNote {
  path: string;
  text: Localized<{ note: string }>;
}

/** One apiVersion a kind has been served under; releases as `v1.25`, null where it does not apply. */
export interface ApiVersionEntry {
  apiVersion: string;
  introducedIn: string | null;
  deprecatedIn: string | null;
  removedIn: string | null;
  replacement: string | null;
  text: Localized<{ note: string }> | null;
}

export interface Resource {
  id: number;
  name: string;
  category: string;
  position: number;
  /** Other categories that also list this resource. */
  listedIn: { category: string; position: number }[];
  kubernetes: KubernetesFacts | null;
  variant: { of: string; selector: string } | null;
  status: ResourceStatus;
  distribution: Distribution;
  supersededBy: string | null;
  exampleManifest: string | null;
  docsUrl: string | null;
  source: { fromArticle: boolean; articleSection: string | null };
  aliases: { name: string; kind: AliasKind }[];
  text: Localized<{ name: string; summary: string; description: string }>;
  facts: ResourceFact[];
  /** What people want to do when they need this resource. */
  tasks: Localized<string>[];
  fieldNotes: FieldNote[];
  /** Every apiVersion the kind has been served under, oldest first. */
  apiVersionHistory: ApiVersionEntry[];
  updatedAt: Date;
}

export interface Relation {
  id: number;
  kind: RelationKind;
  from: string;
  to: string;
  text: Localized<{ note: string }>;
}

export interface ComparisonAspect {
  key: string;
  text: Localized<{ label: string }>;
  /** resource name → text per language */
  cells: Record<string, Localized<string>>;
}

export interface Comparison {
  id: number;
  slug: string;
  position: number;
  resources: string[];
  aspects: ComparisonAspect[];
  text: Localized<{ title: string; verdict: string }>;
}

export interface Correction {
  id: number;
  slug: string;
  position: number;
  kind: CorrectionKind;
  articleSection: string;
  articleText: string;
  resource: string | null;
  text: Localized<{ correct: string; reason: string }>;
}
