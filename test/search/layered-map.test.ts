import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/search/build-steps.js';
import { LayeredMap } from '../../src/search/layered-map.js';

// A small deterministic generator (xorshift), so that a failure names its seed.
function randomOf(seed: number): (below: number) => number {
  let x = seed || 1;
  return (below) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % below;
  };
}

// Everything a reader of the map can see, in its order.
function seen<K, V>(map: ReadonlyMap<K, V>, keys: readonly K[]): unknown {
  return { entries: [...map], keys: [...map.keys()], values: [...map.values()], size: map.size, get: keys.map((k) => [map.get(k), map.has(k)]) };
}

describe('LayeredMap', () => {
  it('reads as the base it is laid over, and never changes that base', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const map = LayeredMap.from(base);
    expect(seen(map, ['a', 'b', 'c', 'x'])).toEqual(seen(base, ['a', 'b', 'c', 'x']));
    map.set('b', 20).set('x', 9);
    expect(map.delete('a')).toBe(true);
    expect(map.delete('a')).toBe(false);
    expect(map.delete('nope')).toBe(false);
    map.set('c', 30);
    expect(map.delete('c')).toBe(true);
    expect([...map]).toEqual([
      ['b', 20],
      ['x', 9],
    ]);
    // What the next map copies: b's value, a and c deleted, x added; c's value set before its delete is not kept.
    expect(map.layered()).toBe(4);
    expect([...base]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('keeps the place of a key set again, puts a key deleted and set again last, as Map does', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const copy = new Map(base);
    const map = LayeredMap.from(base);
    for (const m of [copy, map]) {
      m.set('a', 10);
      m.delete('b');
      m.set('d', 4);
      m.set('b', 20);
      m.set('d', 40);
      m.delete('c');
      m.set('c', 30);
      m.delete('d');
    }
    expect([...map]).toEqual([...copy]);
    expect([...map]).toEqual([
      ['a', 10],
      ['b', 20],
      ['c', 30],
    ]);
    const visited: [string, number][] = [];
    map.forEach((v, k) => visited.push([k, v]));
    expect(visited).toEqual([...copy]);
  });

  it('equals a copy changed by the same calls over many writes, each derived from the last, with folds on the way', () => {
    for (const seed of [1, 7, 42, 2026]) {
      const random = randomOf(seed);
      const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
      let copy = new Map(keys.slice(0, 25).map((k, i) => [k, i]));
      let map: LayeredMap<string, number> = LayeredMap.from(new Map(copy));
      let folds = 0;
      const snapshots: [ReadonlyMap<string, number>, unknown][] = [];
      for (let write = 0; write < 60; write++) {
        // Each write derives from the previous map, as a snapshot's from the one before; a small bound makes it fold often.
        const steps = LayeredMap.fromSteps(map, 12);
        const before = map;
        map = runToEnd(steps);
        if (before.layered() > 12) {
          folds++;
          expect(map.layered()).toBe(0);
        }
        copy = new Map(copy);
        for (let op = 0; op < 1 + random(5); op++) {
          const key = keys[random(keys.length)] as string;
          if (random(3) === 0) expect(map.delete(key)).toBe(copy.delete(key));
          else {
            const value = random(1000);
            map.set(key, value);
            copy.set(key, value);
          }
        }
        expect(seen(map, keys), `seed ${seed}, write ${write}`).toEqual(seen(copy, keys));
        snapshots.push([map, seen(copy, keys)]);
      }
      expect(folds).toBeGreaterThan(0);
      // No write changed a map an earlier write derived from.
      for (const [old, expected] of snapshots) expect(seen(old, keys)).toEqual(expected);
    }
  });

  it('folds in steps into a base that iterates in the same order', () => {
    const base = new Map(Array.from({ length: 20_000 }, (_, i) => [i, `v${i}`]));
    const map = LayeredMap.from(base);
    map.delete(5);
    map.set(5, 'again');
    map.set(7, 'seven');
    const steps = LayeredMap.fromSteps(map, 1);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(0);
    expect([...next.value]).toEqual([...map]);
    expect(next.value.layered()).toBe(0);
    expect(next.value.get(5)).toBe('again');
    expect(runToEnd(LayeredMap.fromSteps(map)).layered()).toBe(map.layered());
  });
});
