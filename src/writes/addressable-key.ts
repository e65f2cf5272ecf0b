import { AppError } from '../errors.js';

/**
 * Refuses, as not found, an address holding NUL: no record can be named so (documents refuse NUL),
 * and PostgreSQL fails any query carrying one, which would answer 500.
 */
export function assertAddressable(what: string, ...keys: string[]): void {
  if (keys.some((key) => key.includes('\u0000'))) throw new AppError('NOT_FOUND', { message: `No ${what} ${keys.join(' ').replaceAll('\u0000', '\\0')}` });
}
