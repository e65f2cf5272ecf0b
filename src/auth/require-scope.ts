import { AppError } from '../errors.js';
import type { WriteActor } from '../writes/write-transaction.js';
import type { TokenIdentity, TokenScope } from './api-tokens.js';

/** The actor a write runs as, when the request's token has `scope` (admin includes write). */
export function requireScope(identity: TokenIdentity | undefined, scope: TokenScope): WriteActor {
  if (!identity) throw new AppError('UNAUTHENTICATED', { message: 'Writes need a token: send Authorization: Bearer <token>' });
  if (scope === 'admin' && identity.scope !== 'admin') throw new AppError('FORBIDDEN', { message: `Token ${identity.name} has scope ${identity.scope}; this needs admin` });
  return { tokenName: identity.name };
}
