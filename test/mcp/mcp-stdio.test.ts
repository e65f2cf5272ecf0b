import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { checkKubedexMcp } from './mcp-client-checks.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

describe('kubedex mcp (stdio)', () => {
  it('serves the tools and resources to the SDK client', async () => {
    const target = knowledge.target;
    const databaseUrl = target.provider === 'sqlite' ? `file:${target.file}` : target.url;
    const transport = new StdioClientTransport({
      command: 'npx',
      args: ['tsx', path.join('src', 'cli', 'main.ts'), 'mcp'],
      cwd: PACKAGE_ROOT,
      env: { ...(process.env as Record<string, string>), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', KNOWLEDGE_POLL_MS: '0', SEED_ON_START: 'never' },
      stderr: 'inherit',
    });
    const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      await checkKubedexMcp(client);
    } finally {
      await client.close();
    }
  }, 120_000);
});
