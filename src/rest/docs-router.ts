import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';
import { z } from 'zod';
import { openApiDocumentFor } from './openapi/build-openapi-document.js';
import { defineRoute } from './route-definition.js';
import { notModified, ok, problems } from './schemas/responses.js';
import { sendRepresentation } from './send-representation.js';

/** The installed swagger-ui-dist folder: the docs page loads nothing from any other host. */
const SWAGGER_UI_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>kubedex API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

// validatorUrl null: Swagger UI would otherwise send the document to an online validator.
const INIT_JS = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
});
`;

/** The OpenAPI document describes itself; any object is allowed since it is the spec. */
const OpenApiDocumentBody = z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }).meta({ id: 'OpenApiDocument' });

/** `GET /openapi.json`, `GET /docs` and the script the docs page runs. */
export const docsRoutes = [
  defineRoute({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This API as an OpenAPI 3.1 document',
    description: 'This document, generated from the zod schemas that validate every request.',
    tags: ['docs'],
    link: 'openapi',
    query: z.strictObject({}),
    responses: { ...ok(OpenApiDocumentBody, 'The OpenAPI document'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, deps, snapshot }) => {
      sendRepresentation(req, res, { snapshot, language: null, body: () => openApiDocumentFor(deps.routes ?? []) });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/docs',
    operationId: 'getDocs',
    summary: 'Interactive API documentation (Swagger UI, served locally)',
    description: "Swagger UI on /openapi.json, served from this server's own files; it loads nothing from any other host.",
    tags: ['docs'],
    link: 'docs',
    query: z.strictObject({}),
    responses: { ...ok(z.string(), 'An HTML page', 'text/html'), ...notModified, ...problems(400, 406) },
    // Its Content-Security-Policy (only this server's scripts and styles) is set for every answer by src/http/security-headers.ts.
    handler: ({ req, res, snapshot }) => {
      sendRepresentation(req, res, { snapshot, language: null, type: 'text/html', body: () => DOCS_HTML });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/docs/init.js',
    operationId: 'getDocsScript',
    summary: 'The script that starts Swagger UI on /openapi.json',
    description: 'The small script /docs runs to start Swagger UI (no inline script, so the page keeps a strict Content-Security-Policy).',
    tags: ['docs'],
    query: z.strictObject({}),
    responses: { ...ok(z.string(), 'JavaScript', 'text/javascript'), ...notModified, ...problems(400, 406) },
    handler: ({ req, res, snapshot }) => {
      sendRepresentation(req, res, { snapshot, language: null, type: 'text/javascript', body: () => INIT_JS });
    },
  }),
];

/** Swagger UI's own files from the installed package, at /docs/assets/. */
export function docsAssetsRouter(): Router {
  const router = Router();
  router.use('/docs/assets', express.static(SWAGGER_UI_DIR, { index: false, maxAge: '1d', fallthrough: true }));
  return router;
}
