import type { KubernetesFacts } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';

/**
 * The GraphQL `KubernetesFacts` type: what `kubectl api-resources` says of a resource's kind,
 * nested under `Resource.kubernetes` as REST and MCP nest it. Nesting also keeps `kind` meaning one
 * thing on every type a `node` fragment can reach: elsewhere it is a vocabulary term (a relation's,
 * a correction's or an alias's kind).
 */
export const KubernetesFactsRef = builder.objectRef<KubernetesFacts>('KubernetesFacts').implement({
  description: 'What `kubectl api-resources` reports for the Kubernetes kind of a resource.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Kubernetes kind, e.g. `Deployment`.' }),
    apiVersion: t.exposeString('apiVersion', { description: 'apiVersion as written in a manifest: `v1` for the core group, else `group/version`.' }),
    group: t.exposeString('group', { description: 'API group; the empty string is the core group.' }),
    version: t.exposeString('version', { description: 'API version within the group, e.g. `v1`.' }),
    plural: t.exposeString('plural', { description: 'Plural resource name as kubectl and URLs use it, e.g. `deployments`.' }),
    singular: t.exposeString('singular', { description: 'Singular resource name, the lower-cased kind, e.g. `deployment`.' }),
    shortNames: t.exposeStringList('shortNames', { description: 'kubectl short names, e.g. `deploy`.' }),
    verbs: t.exposeStringList('verbs', { description: 'API verbs the kind serves (`create` alone for review kinds).' }),
    servedVersions: t.exposeStringList('servedVersions', { description: 'Every apiVersion a v1.36 API server serves the kind under, preferred first; empty for a removed kind.' }),
    namespaced: t.exposeBoolean('namespaced', { description: 'Whether objects of the kind live in a Namespace.' }),
  }),
});
