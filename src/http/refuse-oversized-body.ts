import type { Socket } from 'node:net';
import type { Request, RequestHandler } from 'express';

/** How long a refused connection keeps reading (and discarding) what the client still sends before it closes. */
const LINGER_MS = 2_000;

function tooLarge(message: string): Error {
  // The shape of the body parser's own error, so that each surface answers it in its own format.
  return Object.assign(new Error(message), { status: 413, statusCode: 413, type: 'entity.too.large', expose: true });
}

/**
 * Runs `parsers` (body parsers with the same limit) under a 413 that comes as soon as the body is known
 * to be over `maxBytes`: at once for a declared Content-Length (a parser would read a declared 2 GB to
 * its end first), and as the limit is crossed for a chunked body, whose connection then closes (the
 * body parser reads a refused body to its end before answering, so an endless one met only the
 * request timeout).
 */
export function refuseOversizedBody(maxBytes: number, parsers: readonly RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) return next(tooLarge(`The request body is ${declared} bytes; the limit is ${maxBytes}`));
    let settled = false;
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes || settled) return;
      res.setHeader('Connection', 'close');
      lingerOnClose(req);
      settle(tooLarge(`The request body is over the limit of ${maxBytes} bytes`));
    };
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      req.off('data', count);
      next(error);
    };
    // Only a body of undeclared length needs counting: a parser reads no more than a declared length.
    // Attached before the parsers run, in the same tick, so that both see every chunk.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined) req.on('data', count);
    const run = (index: number, error?: unknown): void => {
      if (error !== undefined || index === parsers.length) return settle(error);
      parsers[index]!(req, res, (nextError?: unknown) => run(index + 1, nextError));
    };
    run(0);
  };
}

/**
 * Node closes a `Connection: close` connection with `socket.destroySoon()` as soon as the answer is
 * flushed. With the client still sending its body, that close meets unread input and the kernel
 * answers RST, which can make the client lose the 413 before reading it. Instead: send FIN after the
 * answer, keep discarding the body, and close when the client does or after LINGER_MS.
 */
function lingerOnClose(req: Request): void {
  const socket: Socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    req.resume();
    socket.once('end', () => socket.destroy());
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
