import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { registerFieldTools } from './register-field-tools.js';
import { registerResources } from './register-resources.js';
import { registerTools } from './register-tools.js';
import { registerSubscriptions } from './resource-subscriptions.js';
import { registerVersionTools } from './register-version-tools.js';

/**
 * The kubedex MCP server (tools and resources) over a store; links in answers start with `baseUrl`.
 * With `subscriptions` (a connection that outlives one request: stdio, an HTTP session) clients may
 * subscribe to resources and are notified when a new snapshot changes them.
 */
export function createMcpServer(store: KnowledgeStore, options: { baseUrl: string; version?: string; subscriptions?: boolean }): McpServer {
  const server = new McpServer(
    { name: 'kubedex', version: options.version ?? '0.1.0' },
    {
      instructions: `kubedex answers questions about Kubernetes resources (Japanese and English). Use search_resources or ask first, then get_resource, get_relations or compare_resources; explain_field for a field of a kind. Texts are in English unless the arguments are Japanese or lang says otherwise. Cite the URLs returned${options.baseUrl ? '' : ' (kubedex links are paths on a kubedex HTTP server; docsUrl is the official Kubernetes documentation)'}.`,
    },
  );
  registerTools(server, store, options.baseUrl);
  registerVersionTools(server, store, options.baseUrl);
  registerFieldTools(server, store, options.baseUrl);
  registerResources(server, store, options.baseUrl);
  // The SDK advertises listChanged on registering; kubedex never sends those notifications (its tools and
  // its resource template are fixed), so it must not promise them.
  server.server.registerCapabilities({ tools: { listChanged: false }, resources: { listChanged: false, subscribe: options.subscriptions === true } });
  if (options.subscriptions) {
    const stop = registerSubscriptions(server, store, options.baseUrl);
    const onclose = server.server.onclose;
    server.server.onclose = () => {
      stop();
      onclose?.();
    };
  }
  return server;
}
