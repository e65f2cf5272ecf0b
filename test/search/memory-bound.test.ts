import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../rest/seeded-rest.js';

const t = useSeededApi();

// gc() without restarting the test worker with --expose-gc: the flag can be set at run time, and a new context sees it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** 500 random CJK ideographs: one long run, or short runs split by spaces (the shape the run cache keeps). */
function kanjiQuery(seed: number, shortRuns: boolean): string {
  let state = seed * 2654435761;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0);
  let text = '';
  while (text.length < 500) {
    text += String.fromCodePoint(0x4e00 + (next() % 0x5000));
    if (shortRuns && next() % 12 === 0) text += ' ';
  }
  return text;
}

const MB = 1024 * 1024;

describe('memory under distinct queries', () => {
  it('keeps the heap within a small bound after thousands of distinct long kanji queries to /search and /ask', async () => {
    const send = async (from: number, count: number) => {
      for (let i = from; i < from + count; i++) {
        const q = encodeURIComponent(kanjiQuery(i, i % 4 === 0));
        await t.api.get(`/${i % 3 === 0 ? 'ask' : 'search'}?q=${q}`).expect(200);
      }
    };
    await send(0, 100); // warm up: modules, JIT, the first cache entries
    const before = heapAfterGc();
    await send(100, 1_200);
    const grown = heapAfterGc() - before;
    // A quarter of the queries are short runs, which the tokenizer's run cache keeps (within its
    // 16 MiB budget); long runs are not kept. Before the cache was bounded in bytes, each of these
    // queries kept about 15 KB (some 18 MB here).
    expect(grown).toBeLessThan(10 * MB);
  }, 240_000);
});
