import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { databaseUnavailableError } from '../db/database-unavailable.js';
import { AppError, RETRY_AFTER_SECONDS } from '../errors.js';

/** The RFC 9457 body every REST error answers with. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Sends an AppError as application/problem+json. */
export function sendProblem(res: Response, error: AppError, instance?: string): void {
  const status = error.status;
  // Headers a handler set for the representation it meant to send do not describe this error.
  for (const header of ['ETag', 'Content-Language', 'Content-Location', 'Link', 'Last-Modified']) res.removeHeader(header);
  res.set('Cache-Control', 'no-store');
  // RFC 6750: a 401 names the scheme to use and, when a token was sent, why it failed.
  if (error.code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', `Bearer realm="kubedex"${typeof error.details.authError === 'string' ? `, error="${error.details.authError}"` : ''}`);
  const retryAfter = RETRY_AFTER_SECONDS[error.code];
  if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
  const body: ProblemDetails = {
    type: `https://kubedex.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.issues.length > 0 ? { errors: error.issues } : {}),
    ...error.details,
  };
  res.status(status).type('application/problem+json').json(body);
}

/** The one place REST turns errors into answers; unknown errors are logged and answered as a bare 500. */
export function problemDetailsHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof AppError) return sendProblem(res, error, req.originalUrl);
    // A handler that needed the database and lost it answers 503, whichever query failed.
    const unavailable = databaseUnavailableError(error);
    if (unavailable) {
      logger.warn({ err: error, reqId: req.id }, 'database unavailable');
      return sendProblem(res, unavailable, req.originalUrl);
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = status === 413 ? 'CONTENT_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
      return sendProblem(res, new AppError(code, { message: (error as Error).message }), req.originalUrl);
    }
    logger.error({ err: error, reqId: req.id }, 'unhandled error');
    sendProblem(res, new AppError('INTERNAL', { message: 'An internal error occurred' }), req.originalUrl);
  };
}
