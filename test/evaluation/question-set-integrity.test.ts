import { describe, expect, it } from 'vitest';
import { comparedSides, QUESTION_TYPES, type EvalQuestion } from '../../src/evaluation/eval-question.js';
import { HALVES, HELD_OUT_SET, loadHistoricSet, loadPendingKinds, ROUNDS, roundHalves, TUNING_SET, UNIONS } from '../../src/evaluation/question-sets.js';
import { normalizeFieldPath } from '../../src/evaluation/score-question.js';
import { splitQuestions, SPLIT_RULE } from '../../src/evaluation/split-questions.js';
import { SEED_DIR } from '../../src/package-root.js';
import { readSeed } from '../../src/seed/read-seed.js';

const rounds = ROUNDS.map((round) => {
  const { dev, test } = roundHalves(round);
  return { round, dev, test, all: [...dev.questions, ...test.questions] };
});
// Every question of every round: ids and texts are unique across rounds, and the seed is covered by them together.
const everyQuestion: EvalQuestion[] = rounds.flatMap((r) => r.all);
const seedNames = new Set(readSeed(SEED_DIR).resources.map((r) => r.name));
const pendingKinds = loadPendingKinds();

// What each round was written to hold (eval/README.md): its size, its off-topic share, the least per (type, language).
const WRITTEN: Record<number, { questions: number; offtopic: number; perStratum: number }> = {
  1: { questions: 260, offtopic: 45, perStratum: 10 },
  2: { questions: 120, offtopic: 18, perStratum: 5 },
  3: { questions: 120, offtopic: 18, perStratum: 5 },
};

function namesOf(question: EvalQuestion): string[] {
  return [...question.accept, ...(question.fields ?? []).map((f) => f.kind), ...comparedSides(question).flat()];
}

const count = (questions: readonly EvalQuestion[], where: (q: EvalQuestion) => boolean) => questions.filter(where).length;

it('has a round for every entry of what the rounds were written to hold, and no other', () => {
  expect(ROUNDS).toEqual(Object.keys(WRITTEN).map(Number));
});

describe.each(rounds)('round $round of the evaluation set', ({ round, dev, test, all }) => {
  const written = WRITTEN[round]!;

  it('has the questions it was written with, Japanese and English in equal parts, enough of them off-topic', () => {
    expect(all.length).toBeGreaterThanOrEqual(written.questions);
    expect(count(all, (q) => q.lang === 'ja')).toBe(count(all, (q) => q.lang === 'en'));
    expect(count(all, (q) => q.type === 'offtopic')).toBeGreaterThanOrEqual(written.offtopic);
  });

  it('asks every type of question in both languages', () => {
    for (const type of QUESTION_TYPES)
      for (const lang of ['ja', 'en'] as const) expect(count(all, (q) => q.type === type && q.lang === lang), `${type}/${lang}`).toBeGreaterThanOrEqual(written.perStratum);
  });

  it('labels each question with the language it is written in', () => {
    const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
    const mislabelled = all.filter((q) => japanese.test(q.q) !== (q.lang === 'ja')).map((q) => q.id);
    expect(mislabelled).toEqual([]);
  });

  it('marks its ids with its round (none for round 1, -rN- after it)', () => {
    const marked = (id: string) => (round === 1 ? !/-r\d+-/.test(id) : id.includes(`-r${round}-`));
    expect(all.filter((q) => !marked(q.id)).map((q) => q.id)).toEqual([]);
  });

  it('records one seed, and the rule splitQuestions follows, in both halves', () => {
    expect(dev.split.seed).toBeTypeOf('number');
    expect(test.split.seed).toBe(dev.split.seed);
    for (const half of [dev, test]) expect(half.split.rule).toBe(SPLIT_RULE);
  });

  it('is split into disjoint halves of equal size, stratified by type and language', () => {
    const devIds = new Set(dev.questions.map((q) => q.id));
    expect(test.questions.filter((q) => devIds.has(q.id))).toEqual([]);
    expect(dev.questions.length).toBe(test.questions.length);
    for (const type of QUESTION_TYPES)
      for (const lang of ['ja', 'en'] as const) {
        const inStratum = (q: EvalQuestion) => q.type === type && q.lang === lang;
        expect(Math.abs(count(dev.questions, inStratum) - count(test.questions, inStratum)), `${type}/${lang}`).toBeLessThanOrEqual(1);
      }
  });

  it('is split as its recorded seed gives: re-splitting both halves together returns them unchanged', () => {
    const again = splitQuestions(all, dev.split.seed);
    expect(again.dev.map((q) => q.id)).toEqual(dev.questions.map((q) => q.id));
    expect(again.test.map((q) => q.id)).toEqual(test.questions.map((q) => q.id));
  });
});

describe('every round together', () => {
  it('has no id or question text twice across the rounds, and reuses no historic question', () => {
    const text = (q: string) => q.trim().toLowerCase();
    expect(new Set(everyQuestion.map((q) => q.id)).size).toBe(everyQuestion.length);
    expect(new Set(everyQuestion.map((q) => text(q.q))).size).toBe(everyQuestion.length);
    const historic = new Set(loadHistoricSet().questions.map((q) => text(q.q)));
    expect(everyQuestion.filter((q) => historic.has(text(q.q))).map((q) => q.id)).toEqual([]);
  });

  it('splits each round with a seed of its own', () => {
    const seeds = rounds.map((r) => r.dev.split.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
  });

  it('accepts only seed resources and the kinds listed as being added (eval/pending-kinds.yaml)', () => {
    const known = (name: string) => seedNames.has(name) || pendingKinds.includes(name);
    const unknown = everyQuestion.flatMap((q) => namesOf(q).filter((name) => !known(name)).map((name) => `${q.id}: ${name}`));
    expect(unknown).toEqual([]);
  });

  it('lists as pending only kinds some question accepts and the seed does not hold yet', () => {
    const accepted = new Set(everyQuestion.flatMap((q) => q.accept));
    expect(pendingKinds.filter((kind) => !accepted.has(kind))).toEqual([]);
    expect(pendingKinds.filter((kind) => seedNames.has(kind))).toEqual([]);
  });

  it('asks about every seed resource (round 2 asks about the two round 1 had no question for)', () => {
    const accepted = new Set(everyQuestion.flatMap((q) => q.accept));
    expect([...seedNames].filter((name) => !accepted.has(name)).sort()).toEqual([]);
  });

  it('writes field paths as kubectl explain does and accepts either side of a comparison at top-1', () => {
    const path = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;
    const badPaths = everyQuestion.flatMap((q) => (q.fields ?? []).filter((f) => !path.test(normalizeFieldPath(f.path))).map((f) => `${q.id}: ${f.path}`));
    expect(badPaths).toEqual([]);
    const unacceptedSides = everyQuestion.flatMap((q) => comparedSides(q).filter((side) => !side.some((name) => q.accept.includes(name))).map((side) => `${q.id}: ${side.join('|')}`));
    expect(unacceptedSides).toEqual([]);
  });
});

describe('the unions of the halves', () => {
  const union = (name: string) => UNIONS.find((u) => u.name === name)!;

  it('tunes on every round’s dev half and holds out every round’s test half, hiding the held-out one’s misses', () => {
    expect(union(TUNING_SET).of).toEqual(HALVES.filter((h) => h.half === 'dev').map((h) => h.name));
    expect(union(TUNING_SET).use).toBe('tune');
    expect(union(HELD_OUT_SET).of).toEqual(HALVES.filter((h) => h.half === 'test').map((h) => h.name));
    expect(union(HELD_OUT_SET).use).toBe('report');
  });
});
