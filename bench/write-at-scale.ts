/**
 * Writes at scale, through the real write core on a real (temporary SQLite) database holding the
 * synthetic knowledge: how long after a PATCH of a resource's text starts the write is visible to
 * reads on the same replica (the core returns once the store serves its revision, as a response is
 * sent only then), and the longest stall of the event loop meanwhile (what a read waits).
 */
import type { SnapshotData } from '../src/knowledge/build-snapshot-data.js';
import { createPrismaClient, type KnowledgeDb } from '../src/db/create-prisma-client.js';
import type { DatabaseTarget } from '../src/db/database-target.js';
import { normalizeName } from '../src/knowledge/normalize-name.js';
import { searchResources } from '../src/search/search-resources.js';
import { patchResource, readResourceSource } from '../src/writes/resource-writes.js';
import { seededStore } from '../scripts/temporary-seeded-store.js';
import { percentiles } from './http-load.js';
import { startLagMonitor } from './lag-monitor.js';

export interface WriteVisibility {
  writes: number;
  /** From the PATCH's start to the store serving its revision. */
  visibleMs: { p50: number; max: number };
  longestStallMs: number;
  /** Whether every write was applied alone (no full reload), and a search then found the new text. */
  incremental: boolean;
  searchFindsEdit: boolean;
}

/**
 * Stores the resources of `knowledge()` beyond the seed's, loads them, then times `writes` PATCHes of
 * synthetic resources. The synthetic data is made here and dropped before the writes, so that the
 * garbage collector walks a heap like a server's (the snapshot and its indexes), not the bench's copy too.
 */
export async function measureWrites(knowledge: () => SnapshotData, writes: number): Promise<WriteVisibility> {
  const { store, target, drop } = await seededStore();
  try {
    const patched = await storeResources(target, knowledge(), new Set(store.snapshot.resources.map((r) => r.name)));
    await store.database.knowledgeRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    await store.reload();

    let updated = 0;
    const stop = store.onSnapshot((next, previous) => {
      if (previous && next.resource('Pod') === previous.resource('Pod')) updated++;
    });
    // The garbage of what ran before (the in-process measurements) is collected before, not during, the writes.
    (globalThis as { gc?: () => void }).gc?.();
    const monitor = startLagMonitor();
    const times: number[] = [];
    let edited = '';
    for (let i = 0; i < writes; i++) {
      const name = patched[Math.floor(((i + 0.5) * patched.length) / writes)] ?? 'Pod';
      const { version } = await readResourceSource(store, name);
      edited = `zentrawrite${i}`;
      const started = performance.now();
      await patchResource(store, { tokenName: 'bench' }, { name, version }, { text: { en: { summary: `Edited by the write bench: ${edited}.` } } });
      times.push(performance.now() - started);
    }
    const longestStallMs = monitor.longestMs();
    monitor.stop();
    stop();
    const { p50 } = percentiles(times);
    const searchFindsEdit = searchResources(store.snapshot, { q: edited, limit: 1 }).length === 1;
    return { writes, visibleMs: { p50, max: Math.max(...times) }, longestStallMs, incremental: updated === writes, searchFindsEdit };
  } finally {
    await drop();
  }
}

// The resources of `data` the seed does not hold, stored in `target`; the names of those a write may patch: a write
// document's kind is letters only, and a superseded resource names its successor, so synthetic names
// numbered apart ("...Backup2") and clones of superseded kinds are not patched.
// They are stored through a client of their own, closed before the load as another process's would be:
// a client keeps the plan of every batch it ran for its life, and a createMany's plan holds a placeholder
// per value (about 20 MB per thousand resources), a gigabyte at 50,000 that no server holds.
async function storeResources(target: DatabaseTarget, data: SnapshotData, seeded: ReadonlySet<string>): Promise<string[]> {
  const extra = data.resources.filter((r) => !seeded.has(r.name));
  const db = createPrismaClient(target);
  try {
    await insertResources(db, extra);
  } finally {
    await db.$disconnect();
  }
  return extra.filter((r) => /^[A-Z][A-Za-z]+$/.test(r.name) && r.status !== 'superseded').map((r) => r.name);
}

// Rows as a write would store them, in batches; ids given here so that texts can point to them.
async function insertResources(db: KnowledgeDb, resources: SnapshotData['resources']): Promise<void> {
  const categoryId = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  let resourceId = ((await db.resource.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  let factId = ((await db.resourceFact.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  let taskId = ((await db.resourceTask.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
  const aliases = new Set((await db.resourceAlias.findMany({ select: { normalized: true } })).map((a) => a.normalized));
  for (let at = 0; at < resources.length; at += BATCH) {
    const batch = resources.slice(at, at + BATCH).map((r) => ({ r, id: resourceId++ }));
    const facts = batch.flatMap(({ r, id }) => r.facts.map((f, position) => ({ f, id: factId++, resourceId: id, position })));
    const tasks = batch.flatMap(({ r, id }) => r.tasks.map((t, position) => ({ t, id: taskId++, resourceId: id, position })));
    await db.$transaction([
      db.resource.createMany({
        data: batch.map(({ r, id }) => ({
          id,
          name: r.name,
          categoryId: categoryId.get(r.category) ?? 1,
          position: r.position,
          kind: r.kubernetes?.kind ?? null,
          apiGroup: r.kubernetes?.group ?? null,
          apiVersion: r.kubernetes?.version ?? null,
          plural: r.kubernetes?.plural || null,
          singular: r.kubernetes?.singular ?? null,
          namespaced: r.kubernetes?.namespaced ?? null,
          verbs: r.kubernetes?.verbs.join(',') ?? null,
          servedVersions: r.kubernetes?.servedVersions.map((v) => v.slice(v.lastIndexOf('/') + 1)).join(',') ?? null,
          distribution: r.distribution,
          status: r.status,
          exampleManifest: r.exampleManifest,
          // The write document requires official documentation; a CRD's is the custom-resource page.
          docsUrl: r.docsUrl ?? 'https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/',
          articleSection: r.source.articleSection,
          fromArticle: r.source.fromArticle,
        })),
      }),
      db.resourceText.createMany({ data: batch.flatMap(({ r, id }) => (['ja', 'en'] as const).map((lang) => ({ resourceId: id, lang, ...r.text[lang] }))) }),
      db.resourceAlias.createMany({
        data: batch.flatMap(({ r, id }) =>
          r.aliases
            .map((a) => ({ resourceId: id, alias: a.name, normalized: normalizeName(a.name), kind: a.kind as string }))
            .filter((a) => a.normalized !== '' && !aliases.has(a.normalized) && aliases.add(a.normalized)),
        ),
      }),
      db.resourceFact.createMany({ data: facts.map(({ f, id, resourceId, position }) => ({ id, resourceId, key: f.key, value: JSON.stringify(f.value), position })) }),
      db.resourceFactText.createMany({
        data: facts.flatMap(({ f, id }) => (['ja', 'en'] as const).map((lang) => ({ factId: id, lang, label: f.text[lang].label, note: f.text[lang].note, value: f.text[lang].value === f.value ? null : JSON.stringify(f.text[lang].value) }))),
      }),
      db.resourceTask.createMany({ data: tasks.map(({ id, resourceId, position }) => ({ id, resourceId, position })) }),
      db.resourceTaskText.createMany({ data: tasks.flatMap(({ t, id }) => (['ja', 'en'] as const).map((lang) => ({ taskId: id, lang, text: t[lang] }))) }),
    ]);
  }
}

const BATCH = 1000;
