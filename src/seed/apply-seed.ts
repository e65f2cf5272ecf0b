import type { KnowledgeDb } from '../db/create-prisma-client.js';
import type { DatabaseTarget } from '../db/database-target.js';
import { normalizeName } from '../knowledge/normalize-name.js';
import { readKnowledgeRows, type KnowledgeRows } from '../knowledge/read-knowledge-rows.js';
import { announceRevision } from '../knowledge/revision-notice.js';
import { LANGS, type Lang } from '../knowledge/vocabulary.js';
import { resourceColumns, variantNote } from '../writes/resource-columns.js';
import type { SeedKnowledge } from './read-seed.js';
import { planSeedConflicts, recordForced, writeForced, writeForcedRecords, type SeedConflict } from './seed-conflicts.js';
import type { ApiVersionSeed, FieldNoteSeed, ResourceSeed } from './seed-files.js';

type Tx = Parameters<Parameters<KnowledgeDb['$transaction']>[0]>[0];

/** What a seed run did: how many records it created or changed, the revision afterwards, and the records it left to the API. */
export interface SeedReport {
  written: number;
  revision: number;
  /** Records edited through the API whose files say otherwise: kept as the API left them, unless forced. */
  conflicts: SeedConflict[];
}

/** The fields of `desired` whose value differs from `existing` (Dates and JSON compared by value). */
function changes<T extends Record<string, unknown>>(existing: Record<string, unknown>, desired: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(desired))
    if (JSON.stringify(existing[key]) !== JSON.stringify(value)) out[key as keyof T] = value as T[keyof T];
  return out;
}

const isEmpty = (o: object) => Object.keys(o).length === 0;

/**
 * Upserts the seed in one transaction: records are matched by natural key (slug, name, from+kind+to)
 * and only what differs is written, so a second run writes nothing and the revision stays. Records
 * added to the database by other means are never deleted. The revision is incremented once if anything changed.
 * A resource edited through the API is never overwritten: it is reported as a conflict and left out
 * (see planSeedConflicts); `force` lets the files win, each such record replaced whole and logged as a change.
 */
export async function applySeed(db: KnowledgeDb, provider: DatabaseTarget['provider'], seed: SeedKnowledge, options: { force?: boolean } = {}): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      const plan = await planSeedConflicts(tx, seed, options.force ?? false);
      let written = 0;
      if (plan.forced.length > 0) {
        // The forced documents may name categories the seed brings: those go first.
        const early = new SeedWriter(tx, await readKnowledgeRows(tx), plan.skipped);
        await early.categories(plan.seed);
        await writeForced(tx, plan.forced);
        written += early.written + plan.forced.length;
      }
      const rows = await readKnowledgeRows(tx);
      const writer = new SeedWriter(tx, rows, plan.skipped);
      await writer.categories(plan.seed);
      await writer.resources(plan.seed.resources);
      await writer.relations(plan.seed);
      await writer.comparisons(plan.seed);
      await writer.corrections(plan.seed);
      await writer.fieldNotes(plan.seed.fieldNotes);
      await writer.apiVersions(plan.seed.apiVersions);
      await writeForcedRecords(tx, plan.forcedRecords);
      written += writer.written + plan.forcedRecords.length;
      const revision = written > 0 ? await bumpRevision(tx) : rows.revision;
      await recordForced(tx, plan, revision);
      if (written > 0) await announceRevision(tx, provider, revision);
      return { written, revision, conflicts: plan.conflicts };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Increments the knowledge revision inside a write transaction. */
export async function bumpRevision(tx: Tx): Promise<number> {
  const row = await tx.knowledgeRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: { revision: { increment: 1 } } });
  return row.revision;
}

class SeedWriter {
  written = 0;
  private readonly categoryIds = new Map<string, number>();
  private readonly resourceIds = new Map<string, number>();
  // Stored rows by natural key: each seed record finds its row without scanning the table.
  private readonly resourceRows = new Map<string, KnowledgeRows['resources'][number]>();
  private readonly relationRows = new Map<string, KnowledgeRows['relations'][number]>();

  constructor(
    private readonly tx: Tx,
    private readonly rows: KnowledgeRows,
    /** `type:slug` of the categories, comparisons and corrections to leave as they are. */
    private readonly skipped: Set<string>,
  ) {
    for (const c of rows.categories) this.categoryIds.set(c.slug, c.id);
    for (const r of rows.resources) {
      this.resourceIds.set(r.name, r.id);
      this.resourceRows.set(r.name, r);
    }
    for (const rel of rows.relations) this.relationRows.set(relationKey(rel), rel);
  }

  private id(name: string): number {
    const id = this.resourceIds.get(name);
    if (id === undefined) throw new Error(`seed names unknown resource ${name}`);
    return id;
  }

