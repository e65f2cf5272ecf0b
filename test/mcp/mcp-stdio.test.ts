import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';
import { askCitations, checkKubedexMcp, checkMcpLanguages } from './mcp-client-checks.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

/** `kubedex mcp` as an MCP client configuration starts it (cwd: the checkout), with an SDK client on its stdio. */
async function withStdioClient(env: Record<string, string>, use: (client: Client) => Promise<void>): Promise<void> {
  const target = knowledge.target;
  const databaseUrl = target.provider === 'sqlite' ? `file:${target.file}` : target.url;
  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'PUBLIC_URL'));
  const transport = new StdioClientTransport({
    command: 'npx',
    args: ['tsx', path.join('src', 'cli', 'main.ts'), 'mcp'],
    cwd: PACKAGE_ROOT,
    env: { ...inherited, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', KNOWLEDGE_POLL_MS: '0', SEED_ON_START: 'never', ...env },
    stderr: 'inherit',
  });
  const client = new Client({ name: 'kubedex-test', version: '1.0.0' });
  await client.connect(transport);
  try {
    await use(client);
  } finally {
    await client.close();
  }
}

describe('kubedex mcp (stdio)', () => {
  it('serves the tools and resources to the SDK client, in the language of the arguments, else English', async () => {
    await withStdioClient({}, async (client) => {
      await checkKubedexMcp(client);
      await checkMcpLanguages(client);
      // No server is named: links are kubedex paths beside the official documentation, never a localhost port.
      const citations = await askCitations(client);
      expect(citations.length).toBeGreaterThan(0);
      for (const c of citations) {
        expect(c.kubedexUrl).toMatch(/^\/resources\/[^/]+\/[^/]+$/);
        expect(c.markdownUrl).toBe(`${c.kubedexUrl}.md`);
      }
      expect(citations.some((c) => c.docsUrl?.startsWith('https://kubernetes.io/'))).toBe(true);
      expect(JSON.stringify(citations)).not.toMatch(/localhost/);
    });
  }, 120_000);

  it('links citations to PUBLIC_URL when it is set', async () => {
    await withStdioClient({ PUBLIC_URL: 'https://kubedex.example/' }, async (client) => {
      for (const c of await askCitations(client)) expect(c.kubedexUrl).toMatch(/^https:\/\/kubedex\.example\/resources\//);
    });
  }, 120_000);
});
