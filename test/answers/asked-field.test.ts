import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAskedField } from '../../src/answers/asked-field.js';
import { searchResources } from '../../src/search/search-resources.js';
import { seededKnowledge, type SeededKnowledge } from '../support/seeded-knowledge.js';

let knowledge: SeededKnowledge;
beforeAll(async () => {
  knowledge = await seededKnowledge();
});
afterAll(() => knowledge.close());

describe('findAskedField', () => {
  it('answers the field the best hit names, as the ranking gives it', () => {
    const snapshot = knowledge.store.snapshot;
    const q = 'how many times does a Job retry';
    const hits = searchResources(snapshot, { q, limit: 3 });
    const job = snapshot.mustResource('Job');
    // The best hit made Job's, naming its field, as the ranking's field index would.
    const named = hits.map((h, i) => (i === 0 ? { ...h, resource: job, field: { path: 'spec.backoffLimit', type: '<integer>', description: '', kind: 'Job' } } : h));
    expect(named.length).toBeGreaterThan(0);
    const field = findAskedField(snapshot, { q, matches: named, lang: 'en', baseUrl: '' });
    expect(field).toMatchObject({ resource: job, path: 'spec.backoffLimit', url: '/resources/workloads/Job/fields/spec.backoffLimit' });
    expect(field?.default).toBeTruthy();
  });

  it('does not take a resource named in the question for its field, whatever the hit says', () => {
    const snapshot = knowledge.store.snapshot;
    const hits = searchResources(snapshot, { q: 'what is a NodePort', limit: 1 });
    const named = hits.map((h) => ({ ...h, resource: snapshot.mustResource('NodePort'), field: { path: 'spec.ports.nodePort', type: '<integer>', description: '', kind: 'Service' } }));
    expect(named.length).toBe(1);
    expect(findAskedField(snapshot, { q: 'what is a NodePort', matches: named, lang: 'en', baseUrl: '' })).toBeNull();
  });

  it('ignores a field the reference cannot explain rather than failing the answer', () => {
    const snapshot = knowledge.store.snapshot;
    const job = snapshot.mustResource('Job');
    const hits = searchResources(snapshot, { q: 'Job', limit: 1 });
    const bogus = hits.map((h) => ({ ...h, resource: job, field: { path: 'spec.noSuchField', type: '<string>', description: '', kind: 'Job' } }));
    expect(findAskedField(snapshot, { q: 'how does it work', matches: bogus, lang: 'en', baseUrl: '' })).toBeNull();
  });
});
