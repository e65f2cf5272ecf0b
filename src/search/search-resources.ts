import { z } from 'zod';
import { requireCategory } from '../knowledge/require-category.js';
import { misspeltResource } from '../knowledge/resolve-resource.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { LangTag } from '../knowledge/negotiate-lang.js';
import { buildSnippet, type Snippet } from './build-snippet.js';
import { detectLang } from './detect-lang.js';
import { monotoneConfidences, OTHER_PRODUCT_CEILING, type ConfidenceFeatures } from './confidence.js';
import { explainHit, type HitExplanation } from './explain-hit.js';
import { bestField, fieldClues, isFieldSpelling, kindsWithFields, type FieldClue, type FieldMatch } from './field-index.js';
import { findMentions, MAX_NAME_WORDS, type Mention } from './find-mentions.js';
import { wordRuns } from './word-runs.js';
import { holds } from './inverted-index.js';
import { scoreTerms, type TermReach } from './score-terms.js';
import { searchIndexOf, type ScoredPart, type SearchIndex } from './search-index.js';
import { searchTerms, tokenize } from './tokenize.js';
import { wordEvidence } from './word-evidence.js';
import { coverageOf, knownShare, wordsCovered } from './question-coverage.js';
import { otherProductAsked } from './other-products.js';
import { unfamiliarWords } from './unfamiliar-words.js';
import { KIND_SPELLING } from './names-kubernetes.js';
import { asksVersionsOf, versionedKind, versionWording } from './version-question.js';

export const MAX_SEARCH_LIMIT = 50;

/** What a search asks for; every surface parses its input into this. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').describe('words or a question, Japanese or English'),
  lang: LangTag.optional().describe('language of the snippets, a BCP 47 tag; default: the language of q'),
  category: z.string().min(1).optional().describe('only resources this category lists (slug, name or alias)'),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10).describe(`at most this many hits (1-${MAX_SEARCH_LIMIT})`),
  explain: z.boolean().default(false).describe('also say, per hit, why it scored: terms, fields, tasks and weights'),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** One ranked result. */
export interface SearchHit {
  resource: Resource;
  score: number;
  /** How likely this hit answers the query, in [0, 1], calibrated on the dev half; never above a better-ranked hit's. */
  confidence: number;
  /** The field of the resource's kind the query names, when it names one. */
  field: FieldMatch | null;
  snippet: Snippet;
  /** Why it scored; only when the query asked (`explain`). */
  explanation?: HitExplanation;
}

// Squared: matching half the question's terms keeps a quarter of the score.
const COVERAGE_EXPONENT = 2;
// A field the question names lifts the kinds that have it by up to this share of the best text score.
const FIELD_SHARE = 1;
// Names the question mentions lift their resources by up to this share of the best text score,
// squared in the share of the question the names make up: "DaemonSetとDeploymentの違い" is about
// the two, "run a pod on every node" mentions Pod and Node but asks for what runs one per node.
const NAME_SHARE = 1.2;
const NAME_EXPONENT = 1;
// A task the question matches whole lifts its resource by up to this share of the best text score,
// steeply in the share matched (a task sharing one word of five says little).
const TASK_SHARE = 1;
const TASK_EXPONENT = 3;
// A variant of a kind gets this share of the field lift its kind's own resource gets.
const VARIANT_FIELD_SHARE = 0.5;
// What a resource keeps of its text score when the question names a field its kind lacks.
const FIELDLESS_SHARE = 0.5;
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;

/**
 * Ranked resources for a query in Japanese or English: full-text over names, aliases,
 * shortNames, summaries, descriptions, facts, tasks and apiVersions of both languages, typo
 * tolerant for Latin words, weighted by the share of the question's words a resource answers.
 * Names the question mentions count in proportion to how much of the question they are; a field
 * name it holds lifts the kinds having that field and is named on their hits. Every hit carries a
 * calibrated confidence.
 */
