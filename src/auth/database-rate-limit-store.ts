import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { KnowledgeDb } from '../db/create-prisma-client.js';

/**
 * express-rate-limit's counters in the database, so that every replica on one database shares the
 * limit. A window starts with a client's first counted hit; expired rows are reused, never piled up
 * beyond one row per client seen within the window.
 */
export class DatabaseRateLimitStore implements Store {
  private windowMs = 60_000;
  readonly prefix = 'auth-failure:';

  constructor(private readonly db: KnowledgeDb) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.db.rateLimitHit.findUnique({ where: { key: this.prefix + key } });
    return row && row.resetAt > new Date() ? { totalHits: row.hits, resetTime: row.resetAt } : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const id = this.prefix + key;
    const now = new Date();
    const counted = await this.db.rateLimitHit.updateMany({ where: { key: id, resetAt: { gt: now } }, data: { hits: { increment: 1 } } });
    if (counted.count === 0) {
      const resetAt = new Date(now.getTime() + this.windowMs);
      try {
        await this.db.rateLimitHit.upsert({ where: { key: id }, create: { key: id, hits: 1, resetAt }, update: { hits: 1, resetAt } });
      } catch (error) {
        // Two replicas opened the window at once: the other's row stands; count this hit on it.
        if ((error as { code?: unknown }).code !== 'P2002') throw error;
        await this.db.rateLimitHit.updateMany({ where: { key: id }, data: { hits: { increment: 1 } } });
      }
    }
    // Expired windows of other clients are cleared as new ones open, so the table stays small.
    if (counted.count === 0) await this.db.rateLimitHit.deleteMany({ where: { resetAt: { lt: now } } });
    return (await this.get(key)) ?? { totalHits: 1, resetTime: new Date(now.getTime() + this.windowMs) };
  }

  async decrement(key: string): Promise<void> {
    await this.db.rateLimitHit.updateMany({ where: { key: this.prefix + key, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
  }

  async resetKey(key: string): Promise<void> {
    await this.db.rateLimitHit.deleteMany({ where: { key: this.prefix + key } });
  }
}
