import { row, type DiscoveryRow } from './discovery-row.js';

/**
 * What a stock v1.36 API server reports for the kinds content-a added, read from Kubernetes'
 * discovery documents (kubernetes/kubernetes `api/discovery/`: api__v1.json, aggregated_v2.json)
 * and cross-checked against k8s.io/api v0.36.3, whose types and prerelease-lifecycle tags show which
 * versions exist at v1.36. A stock server serves no beta version of these groups: every new beta API
 * since v1.24 is off by default. The Gateway API kinds are CRDs: their facts come from the
 * standard-channel CRDs of Gateway API v1.6.1 (kubernetes-sigs/gateway-api config/crd/standard),
 * where a CRD's preferred version is its highest served one.
 */

/** The kinds of core v1, apps, networking.k8s.io, storage.k8s.io, resource.k8s.io, node.k8s.io, scheduling.k8s.io and the Gateway API that content-a added. */
export const DISCOVERY_KINDS_A: DiscoveryRow[] = [
  row('Endpoints', '', 'v1', { plural: 'endpoints', shortNames: ['ep'], namespaced: true }),
  row('PodTemplate', '', 'v1', { plural: 'podtemplates', namespaced: true }),
  row('ControllerRevision', 'apps', 'v1', { plural: 'controllerrevisions', namespaced: true }),
  row('ServiceCIDR', 'networking.k8s.io', 'v1', { plural: 'servicecidrs', namespaced: false }),
  row('IPAddress', 'networking.k8s.io', 'v1', { plural: 'ipaddresses', shortNames: ['ip'], namespaced: false }),
  row('CSIDriver', 'storage.k8s.io', 'v1', { plural: 'csidrivers', namespaced: false }),
  row('CSINode', 'storage.k8s.io', 'v1', { plural: 'csinodes', namespaced: false }),
  row('CSIStorageCapacity', 'storage.k8s.io', 'v1', { plural: 'csistoragecapacities', namespaced: true }),
  row('VolumeAttachment', 'storage.k8s.io', 'v1', { plural: 'volumeattachments', namespaced: false }),
  row('VolumeAttributesClass', 'storage.k8s.io', 'v1', { plural: 'volumeattributesclasses', shortNames: ['vac'], namespaced: false }),
  row('DeviceClass', 'resource.k8s.io', 'v1', { plural: 'deviceclasses', namespaced: false }),
  row('ResourceClaim', 'resource.k8s.io', 'v1', { plural: 'resourceclaims', namespaced: true }),
  row('ResourceClaimTemplate', 'resource.k8s.io', 'v1', { plural: 'resourceclaimtemplates', namespaced: true }),
  row('ResourceSlice', 'resource.k8s.io', 'v1', { plural: 'resourceslices', namespaced: false }),
  row('RuntimeClass', 'node.k8s.io', 'v1', { plural: 'runtimeclasses', namespaced: false }),
  row('PriorityClass', 'scheduling.k8s.io', 'v1', { plural: 'priorityclasses', shortNames: ['pc'], namespaced: false }),
  row('GatewayClass', 'gateway.networking.k8s.io', 'v1', { plural: 'gatewayclasses', shortNames: ['gc'], namespaced: false, servedVersions: ['v1', 'v1beta1'] }),
  row('Gateway', 'gateway.networking.k8s.io', 'v1', { plural: 'gateways', shortNames: ['gtw'], namespaced: true, servedVersions: ['v1', 'v1beta1'] }),
  row('HTTPRoute', 'gateway.networking.k8s.io', 'v1', { plural: 'httproutes', namespaced: true, servedVersions: ['v1', 'v1beta1'] }),
  row('GRPCRoute', 'gateway.networking.k8s.io', 'v1', { plural: 'grpcroutes', namespaced: true }),
  row('ReferenceGrant', 'gateway.networking.k8s.io', 'v1', { plural: 'referencegrants', shortNames: ['refgrant'], namespaced: true, servedVersions: ['v1', 'v1beta1'] }),
];
