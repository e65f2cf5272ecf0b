import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFactValue } from '../../src/knowledge/format-fact-value.js';
import type { Comparison, Resource } from '../../src/knowledge/knowledge-types.js';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

const ask = async (q: string) => (await request(seeded.app).get('/ask').query({ q }).expect(200)).body;
const resource = (name: string) => seeded.store.snapshot.mustResource(name);
const METADATA = new Set(['category', 'apiVersion', 'kind', 'namespaced', 'shortNames', 'variant', 'status']);

/** A stored comparison of a resource with what another manages: the data a generated comparison must draw on. */
function storedThroughChild(a: string, b: string): { comparison: Comparison; child: string } {
  const children = seeded.store.snapshot.children(b, 1).map((s) => s.resource.name);
  for (const comparison of seeded.store.snapshot.comparisons)
    for (const child of children) if (comparison.resources.length === 2 && comparison.resources.includes(a) && comparison.resources.includes(child)) return { comparison, child };
  throw new Error(`no stored comparison of ${a} with a child of ${b}`);
}

/** Texts of a resource whose English differs from its Japanese: none may show in a Japanese answer. */
function englishTexts(r: Resource): string[] {
  const texts = [r.text.en.summary, ...r.tasks.map((t) => t.en)];
  for (const f of r.facts) {
    const en = formatFactValue(f.text.en.value, 'en');
    if (en !== formatFactValue(f.text.ja.value, 'ja') && en.length > 12) texts.push(en);
  }
  return texts;
}

describe('GET /ask: comparisons', () => {
  it('compares DaemonSet and Deployment, which no stored comparison covers, by per-node placement against N replicas, in Japanese only', async () => {
    const body = await ask('DaemonSetとDeploymentの違いは?');
    expect(body.comparison).toMatchObject({ slug: null, resources: ['DaemonSet', 'Deployment'], verdict: null });
    // The telling rows come first; metadata alone never answers.
    expect(body.comparison.aspects.slice(0, 4).map((a: { key: string }) => a.key).filter((k: string) => METADATA.has(k))).toEqual([]);
    const { comparison, child } = storedThroughChild('DaemonSet', 'Deployment');
    const placement = comparison.aspects[0];
    expect(placement).toBeDefined();
    expect(body.answer).toContain(placement?.cells.DaemonSet?.ja);
    expect(body.answer).toContain(placement?.cells[child]?.ja);
    expect(body.answer).toContain(resource('DaemonSet').tasks[0]?.ja);
    for (const name of ['DaemonSet', 'Deployment', child]) for (const text of englishTexts(resource(name))) expect(body.answer).not.toContain(text);
    for (const aspect of comparison.aspects) for (const cell of Object.values(aspect.cells)) expect(body.answer).not.toContain(cell.en);
  });

  it('compares them in English from the same data', async () => {
    const body = await ask('difference between DaemonSet and Deployment');
    expect(body.lang).toBe('en');
    const { comparison, child } = storedThroughChild('DaemonSet', 'Deployment');
    expect(body.answer).toContain(comparison.aspects[0]?.cells.DaemonSet?.en);
    expect(body.answer).toContain(`(as its ${child}) ${comparison.aspects[0]?.cells[child]?.en}`);
  });

  it('keeps every text of a generated Japanese comparison Japanese', async () => {
    for (const [a, b] of [['CronJob', 'DaemonSet'], ['ConfigMap', 'PersistentVolumeClaim'], ['Pod', 'Node']] as const) {
      const body = await ask(`${a}と${b}の違い`);
      expect(body.comparison.resources).toEqual([a, b]);
      for (const name of [a, b]) for (const text of englishTexts(resource(name))) expect(body.answer).not.toContain(text);
      expect(body.answer).not.toMatch(/\b(?:stable|workloads|yes|no)\b/);
    }
  });

  it('reads verb forms and preferences as comparisons too', async () => {
    for (const [q, a, b] of [
      ['RoleとClusterRoleはどう違う?', 'Role', 'ClusterRole'],
      ['should I use a StatefulSet instead of a Deployment for my database', 'StatefulSet', 'Deployment'],
      ['is a Deployment better than a StatefulSet', 'Deployment', 'StatefulSet'],
    ] as const) {
      const body = await ask(q);
      const stored = seeded.store.snapshot.comparisonCovering([a, b]);
      expect(body.comparison?.slug, q).toBe(stored?.slug);
    }
    // A choice between two kinds, stored comparison or not, compares them.
    for (const [q, a, b] of [
      ['for my controller’s leader election, should I lock on a Lease or a ConfigMap?', 'Lease', 'ConfigMap'],
      ['should we run the agent as a DaemonSet or a Deployment', 'DaemonSet', 'Deployment'],
    ] as const) {
      const body = await ask(q);
      expect(body.comparison?.resources, q).toEqual(expect.arrayContaining([a, b]));
    }
    expect((await ask('間違って削除したDeploymentを元に戻したい')).comparison).toBeNull();
  });

  it('answers how named kinds relate with a comparison of them, and never relates kinds a task only names', async () => {
    for (const [q, names] of [
      ['RoleとRoleBindingとClusterRoleはそれぞれ何をするもの?関係を教えて', ['Role', 'RoleBinding', 'ClusterRole']],
      ['how do a Deployment and a ReplicaSet relate', ['Deployment', 'ReplicaSet']],
    ] as const) {
      const body = await ask(q);
      expect(body.comparison?.resources, q).toEqual(expect.arrayContaining([...names]));
    }
    expect((await ask('Serviceに関連するPodを一覧したい')).comparison).toBeNull();
    expect((await ask('各ノードにそれぞれPodを1つずつ置きたい')).comparison).toBeNull();
    // A relation question naming one kind is no comparison with whatever ranks next.
    expect((await ask('Deploymentとの関係を教えて')).comparison).toBeNull();
  });

  it('resolves the Gateway API to its kinds and uses the stored comparison, in either language', async () => {
    const stored = seeded.store.snapshot.comparisons.find((c) => c.resources.includes('Ingress') && c.resources.includes('Gateway'));
    expect(stored).toBeDefined();
    for (const q of ['Gateway API vs Ingress', 'Gateway APIとIngressの違いは?', 'Ingress or the Gateway API: which should I use?']) {
      const body = await ask(q);
      expect(body.comparison.slug).toBe(stored?.slug);
      expect([...body.comparison.resources].sort()).toEqual([...(stored?.resources ?? [])].sort());
      const variants = seeded.store.snapshot.variants('Ingress').map((r) => r.name);
      for (const v of variants) expect(body.comparison.resources).not.toContain(v);
      expect(body.comparison.verdict).toBe(stored?.text[body.lang as 'ja' | 'en'].verdict);
    }
  });
});
