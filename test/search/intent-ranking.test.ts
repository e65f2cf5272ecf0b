import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/graphql-request.js';
import { seededApp } from '../support/seeded-knowledge.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

interface Hit {
  name: string;
  confidence: number;
  field: { path: string; type: string; description: string | null; kind: string } | null;
  explanation?: {
    score: number;
    terms: { term: string; matched: string[]; weight: number; fields: { field: string; boost: number }[] }[];
    tasks: string[];
    task: { text: string; coverage: number } | null;
    name: { share: number; whole: boolean } | null;
    field: { path: string; clue: string; weight: number } | null;
    confidenceFeatures: Record<string, number>;
  };
}

async function search(q: string, extra: Record<string, string> = {}): Promise<Hit[]> {
  const res = await request(seeded.app).get('/search').query({ q, ...extra }).expect(200);
  return res.body.results as Hit[];
}

describe('GET /search reads what a question asks', () => {
  it('ranks the resource a task needs above the resources the question names', async () => {
    // "pod" and "node" are Pod's and Node's names; the question asks for one Pod per node.
    expect((await search('how do I run a pod on every node'))[0]?.name).toBe('DaemonSet');
    expect((await search('ノードごとに1つずつPodを配置したい'))[0]?.name).toBe('DaemonSet');
  });

  it('takes a name typed as into kubectl for the subject: after a kubectl verb, or a lower-case shortName in Japanese', async () => {
    expect((await search('kubectl get ev sorted by time'))[0]?.name).toBe('Event');
    expect((await search('kubectl describe hpa says unknown for the cpu target'))[0]?.name).toBe('HorizontalPodAutoscaler');
    expect((await search('cjの一覧を見たい'))[0]?.name).toBe('CronJob');
    expect((await search('hpaの設定方法'))[0]?.name).toBe('HorizontalPodAutoscaler');
    // The question's language, not the snippets' asked for, says it is Japanese.
    expect((await search('cjの一覧を見たい', { lang: 'en' }))[0]?.name).toBe('CronJob');
  });

  it('still ranks a resource first when the question is only its name or a typo of it', async () => {
    expect((await search('Pod'))[0]?.name).toBe('Pod');
    expect((await search('deamon set'))[0]?.name).toBe('DaemonSet');
    // A misspelt name of two words: PersistentVolumeClaim's texts say "persistent volume" more often.
    const hits = await search('persistant volume', { explain: 'true' });
    expect(hits[0]?.name).toBe('PersistentVolume');
    expect(hits[0]?.explanation?.name?.whole).toBe(true);
  });

  it('takes "resource" for the word every kind is, not for the names that begin with it', async () => {
    expect((await search('what does the CSINode resource hold'))[0]?.name).toBe('CSINode');
    expect((await search('CSINodeリソースの中身'))[0]?.name).toBe('CSINode');
  });

  it('gives function words no weight: "mean" does not pull in whatever text says "means"', async () => {
    const hits = await search('what does maxSurge mean', { explain: 'true' });
    expect(['Deployment', 'DaemonSet']).toContain(hits[0]?.name);
    const terms = hits[0]?.explanation?.terms.map((t) => t.term) ?? [];
    expect(terms).toContain('maxsurge');
    for (const word of ['what', 'does', 'mean']) expect(terms).not.toContain(word);
  });

  it('meets katakana with the English word it stands for', async () => {
    const hits = await search('ロールバックしたい', { explain: 'true' });
    const matched = hits[0]?.explanation?.terms.flatMap((t) => t.matched) ?? [];
    expect(matched).toContain('rollback');
    // A task written with the English word inside Japanese ("attachされている") meets the katakana one.
    const [top] = await search('ボリュームがどのノードにアタッチされているか知りたい', { explain: 'true' });
    expect(top?.name).toBe('VolumeAttachment');
    expect(top?.explanation?.terms.flatMap((t) => t.matched)).toContain('attach');
  });
});

describe('field questions name the field', () => {
  it('names the field of the top hit\'s kind with its path, type and upstream description', async () => {
    const [top] = await search('what does maxSurge mean');
    expect(top?.field?.kind).toBe(top?.name);
    expect(top?.field?.path).toMatch(/rollingUpdate\.maxSurge$/);
    expect(top?.field?.type).toBeTruthy();
    expect(top?.field?.description).toMatch(/pods/i);
  });

  it('prefers the kind that holds the field itself over the kinds embedding it in a template', async () => {
    const [top] = await search('livenessProbeとは');
    expect(top?.name).toBe('Pod');
    expect(top?.field?.path).toBe('spec.containers.livenessProbe');
  });

  it('finds a field written as separate words', async () => {
    const [top] = await search('how do I configure a readiness probe on a container');
    expect(top?.field?.path).toMatch(/readinessProbe$/);
  });

  it('finds a field said by its last words or without its unit', async () => {
    const [reclaim] = await search('reclaim policy of a persistent volume');
    expect(reclaim?.name).toBe('PersistentVolume');
    expect(reclaim?.field?.path).toBe('spec.persistentVolumeReclaimPolicy');
    const grace = await search('what is the default termination grace period');
    expect(grace.find((h) => h.name === 'Pod')?.field?.path).toBe('spec.terminationGracePeriodSeconds');
  });

  it('reads the longest field name the words say, not a shorter one inside it', async () => {
    const hits = await search('image pull policy default');
    expect(hits.find((h) => h.name === 'Pod')?.field?.path).toBe('spec.containers.imagePullPolicy');
  });

  it('places a field under the parent another clue names', async () => {
    const [top] = await search('what does max unavailable do in a rolling update');
    expect(top?.field?.path).toMatch(/rollingUpdate\.maxUnavailable$/);
  });

  it('names no field when the question holds none', async () => {
    const [top] = await search('what is a PriorityClass');
    expect(top?.name).toBe('PriorityClass');
    expect(top?.field).toBeNull();
  });
});

