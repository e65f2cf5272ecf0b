import { listFieldEntries, type FieldEntry } from '../reference/list-field-entries.js';
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
  fieldIndex = { byName, kindsByName, kindCount: chosen.size };
  return fieldIndex;
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

/**
 * The field names a question holds: each Latin word, and two or three adjacent words joined
 * (`readiness probe` → readinessProbe), that the reference knows; weighted by how few kinds
 * have a field of that name (an IDF), and less for a plain lower-case word.
 */
export function fieldClues(question: string): FieldClue[] {
  const index = fieldIndexOf();
  const words = [...wordRuns(question)];
  const clues = new Map<string, FieldClue>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const span = words.slice(i, i + n);
      if (span.some((w) => w.script !== 'latin')) break;
      const key = span.map((w) => w.text).join('').normalize('NFKC').toLowerCase();
      if (GENERIC.has(key) || !index.byName.has(key)) continue;
      const first = span[0]?.text ?? '';
      const camel = n > 1 || /[a-z][A-Z]/.test(first);
      if (!camel && key.length < MIN_PLAIN_LENGTH) continue;
      const kinds = index.kindsByName.get(key)?.size ?? 1;
      const idf = Math.log(1 + index.kindCount / kinds);
      const weight = idf * (camel ? 1 : PLAIN_WORD_WEIGHT);
      const start = span[0]?.index ?? 0;
      const end = (span[n - 1]?.index ?? 0) + (span[n - 1]?.text.length ?? 0);
      const known = clues.get(key);
      if (!known || known.weight < weight) clues.set(key, { key, text: question.slice(start, end), start, end, weight });
    }
  }
  return [...clues.values()];
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
 * the field whose path shares most words with the question, then the shallowest (Pod's
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
      const shared = segments.slice(0, -1).filter((s) => s.length > 3 && lower.includes(s.toLowerCase())).length;
      const depth = segments.length + (segments[0] === 'status' ? 4 : 0);
      const weight = clue.weight / (1 + 0.15 * Math.max(0, depth - 2 - shared));
      const rank = weight + 0.01 * shared;
      if (!best || rank > best.rank) best = { field: { path: entry.path, type: entry.type, description: entry.description, kind }, weight, clue, rank };
    }
  }
  return best && { field: best.field, weight: best.weight, clue: best.clue };
}

/** The kinds having a field any clue names: where a field question's answer can be. */
export function kindsWithFields(clues: readonly FieldClue[]): Set<string> {
  const index = fieldIndexOf();
  const kinds = new Set<string>();
  for (const clue of clues) for (const kind of index.kindsByName.get(clue.key) ?? []) kinds.add(kind);
  return kinds;
}
