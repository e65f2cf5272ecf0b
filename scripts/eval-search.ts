/**
 * `npm run eval:search`: asks the answer engine every question of the halves of each round
 * (eval/questions.{dev,test}.yaml, eval/questions.{dev,test}-2.yaml, eval/questions.{dev,test}-3.yaml)
 * and of the historic eval/search-questions.yaml over a freshly migrated and seeded SQLite database,
 * prints the figures per type and language with the misses, for each half and for the unions
 * dev+dev-2+dev-3 (tuning) and test+test-2+test-3 (held out, where issue 11's targets are met), and
 * writes eval/results/latest.json.
 *   --show-test-misses  also list the test halves' misses (never while tuning)
 *   --out FILE          write the JSON report there instead
 *   --against FILE      also print what moved since an earlier report (eval/results/baseline.json)
 *   --strict            exit 1 when the held-out union misses a target of issue 11
 *   --fit-confidence    fit the confidence model and the abstention threshold on the dev halves
 *                       only (dev+dev-2+dev-3), and print them for src/search/confidence.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithEarlier } from '../src/evaluation/compare-reports.js';
import { chooseThreshold, fitLogistic, fitPoints } from '../src/evaluation/fit-confidence.js';
import { evaluateQuestionSets } from '../src/evaluation/evaluate-question-set.js';
import { evaluationReport } from '../src/evaluation/evaluation-report.js';
import { checkTargets, formatEvaluation } from '../src/evaluation/format-evaluation.js';
import { EVAL_DIR, HELD_OUT_SET, loadPendingKinds, loadQuestionSets, TUNING_SET } from '../src/evaluation/question-sets.js';
import { seededStore } from './temporary-seeded-store.js';

const { values: args } = parseArgs({
  options: {
    'show-test-misses': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(EVAL_DIR, 'results', 'latest.json') },
    against: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'fit-confidence': { type: 'boolean', default: false },
  },
});
const options = { showTestMisses: args['show-test-misses'], pendingKinds: loadPendingKinds() };
const sets = loadQuestionSets();

const { store, drop } = await seededStore();
try {
  const snapshot = store.snapshot;
  if (args['fit-confidence']) {
    // The dev halves only: no test half may shape the model or the threshold.
    const dev = sets.find((set) => set.name === TUNING_SET);
    if (!dev) throw new Error(`no ${TUNING_SET} set`);
    const points = fitPoints(snapshot, dev);
    const model = fitLogistic(points);
    const { chosen, sweep } = chooseThreshold(points, model);
    console.log(`CONFIDENCE_MODEL = ${JSON.stringify(model)}`);
    for (const s of sweep.filter((s) => Math.round(s.threshold * 100) % 5 === 0 || s === chosen))
      console.log(`  < ${s.threshold.toFixed(2)}  off-topic declined ${pct(s.offtopicDeclined)}  wrongly declined ${pct(s.wronglyDeclined)}  right and kept ${pct(s.top1Kept)}`);
    console.log(`ABSTAIN_BELOW = ${chosen.threshold}`);
    process.exit(0);
  }
  const evaluations = evaluateQuestionSets(snapshot, sets);
  console.log(`${snapshot.counts().resources} resources in the knowledge (revision ${snapshot.revision})`);
  for (const line of formatEvaluation(evaluations, options)) console.log(line);

  if (args.against) for (const line of ['', ...compareWithEarlier(args.against, evaluations, options)]) console.log(line);

  const report = evaluationReport(snapshot, evaluations, options);
  if (report.pendingKindsInKnowledge.length > 0)
    console.log(`\nnow in the knowledge, so drop them from eval/pending-kinds.yaml: ${report.pendingKindsInKnowledge.join(', ')}`);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${path.relative(process.cwd(), args.out)}`);

  const heldOut = evaluations.find((e) => e.name === HELD_OUT_SET);
  if (args.strict && heldOut && checkTargets(heldOut).some((check) => check.met === false)) process.exitCode = 1;
} finally {
  await drop();
}

function pct(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}
