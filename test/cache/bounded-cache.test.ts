import { describe, expect, it } from 'vitest';
import { BoundedCache, stringBytes } from '../../src/cache/bounded-cache.js';

const sized = (maxBytes: number, refreshOnHit = true) => new BoundedCache<string>({ maxBytes, sizeOf: stringBytes, refreshOnHit });

describe('BoundedCache', () => {
  it('drops the least recently used entry when the bytes run out', () => {
    const cache = sized(3_400); // ten entries of 330 bytes (100 characters, key and overhead)
    for (const key of 'abcdefghij') cache.set(key, key.repeat(100));
    expect(cache.get('a')).toBeDefined(); // now b is the oldest
    cache.set('k', 'k'.repeat(100));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('k')).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(3_400);
  });

  it('never holds more than its budget however many distinct keys arrive', () => {
    const cache = sized(50_000);
    for (let i = 0; i < 10_000; i++) cache.set(`key-${i}-${'x'.repeat(i % 300)}`, 'v'.repeat(i % 400));
    expect(cache.bytes).toBeLessThanOrEqual(50_000);
    expect(cache.size).toBeGreaterThan(10);
  });

  it('keeps no single value larger than a tenth of the budget', () => {
    const cache = sized(10_000);
    cache.set('small', 'ok');
    cache.set('huge', 'x'.repeat(1_000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBe('ok');
  });

  it('evicts in insertion order when hits do not refresh', () => {
    const cache = sized(3_400, false);
    for (const key of 'abcdefghij') cache.set(key, key.repeat(100));
    cache.get('a');
    cache.set('k', 'k'.repeat(100));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });

  it('charges a replaced key once', () => {
    const cache = sized(10_000);
    cache.set('k', 'x'.repeat(100));
    const once = cache.bytes;
    cache.set('k', 'x'.repeat(100));
    expect(cache.bytes).toBe(once);
  });
});
