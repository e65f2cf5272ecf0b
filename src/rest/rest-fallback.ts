import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { templateMatcher, type RouteDefinition } from './route-definition.js';

/**
 * Mounted after every router: a path some route serves but not with this method answers 405 with
 * `Allow`; any other path answers 404. Both end as problem+json.
 */
export function restFallback(routes: readonly RouteDefinition[]): RequestHandler {
  const matchers = routes.map((route) => ({ route, pattern: templateMatcher(route.path) }));
  return (req, res, next) => {
    const methods = new Set(matchers.filter((m) => m.pattern.test(req.path)).map((m) => m.route.method.toUpperCase()));
    if (methods.has('GET')) methods.add('HEAD');
    // No route serves the path, or one does with this method but found nothing to answer.
    if (methods.size === 0 || methods.has(req.method))
      return next(new AppError('NOT_FOUND', { message: `Nothing is served at ${req.path}`, details: { home: '/' } }));
    methods.add('OPTIONS');
    const allow = [...methods].join(', ');
    res.set('Allow', allow);
    next(new AppError('METHOD_NOT_ALLOWED', { message: `${req.method} is not allowed on ${req.path}; allowed: ${allow}`, details: { allow: [...methods] } }));
  };
}
