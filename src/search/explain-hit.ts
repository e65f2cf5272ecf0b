import type { Resource } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import type { ConfidenceFeatures } from './confidence.js';
import { postingWeight } from './inverted-index.js';
import { expand, type TermReach } from './score-terms.js';
import { FIELD_BOOST, searchDocument, type SearchField } from './search-document.js';
import type { ScoredPart } from './search-index.js';
import { searchTerms } from './tokenize.js';

/** Why one hit scored what it did: each part of its score and what it came from. */
export interface HitExplanation {
  /** The final score: text × coverage^exponent + names × nameCoverage^exponent + task + field + name. */
  score: number;
  /** The BM25 score over the hit's prose (summaries, descriptions, facts, tasks, apiVersions), before coverage. */
  textScore: number;
  /** Share of the question's words the hit's prose matched, and the power both coverages are raised to. */
  coverage: number;
  coverageExponent: number;
  /** The BM25 score over the hit's name, aliases and shortNames, and the share of the question's words they matched. */
  nameScore: number;
  nameCoverage: number;
  /** The hit's task that says most of what the question says, and the share of its words it holds. */
  task: { text: string; coverage: number } | null;
  /** Each query term that reached the hit: the index terms it reached, their weight, and in which texts. */
  terms: { term: string; matched: string[]; weight: number; fields: { field: SearchField; boost: number }[] }[];
  /** The hit's tasks (in the answer's language) holding a matched term. */
  tasks: string[];
  /** The field name the question held and the field of this kind it picked, with its weight. */
  field: { path: string; clue: string; weight: number } | null;
  /** The share of the question that names this resource; `whole` when the question is only its name. */
  name: { share: number; whole: boolean } | null;
  /** What the confidence was computed from. */
  confidenceFeatures: ConfidenceFeatures;
  /** The product other than Kubernetes the question is about, when it is: every confidence is then capped under the abstention threshold. */
  otherProduct: string | null;
}

/** The explanation of one hit, recomputed from the index for that document only. */
export function explainHit(input: {
  parts: readonly ScoredPart[];
  doc: number;
  resource: Resource;
  lang: Lang;
  text: { score: number; coverage: number; nameScore: number; nameCoverage: number; exponent: number };
  task: HitExplanation['task'];
  field: HitExplanation['field'];
  name: HitExplanation['name'];
  features: ConfidenceFeatures;
  otherProduct: string | null;
  score: number;
  reachOf: (term: string) => TermReach;
}): HitExplanation {
  const { parts, doc, resource, lang } = input;
  const document = searchDocument(resource);
  const fields = Object.keys(FIELD_BOOST) as SearchField[];
  const termsOf = new Map(fields.map((f) => [f, new Set(searchTerms(document[f]))]));
  const terms: HitExplanation['terms'] = [];
  const matchedAll = new Set<string>();
  for (const term of parts[0]?.scores.queryTerms ?? []) {
    let weight = 0;
    const matched = new Set<string>();
    for (const { index } of parts)
      for (const reached of expand(index, term, input.reachOf(term))) {
        const w = postingWeight(index, reached.id, doc);
        if (w === null) continue;
        weight += reached.weight * w;
        matched.add(reached.reachedTerm);
      }
    if (matched.size === 0) continue;
    matched.forEach((m) => matchedAll.add(m));
    const inFields = fields.filter((f) => [...matched].some((m) => termsOf.get(f)?.has(m))).map((field) => ({ field, boost: FIELD_BOOST[field] }));
    terms.push({ term, matched: [...matched], weight: round(weight), fields: inFields });
  }
  const tasks = resource.tasks.map((t) => t[lang]).filter((task) => searchTerms(task).some((t) => matchedAll.has(t)));
  return {
    score: input.score,
    textScore: round(input.text.score),
    coverage: round(input.text.coverage),
    coverageExponent: input.text.exponent,
    nameScore: round(input.text.nameScore),
    nameCoverage: round(input.text.nameCoverage),
    task: input.task && { text: input.task.text, coverage: round(input.task.coverage) },
    terms,
    tasks,
    field: input.field && { ...input.field, weight: round(input.field.weight) },
    name: input.name && { share: round(input.name.share), whole: input.name.whole },
    confidenceFeatures: Object.fromEntries(Object.entries(input.features).map(([k, v]) => [k, round(v)])) as unknown as ConfidenceFeatures,
    otherProduct: input.otherProduct,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
