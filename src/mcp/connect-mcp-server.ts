import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

// McpError writes its code into its message ("MCP error -32002: ..."), the SDK sends that message
// as is, and the client's McpError prefixes it again ("MCP error -32002: MCP error -32002: ...").
const CODE_PREFIX = /^MCP error -?\d+: /;

function withPlainErrorMessage(message: JSONRPCMessage): JSONRPCMessage {
  if (!('error' in message) || !CODE_PREFIX.test(message.error.message)) return message;
  return { ...message, error: { ...message.error, message: message.error.message.replace(CODE_PREFIX, '') } };
}

/** Connects the kubedex MCP server to a transport (stdio or HTTP), sending every error's message once, without the code in it. */
export async function connectMcpServer(server: McpServer, transport: Transport): Promise<void> {
  const send = transport.send.bind(transport);
  transport.send = (message, options) => send(withPlainErrorMessage(message), options);
  await server.connect(transport);
}
