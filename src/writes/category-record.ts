import { normalizeName } from '../knowledge/normalize-name.js';
import { LANGS } from '../knowledge/vocabulary.js';
import { CategorySeed } from '../seed/seed-files.js';
import { byLang } from './by-lang.js';
import { invalid } from './parse-document.js';
import type { RecordKind } from './record-kind.js';

/** Categories: their seed entry (slug, aliases, name and description in every language); admin only. */
export const categoryRecord: RecordKind<CategorySeed> = {
  type: 'category',
  schema: CategorySeed,
  editScope: 'admin',
  async read(tx, slug) {
    const row = await tx.category.findUnique({ where: { slug }, include: { texts: true } });
    if (!row) return null;
    const document: CategorySeed = {
      slug: row.slug,
      aliases: row.aliases.split(',').filter(Boolean),
      name: byLang(row.texts, (t) => t.name),
      description: byLang(row.texts, (t) => t.description),
    };
    return { id: row.id, version: row.version, position: row.position, document };
  },
  async write(tx, target, doc) {
    // A category is addressed by slug or alias in any case: no spelling may name two categories.
    const others = await tx.category.findMany({ where: target.id === null ? {} : { NOT: { id: target.id } }, select: { slug: true, aliases: true } });
    const owner = new Map(others.flatMap((c) => [c.slug, ...c.aliases.split(',').filter(Boolean)].map((k) => [normalizeName(k), c.slug] as const)));
    const issues = [doc.slug, ...doc.aliases].flatMap((spelling, i) => {
      const taken = owner.get(normalizeName(spelling));
      const path = i === 0 ? 'slug' : `aliases.${i - 1}`;
      return taken ? [{ path, message: `"${spelling}" already names category ${taken}` }] : [];
    });
    if (issues.length > 0) throw invalid('category', issues);
    const texts = LANGS.map((lang) => ({ lang, name: doc.name[lang], description: doc.description[lang] }));
    if (target.id === null) return (await tx.category.create({ data: { slug: doc.slug, position: target.position, aliases: doc.aliases.join(','), texts: { create: texts } } })).id;
    await tx.categoryText.deleteMany({ where: { categoryId: target.id } });
    await tx.category.update({ where: { id: target.id }, data: { aliases: doc.aliases.join(','), texts: { create: texts } } });
    return target.id;
  },
  async claim(tx, id, version) {
    return (await tx.category.updateMany({ where: { id, version }, data: { version: { increment: 1 } } })).count === 1;
  },
  async nextPosition(tx) {
    return ((await tx.category.aggregate({ _max: { position: true } }))._max.position ?? -1) + 1;
  },
  async usedBy(tx, id) {
    const [resources, listings] = await Promise.all([
      tx.resource.findMany({ where: { categoryId: id }, select: { name: true }, orderBy: { position: 'asc' } }),
      tx.categoryListing.findMany({ where: { categoryId: id }, select: { resource: { select: { name: true } } }, orderBy: { position: 'asc' } }),
    ]);
    return { resources: resources.map((r) => r.name), listings: listings.map((l) => l.resource.name) };
  },
  async remove(tx, id) {
    await tx.category.delete({ where: { id } });
  },
};
