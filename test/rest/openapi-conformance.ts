import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Express } from 'express';
import request, { type Response } from 'supertest';
import { openApiDocumentFor } from '../../src/rest/openapi/build-openapi-document.js';
import { restRoutes } from '../../src/rest/rest-routes.js';
import { templateMatcher } from '../../src/rest/route-definition.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped once more.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

interface MediaSpec { schema: object }
interface ResponseSpec { content?: Record<string, MediaSpec>; headers?: Record<string, { required?: boolean }> }
interface OperationSpec { responses: Record<string, ResponseSpec> }

const document = openApiDocumentFor(restRoutes) as unknown as {
  paths: Record<string, Record<string, OperationSpec>>;
  components: { schemas: Record<string, object> };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

const templates = Object.keys(document.paths)
  .map((path) => ({ path, pattern: templateMatcher(path), literal: path.replace(/\{\w+\}/g, '').length }))
  .sort((a, b) => b.literal - a.literal);

function validator(key: string, schema: object): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    // Refs in the document are `#/components/schemas/X`: give the schema the document's components.
    validate = ajv.compile({ ...schema, components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

/** The documented response for a concrete request, or undefined when no operation covers it. */
function documentedResponse(method: string, path: string, status: number): { where: string; spec: ResponseSpec | undefined } | undefined {
  const template = templates.find((t) => t.pattern.test(path));
  const operation = template && document.paths[template.path]?.[method === 'head' ? 'get' : method];
  if (!template || !operation) return undefined;
  return { where: `${method.toUpperCase()} ${template.path}`, spec: operation.responses[String(status)] ?? operation.responses.default };
}

const ProblemSchema = { $ref: '#/components/schemas/Problem' };

/**
 * Fails unless the response is what the OpenAPI document says: a documented status, its required
 * headers, its media type and a body valid against its schema. Answers outside every operation
 * (unknown paths, other methods) must be problem+json.
 */
export function conformsToOpenApi(res: Response): void {
  const req = (res as unknown as { req: { method: string; path: string } }).req;
  const method = req.method.toLowerCase();
  const path = new URL(req.path, 'http://x').pathname;
  const found = documentedResponse(method, path, res.status);
  if (!found) {
    if (method === 'options' && res.status === 204) return;
    // Swagger UI's own files are static assets of /docs, not API operations.
    if (path.startsWith('/docs/assets/') && (res.status === 200 || res.status === 304)) return;
    expectProblem(res, `${method.toUpperCase()} ${path}`);
    return;
  }
  const { where, spec } = found;
  if (!spec) throw new Error(`${where} answered ${res.status}, which the OpenAPI document does not list`);
  for (const [name, header] of Object.entries(spec.headers ?? {}))
    if (header.required && res.headers[name.toLowerCase()] === undefined) throw new Error(`${where} ${res.status}: required header ${name} missing`);
  if (method === 'head' || res.status === 304 || !spec.content) return;
  const type = String(res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  const media = spec.content[type];
  if (!media) throw new Error(`${where} ${res.status}: content-type ${type} is not documented (${Object.keys(spec.content).join(', ')})`);
  if (!type.endsWith('json')) return;
  const validate = validator(`${where} ${res.status} ${type}`, media.schema);
  if (!validate(res.body)) throw new Error(`${where} ${res.status}: body does not match the OpenAPI schema: ${ajv.errorsText(validate.errors)}`);
}

function expectProblem(res: Response, where: string): void {
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`${where} ${res.status}: expected problem+json, got ${res.headers['content-type']}`);
  const validate = validator('Problem', ProblemSchema);
  if (!validate(res.body)) throw new Error(`${where} ${res.status}: not a Problem: ${ajv.errorsText(validate.errors)}`);
}

type Method = 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete' | 'options';

/** supertest on the app, with every response checked against the OpenAPI document. */
export function api(app: Express): Record<Method, (url: string) => request.Test> {
  const agent = request(app);
  const wrap = (method: Method) => (url: string) => agent[method](url).expect(conformsToOpenApi);
  return { get: wrap('get'), head: wrap('head'), post: wrap('post'), put: wrap('put'), patch: wrap('patch'), delete: wrap('delete'), options: wrap('options') };
}
