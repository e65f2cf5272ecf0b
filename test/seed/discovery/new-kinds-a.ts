import { row, type DiscoveryRow } from './discovery-row.js';

/**
 * The built-in kinds content-a added for issue 10, as v1.36 discovery states them (api/discovery/
 * api__v1.json, apis__apps__v1.json, apis__networking.k8s.io__v1.json, apis__storage.k8s.io__v1.json,
 * apis__resource.k8s.io__v1.json, apis__scheduling.k8s.io__v1.json, apis__node.k8s.io__v1.json). The
 * Gateway API kinds are add-ons whose served versions depend on the Gateway API release installed, so
 * they have no row here. Endpoints is the one kind whose singular is its plural.
 */
export const NEW_KINDS_A: DiscoveryRow[] = [
  row('Endpoints', '', 'v1', { plural: 'endpoints', singular: 'endpoints', shortNames: ['ep'], namespaced: true }),
  row('PodTemplate', '', 'v1', { plural: 'podtemplates', namespaced: true }),
  row('ControllerRevision', 'apps', 'v1', { plural: 'controllerrevisions', namespaced: true }),
  row('PriorityClass', 'scheduling.k8s.io', 'v1', { plural: 'priorityclasses', shortNames: ['pc'], namespaced: false }),
  row('RuntimeClass', 'node.k8s.io', 'v1', { plural: 'runtimeclasses', namespaced: false }),
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
];
