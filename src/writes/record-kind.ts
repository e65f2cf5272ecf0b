import type { z } from 'zod';
import type { TokenScope } from '../auth/api-tokens.js';
import type { WriteTx } from './write-transaction.js';

/** A stored record as its write document reads it. */
export interface StoredRecord<D> {
  id: number;
  version: number;
  /** Its place among its kind (not part of the document: the seed gives it by file order). */
  position: number;
  document: D;
}

/**
 * What the one write core needs to know about a kind of record keyed by slug (category, comparison,
 * correction): how its write document is validated, read and stored, and what refuses its delete.
 */
export interface RecordKind<D extends { slug: string }> {
  /** As the change log names it. */
  type: 'category' | 'comparison' | 'correction';
  /** The zod schema of the write document: the record's seed entry. */
  schema: z.ZodType<D>;
  /** The token scope that creates and edits it; deletes and restores always need admin. */
  editScope: TokenScope;
  read(tx: WriteTx, slug: string): Promise<StoredRecord<D> | null>;
  /**
   * Checks what the document names (throwing VALIDATION_FAILED with each field) and stores it as the
   * whole state of record `id`, or of a new record at `position` when `id` is null; answers its id.
   */
  write(tx: WriteTx, target: { id: number | null; position: number }, doc: D): Promise<number>;
  /** Raises the version only if it is still `version`: false when a concurrent write came first. */
  claim(tx: WriteTx, id: number, version: number): Promise<boolean>;
  /** The position after the last record of the kind. */
  nextPosition(tx: WriteTx): Promise<number>;
  /** What is built on the record, by kind of user (empty lists when nothing). */
  usedBy(tx: WriteTx, id: number): Promise<Record<string, string[]>>;
  remove(tx: WriteTx, id: number): Promise<void>;
}