export function searchResources(snapshot: KnowledgeSnapshot, query: SearchQuery): SearchHit[] {
  const { q, lang: explicitLang, category, limit, explain } = SearchQuery.parse(query);
  const lang = explicitLang ?? detectLang(q);
  const slug = category === undefined ? undefined : requireCategory(snapshot, category, { field: 'category', use: 'filter' }).slug;
  const fits = (r: Resource | undefined): r is Resource => r !== undefined && (slug === undefined || snapshot.lists(slug, r));

  const tokens = tokenize(q);
  const index = searchIndexOf(snapshot);
  // The query's terms, as the index reads them (re-reading a Japanese term yields its words again).
  const terms = searchTerms(tokens.map((t) => t.term).join(' '));
  // Typos are for names ("deamonset"): in prose a typo match mostly reaches some other word, and costs the most at 50,000 resources.
  const scores = scoreTerms(index, terms, (term) => ({ ...reachOf(term), fuzzy: false }));
  const nameScores = scoreTerms(index.names, terms, reachOf);
  const parts: ScoredPart[] = [
    { index, scores },
    { index: index.names, scores: nameScores },
  ];

  // BM25 sums per term, so one strong term (a name like "Pod" in a question about DaemonSets) can
  // outweigh a document that answers the whole question; scale by the share of query words matched,
  // the prose and the names each by their own: a name that is a quarter of the question counts a sixteenth.
  const wordCount = new Set(tokens.map((t) => t.word)).size;
  const coverage = coverageOf(tokens, scores);
  const nameCoverage = coverageOf(tokens, nameScores);
  const docs: number[] = [];
  // Typed, not a Set: at 50,000 resources most documents can be reached.
  const seen = new Uint8Array(index.documentCount);
  let top = 0;
  const final = new Float64Array(index.documentCount);
  for (const touched of [scores.touched, nameScores.touched])
    for (const doc of touched) {
      if (seen[doc] || !fits(snapshot.resources[doc])) continue;
      docs.push(doc);
      seen[doc] = 1;
      const prose = scores.score[doc] ?? 0;
      const name = nameScores.score[doc] ?? 0;
      final[doc] = (prose > 0 ? prose * coverage(doc) ** COVERAGE_EXPONENT : 0) + (name > 0 ? name * nameCoverage(doc) : 0);
      top = Math.max(top, final[doc] ?? 0);
    }
  const reference = top > 0 ? top : 1;

  // Tasks, each whole: a resource one of whose tasks says most of what the question says is what
  // it asks for ("run a pod on every node" is DaemonSet's "run one Pod on every node").
  // Exact terms only: a task is matched for what the question says, typos are the prose's to catch.
  const taskScores = scoreTerms(index.tasks, terms, () => ({ prefix: false, fuzzy: false }));
  const taskCoverage = coverageOf(tokens, taskScores);
  const bestTask = new Map<number, { task: number; coverage: number }>();
  for (const task of taskScores.touched) {
    const doc = index.tasks.resourceOf[task] ?? -1;
    const c = taskCoverage(task);
    if (c > (bestTask.get(doc)?.coverage ?? 0)) bestTask.set(doc, { task, coverage: c });
  }
  // A one-word query ("confgmap") is a lookup, not a task: tasks of other resources mentioning it say nothing of intent.
  if (wordCount < 2) bestTask.clear();
  for (const [doc, { coverage: c }] of bestTask) {
    if (!fits(snapshot.resources[doc])) continue;
    final[doc] = (final[doc] ?? 0) + reference * TASK_SHARE * c ** TASK_EXPONENT;
    if (!seen[doc]) {
      seen[doc] = 1;
      docs.push(doc);
    }
  }

  // Field names: the kinds having them, reached or not by the text.
  const clues = fieldClues(q);
  // A plain word that happens to be a field's name ("linux", "server") is no sign of Kubernetes; a camelCase one is.
  const namedFields = clues.filter(isFieldSpelling);
  const fieldOf = new Map<number, ReturnType<typeof bestField>>();
  if (clues.length > 0) {
    const heaviest = Math.max(...clues.map((c) => c.weight));
    for (const kind of kindsWithFields(clues)) {
      const best = bestField(kind, clues, q);
      if (!best) continue;
      for (const doc of index.docsOfKind.get(kind) ?? []) {
        if (!fits(snapshot.resources[doc])) continue;
        fieldOf.set(doc, best);
        // The field is its kind's: a variant (NodePort of Service) shares it but documents it less.
        const own = snapshot.resources[doc]?.variant ? VARIANT_FIELD_SHARE : 1;
        final[doc] = (final[doc] ?? 0) + reference * FIELD_SHARE * own * (best.weight / heaviest) * Math.min(1, heaviest / 2);
        if (!seen[doc]) {
          seen[doc] = 1;
          docs.push(doc);
        }
      }
    }
  }

  // A field named as only a field is ("terminationGracePeriodSeconds") asks about the kinds that
  // have it: a kind without it ("default" reaches LimitRange's texts) is not the answer.
  if (namedFields.length > 0) for (const doc of docs) if (!fieldOf.has(doc)) final[doc] = (final[doc] ?? 0) * FIELDLESS_SHARE;

  // Names: a share of the question, never the whole answer unless they are the whole question.
  // The whole question is a name, or a misspelling of one name alone ("persistent volumn"), which names it too.
  // A name spans at most MAX_NAME_WORDS words: a longer question is never one, and is not compared with every lookup key.
  const exact = snapshot.findResource(q)?.resource;
  const misspelt = exact || [...wordRuns(q)].length > MAX_NAME_WORDS ? undefined : misspeltResource(snapshot, q);
  const whole = exact ?? misspelt;
  const mentions: Omit<Mention, 'match'>[] = findMentions(snapshot, q);
  if (misspelt && !mentions.some((m) => m.resource === misspelt)) mentions.push({ resource: misspelt, text: q, start: 0, end: q.length });
  const nameShare = wordCount === 0 ? 0 : Math.min(1, wordsCovered(tokens, mentions) / wordCount);
  const named = new Set<number>();
  const wording = versionWording(q);
  const typed = typedNames(q);
  for (const { resource, text } of mentions) {
    const doc = index.positionOf.get(resource);
    if (doc === undefined || !fits(resource)) continue;
    named.add(doc);
    // A kind written as Kubernetes spells it ("ClusterRoleBinding"), or whose apiVersions the question asks about
    // ("is the Endpoints API deprecated"), is the question's subject, as if it were the whole question; an everyday
    // "pod" or "node" counts by the share of the question it makes up.
    const subject = KIND_SPELLING.test(text) || asksVersionsOf(versionedKind(snapshot, resource), wording) || typedAsCommand(resource, text, typed);
    const share = subject ? 1 : nameShare;
    final[doc] = (final[doc] ?? 0) + reference * NAME_SHARE * share ** NAME_EXPONENT + (resource === whole ? 2 * reference : 0);
    if (!seen[doc]) {
      seen[doc] = 1;
      docs.push(doc);
    }
  }

  const known = knownShare(index, tokens, [...mentions, ...clues]);
  const unfamiliar = unfamiliarWords({ index, tokens, spans: [...mentions, ...namedFields], text: q, isTypoOfName: (term) => isTypoOf(index.names, term) });
  const ranked = bestOf(docs, limit + 1, final, (doc) => ({ resource: snapshot.resources[doc] as Resource, doc, score: final[doc] ?? 0 }));
  const features = ranked.map((c, i): ConfidenceFeatures => ({
    ...wordEvidence({
      parts,
      tokens,
      doc: c.doc,
      // A name or field the question holds covers its words for the resource it names, even where no term of the resource's texts matched.
      spans: [...mentions.filter((m) => m.resource === c.resource), ...(fieldOf.get(c.doc) ? [fieldOf.get(c.doc)?.clue as FieldClue] : [])],
    }),
    known,
    ...unfamiliar,
    task: bestTask.get(c.doc)?.coverage ?? 0,
    margin: c.score > 0 ? (c.score - (ranked[i + 1]?.score ?? 0)) / c.score : 0,
    named: named.has(c.doc) ? nameShare : 0,
    field: fieldOf.has(c.doc) ? 1 : 0,
  }));
  const otherProduct = otherProductAsked(snapshot, q);
  const confidences = monotoneConfidences(features.slice(0, limit)).map((c) => (otherProduct ? Math.min(c, OTHER_PRODUCT_CEILING) : c));
  return ranked.slice(0, limit).map(({ resource, doc, score }, i) => {
    const matched = matchedTerms(parts, doc);
    const best = fieldOf.get(doc) ?? null;
    const hit: SearchHit = {
      resource,
      score: Math.round(score * 1000) / 1000,
      confidence: confidences[i] ?? 0,
      field: best?.field ?? null,
      snippet: buildSnippet(resource, lang, matched.size === 0 ? new Set(searchTerms(q)) : matched),
    };
    if (explain)
      hit.explanation = explainHit({
        parts,
        doc,
        resource,
        lang,
        text: {
          score: scores.score[doc] ?? 0,
          coverage: coverage(doc),
          nameScore: nameScores.score[doc] ?? 0,
          nameCoverage: nameCoverage(doc),
          exponent: COVERAGE_EXPONENT,
        },
        task: bestTask.has(doc) ? { text: taskText(snapshot, index, bestTask.get(doc)?.task ?? -1, lang), coverage: bestTask.get(doc)?.coverage ?? 0 } : null,
        field: best && { path: best.field.path, clue: best.clue.text, weight: best.weight },
        name: named.has(doc) ? { share: nameShare, whole: resource === whole } : null,
        features: features[i] as ConfidenceFeatures,
        otherProduct,
        score: hit.score,
        reachOf,
      });
    return hit;
  });
}

