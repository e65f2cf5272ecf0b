import type { ApiVersionEntry } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import type { FieldAnswer } from './asked-field.js';
import type { VersionAnswer } from './asked-versions.js';

/** A field answer as plain data, the resource by name: what REST and MCP send. */
export function presentField(field: FieldAnswer) {
  const { resource, ...rest } = field;
  return { ...rest, resource: resource.name };
}

/** A version answer as plain data in one language, resources by name: what REST and MCP send. */
export function presentVersions(versions: VersionAnswer, lang: Lang) {
  const entry = (e: ApiVersionEntry) => ({
    apiVersion: e.apiVersion,
    introducedIn: e.introducedIn,
    deprecatedIn: e.deprecatedIn,
    removedIn: e.removedIn,
    replacement: e.replacement,
    note: e.text?.[lang].note ?? null,
  });
  return {
    resource: versions.resource.name,
    kind: versions.kind,
    release: versions.release,
    asked: versions.asked && entry(versions.asked),
    askedServed: versions.askedServed,
    askedReplacement: versions.askedReplacement,
    supersededBy: versions.supersededBy?.name ?? null,
    history: versions.history.map(entry),
  };
}
