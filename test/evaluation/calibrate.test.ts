import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/evaluation/calibrate.js';

const points = (confidence: number, right: number, wrong: number) => [
  ...Array.from({ length: right }, () => ({ confidence, correct: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, correct: false })),
];

describe('calibrate', () => {
  it('is absent when no answer carries a confidence', () => {
    expect(calibrate([])).toBeNull();
  });

  it('bins answers by confidence and compares each bin’s mean with how often it was right', () => {
    const calibration = calibrate([...points(0.85, 3, 1), ...points(0.25, 1, 3)])!;
    expect(calibration.answers).toBe(8);
    expect(calibration.bins.map((b) => [b.from, b.count, b.accuracy])).toEqual([
      [0.2, 4, 0.25],
      [0.8, 4, 0.75],
    ]);
    expect(calibration.expectedCalibrationError).toBeCloseTo(0.5 * 0.1 + 0.5 * 0, 10);
  });

  it('scores a perfectly calibrated engine 0 and an overconfident one by its gap', () => {
    expect(calibrate([...points(0.75, 3, 1), ...points(0.25, 1, 3)])!.expectedCalibrationError).toBeCloseTo(0, 10);
    expect(calibrate(points(0.95, 1, 1))!.expectedCalibrationError).toBeCloseTo(0.45, 10);
  });

  it('counts a confidence of exactly 1 in the last bin, and one outside [0, 1] in none', () => {
    const calibration = calibrate([{ confidence: 1, correct: true }, { confidence: 1.5, correct: true }])!;
    expect(calibration.bins).toEqual([{ from: 0.9, to: 1, count: 1, meanConfidence: 1, accuracy: 1 }]);
    expect(calibration.outOfRange).toBe(1);
  });
});
