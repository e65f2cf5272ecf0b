/** Every failure kubedex reports on purpose; each surface maps the code to its own shape in one place. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  STALE_VERSION: 412,
  CONTENT_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SEED_INVALID: 422,
  VERSION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  CONFIG_INVALID: 500,
  MIGRATION_FAILED: 500,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Seconds each surface tells a client to wait (`Retry-After`) before retrying, for the codes that pass by themselves. */
export const RETRY_AFTER_SECONDS: Partial<Record<ErrorCode, number>> = {
  // A replica's database outage: the revision poll and the listener's reconnects retry within seconds.
  DATABASE_UNAVAILABLE: 5,
};

/** One field that failed validation, as a path into the input and the reason. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The one error type of kubedex. `details` carries structured extras (close matches, field issues). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    options: { message: string; cause?: unknown; issues?: FieldIssue[]; details?: Record<string, unknown> },
  ) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
