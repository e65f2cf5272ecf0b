import type { Prisma } from '../generated/sqlite/client.js';
import type { KnowledgeDb } from '../db/create-prisma-client.js';

export const categoryInclude = { texts: true } satisfies Prisma.CategoryInclude;
export const resourceInclude = {
  texts: true,
  aliases: { orderBy: { id: 'asc' } },
  facts: { include: { texts: true }, orderBy: { position: 'asc' } },
  listings: true,
  tasks: { include: { texts: true }, orderBy: { position: 'asc' } },
  fieldNotes: { include: { texts: true }, orderBy: { position: 'asc' } },
  apiVersions: { include: { texts: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.ResourceInclude;
export const relationInclude = { texts: true } satisfies Prisma.RelationInclude;
export const comparisonInclude = {
  texts: true,
  members: { orderBy: { position: 'asc' } },
  aspects: { include: { texts: true, cells: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.ComparisonInclude;
export const correctionInclude = { texts: true } satisfies Prisma.CorrectionInclude;

export type CategoryRow = Prisma.CategoryGetPayload<{ include: typeof categoryInclude }>;
export type ResourceRow = Prisma.ResourceGetPayload<{ include: typeof resourceInclude }>;
export type RelationRow = Prisma.RelationGetPayload<{ include: typeof relationInclude }>;
export type ComparisonRow = Prisma.ComparisonGetPayload<{ include: typeof comparisonInclude }>;
export type CorrectionRow = Prisma.CorrectionGetPayload<{ include: typeof correctionInclude }>;

/** Every stored row of the knowledge, read in one consistent pass. */
export interface KnowledgeRows {
  revision: number;
  categories: CategoryRow[];
  resources: ResourceRow[];
  relations: RelationRow[];
  comparisons: ComparisonRow[];
  corrections: CorrectionRow[];
}

type ReadClient = Pick<KnowledgeDb, 'knowledgeRevision' | 'category' | 'resource' | 'relation' | 'comparison' | 'correction'>;

/**
 * Reads the whole knowledge base with a fixed number of queries (one per table family), never one
 * per record. Pass a transaction client to read a consistent state.
 */
export async function readKnowledgeRows(db: ReadClient): Promise<KnowledgeRows> {
  const [revision, categories, resources, relations, comparisons, corrections] = await Promise.all([
    db.knowledgeRevision.findUnique({ where: { id: 1 } }),
    db.category.findMany({ include: categoryInclude, orderBy: { position: 'asc' } }),
    readResources(db),
    db.relation.findMany({ include: relationInclude, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    db.comparison.findMany({ include: comparisonInclude, orderBy: { position: 'asc' } }),
    db.correction.findMany({ include: correctionInclude, orderBy: { position: 'asc' } }),
  ]);
  return { revision: revision?.revision ?? 0, categories, resources, relations, comparisons, corrections };
}

// Resources in pages by id: loading every resource's texts, facts and tasks in one query binds one
// parameter per resource, past the limit Prisma allows on SQLite from about a thousand resources.
// buildSnapshotData orders them.
const RESOURCE_PAGE = 500;

async function readResources(db: ReadClient): Promise<ResourceRow[]> {
  const rows: ResourceRow[] = [];
  for (let after = 0; ; ) {
    const page = await db.resource.findMany({ where: { id: { gt: after } }, include: resourceInclude, orderBy: { id: 'asc' }, take: RESOURCE_PAGE });
    rows.push(...page);
    const last = page.at(-1);
    if (!last || page.length < RESOURCE_PAGE) return rows;
    after = last.id;
  }
}
