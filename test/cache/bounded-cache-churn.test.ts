import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache/bounded-cache.js';

describe('BoundedCache once full', () => {
  it('evicts oldest first, in the order entries were kept, through a long stream of new keys', () => {
    const cache = new BoundedCache<number>({ maxBytes: 100_000, sizeOf: () => 8, refreshOnHit: true });
    const kept = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      cache.set(`key${i}`, i);
      if (i % 7 === 0) cache.get(`key${i - 500}`); // refreshed: kept past its age
    }
    for (let i = 0; i < 20_000; i++) if (cache.get(`key${i}`) !== undefined) kept.add(`key${i}`);
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(kept.has('key19999')).toBe(true);
    expect(kept.has('key0')).toBe(false);
    expect(kept.size).toBe(cache.size);
  });

  it('keeps a set cheap: 600,000 distinct keys through a 16 MiB cache, each 200,000 in well under two seconds', () => {
    const cache = new BoundedCache<string[]>({ maxBytes: 16 * 1024 * 1024, sizeOf: () => 40, refreshOnHit: false });
    let slowest = 0;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      for (let i = 0; i < 200_000; i++) cache.set(`k${round}-${i}`, ['a']);
      slowest = Math.max(slowest, performance.now() - started);
    }
    // Walking the evicted entries' holes from the Map's start on every set took seconds here.
    expect(slowest).toBeLessThan(2000);
    expect(cache.bytes).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
