import { AppError } from '../errors.js';
import { recordChange } from './record-change.js';
import type { ResourceDocument } from './resource-document.js';
import type { RelationDocument } from './resource-writes.js';
import type { WriteActor, WriteTx } from './write-transaction.js';

/**
 * The delete rule: a resource that other knowledge is built on is refused (409 naming what uses
 * it): a comparison that includes it, a variant of it, a resource superseded by it, a correction
 * about it. Its relations are deleted with it, each recorded as its own change in the same
 * revision, so that restoring the resource brings them back. Its field notes and apiVersion history
 * are part of its write document, kept in the delete's `before`, and come back with it too.
 */
export async function deleteResourceRows(tx: WriteTx, target: { id: number; name: string; revision: number; actor: WriteActor; before: ResourceDocument }): Promise<void> {
  const { id } = target;
  const [comparisons, variants, superseded, corrections] = await Promise.all([
    tx.comparisonMember.findMany({ where: { resourceId: id }, select: { comparison: { select: { slug: true } } } }),
    tx.relation.findMany({ where: { toId: id, kind: 'variant_of' }, select: { from: { select: { name: true } } } }),
    tx.resource.findMany({ where: { supersededById: id }, select: { name: true } }),
    tx.correction.findMany({ where: { resourceId: id }, select: { slug: true } }),
  ]);
  const usedBy = {
    comparisons: comparisons.map((c) => c.comparison.slug),
    variants: variants.map((v) => v.from.name),
    supersedes: superseded.map((r) => r.name),
    corrections: corrections.map((c) => c.slug),
  };
  if (Object.values(usedBy).some((list) => list.length > 0))
    throw new AppError('CONFLICT', {
      message: `${target.name} is in use: ${Object.entries(usedBy).filter(([, l]) => l.length > 0).map(([what, l]) => `${what} ${l.join(', ')}`).join('; ')}`,
      details: { usedBy },
    });
  const relations = await tx.relation.findMany({
    where: { OR: [{ fromId: id }, { toId: id }], NOT: { fromId: id, kind: 'variant_of' } },
    include: { texts: true, from: { select: { name: true } }, to: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  await tx.resource.delete({ where: { id } });
  await recordChange(tx, { revision: target.revision, actor: target.actor, operation: 'delete', recordType: 'resource', recordKey: target.name, before: target.before, after: null });
  for (const rel of relations) {
    const doc: RelationDocument = { from: rel.from.name, kind: rel.kind, to: rel.to.name, position: rel.position, note: Object.fromEntries(rel.texts.map((t) => [t.lang, t.note])) };
    await recordChange(tx, { revision: target.revision, actor: target.actor, operation: 'delete', recordType: 'relation', recordKey: `${doc.from} ${doc.kind} ${doc.to}`, before: doc, after: null });
  }
}
