import { changeRoutes } from './changes-router.js';
import { apiVersionRoutes } from './api-versions-router.js';
import { askRoutes } from './ask-router.js';
import { categoryRoutes } from './categories-router.js';
import { checkRoutes } from './check-router.js';
import { comparisonRoutes } from './comparisons-router.js';
import { correctionRoutes } from './corrections-router.js';
import { docsRoutes } from './docs-router.js';
import { exportRoutes } from './export-router.js';
import { fieldRoutes } from './fields-router.js';
import { graphRoutes } from './graph-router.js';
import { healthRoutes } from './health-router.js';
import { llmsRoutes } from './llms-router.js';
import { markdownRoutes } from './markdown-router.js';
import { metaRoutes } from './meta-router.js';
import { resourceNeighbourRoutes } from './resource-neighbours-router.js';
import { resourceRoutes } from './resources-router.js';
import { resourceWriteRoutes } from './resource-writes-router.js';
import { relationWriteRoutes } from './relation-writes-router.js';
import { recordWriteRoutes } from './record-writes-router.js';
import type { RouteDefinition } from './route-definition.js';
import { searchRoutes } from './search-router.js';

/** The knowledge routes `restApi` mounts: meta, categories, resources, fields, comparisons, graph, corrections, export, docs. */
export const knowledgeRestRoutes: readonly RouteDefinition[] = [
  ...metaRoutes,
  ...categoryRoutes,
  ...resourceRoutes,
  ...resourceWriteRoutes,
  ...relationWriteRoutes,
  ...recordWriteRoutes,
  ...changeRoutes,
  ...resourceNeighbourRoutes,
  ...fieldRoutes,
  ...comparisonRoutes,
  ...apiVersionRoutes,
  ...checkRoutes,
  ...graphRoutes,
  ...correctionRoutes,
  ...exportRoutes,
  ...docsRoutes,
];

/**
 * The catalogue of every REST route: the OpenAPI document, the links of `GET /`, CORS preflights and
 * 405 detection read it. A router file exports its `defineRoute(...)` array, adds it here, and is
 * mounted in app.ts with `routesRouter(itsRoutes, { ...deps, routes: restRoutes })`.
 */
export const restRoutes: readonly RouteDefinition[] = [...knowledgeRestRoutes, ...searchRoutes, ...askRoutes, ...markdownRoutes, ...llmsRoutes, ...healthRoutes];
