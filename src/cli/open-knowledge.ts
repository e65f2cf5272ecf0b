import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { DatabaseTarget } from '../db/database-target.js';
import { isDatabaseUnavailable } from '../db/database-unavailable.js';
import { migrateIfPending } from '../db/migrate-if-pending.js';
import { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { SEED_DIR } from '../package-root.js';
import { readSeed } from '../seed/read-seed.js';

/**
 * Gets a database ready to serve: applies pending migrations (unless MIGRATE_ON_START is false), loads the snapshot, seeds when SEED_ON_START
 * says so (by default only an empty database), and starts watching for other replicas' writes (revision notices on PostgreSQL, and
 * the poll). A database that is unreachable at start (with MIGRATE_ON_START false) does not stop the replica: it serves 503 and stays
 * unready until the poll or the notice listener reaches the database, then loads the knowledge by itself (without seeding).
 */
export async function openKnowledge(options: { target: DatabaseTarget; config: Config; logger: Logger }): Promise<KnowledgeStore> {
  const { target, config, logger } = options;
  if (config.MIGRATE_ON_START) await migrateIfPending(target, logger);
  const store = KnowledgeStore.open(target, logger);
  try {
    const snapshot = await store.reload();
    const empty = snapshot.counts().resources === 0;
    if (config.SEED_ON_START === 'always' || (config.SEED_ON_START === 'auto' && empty))
      logger.info(await store.applySeed(readSeed(SEED_DIR)), 'seeded');
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logger.error({ err: error }, 'database unreachable at start; serving 503 until it answers');
  }
  store.followNotices();
  if (config.KNOWLEDGE_POLL_MS > 0) store.watch(config.KNOWLEDGE_POLL_MS);
  return store;
}
