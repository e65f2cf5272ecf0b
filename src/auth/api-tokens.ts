import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { KnowledgeDb } from '../db/create-prisma-client.js';
import { AppError } from '../errors.js';

/** What a token may do: `write` edits knowledge; `admin` also edits categories, deletes and restores. */
export const TokenScope = z.enum(['write', 'admin']);
export type TokenScope = z.infer<typeof TokenScope>;

/** A token's name: what the change log records as who made a change. */
export const TokenName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a token name is 1-64 letters, digits, ".", "_" or "-"');

/** A verified token: its name and scope, never its secret. */
export interface TokenIdentity {
  name: string;
  scope: TokenScope;
}

/** A token as `kubedex token list` shows it. */
export interface TokenListing extends TokenIdentity {
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const PREFIX = 'kdx_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token from 32 random bytes; returns it once: only its SHA-256 is stored. */
export async function createToken(db: KnowledgeDb, input: { name: string; scope: TokenScope }): Promise<string> {
  const name = TokenName.parse(input.name);
  const scope = TokenScope.parse(input.scope);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  if (await db.apiToken.findUnique({ where: { name } })) throw new AppError('CONFLICT', { message: `A token named ${name} already exists` });
  await db.apiToken.create({ data: { name, scope, hash: hashToken(token) } });
  return token;
}

/** Every token, revoked ones included, without secrets. */
export async function listTokens(db: KnowledgeDb): Promise<TokenListing[]> {
  const rows = await db.apiToken.findMany({ orderBy: { name: 'asc' } });
  return rows.map((r) => ({ name: r.name, scope: TokenScope.parse(r.scope), createdAt: r.createdAt, revokedAt: r.revokedAt, lastUsedAt: r.lastUsedAt }));
}

/** Revokes a token by name: from now on it authenticates nothing. */
export async function revokeToken(db: KnowledgeDb, name: string): Promise<void> {
  const revoked = await db.apiToken.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count === 0) throw new AppError('NOT_FOUND', { message: `No active token named ${name}` });
}

/** How often lastUsedAt is written for a token in use: a timestamp, not an audit log. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The identity of a presented token, or null when it is unknown or revoked. The lookup is by hash
 * (the hash of an unguessable token reveals nothing about other tokens), and the stored hash is
 * compared in constant time all the same.
 */
export async function verifyToken(db: KnowledgeDb, token: string): Promise<TokenIdentity | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const presented = hashToken(token);
  const row = await db.apiToken.findUnique({ where: { hash: presented } });
  if (!row || row.revokedAt !== null) return null;
  if (!timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(presented, 'hex'))) return null;
  const now = new Date();
  await db.apiToken.updateMany({
    where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
    data: { lastUsedAt: now },
  });
  return { name: row.name, scope: TokenScope.parse(row.scope) };
}
