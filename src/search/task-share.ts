import { tokenize } from './tokenize.js';

/**
 * The share of a task's words the question holds: "inject a sidecar container into every pod
 * automatically at creation" holds all of "inject a sidecar into Pods automatically", though the
 * task holds only part of the question. Words as `tokenize` reads them, exact terms only, as the
 * task index matches them.
 */
export function taskShare(task: string, questionTerms: ReadonlySet<string>): number {
  const words = new Map<number, boolean>();
  for (const t of tokenize(task)) words.set(t.word, (words.get(t.word) ?? false) || questionTerms.has(t.term));
  if (words.size === 0) return 0;
  return [...words.values()].filter(Boolean).length / words.size;
}
