import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { searchIndexOf } from '../../src/search/search-index.js';
import { searchResources } from '../../src/search/search-resources.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

const top = (q: string, options: { category?: string; lang?: 'ja' | 'en' } = {}) => searchResources(knowledge.store.snapshot, { q, ...options }).map((h) => h.resource.name);

describe('searchResources', () => {
  it('finds DaemonSet from a Japanese sentence without spaces', () => {
    expect(top('ノードごとに1つずつPodを配置したい').slice(0, 3)).toContain('DaemonSet');
  });

  it('tolerates misspellings', () => {
    expect(top('deamonset')[0]).toBe('DaemonSet');
    expect(top('statefullset')[0]).toBe('StatefulSet');
    expect(top('configmpa')[0]).toBe('ConfigMap');
  });

  it('ranks the resource a shortName or alias names first', () => {
    expect(top('pvc')[0]).toBe('PersistentVolumeClaim');
    expect(top('ds')[0]).toBe('DaemonSet');
    expect(top('デーモンセット')[0]).toBe('DaemonSet');
  });

  it('matches English word forms through stemming and prefixes', () => {
    expect(top('deployments rollback')[0]).toBe('Deployment');
  });

  it('limits hits to a category, by slug or alias', () => {
    const hits = top('Pod', { category: 'ConfigMap&Storage' });
    expect(hits.length).toBeGreaterThan(0);
    for (const name of hits) expect(knowledge.store.snapshot.lists('config-storage', knowledge.store.snapshot.resource(name)!)).toBe(true);
  });

  it('rejects an unknown category naming the parameter', () => {
    expect(() => top('pod', { category: 'nope' })).toThrow(AppError);
    try {
      top('pod', { category: 'nope' });
    } catch (error) {
      expect((error as AppError).issues[0]?.path).toBe('category');
    }
  });

  it('highlights the matching words of the snippet in the requested language', () => {
    const [hit] = searchResources(knowledge.store.snapshot, { q: 'node', lang: 'ja', limit: 1 });
    expect(hit?.snippet.highlighted).toMatch(/<mark>/);
    const [en] = searchResources(knowledge.store.snapshot, { q: 'ノード', lang: 'en', limit: 1 });
    expect(en?.snippet.text).not.toMatch(/[ぁ-ん]/);
  });

  it('escapes HTML in highlighted snippets', () => {
    const hits = searchResources(knowledge.store.snapshot, { q: 'node port <node-ip>', limit: 5 });
    for (const h of hits) expect(h.snippet.highlighted.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('builds the index once per snapshot', () => {
    const snapshot = knowledge.store.snapshot;
    expect(searchIndexOf(snapshot)).toBe(searchIndexOf(snapshot));
  });
});
