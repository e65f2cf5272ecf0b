import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { explainField } from '../../src/reference/field-tree.js';
import { readSeed } from '../../src/seed/read-seed.js';

const seed = readSeed(SEED_DIR);

describe('seed/field-notes', () => {
  it('notes only fields that exist, spelled as the field reference spells them', () => {
    expect(seed.fieldNotes.length).toBeGreaterThan(50);
    const resources = new Map(seed.resources.map((resource) => [resource.name, resource]));
    const broken = seed.fieldNotes.flatMap((note) => {
      const kubernetes = resources.get(note.resource)?.kubernetes;
      if (!kubernetes) return [`${note.resource} ${note.path}: the resource has no kind`];
      const apiVersion = kubernetes.group ? `${kubernetes.group}/${kubernetes.version}` : kubernetes.version;
      try {
        const { field } = explainField({ apiVersion, kind: kubernetes.kind }, note.path);
        return field.path === note.path ? [] : [`${note.resource} ${note.path}: the reference spells it ${field.path}`];
      } catch (error) {
        return [`${note.resource} ${note.path}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('covers the fields the issue names', () => {
    const noted = new Set(seed.fieldNotes.map((note) => `${note.resource} ${note.path}`));
    for (const wanted of [
      'Deployment spec.strategy.rollingUpdate.maxSurge',
      'Deployment spec.strategy.rollingUpdate.maxUnavailable',
      'Deployment spec.progressDeadlineSeconds',
      'Deployment spec.minReadySeconds',
      'Job spec.backoffLimit',
      'Job spec.ttlSecondsAfterFinished',
      'CronJob spec.concurrencyPolicy',
      'CronJob spec.timeZone',
      'StatefulSet spec.podManagementPolicy',
      'Service spec.externalTrafficPolicy',
      'Pod spec.terminationGracePeriodSeconds',
      'Pod spec.containers.livenessProbe',
      'Pod spec.containers.readinessProbe',
      'Pod spec.containers.startupProbe',
      'Pod spec.containers.resources.requests',
      'Pod spec.containers.resources.limits',
      'PersistentVolume spec.persistentVolumeReclaimPolicy',
    ]) {
      expect(noted, wanted).toContain(wanted);
    }
  });
});
