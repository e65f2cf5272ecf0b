import { createServer, type RequestListener, type Server } from 'node:http';

/** Serves `listener` (an Express app or any request listener) on an ephemeral loopback port, as a real client reaches it; resolves once it listens. */
export async function listenOnLoopback(listener: RequestListener): Promise<{ server: Server; origin: string }> {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
