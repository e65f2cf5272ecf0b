import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, type BuildSteps } from '../../src/search/build-steps.js';

// Steps that each take `ms` of busy CPU and record which callbacks ran before them.
function* busySteps(count: number, ms: number, seen: string[], log: string[]): BuildSteps<number> {
  for (let i = 0; i < count; i++) {
    log.push(`step ${i} after [${seen.join(',')}]`);
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield;
  }
  return count;
}

describe('a long build run in slices', () => {
  it('lets what is already queued run before its first slice (a read queued behind a database read is not held for a slice more)', async () => {
    const seen: string[] = [];
    const log: string[] = [];
    setImmediate(() => seen.push('queued read'));
    await runInSlices(busySteps(1, 1, seen, log));
    expect(log[0]).toBe('step 0 after [queued read]');
  });

  it('lets timers run between slices, and returns what the steps made', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      // 30 steps of 2 ms in slices of 8 ms: the event loop turns at least every 4 steps.
      expect(await runInSlices(busySteps(30, 2, [], []), 8)).toBe(30);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(runToEnd(busySteps(3, 0, [], []))).toBe(3);
  });
});
