import type { IncomingMessage } from 'node:http';

/** A request body read ahead of the router, and the two ways to be done with it. */
export interface HeldBody {
  bytes: Buffer;
  /** Puts the bytes back: the router then reads the request as if nobody had. */
  release: () => void;
  /** Lets the request end without anyone reading the bytes again (its answer came from elsewhere). */
  discard: () => void;
}

/**
 * Reads the body of `req`, `length` bytes as its Content-Length declares, without ending the request,
 * and hands it to `onBody`. It reads in paused mode, each time exactly what is buffered, so that
 * 'end' is never reached and `release` can unshift the bytes: the router gets the very request Node
 * parsed (its socket, its `complete`, what Express sets on it and the metrics read back, the body
 * parser and its errors) rather than a copy. If the client goes away first, `onAborted` runs within
 * Node's 'aborted', before the response's 'close', so that whoever takes the request then still
 * sees it close (the access log logs it as aborted, as before).
 */
export function holdBody(req: IncomingMessage, length: number, handlers: { onBody: (body: HeldBody) => void; onAborted: () => void }): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const stop = () => {
    req.off('readable', onReadable);
    req.off('aborted', onAborted);
  };
  const onReadable = () => {
    // read() without a size at the end of the stream would schedule 'end'; read(n) for what is buffered does not.
    while (received < length && req.readableLength > 0) {
      const chunk = req.read(req.readableLength) as Buffer;
      chunks.push(chunk);
      received += chunk.length;
    }
    if (received < length) return;
    stop();
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
    handlers.onBody({ bytes, release: () => req.unshift(bytes), discard: () => req.resume() });
  };
  const onAborted = () => {
    stop();
    handlers.onAborted();
  };
  // 'aborted' (deprecated for 'close', which comes a tick later, after the response has closed) is the one event in time.
  req.on('aborted', onAborted);
  req.on('readable', onReadable);
}
