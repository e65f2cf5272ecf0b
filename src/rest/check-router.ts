import { checkManifests } from '../checks/check-manifests.js';
import { readManifests } from '../checks/read-manifests.js';
import { KNOWLEDGE_RELEASE } from '../knowledge/kubernetes-release.js';
import { answerLanguage } from './answer-language.js';
import { defineRoute } from './route-definition.js';
import { CheckBody, CheckQuery } from './schemas/api-version-schemas.js';
import { problems } from './schemas/responses.js';
import { z } from 'zod';

/** Media types `POST /check` reads: YAML (one or more documents) or JSON. */
export const MANIFEST_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain', 'application/json'];

/** `POST /check`: what a cluster of a given release would refuse or warn about in these manifests. */
export const checkRoutes = [
  defineRoute({
    method: 'post',
    path: '/check',
    operationId: 'checkManifests',
    summary: 'Check manifests against a Kubernetes release',
    description:
      'Send one or more manifests (multi-document YAML, a JSON object, an array or a List). Each finding says whether the apiVersion is removed or deprecated at that release and what replaces it, whether the kind or apiVersion is unknown, and which fields fail the kind\'s schema. An empty findings list means a cluster of that release accepts every object as far as kubedex knows. Nothing is stored.',
    tags: ['api-versions'],
    link: 'check',
    query: CheckQuery,
    body: { types: MANIFEST_TYPES, schema: z.unknown().meta({ description: 'YAML text or JSON' }) },
    responses: { 200: { description: 'The findings', content: { 'application/json': CheckBody } }, ...problems(400, 406, 413, 415) },
    handler: ({ req, res, query, body, snapshot }) => {
      const kubernetesVersion = query.kubernetesVersion ?? KNOWLEDGE_RELEASE;
      const manifests = readManifests(body);
      const { lang } = answerLanguage(req, query.lang);
      const findings = checkManifests(snapshot, { manifests, kubernetesVersion, lang });
      res.set('Cache-Control', 'no-store').set('Content-Language', lang).vary('Accept-Language');
      res.json({ kubernetesVersion, checked: manifests.length, findings });
    },
  }),
];
