/**
 * What `npm run bench` measures: each scenario is one request kubedex answers, and what json-server
 * (the peer a user might pick instead) answers for the same need, where it has an equivalent.
 */

/** One HTTP request of a scenario. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  /** Path and query. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Scenario {
  name: string;
  request: BenchRequest;
  /** The status every answer must have (304 for the revalidation). */
  status: 200 | 304;
  /** Adds If-None-Match with the ETag of this request's 200. */
  revalidate?: boolean;
  /** json-server's request for the same need, if it has one. */
  peer?: BenchRequest;
}

/** A resource with its relations and each far end's category, as a frontend's page asks for it. */
export const GRAPHQL_DOCUMENT = `query ResourceWithRelations {
  resource(name: "NodePort") {
    name displayName summary category { slug name }
    kubernetes { kind group version apiVersion plural shortNames namespaced }
    relations { kind note from { name displayName category { slug name } } to { name displayName category { slug name } } }
  }
}`;

/** The hash-only GET of a persisted query (Apollo's automatic persisted queries), with the preflight header Apollo's CSRF prevention asks for. */
export function persistedQueryUrl(sha256Hash: string, withDocument = false): string {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  return `/graphql?${withDocument ? `query=${encodeURIComponent(GRAPHQL_DOCUMENT)}&` : ''}extensions=${extensions}`;
}

const get = (url: string, headers?: Record<string, string>): BenchRequest => ({ method: 'GET', url, headers });

/** The scenarios, in the order they run; `hash` is the persisted query's SHA-256. */
export function scenarios(hash: string): Scenario[] {
  return [
    { name: 'GET /resources/Service/NodePort', request: get('/resources/Service/NodePort'), status: 200, peer: get('/resources/NodePort') },
    { name: 'GET /resources/Service/NodePort → 304', request: get('/resources/Service/NodePort'), status: 304, revalidate: true, peer: get('/resources/NodePort') },
    { name: 'GET /resources?category=workloads&limit=10 (filtered, paged)', request: get('/resources?category=workloads&limit=10'), status: 200, peer: get('/resources?category=workloads&_page=1&_limit=10') },
    {
      name: 'POST /graphql (resource, relations, their categories)',
      request: { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_DOCUMENT }) },
      status: 200,
    },
    { name: 'GET /graphql (the same, persisted query)', request: get(persistedQueryUrl(hash), { 'apollo-require-preflight': 'true' }), status: 200 },
    { name: 'GET /search?q=deamonset', request: get('/search?q=deamonset'), status: 200, peer: get('/resources?q=deamonset') },
    { name: 'GET /ask?q=… (a question)', request: get(`/ask?q=${encodeURIComponent('difference between Job and CronJob')}`), status: 200 },
    { name: 'GET /compare?resources=NodePort,LoadBalancer', request: get('/compare?resources=NodePort,LoadBalancer'), status: 200 },
    { name: 'GET /healthz', request: get('/healthz'), status: 200 },
  ];
}
