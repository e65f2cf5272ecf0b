import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { Router, type ErrorRequestHandler } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { refuseOversizedBody } from '../http/refuse-oversized-body.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { publicBase } from '../public-base.js';
import { preflightFor } from '../rest/cors.js';
import { connectMcpServer } from './connect-mcp-server.js';
import { createMcpServer } from './create-mcp-server.js';
import { mcpOriginCheck } from './mcp-origin-check.js';

/** The largest JSON-RPC message /mcp reads. */
const MCP_MAX_BODY_BYTES = 1024 * 1024;

/**
 * MCP over Streamable HTTP at `/mcp`, stateless: every POST gets a fresh server and transport,
 * so any replica can answer any request and nothing is kept between them. GET (a standalone
 * event stream) and DELETE (ending a session) have no meaning without sessions: 405.
 */
export function mcpRouter(deps: { store: KnowledgeStore; config: Pick<Config, 'PUBLIC_URL' | 'CORS_ORIGINS' | 'MCP_ALLOWED_HOSTS'> }): Router {
  const router = Router();
  router.use('/mcp', ...mcpOriginCheck(deps.config));
  // Browser-based MCP clients POST JSON with the protocol's own headers.
  router.options('/mcp', preflightFor(deps.config.CORS_ORIGINS, { methods: ['POST'], headers: ['Content-Type', 'Accept', 'Mcp-Protocol-Version', 'Mcp-Session-Id', 'Authorization'] }));
  router.post('/mcp', refuseOversizedBody(MCP_MAX_BODY_BYTES, [express.json({ limit: MCP_MAX_BODY_BYTES })]), async (req, res) => {
    const server = createMcpServer(deps.store, { baseUrl: publicBase(req, deps.config) });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await connectMcpServer(server, transport);
    await transport.handleRequest(req, res, req.body);
  });
  router.use('/mcp', jsonRpcParseError);
  router.all('/mcp', (req, res) => {
    res.set('Allow', 'POST');
    throw new AppError('METHOD_NOT_ALLOWED', { message: `${req.method} /mcp: this MCP endpoint is stateless and takes POST only` });
  });
  return router;
}

/** A body that is not JSON is a JSON-RPC parse error (-32700), which MCP clients understand, not a problem+json. */
const jsonRpcParseError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type !== 'entity.parse.failed' && error.type !== 'entity.too.large') return next(error);
  res.status(error.status ?? 400).json({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${error.type === 'entity.too.large' ? 'body too large' : 'body is not JSON'}` } });
};
