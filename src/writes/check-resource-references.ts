import type { FieldIssue } from '../errors.js';
import { normalizeName } from '../knowledge/normalize-name.js';
import type { ResourceDocument } from './resource-document.js';
import { invalid } from './parse-document.js';
import type { WriteTx } from './write-transaction.js';

/** Storage ids a valid document's names resolve to. */
export interface ResolvedReferences {
  categoryId: number;
  listingCategoryIds: number[];
  variantOfId: number | null;
  supersededById: number | null;
}

/**
 * Checks what a document names against the database: its categories and the resources it points
 * to exist, and no alias or shortName (nor fact key, nor listing) is taken twice or by another
 * resource. Every problem is reported at its field; any problem refuses the whole write.
 */
export async function checkResourceReferences(tx: WriteTx, doc: ResourceDocument, selfId: number | null): Promise<ResolvedReferences> {
  const issues: FieldIssue[] = [];
  const slugs = [doc.category, ...doc.alsoListedIn.map((l) => l.category)];
  const categories = new Map((await tx.category.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const names = [doc.variant?.of, doc.supersededBy].filter((n): n is string => n !== undefined);
  const resources = new Map((await tx.resource.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map((r) => [r.name, r.id]));

  if (!categories.has(doc.category)) issues.push({ path: 'category', message: `unknown category "${doc.category}"` });
  const listed = new Set<string>();
  doc.alsoListedIn.forEach((l, i) => {
    if (!categories.has(l.category)) issues.push({ path: `alsoListedIn.${i}.category`, message: `unknown category "${l.category}"` });
    else if (l.category === doc.category || listed.has(l.category)) issues.push({ path: `alsoListedIn.${i}.category`, message: `"${l.category}" is listed twice` });
    listed.add(l.category);
  });
  const pointsTo = (name: string | undefined, path: string) => {
    if (name === undefined) return;
    if (name === doc.name) issues.push({ path, message: 'a resource cannot point to itself' });
    else if (!resources.has(name)) issues.push({ path, message: `unknown resource "${name}"` });
  };
  pointsTo(doc.variant?.of, 'variant.of');
  pointsTo(doc.supersededBy, 'supersededBy');

  const keys = new Set<string>();
  doc.facts.forEach((f, i) => {
    if (keys.has(f.key)) issues.push({ path: `facts.${i}.key`, message: `fact "${f.key}" is given twice` });
    keys.add(f.key);
  });

  const unique = (list: { key: string; path: string }[], what: string) => {
    const given = new Set<string>();
    for (const { key, path } of list) {
      if (given.has(key)) issues.push({ path, message: `${what} "${key}" is given twice` });
      given.add(key);
    }
  };
  unique(doc.fieldNotes.map((n, i) => ({ key: n.path, path: `fieldNotes.${i}.path` })), 'field note');
  unique(doc.apiVersions.map((v, i) => ({ key: v.apiVersion, path: `apiVersions.${i}.apiVersion` })), 'apiVersion');

  const wanted = [
    ...doc.aliases.map((a, i) => ({ alias: a.name, path: `aliases.${i}.name` })),
    ...(doc.kubernetes?.shortNames ?? []).map((s, i) => ({ alias: s, path: `kubernetes.shortNames.${i}` })),
  ].map((a) => ({ ...a, normalized: normalizeName(a.alias) }));
  const owners = await tx.resourceAlias.findMany({
    where: { normalized: { in: wanted.map((a) => a.normalized) } },
    select: { normalized: true, resourceId: true, resource: { select: { name: true } } },
  });
  const ownerOf = new Map(owners.map((o) => [o.normalized, o]));
  const seen = new Set<string>();
  for (const a of wanted) {
    const owner = ownerOf.get(a.normalized);
    if (a.normalized === '') issues.push({ path: a.path, message: 'an alias needs letters or digits' });
    else if (seen.has(a.normalized)) issues.push({ path: a.path, message: `"${a.alias}" is given twice` });
    else if (owner && owner.resourceId !== selfId) issues.push({ path: a.path, message: `"${a.alias}" already belongs to ${owner.resource.name}` });
    seen.add(a.normalized);
  }

  if (issues.length > 0) throw invalid('resource', issues);
  return {
    categoryId: categories.get(doc.category) as number,
    listingCategoryIds: doc.alsoListedIn.map((l) => categories.get(l.category) as number),
    variantOfId: doc.variant ? (resources.get(doc.variant.of) as number) : null,
    supersededById: doc.supersededBy ? (resources.get(doc.supersededBy) as number) : null,
  };
}
