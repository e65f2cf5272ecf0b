import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/evaluation/wilson-interval.js';

describe('wilsonInterval', () => {
  it('gives the 95 % Wilson score interval, narrower with more questions', () => {
    const half = wilsonInterval({ hits: 50, total: 100 })!;
    expect(half.low).toBeCloseTo(0.4038, 3);
    expect(half.high).toBeCloseTo(0.5962, 3);
    const more = wilsonInterval({ hits: 500, total: 1000 })!;
    expect(more.high - more.low).toBeLessThan(half.high - half.low);
  });

  it('stays inside [0, 1] at the edges and is absent for 0 of 0', () => {
    expect(wilsonInterval({ hits: 0, total: 10 })).toEqual({ low: 0, high: expect.closeTo(0.2775, 3) });
    expect(wilsonInterval({ hits: 10, total: 10 })!.high).toBe(1);
    expect(wilsonInterval({ hits: 0, total: 0 })).toBeNull();
  });
});
