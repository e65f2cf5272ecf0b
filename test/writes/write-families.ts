/** A seed document as the write tests handle it. */
export type Doc = Record<string, unknown>;

/**
 * One kind of writable record as the write tests address it: where its routes live, a record the
 * seed holds, and the ways a document of it can break its rules beyond its types.
 */
export interface WriteFamily {
  /** The collection path every route of the kind starts with. */
  base: string;
  /** What its GraphQL mutations end with (`patchComparison`). */
  title: string;
  /** A seeded record: its REST path parameters and GraphQL address arguments, by name. */
  address: Record<string, string>;
  /** The seeded record's path. */
  item: string;
  /** Top-level fields that hold a text in every language (an object per language for a resource). */
  texts: string[];
  /** Fields without a default: a document without one is refused. */
  required: string[];
  /** Documents that pass the types but break a rule: a name another record owns, a reference to nothing. */
  clashes: ((doc: Doc) => Doc)[];
  /** A merge patch that changes the record and is valid on its own. */
  validPatch: Doc;
}

/** Every kind of record the API writes. */
export const WRITE_FAMILIES: readonly WriteFamily[] = [
  {
    base: '/resources',
    title: 'Resource',
    address: { category: 'workloads', name: 'Pod' },
    item: '/resources/workloads/Pod',
    texts: ['text'],
    required: ['name', 'category', 'fromArticle', 'docsUrl', 'text'],
    clashes: [
      (d) => ({ ...d, aliases: [{ name: 'deploy', kind: 'other' }] }),
      (d) => ({ ...d, docsUrl: 'https://example.com/pod' }),
      (d) => ({ ...d, variant: { of: 'NoSuchKind', selector: 'x' } }),
      (d) => ({ ...d, status: 'superseded' }),
    ],
    validPatch: { text: { en: { summary: 'fuzzed' } } },
  },
  {
    base: '/relations',
    title: 'Relation',
    address: { from: 'Deployment', kind: 'parent_of', to: 'ReplicaSet' },
    item: '/relations/Deployment/parent_of/ReplicaSet',
    texts: ['note'],
    required: ['from', 'kind', 'to', 'note'],
    clashes: [(d) => ({ ...d, to: 'NoSuchKind' }), (d) => ({ ...d, kind: 'variant_of' }), (d) => ({ ...d, to: d.from })],
    validPatch: { note: { en: 'fuzzed' } },
  },
  {
    base: '/categories',
    title: 'Category',
    address: { category: 'workloads', slug: 'workloads' },
    item: '/categories/workloads',
    texts: ['name', 'description'],
    required: ['slug', 'name', 'description'],
    clashes: [(d) => ({ ...d, aliases: ['config-storage'] })],
    validPatch: { description: { en: 'fuzzed' } },
  },
  {
    base: '/comparisons',
    title: 'Comparison',
    address: { slug: 'job-vs-cronjob' },
    item: '/comparisons/job-vs-cronjob',
    texts: ['title', 'verdict'],
    required: ['slug', 'title', 'resources', 'aspects', 'verdict'],
    clashes: [(d) => ({ ...d, resources: [...(d.resources as string[]), 'NoSuchKind'] }), (d) => ({ ...d, resources: (d.resources as string[]).slice(0, 1) })],
    validPatch: { verdict: { en: 'fuzzed' } },
  },
  {
    base: '/corrections',
    title: 'Correction',
    address: { slug: 'daemonset-typo' },
    item: '/corrections/daemonset-typo',
    texts: ['correct', 'reason'],
    required: ['slug', 'kind', 'articleSection', 'articleText', 'correct', 'reason'],
    clashes: [(d) => ({ ...d, resource: 'NoSuchKind' }), (d) => ({ ...d, kind: 'no-such-kind' })],
    validPatch: { reason: { en: 'fuzzed' } },
  },
];

/** The family whose routes start with `path`'s first segment. */
export function familyOfPath(path: string): WriteFamily | undefined {
  return WRITE_FAMILIES.find((f) => path === f.base || path.startsWith(`${f.base}/`));
}

/** The family a GraphQL mutation (`restoreCategory`) writes. */
export function familyOfMutation(name: string): WriteFamily | undefined {
  return WRITE_FAMILIES.find((f) => name.endsWith(f.title));
}
