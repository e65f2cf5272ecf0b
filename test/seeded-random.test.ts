import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/seeded-random.js';

describe('seededRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 1000 }, () => random());
    };
    const once = draw(20261202);
    expect(draw(20261202)).toEqual(once);
    expect(draw(20261203)).not.toEqual(once);
    expect(once.every((x) => x >= 0 && x < 1)).toBe(true);
    // Spread over the range, not stuck in a corner of it.
    expect(once.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(once.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});
