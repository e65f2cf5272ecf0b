import { describe, expect, it } from 'vitest';
import { useMcpOverHttp } from '../support/mcp-over-http.js';
import { askCitations, checkMcpLanguages } from './mcp-client-checks.js';

const mcp = useMcpOverHttp();

describe('MCP over HTTP: languages and links', () => {
  it('answers in the language of the text arguments, else English, and reads resources in both languages', async () => {
    await checkMcpLanguages(mcp.client);
  });

  it('links citations to the origin the client reached, with the official docs', async () => {
    const citations = await askCitations(mcp.client);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(c.kubedexUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/resources\//);
    expect(citations.some((c) => c.docsUrl?.startsWith('https://kubernetes.io/'))).toBe(true);
  });
});
