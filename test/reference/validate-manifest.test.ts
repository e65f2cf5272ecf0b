import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { SEED_DIR } from '../../src/package-root.js';
import { validateManifest } from '../../src/reference/validate-manifest.js';

function deployment(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec };
}

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
const selector = { matchLabels: { app: 'web' } };

interface SeedExample {
  file: string;
  index: number;
  distribution: 'builtin' | 'addon';
  manifest: unknown;
}

/** Every example manifest of the seed, one entry per YAML document, with whether its kind is built in or an add-on API. */
function seedExamples(): SeedExample[] {
  const dir = path.join(SEED_DIR, 'resources');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const { example, distribution } = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { example?: string | null; distribution?: SeedExample['distribution'] };
      return example ? parseAllDocuments(example).map((doc, index) => ({ file, index, distribution: distribution ?? 'builtin', manifest: doc.toJSON() as unknown })) : [];
    });
}

/** The package whose models validate an apiVersion: the add-on packages own their API groups, kubernetes-models the rest. */
const ADDON_PACKAGE_OF_GROUP: Record<string, string> = {
  'gateway.networking.k8s.io': '@kubernetes-models/gateway-api',
  'autoscaling.k8s.io': '@kubernetes-models/autoscaler',
};
function modelModule(apiVersion: string, kind: string): string {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  const owner = ADDON_PACKAGE_OF_GROUP[group];
  return owner ? `${owner}/${apiVersion}/${kind}` : `kubernetes-models/${apiVersion}/${kind}`;
}

