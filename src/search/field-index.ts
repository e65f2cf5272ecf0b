import { listFieldEntries, type FieldEntry } from '../reference/list-field-entries.js';
import { isEnglishStopword } from './tokenize.js';
import { wordRuns } from './word-runs.js';

/** A field a question names, as a hit carries it. */
export interface FieldMatch {
  path: string;
  type: string;
  description: string | null;
  kind: string;
}

/** A field name the question holds and what it weighs: rarer across kinds weighs more. */
export interface FieldClue {
  /** The lower-cased field name (`maxsurge`), as the question wrote it or as adjacent words joined (`readiness probe`). */
  key: string;
  /** The words of the question it came from, and where. */
  text: string;
  start: number;
  end: number;
  weight: number;
}

/**
 * The field reference as a question lookup: lower-cased field name → the fields of that name, one
 * apiVersion per kind (its most stable one). Built from the upstream reference, so its size is
 * the reference's (about 70 kinds, some 8,000 fields), not the knowledge's: 50,000 resources do
 * not grow it, and it lives once per process.
 */
interface FieldIndex {
  byName: Map<string, FieldEntry[]>;
  kindsByName: Map<string, Set<string>>;
  /** A shorter spoken form of field names (`reclaim policy`, `termination grace period`) → the names and the share of their words it says. */
  byPart: Map<string, { key: string; share: number }[]>;
  kindCount: number;
}

let fieldIndex: FieldIndex | undefined;

function fieldIndexOf(): FieldIndex {
  if (fieldIndex) return fieldIndex;
  const chosen = new Map<string, string>(); // kind → apiVersion kept
  const entries: FieldEntry[] = [];
  for (const entry of listFieldEntries()) {
    const kept = chosen.get(entry.kind);
    if (kept === undefined || stability(entry.apiVersion) > stability(kept)) chosen.set(entry.kind, entry.apiVersion);
    entries.push(entry);
  }
  const byName = new Map<string, FieldEntry[]>();
  const kindsByName = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (chosen.get(entry.kind) !== entry.apiVersion) continue;
    const key = leafOf(entry.path).toLowerCase();
    const named = byName.get(key);
    if (named) named.push(entry);
    else byName.set(key, [entry]);
    kindsByName.set(key, (kindsByName.get(key) ?? new Set()).add(entry.kind));
  }
  fieldIndex = { byName, kindsByName, byPart: partsOf(byName), kindCount: chosen.size };
  return fieldIndex;
}

// A trailing unit people leave out when they say a field's name ("termination grace period").
const UNITS = new Set(['seconds', 'minutes', 'millis', 'bytes', 'percent']);
const MIN_PART_WORDS = 2;

// People name a field by its last words ("reclaim policy" for persistentVolumeReclaimPolicy,
// "history limit" for revisionHistoryLimit) or without its unit; a form that is itself a
// field's name is that field, not a part of another.
function partsOf(byName: ReadonlyMap<string, readonly FieldEntry[]>): Map<string, { key: string; share: number }[]> {
  const parts = new Map<string, { key: string; share: number }[]>();
  const add = (words: readonly string[], key: string, total: number) => {
    const part = words.join('');
    if (words.length < MIN_PART_WORDS) return;
    const known = parts.get(part) ?? [];
    if (!known.some((k) => k.key === key)) parts.set(part, [...known, { key, share: words.length / total }]);
  };
  for (const [key, entries] of byName) {
    const words = camelWords(leafOf(entries[0]?.path ?? ''));
    if (words.length <= MIN_PART_WORDS) continue;
    const unitless = UNITS.has(words.at(-1) ?? '') ? words.slice(0, -1) : words;
    if (unitless !== words) add(unitless, key, words.length);
    for (let from = 1; from < unitless.length; from++) add(unitless.slice(from), key, words.length);
  }
  return parts;
}

function camelWords(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/u).map((w) => w.toLowerCase());
}

// GA before beta before alpha; among equals the first seen stays.
function stability(apiVersion: string): number {
  return /alpha/.test(apiVersion) ? 0 : /beta/.test(apiVersion) ? 1 : 2;
}

function leafOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

// A plain lower-case word is a field name only sometimes ("partition", "handler"), a camelCase
// one or joined words ("readiness probe") nearly always.
const PLAIN_WORD_WEIGHT = 0.4;
const MIN_PLAIN_LENGTH = 4;
// Words that name a field of nearly every kind say nothing about which field is meant.
const GENERIC = new Set(['name', 'kind', 'metadata', 'spec', 'status', 'type', 'items', 'value', 'values', 'key', 'labels', 'annotations', 'namespace', 'apiversion', 'default', 'version', 'true', 'false', 'none']);
// Field names run to five words ("ttl seconds after finished" is ttlSecondsAfterFinished).
const MAX_SPAN_WORDS = 5;

/**
 * The field names a question holds: each Latin word, and up to five adjacent words joined
 * (`readiness probe` → readinessProbe), singular or plural, that the reference knows, or that say
 * a field's last words or its name without its unit (`reclaim policy`, `termination grace period`);
 * weighted by how few kinds have a field of that name (an IDF), less for a plain lower-case word
 * and in the share of the name said. Words inside a longer field name the question says are that
 * name's, not another field's ("image pull policy" is imagePullPolicy, not pullPolicy;
 * "termination grace period" is not deletionGracePeriodSeconds).
 */
