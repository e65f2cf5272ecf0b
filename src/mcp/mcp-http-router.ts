import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { Router } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { publicBase } from '../public-base.js';
import { createMcpServer } from './create-mcp-server.js';

/**
 * MCP over Streamable HTTP at `/mcp`, stateless: every POST gets a fresh server and transport,
 * so any replica can answer any request and nothing is kept between them. GET (a standalone
 * event stream) and DELETE (ending a session) have no meaning without sessions: 405.
 */
export function mcpRouter(deps: { store: KnowledgeStore; config: Pick<Config, 'PUBLIC_URL'> }): Router {
  const router = Router();
  router.post('/mcp', express.json({ limit: '1mb' }), async (req, res) => {
    const server = createMcpServer(deps.store, { baseUrl: publicBase(req, deps.config) });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  router.all('/mcp', (req, res) => {
    res.set('Allow', 'POST');
    throw new AppError('METHOD_NOT_ALLOWED', { message: `${req.method} /mcp: this MCP endpoint is stateless and takes POST only` });
  });
  return router;
}
