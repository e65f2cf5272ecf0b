import { AppError } from '../errors.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { resourceUrl } from '../knowledge/knowledge-urls.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { fieldTextSources } from '../reference/field-in-language.js';
import { loadFieldReference } from '../reference/field-reference-data.js';
import { findReferenceKind } from '../reference/find-reference-kind.js';
import { kindTargetOf } from '../reference/kind-target.js';
import { listFieldPaths } from '../reference/list-field-paths.js';
import { fieldPathSegments, resolveFieldPath } from '../reference/resolve-field-path.js';
import { resourceFieldNotes } from '../reference/resource-field-notes.js';
import { resourceFields } from '../reference/resource-fields.js';
import { findMentions } from '../search/find-mentions.js';
import type { SearchHit } from '../search/search-resources.js';
import { fieldDefault } from './field-default.js';

/** A field an answer is about: the upstream reference (English) beside kubedex's note, with its default. */
export interface FieldAnswer {
  /** The resource whose kind holds the field (a variant answers its kind's fields). */
  resource: Resource;
  apiVersion: string;
  kind: string;
  path: string;
  /** As kubectl explain prints it, e.g. `<IntOrString>`. */
  type: string;
  required: boolean;
  enum: string[] | null;
  /** The default as kubedex's note or the upstream description states it; null when neither does. */
  default: string | null;
  /** Upstream English description. */
  description: string | null;
  /** kubedex's note, in the answer's language. */
  note: string | null;
  /** The field's page on the REST field reference. */
  url: string;
  sources: ReturnType<typeof fieldTextSources>;
}

// Words that name a part of every object rather than a field anyone asks about.
const GENERIC_WORDS = new Set(['spec', 'status', 'metadata', 'name', 'kind', 'type', 'data', 'items', 'default', 'field', 'value']);
const MIN_WORD_LENGTH = 4;
// Of those, the ones that are a kind's own field beside the kind's name: "Secretのtype", "ConfigMapのdata".
const OWN_FIELD_WORDS = new Set(['type', 'data', 'name']);
// How deep such an own field lies: `type`, `spec.type`, `metadata.name`.
const OWN_FIELD_DEPTH = 2;

interface FieldToken {
  text: string;
  /**
   * `path` (spec.backoffLimit), `camel` (maxSurge), a plain lower-case `word` (replicas), or an
   * `own` field word (type) that names a field only of a kind the question names.
   */
  shape: 'path' | 'camel' | 'word' | 'own';
}

/**
 * The field a question asks about, when it names one: a field path or field name of a resource
 * the question names (`JobのbackoffLimit`), else the field the best match names, else a field
 * name (`maxSurge`, `spec.backoffLimit`) of a matching resource or of one kubedex has a note on.
 */
export function findAskedField(snapshot: KnowledgeSnapshot, input: { q: string; matches: readonly SearchHit[]; lang: Lang; baseUrl: string }): FieldAnswer | null {
  const { q, matches, lang, baseUrl } = input;
  const build = (resource: Resource, path: string) => fieldAnswer(snapshot, { resource, path, lang, baseUrl });
  const tokens = fieldTokens(snapshot, q);
  const mentions = findMentions(snapshot, q);
  for (const { resource } of mentions)
    for (const token of tokens) {
      const path = locate(snapshot, resource, token);
      if (path) return build(resource, path);
    }
  const best = matches[0];
  // "what is a NodePort" names the resource, not its field nodePort, however the ranking read it.
  const namedAsResource = (path: string) => mentions.some((m) => m.text.toLowerCase() === leafOf(path) && !/^[a-z]+[A-Z]/u.test(m.text));
  // The ranking's field is read through the same reference; one it cannot explain is no answer.
  const fromRanking = best?.field && !namedAsResource(best.field.path) ? orNull(() => build(best.resource, best.field?.path ?? '')) : null;
  if (fromRanking) return fromRanking;
  const named = tokens.filter((t) => t.shape === 'path' || t.shape === 'camel');
  if (named.length === 0) return null;
  const leaves = new Set(named.map((t) => leafOf(t.text)));
  const noted = snapshot.resources.filter((r) => r.fieldNotes.some((n) => leaves.has(leafOf(n.path))));
  const candidates = [...new Set([...matches.map((m) => m.resource), ...noted])];
  // A field kubedex has a note on is the one people mean (maxSurge of a Deployment, not of a DaemonSet's status).
  for (const requireNote of [true, false])
    for (const resource of candidates)
      for (const token of named) {
        const path = locate(snapshot, resource, token);
        if (path && (!requireNote || resourceFieldNotes(snapshot, resource).has(path))) return build(resource, path);
      }
  return null;
}

