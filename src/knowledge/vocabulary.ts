import { z } from 'zod';

/** Languages every human-readable text must exist in. Adding one needs seed text, not a schema change. */
export const LANGS = ['ja', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
export const DEFAULT_LANG: Lang = 'ja';

/** Kinds of directed relation `from → to`. */
export const RELATION_KINDS = [
  'parent_of', // from manages/creates to (Deployment → ReplicaSet)
  'variant_of', // from is a variant of to (NodePort → Service)
  'alternative_to', // either can do the job (ReplicationController ↔ ReplicaSet)
  'builds_on', // from extends what to provides (LoadBalancer → NodePort)
  'routes_to', // from sends traffic to (Ingress → Service)
  'uses', // from consumes/mounts to (Pod → ConfigMap)
  'binds', // from claims to (PersistentVolumeClaim → PersistentVolume)
  'grants', // from grants to (RoleBinding → Role)
  'binds_subject', // from gives its grant to (RoleBinding → ServiceAccount)
  'scales', // from scales to (HorizontalPodAutoscaler → Deployment)
  'protects', // from limits disruption of to (PodDisruptionBudget → Pod)
  'selects', // from selects to by labels (NetworkPolicy → Pod)
  'applies_to', // from constrains to (ResourceQuota → Namespace)
  'runs_on', // from is scheduled onto and runs on to (Pod → Node)
  'provisions', // from creates to on demand (StorageClass → PersistentVolume)
  'creates', // from creates to but does not own it (StatefulSet → PersistentVolumeClaim)
  'attaches_to', // from attaches itself or what it names to to (HTTPRoute → Gateway)
  'allocates', // from hands out to from its range (ServiceCIDR → IPAddress)
  'publishes', // from publishes to for others to read (Node → ResourceSlice)
  'renews', // from keeps renewing to to show it is alive or holds a lock (Node → Lease)
  'references', // from names to without depending on it (Event → Pod)
] as const;
export const RelationKind = z.enum(RELATION_KINDS);
export type RelationKind = z.infer<typeof RelationKind>;

export const RESOURCE_STATUSES = ['stable', 'beta', 'deprecated', 'superseded', 'removed'] as const;
export const ResourceStatus = z.enum(RESOURCE_STATUSES);
export type ResourceStatus = z.infer<typeof ResourceStatus>;

/** Where a kind comes from: served by every API server, or an official add-on whose CRDs must be installed. */
export const DISTRIBUTIONS = ['builtin', 'addon'] as const;
export const Distribution = z.enum(DISTRIBUTIONS);
export type Distribution = z.infer<typeof Distribution>;

/** The verbs a stock API server serves for an ordinary kind (what `kubectl api-resources -o wide` lists). */
export const STANDARD_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

export const ALIAS_KINDS = ['misspelling', 'shortName', 'japanese', 'other'] as const;
export const AliasKind = z.enum(ALIAS_KINDS);
export type AliasKind = z.infer<typeof AliasKind>;

export const CORRECTION_KINDS = ['typo', 'factual', 'missing', 'copy'] as const;
export const CorrectionKind = z.enum(CORRECTION_KINDS);
export type CorrectionKind = z.infer<typeof CorrectionKind>;
