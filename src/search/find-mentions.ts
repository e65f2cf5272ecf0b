import type { KnowledgeSnapshot, NameMatch } from '../knowledge/knowledge-snapshot.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import { wordRuns } from './word-runs.js';

/** A resource named in a text by its name, an alias, a shortName, plural, kind or local name. */
export interface Mention {
  resource: Resource;
  match: NameMatch;
  text: string;
  start: number;
  end: number;
}

/** Words a name may span ("None Selector", "persistent volume claim"); longer spans are tried first. */
export const MAX_NAME_WORDS = 4;
// ShortNames that are everyday words ("no" is Node's) must not turn a sentence into a lookup.
const EVERYDAY_WORDS = new Set(['no', 'as', 'is', 'it', 'on', 'in', 'at', 'to', 'or', 'an', 'ing']);

/**
 * The resources a text names outright, in the order they appear, each once. Words and runs of
 * up to four words are looked up as the snapshot's names; the longest match at a place wins, so
 * "CronJob" is not also read as "Job".
 */
export function findMentions(snapshot: KnowledgeSnapshot, text: string): Mention[] {
  const words = [...wordRuns(text)];
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const first = words[i];
      const last = words[i + n - 1];
      if (!first || !last) continue;
      const start = first.index;
      const end = last.index + last.text.length;
      const span = text.slice(start, end);
      if (n === 1 && EVERYDAY_WORDS.has(span.toLowerCase())) continue;
      const found = snapshot.findResource(span);
      if (!found) continue;
      if (!seen.has(found.resource.name)) {
        seen.add(found.resource.name);
        mentions.push({ ...found, text: span, start, end });
      }
      step = n;
      break;
    }
    i += step;
  }
  return mentions;
}
