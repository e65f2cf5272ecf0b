import type { RelationDirection } from '../knowledge/knowledge-snapshot.js';
import { ALIAS_KINDS, CORRECTION_KINDS, DISTRIBUTIONS, RELATION_KINDS, RESOURCE_STATUSES } from '../knowledge/vocabulary.js';
import { builder } from './builder.js';

/** GraphQL enum values are SCREAMING_CASE by convention; the core's values stay as they are. */
function valuesOf<const V extends string>(values: readonly V[], describe: (value: V) => string) {
  const name = (value: V) => value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return Object.fromEntries(values.map((value) => [name(value), { value, description: describe(value) }])) as Record<string, { value: V; description: string }>;
}

// Partial so that a kind added to the core still builds; it then shows its bare name until described here.
const RELATION_DESCRIPTIONS: Partial<Record<(typeof RELATION_KINDS)[number], string>> = {
  parent_of: '`from` manages or creates `to` (Deployment → ReplicaSet).',
  variant_of: '`from` is a variant of `to` (NodePort → Service).',
  alternative_to: 'Either can do the job (ReplicationController ↔ ReplicaSet).',
  builds_on: '`from` extends what `to` provides (LoadBalancer → NodePort).',
  routes_to: '`from` sends traffic to `to` (Ingress → Service).',
  uses: '`from` consumes or mounts `to` (Pod → ConfigMap).',
  binds: '`from` claims `to` (PersistentVolumeClaim → PersistentVolume).',
  grants: '`from` grants `to` (RoleBinding → Role).',
  binds_subject: '`from` gives its grant to `to` (RoleBinding → ServiceAccount).',
  scales: '`from` scales `to` (HorizontalPodAutoscaler → Deployment).',
  protects: '`from` limits disruption of `to` (PodDisruptionBudget → Pod).',
  selects: '`from` selects `to` by labels (NetworkPolicy → Pod).',
  applies_to: '`from` constrains `to` (ResourceQuota → Namespace).',
  runs_on: '`from` is scheduled onto and runs on `to` (Pod → Node).',
  provisions: '`from` creates `to` on demand (StorageClass → PersistentVolume).',
  creates: '`from` creates `to` but does not own it (StatefulSet → PersistentVolumeClaim).',
  attaches_to: '`from` attaches to `to` (HTTPRoute → Gateway).',
  allocates: '`from` hands out `to` from its range (ServiceCIDR → IPAddress).',
  publishes: '`from` publishes `to` for others to read (Node → ResourceSlice).',
  renews: '`from` keeps renewing `to` to show it is alive or holds a lock (Node → Lease).',
  references: '`from` names `to` without depending on it (Event → Pod).',
};

/** Kinds of directed relation `from → to`. */
export const RelationKindEnum = builder.enumType('RelationKind', {
  description: 'What a relation `from → to` means.',
  values: valuesOf(RELATION_KINDS, (v) => RELATION_DESCRIPTIONS[v] ?? `Relation kind \`${v}\`.`),
});

/** Which way a relation points, seen from one resource. */
export const RelationDirectionEnum = builder.enumType('RelationDirection', {
  description: 'Which way a relation points, seen from the resource asked about.',
  values: {
    OUTGOING: { value: 'outgoing' as RelationDirection, description: 'The resource is the relation\'s `from`.' },
    INCOMING: { value: 'incoming' as RelationDirection, description: 'The resource is the relation\'s `to`.' },
  } as const,
});

/** Lifecycle status of a resource. */
export const ResourceStatusEnum = builder.enumType('ResourceStatus', {
  description: 'Where a resource is in its lifecycle.',
  values: valuesOf(RESOURCE_STATUSES, (v) => `The resource is ${v}.`),
});

/** Why an alias exists. */
export const AliasKindEnum = builder.enumType('AliasKind', {
  description: 'Why a name leads to a resource.',
  values: valuesOf(ALIAS_KINDS, (v) =>
    ({ misspelling: 'A common misspelling (DeamonSet).', shortName: 'A kubectl short name.', japanese: 'A Japanese name.', other: 'Another name in use.' })[v],
  ),
});

/** What kind of mistake a correction fixes. */
export const CorrectionKindEnum = builder.enumType('CorrectionKind', {
  description: 'What kind of mistake in the source article a correction fixes.',
  values: valuesOf(CORRECTION_KINDS, (v) =>
    ({ typo: 'A misspelling.', factual: 'A wrong statement.', missing: 'Something left out.', copy: 'Text copied from the wrong place.' })[v],
  ),
});

/** Where a kind comes from. */
export const DistributionEnum = builder.enumType('Distribution', {
  description: 'Whether every API server serves the kind, or an official add-on must be installed first.',
  values: valuesOf(DISTRIBUTIONS, (v) =>
    ({ builtin: 'Served by every stock Kubernetes API server.', addon: 'An official add-on API (Gateway API, VerticalPodAutoscaler): install its CRDs first.' })[v],
  ),
});
