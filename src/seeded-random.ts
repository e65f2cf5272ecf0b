/**
 * A seeded PRNG (mulberry32, public domain): the same numbers in [0, 1) for the same seed on every
 * machine, where Math.random cannot be seeded. The evaluation split and the bench's synthetic data use it.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
