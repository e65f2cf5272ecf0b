import { row, type DiscoveryRow } from './discovery-row.js';

/**
 * The 30 API kinds kubedex held before issue 10, as v1.36 discovery states them
 * (api/discovery/api__v1.json and apis__<group>__<version>.json; autoscaling serves
 * HorizontalPodAutoscaler under v2 and v1). Namespace is the one ordinary kind without deletecollection.
 */
export const EXISTING_KINDS: DiscoveryRow[] = [
  row('Pod', '', 'v1', { plural: 'pods', shortNames: ['po'], namespaced: true }),
  row('ReplicationController', '', 'v1', { plural: 'replicationcontrollers', shortNames: ['rc'], namespaced: true }),
  row('Service', '', 'v1', { plural: 'services', shortNames: ['svc'], namespaced: true }),
  row('ConfigMap', '', 'v1', { plural: 'configmaps', shortNames: ['cm'], namespaced: true }),
  row('Secret', '', 'v1', { plural: 'secrets', namespaced: true }),
  row('PersistentVolumeClaim', '', 'v1', { plural: 'persistentvolumeclaims', shortNames: ['pvc'], namespaced: true }),
  row('PersistentVolume', '', 'v1', { plural: 'persistentvolumes', shortNames: ['pv'], namespaced: false }),
  row('Node', '', 'v1', { plural: 'nodes', shortNames: ['no'], namespaced: false }),
  row('Namespace', '', 'v1', { plural: 'namespaces', shortNames: ['ns'], namespaced: false, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }),
  row('ResourceQuota', '', 'v1', { plural: 'resourcequotas', shortNames: ['quota'], namespaced: true }),
  row('ServiceAccount', '', 'v1', { plural: 'serviceaccounts', shortNames: ['sa'], namespaced: true }),
  row('LimitRange', '', 'v1', { plural: 'limitranges', shortNames: ['limits'], namespaced: true }),
  row('ReplicaSet', 'apps', 'v1', { plural: 'replicasets', shortNames: ['rs'], namespaced: true }),
  row('Deployment', 'apps', 'v1', { plural: 'deployments', shortNames: ['deploy'], namespaced: true }),
  row('DaemonSet', 'apps', 'v1', { plural: 'daemonsets', shortNames: ['ds'], namespaced: true }),
  row('StatefulSet', 'apps', 'v1', { plural: 'statefulsets', shortNames: ['sts'], namespaced: true }),
  row('Job', 'batch', 'v1', { plural: 'jobs', namespaced: true }),
  row('CronJob', 'batch', 'v1', { plural: 'cronjobs', shortNames: ['cj'], namespaced: true }),
  row('EndpointSlice', 'discovery.k8s.io', 'v1', { plural: 'endpointslices', namespaced: true }),
  row('Ingress', 'networking.k8s.io', 'v1', { plural: 'ingresses', shortNames: ['ing'], namespaced: true }),
  row('IngressClass', 'networking.k8s.io', 'v1', { plural: 'ingressclasses', namespaced: false }),
  row('NetworkPolicy', 'networking.k8s.io', 'v1', { plural: 'networkpolicies', shortNames: ['netpol'], namespaced: true }),
  row('StorageClass', 'storage.k8s.io', 'v1', { plural: 'storageclasses', shortNames: ['sc'], namespaced: false }),
  row('Role', 'rbac.authorization.k8s.io', 'v1', { plural: 'roles', namespaced: true }),
  row('ClusterRole', 'rbac.authorization.k8s.io', 'v1', { plural: 'clusterroles', namespaced: false }),
  row('RoleBinding', 'rbac.authorization.k8s.io', 'v1', { plural: 'rolebindings', namespaced: true }),
  row('ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', { plural: 'clusterrolebindings', namespaced: false }),
  row('HorizontalPodAutoscaler', 'autoscaling', 'v2', { plural: 'horizontalpodautoscalers', shortNames: ['hpa'], namespaced: true, servedVersions: ['v2', 'v1'] }),
  row('PodDisruptionBudget', 'policy', 'v1', { plural: 'poddisruptionbudgets', shortNames: ['pdb'], namespaced: true }),
  row('CustomResourceDefinition', 'apiextensions.k8s.io', 'v1', { plural: 'customresourcedefinitions', shortNames: ['crd', 'crds'], namespaced: false }),
];
