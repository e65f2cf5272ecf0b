import { AppError } from '../errors.js';
import type { WriteActor } from '../writes/write-transaction.js';
import type { TokenScope } from './api-tokens.js';
import type { Credentials } from './authenticate-requests.js';

/** The actor a write runs as, when the request's token has `scope` (admin includes write). */
export function requireScope(credentials: Credentials, scope: TokenScope): WriteActor {
  const { identity, failure } = credentials;
  if (failure) throw failure;
  if (!identity) throw new AppError('UNAUTHENTICATED', { message: 'Writes need a token: send Authorization: Bearer <token>' });
  if (scope === 'admin' && identity.scope !== 'admin') throw new AppError('FORBIDDEN', { message: `Token ${identity.name} has scope ${identity.scope}; this needs admin` });
  return { tokenName: identity.name };
}
