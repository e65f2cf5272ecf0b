import { normalizeName as normalizeAlias } from '../knowledge/normalize-name.js';
import { LANGS } from '../knowledge/vocabulary.js';
import type { ResolvedReferences } from './check-resource-references.js';
import { resourceColumns, variantNote } from './resource-columns.js';
import type { ResourceDocument } from './resource-document.js';
import type { WriteTx } from './write-transaction.js';

/**
 * Stores a document as the whole state of resource `id`: its columns, and its texts, aliases, facts,
 * tasks, listings, field notes, apiVersion history and variant relation replaced by the document's.
 * The resource keeps its id, so relations and comparisons that point to it stay.
 */
export async function writeResourceRows(tx: WriteTx, id: number, doc: ResourceDocument, refs: ResolvedReferences): Promise<void> {
  const where = { resourceId: id };
  await tx.resourceText.deleteMany({ where });
  await tx.resourceAlias.deleteMany({ where });
  await tx.resourceFact.deleteMany({ where });
  await tx.resourceTask.deleteMany({ where });
  await tx.categoryListing.deleteMany({ where });
  await tx.fieldNote.deleteMany({ where });
  await tx.apiVersion.deleteMany({ where });
  await tx.relation.deleteMany({ where: { fromId: id, kind: 'variant_of' } });
  await tx.resource.update({
    where: { id },
    data: {
      ...resourceColumns(doc, refs.categoryId),
      supersededById: refs.supersededById,
      texts: { create: LANGS.map((lang) => ({ lang, ...doc.text[lang] })) },
      aliases: {
        create: [
          ...doc.aliases.map((a) => ({ alias: a.name, normalized: normalizeAlias(a.name), kind: a.kind as string })),
          ...(doc.kubernetes?.shortNames ?? []).map((s) => ({ alias: s, normalized: normalizeAlias(s), kind: 'shortName' })),
        ],
      },
      facts: {
        create: doc.facts.map((f, position) => ({
          key: f.key,
          value: JSON.stringify(f.value),
          position,
          texts: { create: LANGS.map((lang) => ({ lang, label: f.label[lang], note: f.note?.[lang] ?? null, value: f.valueByLang ? JSON.stringify(f.valueByLang[lang]) : null })) },
        })),
      },
      tasks: { create: doc.tasks.map((t, position) => ({ position, texts: { create: LANGS.map((lang) => ({ lang, text: t[lang] })) } })) },
      listings: { create: doc.alsoListedIn.map((l, i) => ({ categoryId: refs.listingCategoryIds[i] as number, position: l.position })) },
      fieldNotes: { create: doc.fieldNotes.map((n, position) => ({ path: n.path, position, texts: { create: LANGS.map((lang) => ({ lang, note: n.note[lang] })) } })) },
      apiVersions: {
        create: doc.apiVersions.map(({ note, ...v }, position) => ({ ...v, position, texts: note ? { create: LANGS.map((lang) => ({ lang, note: note[lang] })) } : undefined })),
      },
    },
  });
  if (doc.variant && refs.variantOfId !== null) {
    const note = variantNote(doc.name, doc.variant);
    await tx.relation.create({ data: { fromId: id, toId: refs.variantOfId, kind: 'variant_of', position: 0, texts: { create: LANGS.map((lang) => ({ lang, note: note[lang] })) } } });
  }
}