  private categoryId(slug: string): number {
    const id = this.categoryIds.get(slug);
    if (id === undefined) throw new Error(`seed names unknown category ${slug}`);
    return id;
  }

  async categories(seed: SeedKnowledge) {
    for (const [position, c] of seed.categories.entries()) {
      if (this.skipped.has(`category:${c.slug}`)) continue;
      const existing = this.rows.categories.find((row) => row.slug === c.slug);
      const data = { position, aliases: c.aliases.join(',') };
      if (!existing) {
        const created = await this.tx.category.create({
          data: { slug: c.slug, ...data, texts: { create: LANGS.map((lang) => ({ lang, name: c.name[lang], description: c.description[lang] })) } },
        });
        this.categoryIds.set(c.slug, created.id);
        this.written++;
        continue;
      }
      const diff = changes(existing, data);
      if (!isEmpty(diff)) await this.count(this.tx.category.update({ where: { id: existing.id }, data: diff }));
      for (const lang of LANGS) {
        const text = { name: c.name[lang], description: c.description[lang] };
        const row = existing.texts.find((t) => t.lang === lang);
        if (!row || !isEmpty(changes(row, text)))
          await this.count(this.tx.categoryText.upsert({ where: { categoryId_lang: { categoryId: existing.id, lang } }, create: { categoryId: existing.id, lang, ...text }, update: text }));
      }
    }
  }

  async resources(resources: ResourceSeed[]) {
    for (const r of resources) {
      const existing = this.resourceRows.get(r.name);
      const data = resourceColumns(r, this.categoryId(r.category));
      if (!existing) {
        const created = await this.tx.resource.create({ data: { name: r.name, ...data } });
        this.resourceIds.set(r.name, created.id);
        this.written++;
      } else {
        const diff = changes(existing, data);
        if (!isEmpty(diff)) await this.count(this.tx.resource.update({ where: { id: existing.id }, data: diff }));
      }
    }
    // Second pass: everything that points at other resources or hangs off a resource.
    for (const r of resources) {
      const resourceId = this.id(r.name);
      const existing = this.resourceRows.get(r.name);
      const supersededById = r.supersededBy ? this.id(r.supersededBy) : null;
      if ((existing?.supersededById ?? null) !== supersededById)
        await this.count(this.tx.resource.update({ where: { id: resourceId }, data: { supersededById } }));
      await this.resourceTexts(resourceId, r, existing);
      await this.aliases(resourceId, r, existing);
      await this.facts(resourceId, r, existing);
      await this.tasks(resourceId, r, existing);
      for (const listing of r.alsoListedIn) {
        const categoryId = this.categoryId(listing.category);
        const row = existing?.listings.find((l) => l.categoryId === categoryId);
        if (!row || row.position !== listing.position)
          await this.count(
            this.tx.categoryListing.upsert({
              where: { categoryId_resourceId: { categoryId, resourceId } },
              create: { categoryId, resourceId, position: listing.position },
              update: { position: listing.position },
            }),
          );
      }
      if (r.variant) await this.relation({ fromId: resourceId, toId: this.id(r.variant.of), kind: 'variant_of', position: 0, note: variantNote(r.name, r.variant) });
    }
  }

  private async resourceTexts(resourceId: number, r: ResourceSeed, existing: KnowledgeRows['resources'][number] | undefined) {
    for (const lang of LANGS) {
      const text = r.text[lang];
      const row = existing?.texts.find((t) => t.lang === lang);
      if (!row || !isEmpty(changes(row, text)))
        await this.count(this.tx.resourceText.upsert({ where: { resourceId_lang: { resourceId, lang } }, create: { resourceId, lang, ...text }, update: text }));
    }
  }

  private async aliases(resourceId: number, r: ResourceSeed, existing: KnowledgeRows['resources'][number] | undefined) {
    const wanted = [...r.aliases.map((a) => ({ alias: a.name, kind: a.kind as string })), ...(r.kubernetes?.shortNames ?? []).map((s) => ({ alias: s, kind: 'shortName' }))];
    for (const a of wanted) {
      const normalized = normalizeName(a.alias);
      const row = existing?.aliases.find((x) => x.normalized === normalized);
      const data = { resourceId, alias: a.alias, kind: a.kind };
      if (!row || !isEmpty(changes(row, data)))
        await this.count(this.tx.resourceAlias.upsert({ where: { normalized }, create: { normalized, ...data }, update: data }));
    }
  }

