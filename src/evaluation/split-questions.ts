import { seededRandom } from '../seeded-random.js';
import type { EvalQuestion } from './eval-question.js';

/** The rule splitQuestions follows, recorded beside the seed in both halves. */
export const SPLIT_RULE =
  'per (type, lang) stratum: ids sorted, shuffled by mulberry32(seed), first half to dev; an odd stratum’s last question goes to dev and test in turn';

/**
 * Splits the set into a development and a test half of equal size, stratified by type and
 * language, the same way every time for the same seed and questions (so the committed split can
 * be checked: re-splitting the union of both halves gives them back).
 */
export function splitQuestions<Q extends Pick<EvalQuestion, 'id' | 'type' | 'lang'>>(questions: readonly Q[], seed: number): { dev: Q[]; test: Q[] } {
  const random = seededRandom(seed);
  const strata = new Map<string, Q[]>();
  for (const question of [...questions].sort((a, b) => compare(a.id, b.id))) {
    const key = `${question.type}/${question.lang}`;
    strata.set(key, [...(strata.get(key) ?? []), question]);
  }
  const dev: Q[] = [];
  const test: Q[] = [];
  let oddGoesToDev = true;
  for (const key of [...strata.keys()].sort(compare)) {
    const stratum = shuffle(strata.get(key) ?? [], random);
    const half = Math.floor(stratum.length / 2);
    dev.push(...stratum.slice(0, half));
    test.push(...stratum.slice(half, 2 * half));
    if (stratum.length % 2 === 1) {
      (oddGoesToDev ? dev : test).push(stratum[stratum.length - 1]!);
      oddGoesToDev = !oddGoesToDev;
    }
  }
  const byId = (a: Q, b: Q) => compare(a.id, b.id);
  return { dev: dev.sort(byId), test: test.sort(byId) };
}

// Code-unit order, not the locale's: the split must not depend on the machine it runs on.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
