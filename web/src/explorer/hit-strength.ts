/** Below this calibrated confidence a hit is marked as a guess. */
export const LOW_CONFIDENCE = 0.5;

/** How sure a search hit is, as the results show it. */
export interface HitStrength {
  /** The server's calibrated confidence (SearchHit.confidence), or, without it, the score relative to the best hit. */
  calibrated: boolean;
  /** In [0, 1]. */
  value: number;
  percent: number;
  /** A calibrated confidence below LOW_CONFIDENCE. */
  low: boolean;
}

/** The strength of one hit: its confidence when the server sends one, else its score over the top score. */
export function hitStrength(hit: { score: number; confidence?: number }, top: number): HitStrength {
  const calibrated = typeof hit.confidence === 'number';
  const raw = calibrated ? hit.confidence! : top > 0 ? hit.score / top : 0;
  const value = Math.min(Math.max(raw, 0), 1);
  return { calibrated, value, percent: Math.round(value * 100), low: calibrated && value < LOW_CONFIDENCE };
}