// `kubectl get ev`, `kubectl describe hpa`: the word after a kubectl verb is the resource it acts on.
const KUBECTL_TARGET = /\bkubectl\s+(?:get|describe|delete|edit|explain|create|apply|scale|rollout\s+\w+|top|label|annotate|patch)\s+([a-z][a-z0-9.-]*)/giu;

/**
 * Whether a resource is named as one types it into kubectl: the word after a kubectl verb
 * (`kubectl get ev`), or a shortName in lower case in a Japanese question (`cjの一覧`, `hpaの設定`),
 * where Latin lower case is no prose. Such a name is the question's subject, like a CamelCase kind.
 */
function typedAsCommand(resource: Resource, text: string, typed: { commanded: ReadonlySet<string>; japanese: boolean }): boolean {
  const said = text.toLowerCase();
  if (typed.commanded.has(said)) return true;
  return typed.japanese && text === said && (resource.kubernetes?.shortNames.includes(said) ?? false);
}

/** How a question types names: the words after its kubectl verbs, and whether it is written in Japanese. */
function typedNames(q: string): { commanded: ReadonlySet<string>; japanese: boolean } {
  return { commanded: new Set([...q.matchAll(KUBECTL_TARGET)].map((m) => (m[1] ?? '').toLowerCase())), japanese: detectLang(q) === 'ja' };
}