function orNull<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

function fieldTokens(snapshot: KnowledgeSnapshot, q: string): FieldToken[] {
  const text = q.normalize('NFKC');
  const tokens: FieldToken[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    // `batch/v1beta1`, `networking.k8s.io/v1`: an apiVersion, not a field.
    if (text[start - 1] === '/' || text[end] === '/') continue;
    const word = m[0];
    // A kind's apiVersion is asked of its history (findAskedVersions), not of the field every object has.
    if (word.toLowerCase() === 'apiversion') continue;
    // `NodePort` names a resource; `nodePort`, written as a field is, names its field.
    if (snapshot.findResource(word) && !/^[a-z]+[A-Z]/u.test(word)) continue;
    if (word.includes('.')) tokens.push({ text: word, shape: 'path' });
    else if (/[a-z][A-Z]/u.test(word)) tokens.push({ text: word, shape: 'camel' });
    else if (OWN_FIELD_WORDS.has(word.toLowerCase())) tokens.push({ text: word, shape: 'own' });
    else if (word === word.toLowerCase() && word.length >= MIN_WORD_LENGTH && !GENERIC_WORDS.has(word)) tokens.push({ text: word, shape: 'word' });
  }
  return tokens;
}

function leafOf(path: string): string {
  return (fieldPathSegments(path).at(-1) ?? '').toLowerCase();
}

/** The canonical path `token` names in the resource's kind; a plain word only when kubedex has a note on it, an own field word only near the top. */
function locate(snapshot: KnowledgeSnapshot, resource: Resource, token: FieldToken): string | null {
  const root = referenceRootOf(resource);
  if (!root) return null;
  const notes = resourceFieldNotes(snapshot, resource);
  if (token.shape === 'path') {
    const { definitions } = loadFieldReference();
    for (const path of [token.text, `spec.${token.text}`]) {
      const resolved = resolveFieldPath(root, fieldPathSegments(path), definitions);
      if (resolved.rest.length === 0 && resolved.matched.length > 0) return resolved.matched.at(-1)?.path ?? null;
    }
    return null;
  }
  const leaf = token.text.toLowerCase();
  const paths = listFieldPaths(root)
    .map((e) => e.path)
    .filter((p) => leafOf(p) === leaf && (token.shape !== 'word' || notes.has(p)) && (token.shape !== 'own' || p.split('.').length <= OWN_FIELD_DEPTH));
  const depth = (p: string) => p.split('.').length;
  paths.sort((a, b) => Number(notes.has(b)) - Number(notes.has(a)) || depth(a) - depth(b));
  return paths[0] ?? null;
}

/** The definition a resource's fields start from; null for a resource without a built-in kind (Volume, add-ons). */
function referenceRootOf(resource: Resource): string | null {
  return orNull(() => {
    const target = kindTargetOf(resource);
    return findReferenceKind(target.apiVersion, target.kind)?.definition ?? null;
  });
}

function fieldAnswer(snapshot: KnowledgeSnapshot, input: { resource: Resource; path: string; lang: Lang; baseUrl: string }): FieldAnswer {
  const { resource, path, lang, baseUrl } = input;
  const answer = resourceFields(snapshot, resource, { path, depth: 0 });
  const field = answer.fields[0] as (typeof answer.fields)[number];
  const note = field.note?.[lang] ?? null;
  return {
    resource,
    apiVersion: answer.apiVersion,
    kind: answer.kind,
    path: field.path,
    type: field.type,
    required: field.required,
    enum: field.enum,
    default: fieldDefault({ note, description: field.description, lang }),
    description: field.description,
    note,
    url: `${resourceUrl(resource, baseUrl)}/fields/${field.path}`,
    sources: fieldTextSources(answer.source, lang),
  };
}
