import { z } from 'zod';
import { AliasKind, CorrectionKind, Distribution, RelationKind, ResourceStatus } from '../knowledge/vocabulary.js';

/** A text in every language kubedex serves. */
const text = (what: string) =>
  z.object({ ja: z.string().trim().min(1, `${what} in Japanese is empty`), en: z.string().trim().min(1, `${what} in English is empty`) }).strict();

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by "-"');
const resourceName = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'a resource name is letters, digits and "-"');

/** seed/categories.yaml */
export const CategorySeed = z
  .object({
    slug,
    aliases: z.array(z.string().min(1)).default([]),
    name: text('name'),
    description: text('description'),
  })
  .strict();
export const CategoriesFile = z.object({ categories: z.array(CategorySeed).min(1) }).strict();

/** A number or rule a client reads as data: `value` is any JSON; prose values also carry `valueByLang`. */
export const FactSeed = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a fact key is lowerCamelCase'),
    value: z.json(),
    valueByLang: z.object({ ja: z.json(), en: z.json() }).strict().optional(),
    label: text('label'),
    note: text('note').optional(),
  })
  .strict();

/** seed/resources/<category>/<Name>.yaml */
export const ResourceSeed = z
  .object({
    name: resourceName,
    category: slug,
    position: z.number().int().nonnegative(),
    alsoListedIn: z.array(z.object({ category: slug, position: z.number().int().nonnegative() }).strict()).default([]),
    fromArticle: z.boolean(),
    articleSection: z.string().min(1).nullable(),
    kubernetes: z
      .object({
        kind: z.string().regex(/^[A-Z][A-Za-z]+$/),
        group: z.string(), // "" is the core group
        version: z.string().regex(/^v\d+((alpha|beta)\d+)?$/),
        plural: z.string().regex(/^[a-z]+$/),
        /** Defaults to the lower-cased kind, as the API server derives it. */
        singular: z.string().regex(/^[a-z]+$/).optional(),
        shortNames: z.array(z.string().regex(/^[a-z]+$/)).default([]),
        namespaced: z.boolean(),
        /** Defaults to the eight verbs of an ordinary kind; review kinds serve only `create`. */
        verbs: z.array(z.string().regex(/^[a-z]+$/)).min(1).optional(),
        /** Every version of the group a v1.36 API server serves, preferred first; defaults to [version]. */
        servedVersions: z.array(z.string().regex(/^v\d+((alpha|beta)\d+)?$/)).min(1).optional(),
      })
      .strict()
      .nullable(),
    variant: z.object({ of: resourceName, selector: z.string().min(1) }).strict().optional(),
    status: ResourceStatus.default('stable'),
    distribution: Distribution.default('builtin'),
    /** What people want to do when they need this resource, in both languages. */
    tasks: z.array(text('task')).default([]),
    supersededBy: resourceName.optional(),
    docsUrl: z.url().refine((u) => u.startsWith('https://kubernetes.io/'), 'official documentation lives on https://kubernetes.io/'),
    aliases: z.array(z.object({ name: z.string().min(1), kind: AliasKind }).strict()).default([]),
    text: z.object({ ja: z.object({ name: z.string().min(1), summary: z.string().min(1), description: z.string().min(1) }).strict(), en: z.object({ name: z.string().min(1), summary: z.string().min(1), description: z.string().min(1) }).strict() }).strict(),
    facts: z.array(FactSeed).default([]),
    example: z.string().min(1).nullable(),
  })
  .strict()
  .refine((r) => r.status !== 'superseded' || r.supersededBy, { message: 'a superseded resource names supersededBy', path: ['supersededBy'] })
  .refine((r) => r.fromArticle === (r.articleSection !== null), { message: 'articleSection is set exactly when fromArticle is true', path: ['articleSection'] })
  .refine((r) => !r.kubernetes?.servedVersions || r.status === 'removed' || r.kubernetes.servedVersions[0] === r.kubernetes.version, {
    message: 'servedVersions starts with the preferred version',
    path: ['kubernetes', 'servedVersions'],
  });