  private async facts(resourceId: number, r: ResourceSeed, existing: KnowledgeRows['resources'][number] | undefined) {
    for (const [position, f] of r.facts.entries()) {
      const row = existing?.facts.find((x) => x.key === f.key);
      const data = { value: JSON.stringify(f.value), position };
      let factId = row?.id;
      if (!row) {
        factId = (await this.tx.resourceFact.create({ data: { resourceId, key: f.key, ...data } })).id;
        this.written++;
      } else if (!isEmpty(changes(row, data))) await this.count(this.tx.resourceFact.update({ where: { id: row.id }, data }));
      for (const lang of LANGS) {
        const text = { label: f.label[lang], note: f.note?.[lang] ?? null, value: f.valueByLang ? JSON.stringify(f.valueByLang[lang]) : null };
        const textRow = row?.texts.find((t) => t.lang === lang);
        if (factId !== undefined && (!textRow || !isEmpty(changes(textRow, text))))
          await this.count(this.tx.resourceFactText.upsert({ where: { factId_lang: { factId, lang } }, create: { factId, lang, ...text }, update: text }));
      }
    }
  }

  // Tasks, field notes and apiVersions are lists the seed states whole for a resource: when the stored
  // list differs in any way it is replaced, so an entry removed from a file goes away too.
  private async tasks(resourceId: number, r: ResourceSeed, existing: KnowledgeRows['resources'][number] | undefined) {
    const stored = (existing?.tasks ?? []).map((t) => textsByLang(t.texts, (x) => x.text));
    if (JSON.stringify(stored) === JSON.stringify(r.tasks.map((t) => ({ ja: t.ja, en: t.en })))) return;
    await this.tx.resourceTask.deleteMany({ where: { resourceId } });
    for (const [position, task] of r.tasks.entries())
      await this.tx.resourceTask.create({ data: { resourceId, position, texts: { create: LANGS.map((lang) => ({ lang, text: task[lang] })) } } });
    this.written++;
  }

  async fieldNotes(notes: FieldNoteSeed[]) {
    for (const [name, wanted] of groupBy(notes, (n) => n.resource)) {
      const resourceId = this.id(name);
      const stored = (this.resourceRows.get(name)?.fieldNotes ?? []).map((n) => ({ path: n.path, note: textsByLang(n.texts, (x) => x.note) }));
      if (JSON.stringify(stored) === JSON.stringify(wanted.map((n) => ({ path: n.path, note: { ja: n.note.ja, en: n.note.en } })))) continue;
      await this.tx.fieldNote.deleteMany({ where: { resourceId } });
      for (const [position, n] of wanted.entries())
        await this.tx.fieldNote.create({ data: { resourceId, path: n.path, position, texts: { create: LANGS.map((lang) => ({ lang, note: n.note[lang] })) } } });
      this.written++;
    }
  }

  async apiVersions(kinds: SeedKnowledge['apiVersions']) {
    for (const k of kinds) {
      const resourceId = this.id(k.resource);
      const stored = (this.resourceRows.get(k.resource)?.apiVersions ?? []).map(({ apiVersion, introducedIn, deprecatedIn, removedIn, replacement, texts }) => ({
        apiVersion,
        introducedIn,
        deprecatedIn,
        removedIn,
        replacement,
        note: texts.length > 0 ? textsByLang(texts, (x) => x.note) : null,
      }));
      const wanted = k.versions.map((v: ApiVersionSeed) => ({ ...v, note: v.note ? { ja: v.note.ja, en: v.note.en } : null }));
      if (JSON.stringify(stored) === JSON.stringify(wanted)) continue;
      await this.tx.apiVersion.deleteMany({ where: { resourceId } });
      for (const [position, { note, ...v }] of wanted.entries())
        await this.tx.apiVersion.create({ data: { resourceId, position, ...v, texts: note ? { create: LANGS.map((lang) => ({ lang, note: note[lang] })) } : undefined } });
      this.written++;
    }
  }

  async relations(seed: SeedKnowledge) {
    for (const [i, rel] of seed.relations.entries())
      await this.relation({ fromId: this.id(rel.from), toId: this.id(rel.to), kind: rel.kind, position: i + 1, note: rel.note });
  }

  private async relation(r: { fromId: number; toId: number; kind: string; position: number; note: Record<Lang, string> }) {
    const existing = this.relationRows.get(relationKey(r));
    const where = { fromId_toId_kind: { fromId: r.fromId, toId: r.toId, kind: r.kind } };
    let relationId = existing?.id;
    if (!existing) {
      relationId = (await this.tx.relation.create({ data: { fromId: r.fromId, toId: r.toId, kind: r.kind, position: r.position } })).id;
      this.written++;
    } else if (existing.position !== r.position) await this.count(this.tx.relation.update({ where, data: { position: r.position } }));
    for (const lang of LANGS) {
      const row = existing?.texts.find((t) => t.lang === lang);
      if (relationId !== undefined && row?.note !== r.note[lang])
        await this.count(this.tx.relationText.upsert({ where: { relationId_lang: { relationId, lang } }, create: { relationId, lang, note: r.note[lang] }, update: { note: r.note[lang] } }));
    }
  }

