/**
 * `npm run eval:search`: runs eval/search-questions.yaml against a freshly migrated and seeded
 * SQLite database (a temporary file, so no setup is needed) and prints top-1 and top-3 accuracy.
 * Exits 1 below the targets (top-3 ≥ 90 %, top-1 ≥ 75 %). `--verbose` lists every question.
 */
import { evaluateSearch, loadSearchQuestions } from '../src/search/evaluate-search.js';
import { seededStore } from './temporary-seeded-store.js';

const TARGETS = { top1: 0.75, top3: 0.9 };
const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const { store, drop } = await seededStore();
try {
  const snapshot = store.snapshot;

  const evaluation = evaluateSearch(snapshot, loadSearchQuestions());
  for (const o of evaluation.outcomes)
    if (verbose || o.rank !== 1) console.log(`${o.rank === 1 ? '✓' : o.rank ? `${o.rank}` : '✗'} [${o.lang}] ${o.q} → ${o.got.join(', ')}${o.rank === 1 ? '' : `  (want ${o.expect.join(' | ')})`}`);
  console.log(`\n${evaluation.total} questions (ja ${evaluation.byLang.ja.total}, en ${evaluation.byLang.en.total}) over ${snapshot.counts().resources} resources`);
  console.log(`top-1: ${pct(evaluation.top1)} (ja ${pct(evaluation.byLang.ja.top1)}, en ${pct(evaluation.byLang.en.top1)})  target ≥ ${pct(TARGETS.top1)}`);
  console.log(`top-3: ${pct(evaluation.top3)} (ja ${pct(evaluation.byLang.ja.top3)}, en ${pct(evaluation.byLang.en.top3)})  target ≥ ${pct(TARGETS.top3)}`);
  if (evaluation.top1 < TARGETS.top1 || evaluation.top3 < TARGETS.top3) process.exitCode = 1;
} finally {
  await drop();
}
