import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long build written as a generator that yields between small units of work, so that one code
 * path can run at once (runToEnd) or spread over the event loop (runInSlices) and answer requests
 * between two slices: the search index takes seconds at 50,000 resources.
 */
export type BuildSteps<T> = Generator<void, T, void>;

/** Units of work (array entries, terms) between two yields of a loop over millions of them. */
export const STEP = 1 << 15;

/** Runs every step now and returns what the build made. */
export function runToEnd<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, letting the event loop run before each slice: what
 * came before (a database read on a synchronous driver is one chain of microtasks) and the first
 * slice are never one stall.
 */
export async function runInSlices<T>(steps: BuildSteps<T>, sliceMs = 8): Promise<T> {
  for (;;) {
    await letReadsRun();
    const until = performance.now() + sliceMs;
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (performance.now() < until);
  }
}

/** Lets the event loop run what is queued (reads, timers, I/O) before going on. */
export function letReadsRun(): Promise<void> {
  return nextTurn();
}
