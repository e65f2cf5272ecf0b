import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

/**
 * A fact whose value is English prose carries `valueByLang`, so that a Japanese answer is all Japanese.
 * Prose: a string with spaces that holds at least one lower-case English word and is not a command
 * (`kubectl ...`). Single tokens (field paths, enum values, `spec.replicas`, `<name>-<ordinal>`) and strings
 * of names only (`LoadBalancer Service`, `Google Cloud`) are not prose.
 */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const COMMAND = /^(kubectl|helm|perl|sh)\s/;

/** Whether a string reads as English prose. */
function isProse(text: string): boolean {
  if (!/\s/.test(text.trim()) || COMMAND.test(text)) return false;
  return text.split(/\s+/).some((word) => /^\(?[a-z][a-z-]+[),.;]?$/.test(word));
}

/** Every prose string in a JSON value, with its path. */
function proseIn(value: unknown, at = ''): Array<{ at: string; text: string }> {
  if (typeof value === 'string') return isProse(value) ? [{ at, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseIn(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => proseIn(v, `${at}.${k}`));
  return [];
}
const valueAt = (value: unknown, at: string): unknown =>
  [...at.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].reduce<unknown>((v, m) => (v as Record<string, unknown> | undefined)?.[m[1] ?? Number(m[2])], value);

/** The shape of a JSON value: arrays by length, objects by their keys, the rest by type. */
const shapeOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(shapeOf)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]))
      : typeof value;

const facts = seed.resources.flatMap((r) => r.facts.map((f) => ({ resource: r.name, ...f })));

describe('prose in fact values', () => {
  it('recognizes prose and leaves names, paths, enums and commands alone', () => {
    expect(['read-write by a single node', 'hostNetwork or hostPort', 'A/AAAA record of the cluster IP', 'Services with a selector'].every(isProse)).toBe(true);
    expect(['LoadBalancer Service', 'spec.replicas', 'kubectl rollout undo deployment/<name>', 'RollingUpdate', '<pod-name>.<service-name>', 'desiredReplicas = ceil(x * y)'].some(isProse)).toBe(false);
  });

  it('finds prose among the facts (the check below is not vacuous)', () => {
    expect(facts.filter((f) => proseIn(f.value).length > 0).length).toBeGreaterThan(20);
  });

  it('gives every fact with a prose value a Japanese value of the same shape', () => {
    const missing: string[] = [];
    for (const f of facts)
      for (const { at, text } of proseIn(f.value)) {
        const ja = f.valueByLang ? valueAt(f.valueByLang.ja, at) : undefined;
        if (typeof ja !== 'string' || !JAPANESE.test(ja)) missing.push(`${f.resource}.${f.key}${at}: ${text}`);
      }
    expect(missing).toEqual([]);
    for (const f of facts.filter((x) => x.valueByLang)) expect(shapeOf(f.valueByLang!.ja), `${f.resource}.${f.key}`).toEqual(shapeOf(f.value));
  });

  it('keeps the English value of every translated fact equal to its value', () => {
    for (const f of facts.filter((x) => x.valueByLang)) expect(f.valueByLang!.en, `${f.resource}.${f.key}`).toEqual(f.value);
  });
});
