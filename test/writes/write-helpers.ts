import request from 'supertest';
import type { Express } from 'express';
import { createToken } from '../../src/auth/api-tokens.js';
import type { KnowledgeDb } from '../../src/db/create-prisma-client.js';

/** A write and an admin token on the test database. */
export async function tokens(db: KnowledgeDb): Promise<{ write: string; admin: string }> {
  return { write: await createToken(db, { name: 'curator', scope: 'write' }), admin: await createToken(db, { name: 'root', scope: 'admin' }) };
}

/** The export, as bytes: what must not change when a write is refused. */
export async function exportBytes(app: Express): Promise<string> {
  const res = await request(app).get('/export').set('Accept-Encoding', 'identity').expect(200);
  return JSON.stringify(res.body);
}

/** Reads a resource's write document and its ETag. */
export async function source(app: Express, path: string): Promise<{ etag: string; doc: Record<string, unknown> }> {
  const res = await request(app).get(`${path}/source`).expect(200);
  return { etag: res.headers.etag as string, doc: res.body as Record<string, unknown> };
}

/** The version an ETag of a write document names (a content-coding suffix aside). */
export function versionOf(etag: unknown): number {
  const match = /^"v(\d+)(-\w+)?"$/.exec(String(etag));
  if (!match) throw new Error(`not a version tag: ${String(etag)}`);
  return Number(match[1]);
}
