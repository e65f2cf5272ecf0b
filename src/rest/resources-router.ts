import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { negotiateLang } from '../knowledge/negotiate-lang.js';
import { resolveResource } from '../knowledge/resolve-resource.js';
import { Lang } from '../knowledge/vocabulary.js';
import { presentResource, resourcePath } from './present-resource.js';

const LangQuery = z.object({ lang: Lang.optional() });

/** GET /resources/:category/:name: one resource, found the way a person types it. */
export function resourcesRouter(store: KnowledgeStore): Router {
  const router = Router();
  router.get('/resources/:category/:name', (req, res) => {
    const query = LangQuery.safeParse(req.query);
    if (!query.success)
      throw new AppError('VALIDATION_FAILED', { message: 'invalid query', issues: query.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    const snapshot = store.snapshot;
    const found = resolveResource(snapshot, { category: req.params.category, name: req.params.name });
    const canonical = resourcePath(found.resource);
    if (!found.categoryFits) return res.redirect(301, canonical);
    const lang = negotiateLang({ explicit: query.data.lang, acceptLanguage: req.get('accept-language') });
    res.set('Content-Language', lang).set('Vary', 'Accept-Language');
    if (!found.exact) res.set('Link', `<${canonical}>; rel="canonical"`);
    res.json(presentResource(snapshot, found.resource, lang));
  });
  return router;
}