function reachOf(term: string): TermReach {
  return {
    // A word of three letters reaches only itself: "all" is not "allocatable", "add" not "address".
    prefix: LATIN.test(term) && term.length >= 4,
    // One edit per four letters or so: "deamonset" and "statefullset" land, "pod" does not become "pvc".
    fuzzy: LATIN.test(term) && term.length >= 5 ? 0.2 : false,
  };
}

// Whether a word is one typo away from a name ("volumn"): a misspelt name, not a word kubedex does not know.
function isTypoOf(names: SearchIndex['names'], term: string): boolean {
  const { fuzzy } = reachOf(term);
  return fuzzy !== false && names.terms.fuzzyGet(term, Math.round(term.length * fuzzy)).size > 0;
}

interface Candidate {
  resource: Resource;
  /** Position in the index. */
  doc: number;
  score: number;
}

const byRank = (a: Candidate, b: Candidate) => b.score - a.score || a.resource.id - b.resource.id;

// The index terms a hit holds among those the query reached: what its snippet highlights.
function matchedTerms(parts: readonly ScoredPart[], doc: number): Set<string> {
  const terms = new Set<string>();
  for (const { index, scores } of parts) for (const [id, term] of scores.reached) if (holds(index, id, doc)) terms.add(term);
  return terms;
}

// The text of task document `task` in `lang`: the resource's tasks in index order.
function taskText(snapshot: KnowledgeSnapshot, index: SearchIndex, task: number, lang: Lang): string {
  const doc = index.tasks.resourceOf[task] ?? -1;
  let first = task;
  while (first > 0 && index.tasks.resourceOf[first - 1] === doc) first--;
  return snapshot.resources[doc]?.tasks[task - first]?.[lang] ?? '';
}

// The best `limit` documents, ties by id: a bounded insertion instead of sorting every hit, which
// at 50,000 resources can be most of them. Only those kept become objects.
function bestOf(docs: readonly number[], limit: number, score: Float64Array, candidate: (doc: number) => Candidate): Candidate[] {
  const best: Candidate[] = [];
  for (const doc of docs) {
    const last = best[best.length - 1];
    if (best.length === limit && last && (score[doc] ?? 0) < last.score) continue;
    const c = candidate(doc);
    if (best.length === limit && last && byRank(c, last) >= 0) continue;
    let i = best.length;
    while (i > 0 && byRank(c, best[i - 1] as Candidate) < 0) i--;
    best.splice(i, 0, c);
    if (best.length > limit) best.pop();
  }
  return best;
}
