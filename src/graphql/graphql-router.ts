import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Router } from 'express';
import type { AppDeps } from '../app.js';
import { requestCredentials } from '../auth/authenticate-requests.js';
import { refuseOversizedBody } from '../http/refuse-oversized-body.js';
import { createContext, type GraphQLContext } from './context.js';
import { preflightFor } from '../rest/cors.js';
import { formatError, internalErrorLogger } from './format-error.js';
import { graphqlAnswerCache, type GraphQLAnswerCache } from './graphql-answer-cache.js';
import { knownRootTypeRule } from './known-root-type-rule.js';
import { languageHeaders } from './language-headers.js';
import { noStore } from './no-store.js';
import { documentSizeLimit, LIMIT_CODES, LIMITS, limitsPlugin, variablesDepthLimit } from './limits.js';
import { schema } from './schema.js';

// A body larger than any document the limits allow plus generous variables never needs parsing.
const MAX_BODY_BYTES = LIMITS.documentBytes * 4;

/** Body-parser failures answered the GraphQL way (`errors` with a code) rather than as REST problems. */
const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string; message?: string }, _req, res, next) => {
  if (typeof error.status !== 'number' || error.status >= 500) return next(error);
  const code = error.type === 'entity.too.large' ? LIMIT_CODES.documentBytes : 'BAD_REQUEST';
  res.status(error.status).json({ errors: [{ message: error.message ?? 'Bad request', extensions: { code } }] });
};

// Bytes of GraphQL answers kept per revision (graphql-answer-cache.ts).
const ANSWER_CACHE_BYTES = 8 * 1024 * 1024;

/** Apollo Server on `/graphql`: every read answered from the store's current snapshot; `answerCache` is exposed for its counters. */
export async function graphqlRouter(deps: AppDeps): Promise<Router & { answerCache: GraphQLAnswerCache }> {
  const server = new ApolloServer<GraphQLContext>({
    schema,
    introspection: deps.config.GRAPHQL_INTROSPECTION,
    csrfPrevention: true,
    validationRules: [knownRootTypeRule],
    includeStacktraceInErrorResponses: false,
    formatError,
    // No landing page: Apollo's loads Sandbox and fonts from the internet; browsers get the bundled GraphiQL instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(), languageHeaders(), noStore(), ApolloServerPluginCacheControlDisabled(), internalErrorLogger(deps.logger)],
    logger: deps.logger,
    // kubedex owns shutdown (src/server.ts): Apollo's handler would stop it and re-raise SIGTERM mid-drain.
    stopOnTerminationSignals: false,
  });
  await server.start();

  const answerCache = graphqlAnswerCache({ revision: () => deps.store.snapshot.revision, maxBytes: ANSWER_CACHE_BYTES });
  const router = express.Router();
  router.all(
    '/',
    // Beyond the safelisted headers: JSON bodies, the language choice, and what satisfies Apollo's CSRF prevention on GET.
    preflightFor(deps.config.CORS_ORIGINS, {
      methods: ['GET', 'POST'],
      headers: ['Content-Type', 'Accept', 'Accept-Language', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'],
    }),
    refuseOversizedBody(MAX_BODY_BYTES, [express.json({ limit: MAX_BODY_BYTES })]),
    // The integration insists on req.body even for a GET or a body it did not parse; Apollo itself rejects those properly.
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    documentSizeLimit(),
    variablesDepthLimit(),
    answerCache.middleware,
    expressMiddleware(server, {
      context: async ({ req, res }) =>
        createContext({
          snapshot: deps.store.snapshot,
          acceptLanguage: req.get('accept-language'),
          requestId: req.id === undefined ? undefined : String(req.id),
          store: deps.store,
          credentials: requestCredentials(res),
        }),
    }),
  );
  router.use(bodyErrors);
  return Object.assign(router, { answerCache });
}