  async comparisons(seed: SeedKnowledge) {
    for (const [position, c] of seed.comparisons.entries()) {
      if (this.skipped.has(`comparison:${c.slug}`)) continue;
      const existing = this.rows.comparisons.find((row) => row.slug === c.slug);
      const comparisonId = existing?.id ?? (await this.tx.comparison.create({ data: { slug: c.slug, position } })).id;
      if (!existing) this.written++;
      else if (existing.position !== position) await this.count(this.tx.comparison.update({ where: { id: comparisonId }, data: { position } }));
      for (const lang of LANGS) {
        const text = { title: c.title[lang], verdict: c.verdict[lang] };
        const row = existing?.texts.find((t) => t.lang === lang);
        if (!row || !isEmpty(changes(row, text)))
          await this.count(this.tx.comparisonText.upsert({ where: { comparisonId_lang: { comparisonId, lang } }, create: { comparisonId, lang, ...text }, update: text }));
      }
      for (const [memberPosition, name] of c.resources.entries()) {
        const resourceId = this.id(name);
        const row = existing?.members.find((m) => m.resourceId === resourceId);
        if (!row || row.position !== memberPosition)
          await this.count(
            this.tx.comparisonMember.upsert({
              where: { comparisonId_resourceId: { comparisonId, resourceId } },
              create: { comparisonId, resourceId, position: memberPosition },
              update: { position: memberPosition },
            }),
          );
      }
      for (const [aspectPosition, a] of c.aspects.entries()) {
        const row = existing?.aspects.find((x) => x.key === a.key);
        const aspectId = row?.id ?? (await this.tx.comparisonAspect.create({ data: { comparisonId, key: a.key, position: aspectPosition } })).id;
        if (!row) this.written++;
        else if (row.position !== aspectPosition) await this.count(this.tx.comparisonAspect.update({ where: { id: aspectId }, data: { position: aspectPosition } }));
        for (const lang of LANGS) {
          if (row?.texts.find((t) => t.lang === lang)?.label !== a.label[lang])
            await this.count(this.tx.comparisonAspectText.upsert({ where: { aspectId_lang: { aspectId, lang } }, create: { aspectId, lang, label: a.label[lang] }, update: { label: a.label[lang] } }));
          for (const [name, cell] of Object.entries(a.cells)) {
            const resourceId = this.id(name);
            if (row?.cells.find((x) => x.resourceId === resourceId && x.lang === lang)?.text !== cell[lang])
              await this.count(
                this.tx.comparisonCell.upsert({
                  where: { aspectId_resourceId_lang: { aspectId, resourceId, lang } },
                  create: { aspectId, resourceId, lang, text: cell[lang] },
                  update: { text: cell[lang] },
                }),
              );
          }
        }
      }
    }
  }

  async corrections(seed: SeedKnowledge) {
    for (const [position, c] of seed.corrections.entries()) {
      if (this.skipped.has(`correction:${c.slug}`)) continue;
      const existing = this.rows.corrections.find((row) => row.slug === c.slug);
      const data = { position, kind: c.kind, articleSection: c.articleSection, articleText: c.articleText, resourceId: c.resource ? this.id(c.resource) : null };
      const correctionId = existing?.id ?? (await this.tx.correction.create({ data: { slug: c.slug, ...data } })).id;
      if (!existing) this.written++;
      else {
        const diff = changes(existing, data);
        if (!isEmpty(diff)) await this.count(this.tx.correction.update({ where: { id: correctionId }, data: diff }));
      }
      for (const lang of LANGS) {
        const text = { correct: c.correct[lang], reason: c.reason[lang] };
        const row = existing?.texts.find((t) => t.lang === lang);
        if (!row || !isEmpty(changes(row, text)))
          await this.count(this.tx.correctionText.upsert({ where: { correctionId_lang: { correctionId, lang } }, create: { correctionId, lang, ...text }, update: text }));
      }
    }
  }

  private async count(write: Promise<unknown>) {
    await write;
    this.written++;
  }
}

/** Stored texts as `{ ja, en }` in LANGS order, comparable with a seed's text. */
function textsByLang<R extends { lang: string }>(rows: R[], pick: (row: R) => string): Partial<Record<Lang, string>> {
  const byLang = new Map(rows.map((r) => [r.lang, pick(r)]));
  return Object.fromEntries(LANGS.map((lang) => [lang, byLang.get(lang)]));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function relationKey(r: { fromId: number; toId: number; kind: string }): string {
  return `${r.fromId} ${r.kind} ${r.toId}`;
}
