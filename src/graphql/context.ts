import type { Credentials } from '../auth/authenticate-requests.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { negotiateLang } from '../knowledge/negotiate-lang.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** What every resolver of one request reads: one snapshot, so a nested answer never mixes revisions. */
export interface GraphQLContext {
  snapshot: KnowledgeSnapshot;
  /** The language a text field answers in when it has no `lang` argument. */
  lang: Lang;
  /** The raw header, for fields whose fallback differs when the client stated no preference. */
  acceptLanguage: string | undefined;
  /** The HTTP request's id, so that a logged internal error can be found from the request. */
  requestId: string | undefined;
  /** The store mutations write through; absent where the schema only reads (tests of queries). */
  store?: KnowledgeStore | undefined;
  /** What the request's Bearer token proved: mutations need it. */
  credentials?: Credentials | undefined;
}

/** The context of one request: the current snapshot and the language its Accept-Language asks for. */
export function createContext(options: {
  snapshot: KnowledgeSnapshot;
  acceptLanguage?: string | undefined;
  requestId?: string | undefined;
  store?: KnowledgeStore | undefined;
  credentials?: Credentials | undefined;
}): GraphQLContext {
  const { snapshot, acceptLanguage, requestId, store, credentials } = options;
  // Negotiated once per request rather than per text field: parsing the header is the costly part.
  return { snapshot, lang: negotiateLang({ acceptLanguage }), acceptLanguage, requestId, store, credentials };
}
