import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { fieldClues, isFieldSpelling } from './field-index.js';
import { findMentions } from './find-mentions.js';
import { detectLang } from './detect-lang.js';
import { wordRuns } from './word-runs.js';

/** A kind's name as Kubernetes spells it. */
// UpperCamelCase of two humps or more: "ReplicationController", not "Role" (AWS has roles too) or "GitHub" (no resource).
export const KIND_SPELLING = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;

/**
 * Whether a question names something only Kubernetes has, spelt as Kubernetes spells it: a field
 * of some kind in lowerCamelCase (`successfulJobsHistoryLimit`), a resource by its CamelCase
 * name (`ReplicationController`), or a status reason only Kubernetes prints (`CrashLoopBackOff`).
 * Such a question is about Kubernetes however its other words score, so it is answered, never declined.
 */
export function namesKubernetes(snapshot: KnowledgeSnapshot, question: string): boolean {
  return (
    fieldClues(question).some(isFieldSpelling) ||
    findMentions(snapshot, question).some((m) => KIND_SPELLING.test(m.text)) ||
    [...wordRuns(question)].some((w) => w.script === 'latin' && STATUS_REASONS.has(w.text.toLowerCase()))
  );
}

// Reasons only Kubernetes prints, as people paste them from `kubectl get pods` and `kubectl describe`:
// a Pod's waiting and terminated reasons, and the kubelet's and scheduler's event reasons.
const STATUS_REASONS = new Set([
  'containercreating',
  'podinitializing',
  'crashloopbackoff',
  'imagepullbackoff',
  'errimagepull',
  'errimageneverpull',
  'invalidimagename',
  'createcontainerconfigerror',
  'createcontainererror',
  'runcontainererror',
  'oomkilled',
  'failedscheduling',
  'failedmount',
  'failedattachvolume',
  'failedcreatepodsandbox',
  'nodenotready',
]);

/**
 * Whether a Japanese question writes a kind's name in Latin letters exactly as Kubernetes does
 * ("Serviceを作ったのにcurlがつながらない", "Pod作成が失敗する"): Japanese prose borrows the word
 * for the kind. Weaker than namesKubernetes, since other products' roles and services are written so
 * too ("IAMのRole"): it places a question in Kubernetes only when no other product is asked about.
 */
export function writesKindInJapanese(snapshot: KnowledgeSnapshot, question: string): boolean {
  return detectLang(question) === 'ja' && findMentions(snapshot, question).some((m) => m.text === (m.resource.kubernetes?.kind ?? m.resource.name));
}
