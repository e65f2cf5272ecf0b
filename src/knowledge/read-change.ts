import type { KnowledgeDb } from '../db/create-prisma-client.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import {
  categoryInclude,
  comparisonInclude,
  correctionInclude,
  relationInclude,
  resourceInclude,
  type CategoryRow,
  type ComparisonRow,
  type CorrectionRow,
  type RelationRow,
  type ResourceRow,
} from './read-knowledge-rows.js';

type ReadClient = Pick<KnowledgeDb, 'knowledgeRevision' | 'change' | 'category' | 'resource' | 'relation' | 'comparison' | 'correction'>;

/**
 * One write's records as the database holds them after it: the names and slugs its change rows
 * name (a relation's two ends count as changed resources), and the rows a snapshot needs to redo
 * them: those records, every relation touching a changed resource, and every category (a handful).
 */
export interface ChangeRows {
  revision: number;
  resourceNames: Set<string>;
  comparisonSlugs: Set<string>;
  correctionSlugs: Set<string>;
  categories: CategoryRow[];
  resources: ResourceRow[];
  relations: RelationRow[];
  comparisons: ComparisonRow[];
  corrections: CorrectionRow[];
}

/**
 * Reads the write that made revision `previous.revision + 1`, or null when it cannot be applied
 * alone: the database is at another revision (another replica wrote in between, or several writes
 * raced), or the revision has no change rows or was made by a seed (which records only its conflicts).
 * Pass a transaction client, so that the revision and the rows are one consistent view.
 */
export async function readChange(db: ReadClient, previous: KnowledgeSnapshot): Promise<ChangeRows | null> {
  const revision = (await db.knowledgeRevision.findUnique({ where: { id: 1 } }))?.revision ?? 0;
  if (revision !== previous.revision + 1) return null;
  const changes = await db.change.findMany({ where: { revision }, select: { operation: true, recordType: true, recordKey: true } });
  if (changes.length === 0 || changes.some((c) => c.operation === 'seed')) return null;
  const resourceNames = new Set<string>();
  const comparisonSlugs = new Set<string>();
  const correctionSlugs = new Set<string>();
  let categoryChanged = false;
  for (const c of changes) {
    if (c.recordType === 'resource') resourceNames.add(c.recordKey);
    else if (c.recordType === 'comparison') comparisonSlugs.add(c.recordKey);
    else if (c.recordType === 'correction') correctionSlugs.add(c.recordKey);
    else if (c.recordType === 'category') categoryChanged = true;
    else if (c.recordType === 'relation') {
      // `${from} ${kind} ${to}`: resource names hold no spaces.
      const ends = c.recordKey.split(' ');
      if (ends.length !== 3) return null;
      resourceNames.add(ends[0] as string).add(ends[2] as string);
    } else return null;
  }
  const [categories, resources, comparisons, corrections] = await Promise.all([
    db.category.findMany({ include: categoryInclude, orderBy: { position: 'asc' } }),
    db.resource.findMany({ where: { name: { in: [...resourceNames] } }, include: resourceInclude, orderBy: [{ categoryId: 'asc' }, { position: 'asc' }] }),
    db.comparison.findMany({ where: { slug: { in: [...comparisonSlugs] } }, include: comparisonInclude, orderBy: { position: 'asc' } }),
    db.correction.findMany({ where: { slug: { in: [...correctionSlugs] } }, include: correctionInclude, orderBy: { position: 'asc' } }),
  ]);
  const ids = resources.map((r) => r.id);
  const relations =
    ids.length === 0
      ? []
      : await db.relation.findMany({ where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }] }, include: relationInclude, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  // A category's position orders every resource in it: a write that moved one is reloaded in full.
  if (categoryChanged && categories.some((c) => previous.category(c.slug) && previous.category(c.slug)?.position !== c.position)) return null;
  return { revision, resourceNames, comparisonSlugs, correctionSlugs, categories, resources, relations, comparisons, corrections };
}
