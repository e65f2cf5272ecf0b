import type { FieldIssue } from '../errors.js';
import { LANGS } from '../knowledge/vocabulary.js';
import { ComparisonSeed } from '../seed/seed-files.js';
import { byLang } from './by-lang.js';
import { invalid } from './parse-document.js';
import type { RecordKind } from './record-kind.js';

const include = {
  texts: true,
  members: { include: { resource: { select: { name: true } } }, orderBy: { position: 'asc' } },
  aspects: { include: { texts: true, cells: { include: { resource: { select: { name: true } } } } }, orderBy: { position: 'asc' } },
} as const;

/** Comparisons: their seed file (title, members, aspects with a cell per member, verdict). */
export const comparisonRecord: RecordKind<ComparisonSeed> = {
  type: 'comparison',
  schema: ComparisonSeed,
  editScope: 'write',
  async read(tx, slug) {
    const row = await tx.comparison.findUnique({ where: { slug }, include });
    if (!row) return null;
    const names = row.members.map((m) => m.resource.name);
    const document: ComparisonSeed = {
      slug: row.slug,
      title: byLang(row.texts, (t) => t.title),
      resources: names,
      aspects: row.aspects.map((a) => ({
        key: a.key,
        label: byLang(a.texts, (t) => t.label),
        cells: Object.fromEntries(names.map((name) => [name, byLang(a.cells.filter((c) => c.resource.name === name), (c) => c.text)])),
      })),
      verdict: byLang(row.texts, (t) => t.verdict),
    };
    return { id: row.id, version: row.version, position: row.position, document };
  },
  async write(tx, target, doc) {
    const found = new Map((await tx.resource.findMany({ where: { name: { in: doc.resources } }, select: { id: true, name: true } })).map((r) => [r.name, r.id]));
    const issues: FieldIssue[] = [];
    doc.resources.forEach((name, i) => {
      if (!found.has(name)) issues.push({ path: `resources.${i}`, message: `unknown resource "${name}"` });
      else if (doc.resources.indexOf(name) !== i) issues.push({ path: `resources.${i}`, message: `"${name}" is given twice` });
    });
    doc.aspects.forEach((a, i) => {
      if (doc.aspects.findIndex((b) => b.key === a.key) !== i) issues.push({ path: `aspects.${i}.key`, message: `aspect "${a.key}" is given twice` });
    });
    if (issues.length > 0) throw invalid('comparison', issues);
    const id = (name: string) => found.get(name) as number;
    let comparisonId = target.id;
    if (comparisonId === null) comparisonId = (await tx.comparison.create({ data: { slug: doc.slug, position: target.position } })).id;
    else {
      await tx.comparisonText.deleteMany({ where: { comparisonId } });
      await tx.comparisonMember.deleteMany({ where: { comparisonId } });
      await tx.comparisonAspect.deleteMany({ where: { comparisonId } });
    }
    await tx.comparison.update({
      where: { id: comparisonId },
      data: {
        texts: { create: LANGS.map((lang) => ({ lang, title: doc.title[lang], verdict: doc.verdict[lang] })) },
        members: { create: doc.resources.map((name, position) => ({ resourceId: id(name), position })) },
      },
    });
    for (const [position, a] of doc.aspects.entries())
      await tx.comparisonAspect.create({
        data: {
          comparisonId,
          key: a.key,
          position,
          texts: { create: LANGS.map((lang) => ({ lang, label: a.label[lang] })) },
          cells: { create: doc.resources.flatMap((name) => LANGS.map((lang) => ({ resourceId: id(name), lang, text: (a.cells[name] as Record<string, string>)[lang] as string }))) },
        },
      });
    return comparisonId;
  },
  async claim(tx, id, version) {
    return (await tx.comparison.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async nextPosition(tx) {
    return ((await tx.comparison.aggregate({ _max: { position: true } }))._max.position ?? -1) + 1;
  },
  async usedBy() {
    return {};
  },
  async remove(tx, id) {
    await tx.comparison.delete({ where: { id } });
  },
};
