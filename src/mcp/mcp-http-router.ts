import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { refuseOversizedBody } from '../http/refuse-oversized-body.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { publicBase } from '../public-base.js';
import { preflightFor } from '../rest/cors.js';
import { connectMcpServer } from './connect-mcp-server.js';
import { createMcpServer } from './create-mcp-server.js';
import { mcpOriginCheck } from './mcp-origin-check.js';
import { McpSessions } from './mcp-sessions.js';

/** The largest JSON-RPC message /mcp reads. */
const MCP_MAX_BODY_BYTES = 1024 * 1024;

/**
 * MCP over Streamable HTTP at `/mcp`. A request without a session is answered statelessly, by a fresh
 * server and transport, so any replica can answer it. An `initialize` opens a session on this replica
 * (`Mcp-Session-Id`), whose GET event stream carries `notifications/resources/updated` for the resources
 * the client subscribed to. A request naming a session this replica does not hold (another replica's,
 * or one closed) is still answered statelessly, so that tools and reads work behind any load balancer;
 * only subscribing and the event stream need the replica that holds the session (404 elsewhere).
 */
export function mcpRouter(deps: { store: KnowledgeStore; config: Pick<Config, 'PUBLIC_URL' | 'CORS_ORIGINS' | 'MCP_ALLOWED_HOSTS'> }): Router & { sessions: McpSessions } {
  const router = Router();
  const sessions = new McpSessions(deps.store);
  router.use('/mcp', ...mcpOriginCheck(deps.config));
  // Browser-based MCP clients POST JSON with the protocol's own headers.
  router.options('/mcp', preflightFor(deps.config.CORS_ORIGINS, { methods: ['POST'], headers: ['Content-Type', 'Accept', 'Mcp-Protocol-Version', 'Mcp-Session-Id', 'Authorization'] }));
  router.post('/mcp', refuseOversizedBody(MCP_MAX_BODY_BYTES, [express.json({ limit: MCP_MAX_BODY_BYTES })]), async (req, res) => {
    const sessionId = req.get('mcp-session-id');
    const session = sessionId === undefined ? undefined : sessions.get(sessionId);
    if (session) return session.handleRequest(req, res, req.body);
    if (sessionId === undefined && isInitialize(req.body)) {
      const transport = await sessions.open(publicBase(req, deps.config));
      return transport.handleRequest(req, res, req.body);
    }
    if (sessionId !== undefined && needsSession(req.body)) return sessionNotFound(res, sessionId);
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
  router.get('/mcp', async (req, res, next) => {
    const sessionId = req.get('mcp-session-id');
    if (sessionId === undefined) return next();
    const session = sessions.get(sessionId);
    if (!session) return sessionNotFound(res, sessionId);
    sessions.streamOpened(sessionId, new Promise((resolve) => res.once('close', resolve)));
    await session.handleRequest(req, res);
  });
  router.delete('/mcp', async (req, res, next) => {
    const sessionId = req.get('mcp-session-id');
    if (sessionId === undefined) return next();
    const session = sessions.get(sessionId);
    if (!session) return sessionNotFound(res, sessionId);
    await session.handleRequest(req, res);
  });
  router.all('/mcp', (req, res) => {
    res.set('Allow', 'POST');
    throw new AppError('METHOD_NOT_ALLOWED', { message: `${req.method} /mcp needs the Mcp-Session-Id of a session opened by initialize; without one /mcp takes POST only` });
  });
  return Object.assign(router, { sessions });
}

/** Whether a JSON-RPC body (one message or a batch) is an `initialize` request. */
function isInitialize(body: unknown): boolean {
  return (Array.isArray(body) ? body : [body]).some((m) => (m as { method?: unknown } | null)?.method === 'initialize');
}

/** Whether a body holds a request that only the session's own replica can serve. */
function needsSession(body: unknown): boolean {
  return (Array.isArray(body) ? body : [body]).some((m) => {
    const method = (m as { method?: unknown } | null)?.method;
    return method === 'resources/subscribe' || method === 'resources/unsubscribe';
  });
}

/** MCP's answer for an unknown session: 404, after which a client initializes again. */
function sessionNotFound(res: Response, sessionId: string): void {
  res.status(404).json({ jsonrpc: '2.0', id: null, error: { code: -32001, message: `Session not found on this replica: ${sessionId.slice(0, 64)}; initialize again` } });
}

/** A body that is not JSON is a JSON-RPC parse error (-32700), which MCP clients understand, not a problem+json. */
const jsonRpcParseError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type !== 'entity.parse.failed' && error.type !== 'entity.too.large') return next(error);
  res.status(error.status ?? 400).json({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${error.type === 'entity.too.large' ? 'body too large' : 'body is not JSON'}` } });
};
