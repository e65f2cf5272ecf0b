import { describe, expect, it } from 'vitest';
import { runToEnd, type BuildSteps } from '../../src/search/build-steps.js';
import { copyMapSteps, forEachInSteps, MAP_STEP, mapOfSteps } from '../../src/search/map-steps.js';

// Runs the steps and counts the yields between them.
function stepsOf<T>(steps: BuildSteps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

const size = 3 * MAP_STEP + 5;

describe('maps of every resource built in steps', () => {
  it('copies every entry of a map in its order, a step per MAP_STEP entries, and leaves the source as it was', () => {
    const source = new Map(Array.from({ length: size }, (_, i) => [`key${(i * 7919) % size}`, { i }] as const));
    const { value: copy, yields } = stepsOf(copyMapSteps(source));
    expect([...copy]).toEqual([...source]);
    expect(copy).not.toBe(source);
    expect(copy.get('key0')).toBe(source.get('key0'));
    expect(yields).toBe(3);
    expect(source.size).toBe(size);
  });

  it('maps items by key to value as new Map(items.map(...)) does, later duplicates winning, in steps', () => {
    const items = Array.from({ length: size }, (_, i) => ({ id: i % (size - 2), name: `r${i}` }));
    const { value: map, yields } = stepsOf(mapOfSteps(items, (r) => r.id, (r, i) => `${r.name}@${i}`));
    expect([...map]).toEqual([...new Map(items.map((r, i) => [r.id, `${r.name}@${i}`]))]);
    expect(yields).toBe(3);
    expect(runToEnd(mapOfSteps([], (x: number) => x, (x) => x)).size).toBe(0);
    expect(runToEnd(copyMapSteps(new Map())).size).toBe(0);
  });

  it('calls a function on every item in order with its index, perStep items per step, yielding between steps only', () => {
    const items = Array.from({ length: 10 }, (_, i) => `item${i}`);
    const seen: string[] = [];
    const { yields } = stepsOf(forEachInSteps(items, 4, (item, i) => seen.push(`${i}:${item}`)));
    expect(seen).toEqual(items.map((item, i) => `${i}:${item}`));
    expect(yields).toBe(2);
    expect(stepsOf(forEachInSteps(items, 5, () => undefined)).yields).toBe(1);
    expect(stepsOf(forEachInSteps([], 4, () => undefined)).yields).toBe(0);
  });
});
