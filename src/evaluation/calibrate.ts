/** How many equal-width confidence bins the reliability table has. */
export const CALIBRATION_BINS = 10;

/** One bin of the reliability table: answers whose confidence fell in [from, to). */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  /** Share of these answers that were right at top-1 (an off-topic question answered is wrong). */
  accuracy: number;
}

/** How far the engine's confidence can be trusted as a probability of being right. */
export interface Calibration {
  answers: number;
  /** Answers whose confidence lies outside [0, 1]: in no bin, and a bug to fix. */
  outOfRange: number;
  /** Non-empty bins only. */
  bins: ReliabilityBin[];
  /** Mean |confidence − accuracy| over the bins, weighted by their size (0 is perfectly calibrated). */
  expectedCalibrationError: number;
}

/** The reliability table of the answers' top confidence against their top-1 correctness; null when there are none. */
export function calibrate(points: readonly { confidence: number; correct: boolean }[], binCount = CALIBRATION_BINS): Calibration | null {
  if (points.length === 0) return null;
  const bins: ReliabilityBin[] = [];
  let error = 0;
  for (let i = 0; i < binCount; i++) {
    const from = i / binCount;
    const to = (i + 1) / binCount;
    // The last bin is closed so a confidence of exactly 1 is counted.
    const inBin = points.filter((p) => p.confidence >= from && (p.confidence < to || (i === binCount - 1 && p.confidence <= to)));
    if (inBin.length === 0) continue;
    const meanConfidence = inBin.reduce((sum, p) => sum + p.confidence, 0) / inBin.length;
    const accuracy = inBin.filter((p) => p.correct).length / inBin.length;
    bins.push({ from, to, count: inBin.length, meanConfidence, accuracy });
    error += (inBin.length / points.length) * Math.abs(meanConfidence - accuracy);
  }
  const outOfRange = points.filter((p) => !(p.confidence >= 0 && p.confidence <= 1)).length;
  return { answers: points.length, outOfRange, bins, expectedCalibrationError: error };
}
