import type { RequestHandler } from 'express';

/**
 * A handler built on its first request, then kept: what serving a read never needs (Apollo, the
 * GraphQL schema) is neither imported nor built at start. Requests that arrive while it is being
 * built wait for the same build; a build that fails is passed to the error handler and tried again
 * on the next request.
 */
export function lazyHandler(build: () => Promise<RequestHandler>): RequestHandler {
  let built: Promise<RequestHandler> | undefined;
  return (req, res, next) => {
    built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    built.then((handler) => handler(req, res, next), next);
  };
}
