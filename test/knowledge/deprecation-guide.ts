/**
 * The Kubernetes "Deprecated API Migration Guide" (kubernetes.io/docs/reference/using-api/deprecation-guide/)
 * as a table: every apiVersion of a kind it says stopped being served, in which release, and what to
 * migrate to (the version the guide names at that removal; a client follows the chain to a served one). Written from the guide by hand; kubedex's apiVersionHistory must agree with every row.
 */
export interface GuideRemoval {
  kind: string;
  apiVersion: string;
  removedIn: string;
  /** null where the guide names no apiVersion to move to (PodSecurityPolicy). */
  replacement: string | null;
}

const rows = (removedIn: string, apiVersion: string, replacement: string | null, kinds: string[]): GuideRemoval[] =>
  kinds.map((kind) => ({ kind, apiVersion, removedIn, replacement }));

export const DEPRECATION_GUIDE: GuideRemoval[] = [
  ...rows('v1.32', 'flowcontrol.apiserver.k8s.io/v1beta3', 'flowcontrol.apiserver.k8s.io/v1', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...rows('v1.29', 'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...rows('v1.27', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', ['CSIStorageCapacity']),
  ...rows('v1.26', 'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration']),
  ...rows('v1.26', 'autoscaling/v2beta2', 'autoscaling/v2', ['HorizontalPodAutoscaler']),
  ...rows('v1.25', 'batch/v1beta1', 'batch/v1', ['CronJob']),
  ...rows('v1.25', 'discovery.k8s.io/v1beta1', 'discovery.k8s.io/v1', ['EndpointSlice']),
  ...rows('v1.25', 'events.k8s.io/v1beta1', 'events.k8s.io/v1', ['Event']),
  ...rows('v1.25', 'autoscaling/v2beta1', 'autoscaling/v2', ['HorizontalPodAutoscaler']),
  ...rows('v1.25', 'policy/v1beta1', 'policy/v1', ['PodDisruptionBudget']),
  ...rows('v1.25', 'policy/v1beta1', null, ['PodSecurityPolicy']),
  ...rows('v1.25', 'node.k8s.io/v1beta1', 'node.k8s.io/v1', ['RuntimeClass']),
  ...rows('v1.22', 'admissionregistration.k8s.io/v1beta1', 'admissionregistration.k8s.io/v1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']),
  ...rows('v1.22', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1', ['CustomResourceDefinition']),
  ...rows('v1.22', 'apiregistration.k8s.io/v1beta1', 'apiregistration.k8s.io/v1', ['APIService']),
  ...rows('v1.22', 'authentication.k8s.io/v1beta1', 'authentication.k8s.io/v1', ['TokenReview']),
  ...rows('v1.22', 'authorization.k8s.io/v1beta1', 'authorization.k8s.io/v1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview']),
  ...rows('v1.22', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1', ['CertificateSigningRequest']),
  ...rows('v1.22', 'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', ['Lease']),
  ...rows('v1.22', 'extensions/v1beta1', 'networking.k8s.io/v1', ['Ingress']),
  ...rows('v1.22', 'networking.k8s.io/v1beta1', 'networking.k8s.io/v1', ['Ingress', 'IngressClass']),
  ...rows('v1.22', 'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']),
  ...rows('v1.22', 'scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1', ['PriorityClass']),
  ...rows('v1.22', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment']),
  ...rows('v1.16', 'extensions/v1beta1', 'networking.k8s.io/v1', ['NetworkPolicy']),
  ...rows('v1.16', 'extensions/v1beta1', 'apps/v1', ['DaemonSet', 'Deployment', 'ReplicaSet']),
  ...rows('v1.16', 'apps/v1beta2', 'apps/v1', ['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet']),
  ...rows('v1.16', 'apps/v1beta1', 'apps/v1', ['Deployment', 'StatefulSet', 'ReplicaSet']),
  ...rows('v1.16', 'extensions/v1beta1', 'policy/v1beta1', ['PodSecurityPolicy']),
];
