import { AppError } from '../errors.js';
import type { KnowledgeRows } from './read-knowledge-rows.js';
import type { Category, Comparison, Correction, JsonValue, Localized, Relation, Resource } from './knowledge-types.js';
import { stringPool } from './string-pool.js';
import { AliasKind, CorrectionKind, Distribution, LANGS, type Lang, RelationKind, ResourceStatus } from './vocabulary.js';

/** The plain knowledge a snapshot indexes. */
export interface SnapshotData {
  revision: number;
  categories: Category[];
  resources: Resource[];
  relations: Relation[];
  comparisons: Comparison[];
  corrections: Correction[];
}

/** Texts by language; a language missing in storage falls back to another so every field is filled. */
function localize<R extends { lang: string }, T>(rows: R[], pick: (row: R) => T, what: string): Localized<T> {
  const first = rows[0];
  if (!first) throw new AppError('INTERNAL', { message: `${what} has no text in any language` });
  const byLang = new Map(rows.map((r) => [r.lang, r]));
  const entries = LANGS.map((lang): [Lang, T] => [lang, pick(byLang.get(lang) ?? first)]);
  return Object.fromEntries(entries) as Localized<T>;
}

function apiVersion(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

function splitList(list: string | null, share: (value: string) => string): string[] {
  return (list ?? '').split(',').filter(Boolean).map(share);
}

/**
 * Turns stored rows into the plain, typed knowledge the snapshot serves. `knownNames` names the
 * resources the rows point to but do not hold (a write's rows read apart from the rest).
 */
export function buildSnapshotData(rows: KnowledgeRows, knownNames?: ReadonlyMap<number, string>): SnapshotData {
  const categorySlug = new Map(rows.categories.map((c) => [c.id, c.slug]));
  const resourceName = new Map(rows.resources.map((r) => [r.id, r.name]));
  const nameOf = (id: number) => resourceName.get(id) ?? knownNames?.get(id) ?? `#${id}`;
  const slugOf = (id: number) => categorySlug.get(id) ?? `#${id}`;
  // The values resources repeat (vocabulary, URLs, apiVersions, fact labels, a name as kind and local name) are kept once.
  const share = stringPool();
  const shareJson = (value: JsonValue): JsonValue => (typeof value === 'string' ? share(value) : value);

  const categories: Category[] = rows.categories.map((c) => ({
    id: c.id,
    slug: c.slug,
    position: c.position,
    aliases: c.aliases.split(',').map((a) => a.trim()).filter(Boolean),
    text: localize(c.texts, (t) => ({ name: t.name, description: t.description }), `category ${c.slug}`),
  }));

  const variantOf = new Map<number, number>();
  for (const rel of rows.relations) if (rel.kind === 'variant_of') variantOf.set(rel.fromId, rel.toId);

  const categoryPosition = new Map(categories.map((c) => [c.slug, c.position]));
  const categoryOrder = (r: Resource) => categoryPosition.get(r.category) ?? Number.MAX_SAFE_INTEGER;

  const resources: Resource[] = rows.resources
    .map((r): Resource => {
      const shortNames = r.aliases.filter((a) => a.kind === 'shortName').map((a) => share(a.alias));
      const parentId = variantOf.get(r.id);
      return {
        id: r.id,
        name: share(r.name),
        category: slugOf(r.categoryId),
        position: r.position,
        listedIn: r.listings.map((l) => ({ category: slugOf(l.categoryId), position: l.position })),
        kubernetes:
          r.kind && r.apiGroup !== null && r.apiVersion && r.plural && r.namespaced !== null
            ? {
                kind: share(r.kind),
                group: share(r.apiGroup),
                version: share(r.apiVersion),
                apiVersion: share(apiVersion(r.apiGroup, r.apiVersion)),
                plural: share(r.plural),
                singular: share(r.singular ?? r.kind.toLowerCase()),
                shortNames,
                namespaced: r.namespaced,
                verbs: splitList(r.verbs, share),
                servedVersions: splitList(r.servedVersions, share).map((v) => share(apiVersion(r.apiGroup ?? '', v))),
              }
            : null,
        variant: parentId !== undefined && r.variantSelector ? { of: nameOf(parentId), selector: r.variantSelector } : null,
        status: ResourceStatus.parse(share(r.status)),
        distribution: Distribution.parse(share(r.distribution)),
        supersededBy: r.supersededById === null ? null : nameOf(r.supersededById),
        exampleManifest: r.exampleManifest,
        docsUrl: share(r.docsUrl),
        source: { fromArticle: r.fromArticle, articleSection: share(r.articleSection) },
        aliases: r.aliases.filter((a) => a.kind !== 'shortName').map((a) => ({ name: share(a.alias), kind: AliasKind.parse(share(a.kind)) })),
        text: localize(r.texts, (t) => ({ name: share(t.name), summary: t.summary, description: t.description }), `resource ${r.name}`),
        facts: r.facts.map((f) => {
          const value = shareJson(JSON.parse(f.value) as JsonValue);
          return {
            key: share(f.key),
            value,
            text: localize(f.texts, (t) => ({ label: share(t.label), note: share(t.note), value: t.value === null ? value : shareJson(JSON.parse(t.value) as JsonValue) }), `fact ${r.name}.${f.key}`),
          };
        }),
        tasks: r.tasks.map((t) => localize(t.texts, (x) => x.text, `task ${r.name}.${t.position}`)),
        fieldNotes: r.fieldNotes.map((n) => ({ path: n.path, text: localize(n.texts, (x) => ({ note: x.note }), `field note ${r.name}.${n.path}`) })),
        apiVersionHistory: r.apiVersions.map((v) => ({
          apiVersion: v.apiVersion,
          introducedIn: v.introducedIn,
          deprecatedIn: v.deprecatedIn,
          removedIn: v.removedIn,
          replacement: v.replacement,
          text: v.texts.length > 0 ? localize(v.texts, (x) => ({ note: x.note }), `apiVersion ${r.name} ${v.apiVersion}`) : null,
        })),
        updatedAt: r.updatedAt,
      };
    })
    .sort((a, b) => categoryOrder(a) - categoryOrder(b) || a.position - b.position || a.name.localeCompare(b.name));

  const relations: Relation[] = rows.relations.map((rel) => ({
    id: rel.id,
    kind: RelationKind.parse(rel.kind),
    from: nameOf(rel.fromId),
    to: nameOf(rel.toId),
    text: localize(rel.texts, (t) => ({ note: t.note }), `relation ${rel.id}`),
  }));

  const comparisons: Comparison[] = rows.comparisons.map((c) => ({
    id: c.id,
    slug: c.slug,
    position: c.position,
    resources: c.members.map((m) => nameOf(m.resourceId)),
    aspects: c.aspects.map((a) => ({
      key: a.key,
      text: localize(a.texts, (t) => ({ label: t.label }), `aspect ${c.slug}.${a.key}`),
      cells: Object.fromEntries(
        c.members.map((m) => [
          nameOf(m.resourceId),
          localize(a.cells.filter((cell) => cell.resourceId === m.resourceId), (cell) => cell.text, `cell ${c.slug}.${a.key}`),
        ]),
      ),
    })),
    text: localize(c.texts, (t) => ({ title: t.title, verdict: t.verdict }), `comparison ${c.slug}`),
  }));

  const corrections: Correction[] = rows.corrections.map((c) => ({
    id: c.id,
    slug: c.slug,
    position: c.position,
    kind: CorrectionKind.parse(c.kind),
    articleSection: c.articleSection,
    articleText: c.articleText,
    resource: c.resourceId === null ? null : nameOf(c.resourceId),
    text: localize(c.texts, (t) => ({ correct: t.correct, reason: t.reason }), `correction ${c.slug}`),
  }));

  return { revision: rows.revision, categories, resources, relations, comparisons, corrections };
}
