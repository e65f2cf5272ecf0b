import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { CONFIDENCE_FEATURES, confidenceOf, type ConfidenceFeatures } from '../search/confidence.js';
import { searchResources } from '../search/search-resources.js';
import type { QuestionSet } from './question-sets.js';

/** A logistic model: intercept, then one weight per CONFIDENCE_FEATURES entry. */
export interface LogisticModel {
  intercept: number;
  weights: number[];
}

/** One question's top hit as the fit sees it: its features and whether it was right (off-topic: never). */
export interface FitPoint {
  features: ConfidenceFeatures;
  correct: boolean;
  answerable: boolean;
}

/** The top hit of every question of a set, straight from the search (no abstention), with its features. */
export function fitPoints(snapshot: KnowledgeSnapshot, set: QuestionSet): FitPoint[] {
  return set.questions.map((question) => {
    const [top] = searchResources(snapshot, { q: question.q, limit: 3, explain: true });
    const features = top?.explanation?.confidenceFeatures ?? { coverage: 0, informed: 0, known: 0, strange: 0, foreign: 0, margin: 0, named: 0, field: 0, task: 0 };
    const answerable = question.type !== 'offtopic';
    return { features, answerable, correct: answerable && top !== undefined && question.accept.includes(top.resource.name) };
  });
}

/**
 * Fits the confidence model by gradient descent on the log loss, with a little L2 so that a
 * feature the dev half happens to separate perfectly does not run off to infinity.
 */
export function fitLogistic(points: readonly FitPoint[], options: { steps?: number; rate?: number; l2?: number } = {}): LogisticModel {
  const { steps = 5000, rate = 0.5, l2 = 0.01 } = options;
  const k = CONFIDENCE_FEATURES.length;
  let intercept = 0;
  const weights = new Array<number>(k).fill(0);
  for (let step = 0; step < steps; step++) {
    let gIntercept = 0;
    const g = new Array<number>(k).fill(0);
    for (const p of points) {
      const x = CONFIDENCE_FEATURES.map((f) => p.features[f]);
      const z = intercept + x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);
      const error = 1 / (1 + Math.exp(-z)) - (p.correct ? 1 : 0);
      gIntercept += error;
      x.forEach((v, i) => (g[i] = (g[i] ?? 0) + error * v));
    }
    const n = Math.max(points.length, 1);
    intercept -= (rate * gIntercept) / n;
    for (let i = 0; i < k; i++) weights[i] = (weights[i] ?? 0) - rate * ((g[i] ?? 0) / n + l2 * (weights[i] ?? 0));
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return { intercept: round(intercept), weights: weights.map(round) };
}

/** What declining below a threshold does to one set's top hits. */
export interface ThresholdChoice {
  threshold: number;
  offtopicDeclined: number;
  wronglyDeclined: number;
  top1Kept: number;
}

/**
 * The abstention threshold for a model: the one declining most off-topic questions while
 * declining at most `maxWronglyDeclined` of the answerable ones (issue 11's 3 %); of a run of thresholds
 * doing equally well, the middle one.
 */
export function chooseThreshold(points: readonly FitPoint[], model: LogisticModel, maxWronglyDeclined = 0.03): { chosen: ThresholdChoice; sweep: ThresholdChoice[] } {
  const scored = points.map((p) => ({ ...p, confidence: confidenceOf(p.features, model) }));
  const answerable = scored.filter((p) => p.answerable);
  const offtopic = scored.filter((p) => !p.answerable);
  const share = (list: typeof scored, pick: (p: (typeof scored)[number]) => boolean) => (list.length === 0 ? 0 : list.filter(pick).length / list.length);
  const sweep: ThresholdChoice[] = [];
  for (let t = 0; t <= 0.95; t = Math.round((t + 0.01) * 100) / 100)
    sweep.push({
      threshold: t,
      offtopicDeclined: share(offtopic, (p) => p.confidence < t),
      wronglyDeclined: share(answerable, (p) => p.confidence < t),
      top1Kept: share(answerable, (p) => p.correct && p.confidence >= t),
    });
  const allowed = sweep.filter((s) => s.wronglyDeclined <= maxWronglyDeclined);
  const best = allowed.reduce((top, s) => (s.offtopicDeclined > top.offtopicDeclined ? s : top), allowed[0] ?? (sweep[0] as ThresholdChoice));
  // Every threshold from `best` on that declines as much and no more answerable questions does as
  // well on dev; the middle of that run keeps the widest margin to the dev questions on either side,
  // where the lowest sits against the hardest off-topic one and lets its like through elsewhere.
  const run = sweep.filter((s) => s.threshold >= best.threshold).filter((s, i, list) => list.slice(0, i + 1).every((t) => sameOutcome(t, best)));
  const chosen = run[Math.floor((run.length - 1) / 2)] ?? best;
  return { chosen, sweep };
}

function sameOutcome(a: ThresholdChoice, b: ThresholdChoice): boolean {
  return a.offtopicDeclined === b.offtopicDeclined && a.wronglyDeclined === b.wronglyDeclined && a.top1Kept === b.top1Kept;
}
