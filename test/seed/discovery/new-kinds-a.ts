/**
 * What a stock v1.36 API server reports for the kinds content-a added, read from Kubernetes'
 * discovery documents (kubernetes/kubernetes `api/discovery/`: api__v1.json, aggregated_v2.json)
 * and cross-checked against k8s.io/api v0.36.3, whose types and prerelease-lifecycle tags show which
 * versions exist at v1.36. A stock server serves no beta version of these groups: every new beta API
 * since v1.24 is off by default. The Gateway API kinds are CRDs: their facts come from the
 * standard-channel CRDs of Gateway API v1.6.1 (kubernetes-sigs/gateway-api config/crd/standard),
 * where a CRD's preferred version is its highest served one.
 */

/** One kind as `kubectl api-resources -o wide` prints it; versions without the group (`v1`), preferred first. */
export interface DiscoveredKind {
  kind: string;
  group: string;
  version: string;
  servedVersions: string[];
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  verbs: string[];
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

const row = (kind: string, group: string, plural: string, namespaced: boolean, shortNames: string[] = [], servedVersions = ['v1']): DiscoveredKind => ({
  kind,
  group,
  version: servedVersions[0] ?? 'v1',
  servedVersions,
  plural,
  singular: kind.toLowerCase(),
  shortNames,
  namespaced,
  verbs: VERBS,
});

/** The kinds of core v1, apps, networking.k8s.io, storage.k8s.io, resource.k8s.io, node.k8s.io, scheduling.k8s.io and the Gateway API that content-a added. */
export const DISCOVERY_KINDS_A: DiscoveredKind[] = [
  row('Endpoints', '', 'endpoints', true, ['ep']),
  row('PodTemplate', '', 'podtemplates', true),
  row('ControllerRevision', 'apps', 'controllerrevisions', true),
  row('ServiceCIDR', 'networking.k8s.io', 'servicecidrs', false),
  row('IPAddress', 'networking.k8s.io', 'ipaddresses', false, ['ip']),
  row('CSIDriver', 'storage.k8s.io', 'csidrivers', false),
  row('CSINode', 'storage.k8s.io', 'csinodes', false),
  row('CSIStorageCapacity', 'storage.k8s.io', 'csistoragecapacities', true),
  row('VolumeAttachment', 'storage.k8s.io', 'volumeattachments', false),
  row('VolumeAttributesClass', 'storage.k8s.io', 'volumeattributesclasses', false, ['vac']),
  row('DeviceClass', 'resource.k8s.io', 'deviceclasses', false),
  row('ResourceClaim', 'resource.k8s.io', 'resourceclaims', true),
  row('ResourceClaimTemplate', 'resource.k8s.io', 'resourceclaimtemplates', true),
  row('ResourceSlice', 'resource.k8s.io', 'resourceslices', false),
  row('RuntimeClass', 'node.k8s.io', 'runtimeclasses', false),
  row('PriorityClass', 'scheduling.k8s.io', 'priorityclasses', false, ['pc']),
  row('GatewayClass', 'gateway.networking.k8s.io', 'gatewayclasses', false, ['gc'], ['v1', 'v1beta1']),
  row('Gateway', 'gateway.networking.k8s.io', 'gateways', true, ['gtw'], ['v1', 'v1beta1']),
  row('HTTPRoute', 'gateway.networking.k8s.io', 'httproutes', true, [], ['v1', 'v1beta1']),
  row('GRPCRoute', 'gateway.networking.k8s.io', 'grpcroutes', true),
  row('ReferenceGrant', 'gateway.networking.k8s.io', 'referencegrants', true, ['refgrant'], ['v1', 'v1beta1']),
];
