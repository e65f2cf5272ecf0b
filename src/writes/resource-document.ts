import type { Prisma } from '../generated/sqlite/client.js';
import type { JsonValue } from '../knowledge/knowledge-types.js';
import { STANDARD_VERBS } from '../knowledge/vocabulary.js';
import { z } from 'zod';
import { ApiVersionSeed, FieldNoteSeed, ResourceSeed } from '../seed/seed-files.js';
import { byLang } from './by-lang.js';
import type { WriteTx } from './write-transaction.js';

/**
 * A resource's write document: its seed file's shape (every language), which `GET .../source`
 * returns, PUT and POST take whole and PATCH merges into, together with what the seed keeps in
 * other files but hangs off the resource: its field notes and its apiVersion history (as its
 * `/export` entry holds them). So a delete records, and a restore brings back, all of it.
 */
export const ResourceDocumentSchema = ResourceSeed.safeExtend({
  /** kubedex's notes on the kind's fields, in order (seed/field-notes/). */
  fieldNotes: z.array(FieldNoteSeed.omit({ resource: true })).default([]),
  /** Every apiVersion the kind has been served under, oldest first (seed/api-versions/). */
  apiVersions: z.array(ApiVersionSeed).default([]),
});
export type ResourceDocument = z.infer<typeof ResourceDocumentSchema>;

/** Everything a resource's write document is read from, in one query. */
export const documentInclude = {
  category: { select: { slug: true } },
  supersededBy: { select: { name: true } },
  texts: true,
  aliases: { orderBy: { id: 'asc' } },
  facts: { include: { texts: true }, orderBy: { position: 'asc' } },
  listings: { include: { category: { select: { slug: true } } }, orderBy: { categoryId: 'asc' } },
  tasks: { include: { texts: true }, orderBy: { position: 'asc' } },
  outgoing: { where: { kind: 'variant_of' }, select: { to: { select: { name: true } } } },
  fieldNotes: { include: { texts: true }, orderBy: { position: 'asc' } },
  apiVersions: { include: { texts: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.ResourceInclude;

/** A stored resource with what its write document needs. */
export type DocumentRow = Prisma.ResourceGetPayload<{ include: typeof documentInclude }>;

/** A stored resource and its version, or null when no resource has that exact name. */
export async function readResourceDocument(tx: WriteTx, name: string): Promise<{ id: number; version: number; document: ResourceDocument } | null> {
  const row = await tx.resource.findUnique({ where: { name }, include: documentInclude });
  return row ? { id: row.id, version: row.version, document: resourceDocument(row) } : null;
}

const split = (list: string | null) => (list ?? '').split(',').filter(Boolean);

/** The write document of a stored resource, in canonical form (every default spelled out). */
export function resourceDocument(row: DocumentRow): ResourceDocument {
  const variantOf = row.outgoing[0]?.to.name;
  const served = split(row.servedVersions);
  const doc: ResourceDocument = {
    name: row.name,
    category: row.category.slug,
    position: row.position,
    alsoListedIn: row.listings.map((l) => ({ category: l.category.slug, position: l.position })),
    fromArticle: row.fromArticle,
    articleSection: row.articleSection,
    kubernetes:
      row.kind && row.apiGroup !== null && row.apiVersion && row.plural && row.namespaced !== null
        ? {
            kind: row.kind,
            group: row.apiGroup,
            version: row.apiVersion,
            plural: row.plural,
            singular: row.singular ?? row.kind.toLowerCase(),
            shortNames: row.aliases.filter((a) => a.kind === 'shortName').map((a) => a.alias),
            namespaced: row.namespaced,
            verbs: split(row.verbs),
            ...(served.length > 0 ? { servedVersions: served } : {}),
          }
        : null,
    ...(variantOf && row.variantSelector ? { variant: { of: variantOf, selector: row.variantSelector } } : {}),
    status: row.status as ResourceDocument['status'],
    distribution: row.distribution as ResourceDocument['distribution'],
    tasks: row.tasks.map((t) => byLang(t.texts, (x) => x.text)),
    ...(row.supersededBy ? { supersededBy: row.supersededBy.name } : {}),
    docsUrl: row.docsUrl ?? '',
    aliases: row.aliases.filter((a) => a.kind !== 'shortName').map((a) => ({ name: a.alias, kind: a.kind as ResourceDocument['aliases'][number]['kind'] })),
    text: byLang(row.texts, (t) => ({ name: t.name, summary: t.summary, description: t.description })),
    facts: row.facts.map((f) => {
      const value = JSON.parse(f.value) as JsonValue;
      const prose = f.texts.some((t) => t.value !== null);
      const note = f.texts.some((t) => t.note !== null);
      return {
        key: f.key,
        value,
        ...(prose ? { valueByLang: byLang(f.texts, (t) => (t.value === null ? value : (JSON.parse(t.value) as JsonValue))) } : {}),
        label: byLang(f.texts, (t) => t.label),
        ...(note ? { note: byLang(f.texts, (t) => t.note ?? '') } : {}),
      };
    }),
    example: row.exampleManifest,
    fieldNotes: row.fieldNotes.map((n) => ({ path: n.path, note: byLang(n.texts, (t) => t.note) })),
    apiVersions: row.apiVersions.map((v) => ({
      apiVersion: v.apiVersion,
      introducedIn: v.introducedIn,
      deprecatedIn: v.deprecatedIn,
      removedIn: v.removedIn,
      replacement: v.replacement,
      ...(v.texts.length > 0 ? { note: byLang(v.texts, (t) => t.note) } : {}),
    })),
  };
  return doc;
}

/**
 * A validated document with every default spelled out as storage would give it back, so that two
 * documents that store the same rows compare equal (the seed's conflict check relies on it).
 */
export function canonicalDocument(doc: ResourceDocument): ResourceDocument {
  const k = doc.kubernetes;
  const served = k ? (k.servedVersions ?? (doc.status === 'removed' ? [] : [k.version])) : [];
  const kubernetes = k
    ? { ...k, singular: k.singular ?? k.kind.toLowerCase(), verbs: k.verbs ?? [...STANDARD_VERBS], servedVersions: served.length > 0 ? served : undefined }
    : null;
  if (kubernetes && kubernetes.servedVersions === undefined) delete kubernetes.servedVersions;
  // Storage keeps no order among the other listings: sorted, so that order alone never differs.
  const alsoListedIn = [...doc.alsoListedIn].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return ResourceDocumentSchema.parse({ ...doc, kubernetes, alsoListedIn });
}

/** A resource's write document as the seed states it: its file, with its field notes and apiVersions from theirs. */
export function seedDocument(resource: ResourceSeed, seed: { fieldNotes: FieldNoteSeed[]; apiVersions: { resource: string; versions: ApiVersionSeed[] }[] }): ResourceDocument {
  return canonicalDocument({
    ...resource,
    fieldNotes: seed.fieldNotes.filter((n) => n.resource === resource.name).map(({ resource: _r, ...n }) => n),
    apiVersions: seed.apiVersions.find((k) => k.resource === resource.name)?.versions ?? [],
  });
}

/** Whether two documents describe the same stored state. */
export function sameDocument(a: ResourceDocument, b: ResourceDocument): boolean {
  return stableJson(canonicalDocument(a)) === stableJson(canonicalDocument(b));
}

/** JSON with object keys sorted, so that key order never makes two equal documents differ. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
