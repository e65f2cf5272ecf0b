import type { KnowledgeDb } from '../db/create-prisma-client.js';

/** A Prisma interactive-transaction client: everything one write reads and writes goes through it. */
export type WriteTx = Parameters<Parameters<KnowledgeDb['$transaction']>[0]>[0];

/** Who makes a write: the token's name, recorded in the change log. */
export interface WriteActor {
  tokenName: string;
}