export function fieldClues(question: string): FieldClue[] {
  const index = fieldIndexOf();
  const words = [...wordRuns(question)];
  const clues = new Map<string, FieldClue>();
  const found: FieldClue[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_SPAN_WORDS && i + n <= words.length; n++) {
      const span = words.slice(i, i + n);
      if (span.some((w) => w.script !== 'latin')) break;
      const said = span.map((w) => w.text).join('').normalize('NFKC').toLowerCase();
      const first = span[0]?.text ?? '';
      const camel = n > 1 || /[a-z][A-Z]/.test(first);
      // A function word that is also a field's name ("from", "when") says nothing of fields.
      if (GENERIC.has(said) || (!camel && (said.length < MIN_PLAIN_LENGTH || isEnglishStopword(said)))) continue;
      const start = span[0]?.index ?? 0;
      const end = (span[n - 1]?.index ?? 0) + (span[n - 1]?.text.length ?? 0);
      for (const { key, share } of namesSaid(index, said, camel ? n : 0)) {
        const kinds = index.kindsByName.get(key)?.size ?? 1;
        const idf = Math.log(1 + index.kindCount / kinds);
        found.push({ key, text: question.slice(start, end), start, end, weight: idf * (camel ? 1 : PLAIN_WORD_WEIGHT) * share });
      }
    }
  }
  for (const clue of found) {
    if (found.some((w) => w.start <= clue.start && w.end >= clue.end && w.end - w.start > clue.end - clue.start)) continue;
    const known = clues.get(clue.key);
    if (!known || known.weight < clue.weight) clues.set(clue.key, clue);
  }
  return [...clues.values()];
}

// The field names `said` (words joined, lower-cased) stands for: the name itself; for a name
// written as one (camelCase or several words, `words` of them; 0 for a plain word) singular or
// plural too ("access mode", "readiness probes"), and from two words on a part of longer names.
// A plain word is taken only as written: "container" is prose more often than the field containers.
function namesSaid(index: FieldIndex, said: string, words: number): { key: string; share: number }[] {
  const parts = words >= MIN_PART_WORDS ? (index.byPart.get(said) ?? []) : [];
  const forms = words === 0 ? [said] : [said, said.endsWith('s') ? said.slice(0, -1) : `${said}s`];
  for (const form of forms) if (index.byName.has(form) && !GENERIC.has(form)) return [{ key: form, share: 1 }, ...parts];
  return parts;
}

/**
 * Whether a clue is written as only a field name is, in lowerCamelCase ("readinessProbe",
 * "targetPort"): a plain word ("linux", "server") may be anything, joined words ("pod IPs") may be
 * prose, and an UpperCamelCase one ("PriorityLevelConfiguration") is a kind's name first.
 */
export function isFieldSpelling(clue: FieldClue): boolean {
  return /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(clue.text);
}

/**
 * The best field of `kind` among those the clues name, and its weight: the heaviest clue, then
 * the field whose path shares most words with the question (an ancestor another clue names adds
 * that clue's weight: "partition in a rolling update" is rollingUpdate.partition), then the shallowest (Pod's
 * `spec.terminationGracePeriodSeconds` before a template's), `status` fields last.
 */
export function bestField(kind: string, clues: readonly FieldClue[], question: string): { field: FieldMatch; weight: number; clue: FieldClue } | null {
  const index = fieldIndexOf();
  const lower = question.toLowerCase();
  let best: { field: FieldMatch; weight: number; clue: FieldClue; rank: number } | null = null;
  for (const clue of clues) {
    for (const entry of index.byName.get(clue.key) ?? []) {
      if (entry.kind !== kind) continue;
      const segments = entry.path.split('.');
      const ancestors = segments.slice(0, -1).map((s) => s.toLowerCase());
      // An ancestor the question names, as written or as another clue ("max unavailable in a rolling update"), places the field.
      const placing = clues.filter((c) => c !== clue && ancestors.includes(c.key) && !isPlainWord(c));
      const shared = ancestors.filter((s) => (s.length > 3 && lower.includes(s)) || placing.some((c) => c.key === s)).length;
      const depth = segments.length + (segments[0] === 'status' ? 4 : 0);
      // The field answers the clues that place it as well as its own.
      const weight = clue.weight / (1 + 0.15 * Math.max(0, depth - 2 - shared)) + placing.reduce((sum, c) => sum + c.weight, 0);
      const rank = weight + 0.01 * shared;
      if (!best || rank > best.rank) best = { field: { path: entry.path, type: entry.type, description: entry.description, kind }, weight, clue, rank };
    }
  }
  return best && { field: best.field, weight: best.weight, clue: best.clue };
}

// A single lower-case word ("containers", "backend"): prose as often as a field's name, too weak to place another field.
function isPlainWord(clue: FieldClue): boolean {
  return !/\s|[a-z][A-Z]/u.test(clue.text);
}

/** The kinds having a field any clue names: where a field question's answer can be. */
export function kindsWithFields(clues: readonly FieldClue[]): Set<string> {
  const index = fieldIndexOf();
  const kinds = new Set<string>();
  for (const clue of clues) for (const kind of index.kindsByName.get(clue.key) ?? []) kinds.add(kind);
  return kinds;
}