describe('confidence', () => {
  const questions = ['how do I run a pod on every node', 'what does maxSurge mean', 'ReplicaSetとDeploymentの違い', 'how do I write a cover letter for a job', 'pvc'];

  it('is in [0, 1] on every hit and never rises down the ranking', async () => {
    for (const q of questions) {
      const hits = await search(q);
      for (const hit of hits) expect(hit.confidence, q).toBeGreaterThanOrEqual(0);
      for (const hit of hits) expect(hit.confidence, q).toBeLessThanOrEqual(1);
      for (let i = 1; i < hits.length; i++) expect(hits[i]?.confidence, q).toBeLessThanOrEqual(hits[i - 1]?.confidence ?? 1);
    }
  });

  it('is higher for a question kubedex answers than for one about cover letters', async () => {
    const [answered] = await search('how do I run a pod on every node');
    const [offtopic] = await search('how do I write a cover letter for a job');
    expect(answered?.confidence ?? 0).toBeGreaterThan(offtopic?.confidence ?? 0);
  });

  it('is the same on GraphQL SearchHit.confidence as on REST', async () => {
    const q = 'how do I run a pod on every node';
    const rest = await search(q, { limit: '3' });
    const answer = await graphql<{ search: { resource: { name: string }; confidence: number; field: { path: string } | null }[] }>(
      seeded.app,
      `{ search(q: "${q}", limit: 3) { resource { name } confidence field { path } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search.map((h) => [h.resource.name, h.confidence])).toEqual(rest.map((h) => [h.name, h.confidence]));
  });
});

describe('GET /search?explain=true', () => {
  it('says per hit which terms matched in which texts, the tasks and the confidence features', async () => {
    const [top] = await search('how do I run a pod on every node', { explain: 'true' });
    const explanation = top?.explanation;
    expect(explanation?.score).toBeGreaterThan(0);
    const run = explanation?.terms.find((t) => t.term === 'run');
    expect(run?.fields.map((f) => f.field)).toContain('tasks_en');
    expect(run?.weight).toBeGreaterThan(0);
    expect(explanation?.task?.text).toMatch(/every node/i);
    expect(explanation?.tasks.length).toBeGreaterThan(0);
    expect(Object.keys(explanation?.confidenceFeatures ?? {})).toEqual(expect.arrayContaining(['coverage', 'informed', 'known', 'margin', 'named', 'field', 'task']));
  });

  it('names the field clue behind a field hit', async () => {
    const [top] = await search('what does maxSurge mean', { explain: 'true' });
    expect(top?.explanation?.field?.clue).toBe('maxSurge');
  });

  it('leaves the explanation out unless asked, and rejects a value that is not true or false', async () => {
    const [top] = await search('pod');
    expect(top).not.toHaveProperty('explanation');
    const res = await request(seeded.app).get('/search').query({ q: 'pod', explain: 'yes' }).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['explain']);
  });
});

describe('GET /search ranks the kinds having a field the question names', () => {
  it('puts a kind having the named field above a kind whose texts only match the question\'s other words', async () => {
    // "default" is LimitRange's word; progressDeadlineSeconds is Deployment's field.
    const hits = await search('default progressDeadlineSeconds');
    expect(hits[0]?.name).toBe('Deployment');
    expect(hits[0]?.field?.path).toBe('spec.progressDeadlineSeconds');
    for (const hit of hits) if (hit.name === 'LimitRange') expect(hit.confidence).toBeLessThan(hits[0]?.confidence ?? 0);
  });

  it('answers a field of a kind with the kind itself before its variants', async () => {
    // ClusterIP, ExternalIP and LoadBalancer are variants of Service and share its fields.
    const hits = await search('what does sessionAffinity do');
    expect(hits[0]?.name).toBe('Service');
    expect(hits[0]?.field?.path).toBe('spec.sessionAffinity');
  });
});

describe('GET /search reads a kind spelt as Kubernetes spells it as the subject', () => {
  it('ranks a kind named in CamelCase first in a long version question, above kinds sharing its API group\'s words', async () => {
    // "rbac.authorization" and "Role" pull towards Role; the question is about RoleBinding.
    expect((await search('is the rbac.authorization.k8s.io/v1beta1 RoleBinding still accepted'))[0]?.name).toBe('RoleBinding');
  });
});
