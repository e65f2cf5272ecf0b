import { afterAll, beforeAll } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { api } from './openapi-conformance.js';

/** The app on a private seeded database for one test file, with OpenAPI-checked supertest. */
export function useSeededApi(env: Record<string, string> = {}) {
  const holder = {} as { seeded: Awaited<ReturnType<typeof seededApp>>; api: ReturnType<typeof api> };
  beforeAll(async () => {
    holder.seeded = await seededApp(env);
    holder.api = api(holder.seeded.app);
  });
  afterAll(async () => {
    await holder.seeded?.close();
  });
  return holder;
}
