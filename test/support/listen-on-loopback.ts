import type { Server } from 'node:http';
import type { Express } from 'express';

/** Serves `app` on an ephemeral loopback port, as a real client reaches it; resolves once it listens. */
export async function listenOnLoopback(app: Express): Promise<{ server: Server; origin: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
