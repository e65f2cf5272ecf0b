import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('GET /resources/:category/:name serves the reviewed knowledge', () => {
  it('answers what people want to do with the resource, in the asked language', async () => {
    const ja = await t.api.get('/resources/workloads/DaemonSet?lang=ja').expect(200);
    expect(ja.body.tasks).toContain('すべてのノードでPodを1つずつ動かしたい');
    const en = await t.api.get('/resources/cluster/Role?lang=en').expect(200);
    expect(en.body.tasks).toContain('give a Pod permission to read Secrets in its namespace');
  });

  it('answers a prose fact in Japanese when Japanese is asked for', async () => {
    const res = await t.api.get('/resources/workloads/Deployment?lang=ja').expect(200);
    const steps = res.body.facts.find((f: { key: string }) => f.key === 'rolloutSteps');
    expect(steps.value[0]).toBe('新しいReplicaSetを作る');
    const en = await t.api.get('/resources/workloads/Deployment?lang=en').expect(200);
    expect(en.body.facts.find((f: { key: string }) => f.key === 'rolloutSteps').value[0]).toBe('create a new ReplicaSet');
  });

  it('answers the corrected ResourceQuota scopes', async () => {
    const res = await t.api.get('/resources/cluster/ResourceQuota?lang=en').expect(200);
    expect(res.body.facts.find((f: { key: string }) => f.key === 'scopes').value).toHaveLength(7);
  });
});
