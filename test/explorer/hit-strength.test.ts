import { describe, expect, it } from 'vitest';
import { hitStrength, LOW_CONFIDENCE } from '../../web/src/explorer/hit-strength.js';

describe('hitStrength (what a search result shows of how sure it is)', () => {
  it('shows the calibrated confidence when the server sends one, whatever the scores', () => {
    expect(hitStrength({ score: 3, confidence: 0.87 }, 12)).toEqual({ calibrated: true, value: 0.87, percent: 87, low: false });
    expect(hitStrength({ score: 12, confidence: 0 }, 12)).toEqual({ calibrated: true, value: 0, percent: 0, low: true });
  });

  it('marks a confidence below the threshold as low, and only a calibrated one', () => {
    expect(hitStrength({ score: 1, confidence: LOW_CONFIDENCE - 0.01 }, 1).low).toBe(true);
    expect(hitStrength({ score: 1, confidence: LOW_CONFIDENCE }, 1).low).toBe(false);
    expect(hitStrength({ score: 1 }, 10)).toEqual({ calibrated: false, value: 0.1, percent: 10, low: false });
  });

  it('falls back to the score relative to the best hit without a confidence, and never leaves [0, 1]', () => {
    expect(hitStrength({ score: 6 }, 12)).toEqual({ calibrated: false, value: 0.5, percent: 50, low: false });
    expect(hitStrength({ score: 6 }, 0).value).toBe(0);
    expect(hitStrength({ score: 1, confidence: 1.2 }, 1).value).toBe(1);
  });
});
