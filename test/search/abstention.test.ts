import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { useMcpOverHttp } from '../support/mcp-over-http.js';

let seeded: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  seeded = await seededApp();
});
afterAll(() => seeded.close());

interface AskBody {
  lang: string;
  answer: string;
  declined: boolean;
  matches: { name: string; confidence: number }[];
  closestTopics: { name: string; displayName: string; href: string }[];
  citations: { resource: string }[];
}

async function ask(q: string): Promise<AskBody> {
  return (await request(seeded.app).get('/ask').query({ q }).expect(200)).body as AskBody;
}

describe('GET /ask declines what the knowledge does not cover', () => {
  it('answers an English off-topic question with no matches, a plain "not covered" and the closest topics', async () => {
    const body = await ask('how do I write a cover letter for a job');
    expect(body.declined).toBe(true);
    expect(body.matches).toEqual([]);
    expect(body.lang).toBe('en');
    expect(body.answer).toMatch(/kubedex does not cover this question/);
    expect(body.closestTopics.length).toBeGreaterThan(0);
    for (const topic of body.closestTopics) expect(body.answer).toContain(topic.displayName);
    expect(body.citations.map((c) => c.resource)).toEqual(body.closestTopics.map((t) => t.name));
  });

  it('declines in Japanese when asked in Japanese', async () => {
    const body = await ask('美味しいカレーの作り方を知りたい');
    expect(body.declined).toBe(true);
    expect(body.matches).toEqual([]);
    expect(body.lang).toBe('ja');
    expect(body.answer).toMatch(/kubedexの知識の範囲外です/);
    expect(body.answer).toMatch(/近い話題/);
    expect(body.closestTopics.length).toBeGreaterThan(0);
  });

  it('says so plainly when nothing comes close at all', async () => {
    const body = await ask('what is the capital of France');
    expect(body.declined).toBe(true);
    expect(body.closestTopics).toEqual([]);
    expect(body.answer).toMatch(/Nothing it covers comes close/);
  });

  it('answers a question it covers, with a confidence on every match', async () => {
    const body = await ask('how do I run a pod on every node');
    expect(body.declined).toBe(false);
    expect(body.closestTopics).toEqual([]);
    expect(body.matches[0]?.name).toBe('DaemonSet');
    for (const m of body.matches) expect(m.confidence).toBeGreaterThan(0);
  });
});

describe('GET /ask tells "about Kubernetes" from "shares some words with it"', () => {
  it('declines a question about another product even when its other words are ones the knowledge uses', async () => {
    // 設定ファイル, サーバー and 配布 all occur in the knowledge; Ansible, WordPress and Apache do not.
    for (const q of ['Ansibleでサーバーの設定ファイルを配布したい', 'WordPressのプラグインを更新したい', 'how do I configure Apache virtual hosts on my server']) {
      const body = await ask(q);
      expect({ q, declined: body.declined, matches: body.matches }).toEqual({ q, declined: true, matches: [] });
    }
  });

  it('gives a hit lower confidence when the question holds a product name the knowledge never speaks of', async () => {
    const hits = (q: string) => request(seeded.app).get('/search').query({ q, explain: 'true' }).expect(200);
    const plain = (await hits('サーバーの設定ファイルを配布したい')).body.results[0];
    const foreign = (await hits('Ansibleでサーバーの設定ファイルを配布したい')).body.results[0];
    expect(foreign.explanation.confidenceFeatures.foreign).toBe(1);
    expect(plain.explanation.confidenceFeatures.foreign).toBe(0);
    expect(foreign.confidence).toBeLessThan(plain.confidence);
  });

  it('counts no quantity, time or acronym plural as a word the knowledge does not speak of', async () => {
    for (const q of ['scale to 10 replicas at 2am', 'which IPs do my PVCs and pods have']) {
      const [top] = (await request(seeded.app).get('/search').query({ q, explain: 'true' }).expect(200)).body.results;
      expect({ q, strange: top.explanation.confidenceFeatures.strange, foreign: top.explanation.confidenceFeatures.foreign }).toEqual({ q, strange: 0, foreign: 0 });
    }
  });

  it('still answers plain-words task questions and field names it knows', async () => {
    const task = await ask('keep my web app running with three copies');
    expect(task.declined).toBe(false);
    expect(task.matches[0]?.name).toBe('Deployment');
    const field = await ask('activeDeadlineSecondsとは');
    expect(field.declined).toBe(false);
  });
});

