import { describe, expect, it } from 'vitest';
import { chooseThreshold, fitLogistic, type FitPoint } from '../../src/evaluation/fit-confidence.js';
import { confidenceOf, type ConfidenceFeatures } from '../../src/search/confidence.js';

const features = (coverage: number): ConfidenceFeatures => ({ coverage, informed: coverage, known: coverage, strange: 1 - coverage, foreign: 0, margin: 0.5, named: 0, field: 0, task: 0 });

// Right answers cover the question; wrong ones and off-topic ones barely do.
const points: FitPoint[] = [
  ...[0.9, 0.95, 1, 0.85, 0.8, 1].map((c) => ({ features: features(c), correct: true, answerable: true })),
  ...[0.5, 0.6].map((c) => ({ features: features(c), correct: false, answerable: true })),
  ...[0.1, 0.2, 0.15, 0.3].map((c) => ({ features: features(c), correct: false, answerable: false })),
];

describe('fitLogistic', () => {
  it('learns that more coverage means more likely right', () => {
    const model = fitLogistic(points);
    expect(confidenceOf(features(1), model)).toBeGreaterThan(0.6);
    expect(confidenceOf(features(0.1), model)).toBeLessThan(0.3);
  });
});

describe('chooseThreshold', () => {
  it('declines the most off-topic questions it can while wrongly declining at most the allowed share', () => {
    const model = fitLogistic(points);
    const { chosen } = chooseThreshold(points, model, 0);
    expect(chosen.wronglyDeclined).toBe(0);
    expect(chosen.offtopicDeclined).toBe(1);
    // One answerable question less than any off-topic one sits above the threshold kept.
    expect(confidenceOf(features(0.5), model)).toBeGreaterThanOrEqual(chosen.threshold);
  });

  it('takes the middle of the thresholds that do equally well, not the one against the hardest off-topic question', () => {
    const model = fitLogistic(points);
    const { chosen, sweep } = chooseThreshold(points, model, 0);
    const hardestOfftopic = confidenceOf(features(0.3), model);
    const easiestAnswerable = confidenceOf(features(0.5), model);
    const equal = sweep.filter((s) => s.offtopicDeclined === 1 && s.wronglyDeclined === 0).map((s) => s.threshold);
    expect(equal.length).toBeGreaterThan(2);
    expect(chosen.threshold).toBeGreaterThan(Math.min(...equal));
    expect(chosen.threshold).toBeGreaterThan(hardestOfftopic);
    expect(chosen.threshold).toBeLessThanOrEqual(easiestAnswerable);
  });
});