/** seed/relations/*.yaml */
export const RelationSeed = z
  .object({ from: resourceName, kind: RelationKind, to: resourceName, note: text('note') })
  .strict()
  .refine((r) => r.from !== r.to, { message: 'a resource cannot relate to itself', path: ['to'] })
  .refine((r) => r.kind !== 'variant_of', { message: 'variants are declared on the resource (variant.of), not as relations', path: ['kind'] });
export const RelationsFile = z.object({ relations: z.array(RelationSeed).min(1) }).strict();

/** seed/comparisons/<slug>.yaml: every aspect has a cell for every resource, in both languages. */
export const ComparisonSeed = z
  .object({
    slug,
    title: text('title'),
    resources: z.array(resourceName).min(2),
    aspects: z
      .array(z.object({ key: z.string().regex(/^[a-z][A-Za-z0-9]*$/), label: text('label'), cells: z.record(resourceName, text('cell')) }).strict())
      .min(1),
    verdict: text('verdict'),
  })
  .strict()
  .superRefine((c, ctx) => {
    c.aspects.forEach((aspect, i) => {
      const cells = Object.keys(aspect.cells);
      for (const name of c.resources)
        if (!cells.includes(name)) ctx.addIssue({ code: 'custom', path: ['aspects', i, 'cells', name], message: `no cell for ${name}` });
      for (const name of cells)
        if (!c.resources.includes(name)) ctx.addIssue({ code: 'custom', path: ['aspects', i, 'cells', name], message: `${name} is not among resources` });
    });
  });

/** seed/corrections.yaml */
export const CorrectionSeed = z
  .object({
    slug,
    kind: CorrectionKind,
    articleSection: z.string().min(1),
    articleText: z.string().min(1),
    resource: resourceName.optional(),
    correct: text('correct'),
    reason: text('reason'),
  })
  .strict();
export const CorrectionsFile = z.object({ corrections: z.array(CorrectionSeed) }).strict();

const releaseVersion = z.string().regex(/^v1\.\d+$/, 'a Kubernetes release such as v1.25');
const apiVersionString = z.string().regex(/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/, 'an apiVersion such as batch/v1 or v1');

/** seed/field-notes/*.yaml: kubedex's own notes on fields, beside the upstream descriptions. */
export const FieldNoteSeed = z.object({ resource: resourceName, path: z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, 'a dotted field path such as spec.replicas'), note: text('note') }).strict();
export const FieldNotesFile = z.object({ notes: z.array(FieldNoteSeed).min(1) }).strict();

/** One apiVersion a kind was served under. */
export const ApiVersionSeed = z
  .object({
    apiVersion: apiVersionString,
    introducedIn: releaseVersion.nullable().default(null),
    deprecatedIn: releaseVersion.nullable().default(null),
    removedIn: releaseVersion.nullable().default(null),
    replacement: apiVersionString.nullable().default(null),
    note: text('note').optional(),
  })
  .strict();
/** seed/api-versions/*.yaml: every apiVersion each kind has been served under. */
export const ApiVersionsFile = z
  .object({ kinds: z.array(z.object({ resource: resourceName, versions: z.array(ApiVersionSeed).min(1) }).strict()).min(1) })
  .strict();

export type CategorySeed = z.infer<typeof CategorySeed>;
export type FieldNoteSeed = z.infer<typeof FieldNoteSeed>;
export type ApiVersionSeed = z.infer<typeof ApiVersionSeed>;
export type ResourceSeed = z.infer<typeof ResourceSeed>;
export type RelationSeed = z.infer<typeof RelationSeed>;
export type ComparisonSeed = z.infer<typeof ComparisonSeed>;
export type CorrectionSeed = z.infer<typeof CorrectionSeed>;