describe('GET /ask declines a question about another product asked in Kubernetes words', () => {
  it('declines Docker Swarm and Nomad questions whose other words all match Kubernetes texts, and names the product', async () => {
    for (const [q, product] of [
      ['docker swarm scale a service to 5 replicas', 'Docker Swarm'],
      ['write a Nomad job spec for a batch task', 'Nomad'],
      ['consul intentions to allow traffic from one service to another', 'Consul'],
      ['systemctlでサービスを再起動したい', 'systemd'],
    ] as const) {
      const body = await ask(q);
      expect({ q, declined: body.declined, matches: body.matches }).toEqual({ q, declined: true, matches: [] });
      expect(body.answer).toContain(product);
      const [top] = (await request(seeded.app).get('/search').query({ q, explain: 'true' }).expect(200)).body.results;
      expect(top.explanation.otherProduct).toBe(product);
    }
  });

  it('answers when the question places the product in Kubernetes (a pod, kubectl, a compound kind name)', async () => {
    for (const q of ['pull a docker image from a private registry into my pods', 'kubectl says my docker image cannot be pulled', 'put my docker-compose environment variables in a configmap']) {
      const body = await ask(q);
      expect({ q, declined: body.declined }).toEqual({ q, declined: false });
      const [top] = (await request(seeded.app).get('/search').query({ q, explain: 'true' }).expect(200)).body.results;
      expect(top.explanation.otherProduct).toBeNull();
    }
  });

  it('takes an acronym of a few capitals (VMs, GPU) for a common noun, not another product', async () => {
    const [top] = (await request(seeded.app).get('/search').query({ q: 'point a service at three VMs outside the cluster', explain: 'true' }).expect(200)).body.results;
    expect(top.explanation.confidenceFeatures.foreign).toBe(0);
    expect((await ask('point a service at three VMs outside the cluster')).declined).toBe(false);
  });

  it('weighs neither "kubernetes" nor how the answer should be put ("in plain words")', async () => {
    const body = await ask('what is a kubernetes Job, in plain words');
    expect(body.declined).toBe(false);
    expect(body.matches[0]?.name).toBe('Job');
  });
});

describe('GET /ask never declines a question naming what only Kubernetes has', () => {
  it('answers a question naming a field as Kubernetes spells it, with that field, though its other words are unknown', async () => {
    // The same question without the field is declined: the field name is what makes it answerable.
    expect((await ask('why does my Jenkins build ignore its cache')).declined).toBe(true);
    const body = await ask('why does my Jenkins build ignore imagePullSecrets');
    expect(body.declined).toBe(false);
    expect(body.matches.length).toBeGreaterThan(0);
  });

  it('answers a question naming a kind by its CamelCase name, and still declines the same words naming none', async () => {
    expect((await ask('my Jenkins plugin broke the PodDisruptionBudget')).declined).toBe(false);
    expect((await ask('my Jenkins plugin broke the build')).declined).toBe(true);
  });

  it('answers a question holding a status reason only Kubernetes prints, pasted from kubectl', async () => {
    expect((await ask('after the Jenkins upgrade the agent shows an error')).declined).toBe(true);
    for (const reason of ['ImagePullBackOff', 'CrashLoopBackOff', 'ContainerCreating'])
      expect((await ask(`after the Jenkins upgrade the agent shows ${reason}`)).declined, reason).toBe(false);
  });

  it('answers a Japanese question writing a kind in Latin letters as Kubernetes does, unless it asks about another product', async () => {
    const body = await ask('Serviceに繋がらないのでtcpdumpで見たらRSTが返ってくる');
    expect(body.declined).toBe(false);
    expect(body.matches.map((m) => m.name)).toContain('Service');
    expect((await ask('サーバーに繋がらないのでtcpdumpで見たらRSTが返ってくる')).declined).toBe(true);
    const iam = await ask('AWSのIAM Roleに権限を足したい');
    expect(iam.declined).toBe(true);
    expect(iam.answer).toContain('AWS');
  });
});

describe('MCP ask and search_resources', () => {
  const mcp = useMcpOverHttp();

  it('ask declines off-topic with matches [] and the closest topics, like /ask', async () => {
    const result = await mcp.client.callTool({ name: 'ask', arguments: { q: 'how do I write a cover letter for a job' } });
    const out = result.structuredContent as { declined: boolean; matches: unknown[]; closestTopics: { name: string }[]; answer: string };
    expect(out.declined).toBe(true);
    expect(out.matches).toEqual([]);
    expect(out.closestTopics.length).toBeGreaterThan(0);
    expect(out.answer).toMatch(/does not cover/);
  });

  it('search_resources gives each hit the same confidence and field as REST /search', async () => {
    const q = 'what does maxSurge mean';
    const result = await mcp.client.callTool({ name: 'search_resources', arguments: { q, limit: 3 } });
    const out = result.structuredContent as { results: { name: string; confidence: number; field: { path: string } | null }[] };
    const rest = (await request(mcp.seeded.app).get('/search').query({ q, limit: 3 }).expect(200)).body.results as { name: string; confidence: number; field: { path: string } | null }[];
    expect(out.results.map((h) => [h.name, h.confidence, h.field?.path ?? null])).toEqual(rest.map((h) => [h.name, h.confidence, h.field?.path ?? null]));
    expect(out.results[0]?.field?.path).toMatch(/maxSurge$/);
  });
});
