import type { AliasKind, CorrectionKind, Lang, RelationKind, ResourceStatus } from './vocabulary.js';

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
  shortNames: string[];
  namespaced: boolean;
}

export interface ResourceFact {
  key: string;
  value: JsonValue;
  text: Localized<{ label: string; note: string | null }>;
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
  supersededBy: string | null;
  exampleManifest: string | null;
  docsUrl: string | null;
  source: { fromArticle: boolean; articleSection: string | null };
  aliases: { name: string; kind: AliasKind }[];
  text: Localized<{ name: string; summary: string; description: string }>;
  facts: ResourceFact[];
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