describe('validateManifest', () => {
  it('accepts a correct Deployment', () => {
    expect(validateManifest(deployment({ replicas: 3, selector, template }))).toEqual([]);
  });

  it('refuses spec.replicass as an unknown field and suggests spec.replicas', () => {
    const issues = validateManifest(deployment({ replicass: 3, selector, template }));
    expect(issues).toEqual([expect.objectContaining({ path: 'spec.replicass', problem: 'unknown-field', suggestions: ['spec.replicas'] })]);
  });

  it('reports a missing selector as a missing required field', () => {
    const issues = validateManifest(deployment({ replicas: 3, template }));
    expect(issues).toEqual([expect.objectContaining({ path: 'spec.selector', problem: 'missing-field', expected: '<LabelSelector>' })]);
  });

  it('reports a wrong type with the type explain prints', () => {
    const issues = validateManifest(deployment({ replicas: '3', selector, template }));
    expect(issues).toEqual([expect.objectContaining({ path: 'spec.replicas', problem: 'wrong-type', expected: '<integer>' })]);
  });

  it('finds problems deep inside lists, with their index', () => {
    const containers = [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCPP' }], imagePullPolicy: 3 }];
    const issues = validateManifest(deployment({ selector, template: { ...template, spec: { containers } } }));
    expect(issues.map((issue) => [issue.path, issue.problem])).toEqual([
      ['spec.template.spec.containers[0].ports[0].protocol', 'value-not-allowed'],
      ['spec.template.spec.containers[0].imagePullPolicy', 'wrong-type'],
    ]);
  });

  it('accepts IntOrString and Quantity values in both spellings', () => {
    const containers = [{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: 128974848 } } }];
    const strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } };
    expect(validateManifest(deployment({ selector, strategy, template: { ...template, spec: { containers } } }))).toEqual([]);
    expect(validateManifest(deployment({ selector, template, strategy: { rollingUpdate: { maxSurge: 1.5 } } }))[0]).toMatchObject({
      path: 'spec.strategy.rollingUpdate.maxSurge',
      problem: 'wrong-type',
    });
  });

  it('answers an unknown apiVersion of a known kind with the apiVersions it is known under', () => {
    const [issue, ...rest] = validateManifest({ apiVersion: 'batch/v2', kind: 'CronJob', metadata: { name: 'x' } });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ problem: 'unknown-kind', path: 'apiVersion' });
    expect(issue!.suggestions).toContain('batch/v1');
  });

  it('answers a kind nobody knows, and a manifest without apiVersion or kind', () => {
    expect(validateManifest({ apiVersion: 'v1', kind: 'Potato' })).toEqual([expect.objectContaining({ problem: 'unknown-kind', suggestions: [] })]);
    expect(validateManifest({ metadata: {} }).map((issue) => issue.path)).toEqual(['apiVersion', 'kind']);
    expect(validateManifest([1, 2])[0]).toMatchObject({ path: '', problem: 'wrong-type' });
  });

  it('accepts every example manifest in seed/, the add-on APIs\' against their CRD schemas', () => {
    const examples = seedExamples();
    expect(examples.filter((example) => example.distribution === 'builtin').length).toBeGreaterThan(80);
    const addonKinds = examples.filter((example) => example.distribution === 'addon').map((example) => (example.manifest as { kind: string }).kind);
    expect(addonKinds.sort()).toEqual(['GRPCRoute', 'Gateway', 'GatewayClass', 'HTTPRoute', 'ReferenceGrant', 'VerticalPodAutoscaler']);
    const rejected = examples
      .map(({ file, index, manifest }) => ({ file, index, issues: validateManifest(manifest) }))
      .filter((entry) => entry.issues.length > 0);
    expect(rejected).toEqual([]);
  });

  it('agrees with the package\'s own JSON-schema validator on every example manifest', async () => {
    const disagreements: string[] = [];
    for (const { file, index, manifest } of seedExamples()) {
      const { apiVersion, kind } = manifest as { apiVersion: string; kind: string };
      const module = (await import(modelModule(apiVersion, kind))) as Record<string, new (data: unknown) => { validate(): void }>;
      try {
        new module[kind]!(manifest).validate();
      } catch (error) {
        disagreements.push(`${file}#${index}: ${(error as Error).message}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses what the package\'s validator refuses, and an unknown field it lets through', async () => {
    const { Deployment } = await import('kubernetes-models/apps/v1/Deployment');
    const wrong = deployment({ replicas: '3', selector, template });
    expect(() => new Deployment(wrong as never).validate()).toThrow();
    expect(validateManifest(wrong)).not.toEqual([]);
    const unknownField = deployment({ replicass: 3, selector, template });
    expect(() => new Deployment(unknownField as never).validate()).not.toThrow();
    expect(validateManifest(unknownField)).not.toEqual([]);
  });

  it('checks add-on manifests against their CRD schema: unknown fields, enums, types and required fields', () => {
    const route = (rule: Record<string, unknown>) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'web' }, spec: { rules: [rule] } });
    expect(validateManifest(route({ backendRefs: [{ name: 'web', port: 80, weight: 90 }] }))).toEqual([]);
    expect(validateManifest(route({ backendRefs: [{ name: 'web', port: 80, wieght: 90 }] }))).toEqual([
      expect.objectContaining({ path: 'spec.rules[0].backendRefs[0].wieght', problem: 'unknown-field', suggestions: ['spec.rules[0].backendRefs[0].weight'] }),
    ]);
    expect(validateManifest(route({ matches: [{ path: { type: 'PathPrefx', value: '/' } }] }))).toEqual([
      expect.objectContaining({ path: 'spec.rules[0].matches[0].path.type', problem: 'value-not-allowed', suggestions: ['PathPrefix'] }),
    ]);
    expect(validateManifest(route({ backendRefs: [{ name: 'web', port: '80' }] }))).toEqual([
      expect.objectContaining({ path: 'spec.rules[0].backendRefs[0].port', problem: 'wrong-type', expected: '<integer>' }),
    ]);
    const vpa = { apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', metadata: { name: 'web' }, spec: { updatePolicy: { updateMode: 'Sometimes' } } };
    expect(validateManifest(vpa).map((issue) => [issue.path, issue.problem])).toEqual([
      ['spec.targetRef', 'missing-field'],
      ['spec.updatePolicy.updateMode', 'value-not-allowed'],
    ]);
  });
});
