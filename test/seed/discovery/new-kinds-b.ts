import { row, type DiscoveryRow } from './discovery-row.js';

const CREATE_ONLY = ['create'];

/**
 * The kinds content-b added for issue 10, as v1.36 discovery states them. The review kinds and Binding
 * serve only create; ComponentStatus only get and list. VerticalPodAutoscaler is what its CRD
 * (kubernetes/autoscaler vertical-pod-autoscaler/deploy/vpa-v1-crd-gen.yaml) serves once installed.
 * PodSecurityPolicy is absent: a v1.36 server does not serve it.
 */
export const NEW_KINDS_B: DiscoveryRow[] = [
  row('TokenReview', 'authentication.k8s.io', 'v1', { plural: 'tokenreviews', namespaced: false, verbs: CREATE_ONLY }),
  row('SelfSubjectReview', 'authentication.k8s.io', 'v1', { plural: 'selfsubjectreviews', namespaced: false, verbs: CREATE_ONLY }),
  row('SubjectAccessReview', 'authorization.k8s.io', 'v1', { plural: 'subjectaccessreviews', namespaced: false, verbs: CREATE_ONLY }),
  row('SelfSubjectAccessReview', 'authorization.k8s.io', 'v1', { plural: 'selfsubjectaccessreviews', namespaced: false, verbs: CREATE_ONLY }),
  row('LocalSubjectAccessReview', 'authorization.k8s.io', 'v1', { plural: 'localsubjectaccessreviews', namespaced: true, verbs: CREATE_ONLY }),
  row('SelfSubjectRulesReview', 'authorization.k8s.io', 'v1', { plural: 'selfsubjectrulesreviews', namespaced: false, verbs: CREATE_ONLY }),
  row('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', { plural: 'validatingwebhookconfigurations', namespaced: false }),
  row('MutatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', { plural: 'mutatingwebhookconfigurations', namespaced: false }),
  row('ValidatingAdmissionPolicy', 'admissionregistration.k8s.io', 'v1', { plural: 'validatingadmissionpolicies', namespaced: false }),
  row('ValidatingAdmissionPolicyBinding', 'admissionregistration.k8s.io', 'v1', { plural: 'validatingadmissionpolicybindings', namespaced: false }),
  row('MutatingAdmissionPolicy', 'admissionregistration.k8s.io', 'v1', { plural: 'mutatingadmissionpolicies', namespaced: false }),
  row('MutatingAdmissionPolicyBinding', 'admissionregistration.k8s.io', 'v1', { plural: 'mutatingadmissionpolicybindings', namespaced: false }),
  row('CertificateSigningRequest', 'certificates.k8s.io', 'v1', { plural: 'certificatesigningrequests', shortNames: ['csr'], namespaced: false }),
  row('Lease', 'coordination.k8s.io', 'v1', { plural: 'leases', namespaced: true }),
  row('Event', 'events.k8s.io', 'v1', { plural: 'events', shortNames: ['ev'], namespaced: true }),
  row('FlowSchema', 'flowcontrol.apiserver.k8s.io', 'v1', { plural: 'flowschemas', namespaced: false }),
  row('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io', 'v1', { plural: 'prioritylevelconfigurations', namespaced: false }),
  row('APIService', 'apiregistration.k8s.io', 'v1', { plural: 'apiservices', namespaced: false }),
  row('Binding', '', 'v1', { plural: 'bindings', namespaced: true, verbs: CREATE_ONLY }),
  row('ComponentStatus', '', 'v1', { plural: 'componentstatuses', shortNames: ['cs'], namespaced: false, verbs: ['get', 'list'] }),
  row('VerticalPodAutoscaler', 'autoscaling.k8s.io', 'v1', { plural: 'verticalpodautoscalers', shortNames: ['vpa'], namespaced: true }),
];
