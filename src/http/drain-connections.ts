import type { Server, ServerResponse } from 'node:http';
import net, { type Socket } from 'node:net';

/** How long the drain keeps accepting connections that were already waiting when it began, at most. */
const BACKLOG_DRAIN_MAX_MS = 1_000;

interface Connection {
  socket: Socket;
  /** Responses of this connection not yet handed to the kernel in full (or aborted). */
  open: Set<ServerResponse>;
  served: boolean;
  freshTimer?: NodeJS.Timeout;
}

/** Closes the server's connections on shutdown without cutting an answer that a client is waiting for. */
export interface ConnectionDrain {
  /**
   * Stops accepting connections and resolves once every connection has closed: each finishes the
   * responses it has begun (the last one says `Connection: close`); an idle keep-alive connection
   * closes now; a connection accepted before the drain that has sent no request yet has `freshGraceMs`
   * to send it (what is on the wire when the signal comes is served, as Go's Server.Shutdown does).
   */
  drain(options: { freshGraceMs: number }): Promise<void>;
  /** Destroys every connection left, for when the grace period is over. */
  destroyAll(): void;
}

/**
 * Tracks each connection of `server` from the moment it is accepted. Node's own `server.close()`
 * destroys every connection it deems idle, and it deems idle both a connection whose request has
 * arrived but not been parsed yet and one whose response is ended but still flushing to a slow
 * reader; this drain tells them apart.
 */
export function trackConnections(server: Server): ConnectionDrain {
  const connections = new Map<Socket, Connection>();
  let draining = false;
  let freshGraceMs = 0;
  let accepted = 0;

  // Node accepts one waiting connection per turn of the event loop, and closing the listener resets
  // the connections the kernel has completed but Node has not accepted yet: clients that connected
  // before the signal. So the listener closes after a turn that accepted nothing (or after a bound,
  // should clients keep arriving). net.Server's close waits for the connections without http.Server's
  // sweep of "idle" ones.
  const closeListenerOnceBacklogEmpty = (close: () => void) => {
    const until = Date.now() + BACKLOG_DRAIN_MAX_MS;
    let seen = -1; // the first check only counts: each later one follows a poll phase, where Node accepts
    const check = () => {
      if (accepted === seen || Date.now() > until) return close();
      seen = accepted;
      setImmediate(check);
    };
    setImmediate(check);
  };

  const settle = (connection: Connection) => {
    if (connection.open.size > 0) return;
    if (connection.served) return void connection.socket.destroy();
    connection.freshTimer ??= setTimeout(() => connection.socket.destroy(), freshGraceMs).unref();
  };

  server.on('connection', (socket: Socket) => {
    accepted += 1;
    const connection: Connection = { socket, open: new Set(), served: false };
    connections.set(socket, connection);
    socket.once('close', () => {
      clearTimeout(connection.freshTimer);
      connections.delete(socket);
    });
    if (draining) settle(connection);
  });

  // Before the app's own listener, so that a response begun during the drain can still say `Connection: close`.
  server.prependListener('request', (req, res: ServerResponse) => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.served = true;
    clearTimeout(connection.freshTimer);
    connection.open.add(res);
    if (draining) res.shouldKeepAlive = false;
    // 'close' follows 'finish', which comes once the last byte is with the kernel, or an abort.
    res.once('close', () => {
      connection.open.delete(res);
      if (draining) settle(connection);
    });
  });

  return {
    drain(options) {
      draining = true;
      freshGraceMs = options.freshGraceMs;
      const closed = new Promise<void>((resolve) => closeListenerOnceBacklogEmpty(() => net.Server.prototype.close.call(server, () => resolve())));
      for (const connection of connections.values()) {
        for (const res of connection.open) if (!res.headersSent) res.shouldKeepAlive = false;
        settle(connection);
      }
      return closed;
    },
    destroyAll() {
      for (const connection of connections.values()) connection.socket.destroy();
    },
  };
}
