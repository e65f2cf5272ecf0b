/**
 * An event-loop lag monitor: a timer that should fire every millisecond records the longest gap
 * between two of its turns (a read arriving in that gap waits as long).
 */
export interface LagMonitor {
  /** The longest gap since the start or the last reset, the gap still open included. */
  longestMs: () => number;
  reset: () => void;
  stop: () => void;
}

export function startLagMonitor(): LagMonitor {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    longestMs: () => Math.max(longest, performance.now() - last),
    reset: () => {
      longest = 0;
      last = performance.now();
    },
    stop: () => clearInterval(timer),
  };
}
