import type { RequestHandler } from 'express';

/**
 * Refuses a request whose declared Content-Length is over `maxBytes` with 413 before reading any of
 * it (a body parser would read a declared 2 GB to its end before answering). The error has the shape
 * of the body parser's own, so each surface answers it in its own format.
 */
export function refuseOversizedBody(maxBytes: number): RequestHandler {
  return (req, _res, next) => {
    const declared = Number(req.headers['content-length']);
    if (!(declared > maxBytes)) return next();
    next(Object.assign(new Error(`The request body is ${declared} bytes; the limit is ${maxBytes}`), { status: 413, statusCode: 413, type: 'entity.too.large', expose: true }));
  };
}

