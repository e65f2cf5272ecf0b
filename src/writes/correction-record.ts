import { LANGS } from '../knowledge/vocabulary.js';
import { CorrectionSeed } from '../seed/seed-files.js';
import { byLang } from './by-lang.js';
import { invalid } from './parse-document.js';
import type { RecordKind } from './record-kind.js';

/** Corrections of the source article: their seed entry. */
export const correctionRecord: RecordKind<CorrectionSeed> = {
  type: 'correction',
  schema: CorrectionSeed,
  editScope: 'write',
  async read(tx, slug) {
    const row = await tx.correction.findUnique({ where: { slug }, include: { texts: true, resource: { select: { name: true } } } });
    if (!row) return null;
    const document = CorrectionSeed.parse({
      slug: row.slug,
      kind: row.kind,
      articleSection: row.articleSection,
      articleText: row.articleText,
      ...(row.resource ? { resource: row.resource.name } : {}),
      correct: byLang(row.texts, (t) => t.correct),
      reason: byLang(row.texts, (t) => t.reason),
    });
    return { id: row.id, version: row.version, position: row.position, document };
  },
  async write(tx, target, doc) {
    const resource = doc.resource === undefined ? null : await tx.resource.findUnique({ where: { name: doc.resource }, select: { id: true } });
    if (doc.resource !== undefined && !resource) throw invalid('correction', [{ path: 'resource', message: `unknown resource "${doc.resource}"` }]);
    const data = { kind: doc.kind, articleSection: doc.articleSection, articleText: doc.articleText, resourceId: resource?.id ?? null };
    const texts = LANGS.map((lang) => ({ lang, correct: doc.correct[lang], reason: doc.reason[lang] }));
    if (target.id === null) return (await tx.correction.create({ data: { slug: doc.slug, position: target.position, ...data, texts: { create: texts } } })).id;
    await tx.correctionText.deleteMany({ where: { correctionId: target.id } });
    await tx.correction.update({ where: { id: target.id }, data: { ...data, texts: { create: texts } } });
    return target.id;
  },
  async claim(tx, id, version) {
    return (await tx.correction.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async nextPosition(tx) {
    return ((await tx.correction.aggregate({ _max: { position: true } }))._max.position ?? -1) + 1;
  },
  async usedBy() {
    return {};
  },
  async remove(tx, id) {
    await tx.correction.delete({ where: { id } });
  },
};
