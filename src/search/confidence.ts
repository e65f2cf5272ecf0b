/** What a hit's confidence is computed from, each in [0, 1]. */
export interface ConfidenceFeatures {
  /** Share of the question's words the hit matched. */
  coverage: number;
  /** The same share with each word weighted by its rarity in the knowledge (unknown words weigh most). */
  informed: number;
  /** Share of the question's words the knowledge uses at all. */
  known: number;
  /** Share of the question's words the knowledge does not speak of (src/search/unfamiliar-words.ts). */
  strange: number;
  /** 1 when one of those words is a proper name: another product kubedex does not cover. */
  foreign: number;
  /** How far the hit's score stands above the next one's, relative to its own. */
  margin: number;
  /** Share of the question that names this hit's resource (0 when it names another or none). */
  named: number;
  /** 1 when the hit names a field of its kind that the question holds. */
  field: number;
  /** Share of the question's words the hit's best-matching task holds. */
  task: number;
}

/** The feature names, in the order of the model's weights after its intercept. */
export const CONFIDENCE_FEATURES = ['coverage', 'informed', 'known', 'strange', 'foreign', 'margin', 'named', 'field', 'task'] as const satisfies readonly (keyof ConfidenceFeatures)[];

/**
 * A logistic model of "the top hit is right", fit on the dev half of eval/ by
 * `npm run eval:search -- --fit-confidence` (src/evaluation/fit-confidence.ts); off-topic
 * questions count as wrong whatever they hit. Intercept first, then one weight per feature.
 */
export const CONFIDENCE_MODEL = { intercept: -2.45, weights: [1.25, 1.74, 1.08, -1.05, -0.88, 1.24, 1.01, 0.35, 0] } as const;

/** The calibrated probability that a hit with these features answers the question. */
export function confidenceOf(features: ConfidenceFeatures, model: { intercept: number; weights: readonly number[] } = CONFIDENCE_MODEL): number {
  let z = model.intercept;
  CONFIDENCE_FEATURES.forEach((name, i) => (z += (model.weights[i] ?? 0) * features[name]));
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

/** Confidences of ranked hits, never higher than a better-ranked hit's. */
export function monotoneConfidences(ranked: readonly ConfidenceFeatures[]): number[] {
  let ceiling = 1;
  return ranked.map((features) => (ceiling = Math.min(ceiling, confidenceOf(features))));
}

/**
 * Below this top confidence kubedex declines to answer: chosen on the dev half with the threshold
 * sweep of `npm run eval:search -- --fit-confidence`, as the threshold declining most off-topic
 * questions while wrongly declining at most 3 % of the answerable ones (dev: 95.8 % and 1.6 %, at 0.44).
 */
export const ABSTAIN_BELOW = 0.39;

/**
 * The most a hit may be trusted when the question is about a product that is not Kubernetes
 * (src/search/other-products.ts): well under ABSTAIN_BELOW, so such a question is declined.
 */
export const OTHER_PRODUCT_CEILING = 0.1;

/** Whether a ranking is too unsure to answer with: no hit, or a best hit below ABSTAIN_BELOW. */
export function shouldAbstain(hits: readonly { confidence: number }[]): boolean {
  const best = hits[0];
  return best === undefined || best.confidence < ABSTAIN_BELOW;
}
