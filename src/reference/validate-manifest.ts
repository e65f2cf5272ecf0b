import { distance } from 'fastest-levenshtein';
import { apiVersionsOfKind, findReferenceKind } from './find-reference-kind.js';
import { fieldTypeLabel } from './field-type-label.js';
import { loadFieldReference, type FieldReferenceData, type FieldType } from './field-reference-data.js';

/** What is wrong at one place of a manifest. */
export type ManifestProblem = 'unknown-kind' | 'missing-field' | 'unknown-field' | 'wrong-type' | 'value-not-allowed';

/** One finding of `validateManifest`, at a path such as `spec.template.spec.containers[0].image`. */
export interface ManifestIssue {
  path: string;
  problem: ManifestProblem;
  message: string;
  /** The type or values the schema wants there, as `kubectl explain` prints them. */
  expected: string | null;
  /** Close field names or known apiVersions, when there are any. */
  suggestions: string[];
}

type Definitions = FieldReferenceData['definitions'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function closeNames(typed: string, names: string[]): string[] {
  return names
    .map((name) => ({ name, score: distance(typed.toLowerCase(), name.toLowerCase()) }))
    .filter((entry) => entry.score <= Math.max(2, Math.floor(typed.length / 3)))
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((entry) => entry.name);
}

function scalarFits(type: FieldType, value: unknown): boolean {
  switch (type.t) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'IntOrString':
      return typeof value === 'string' || Number.isInteger(value);
    case 'Quantity':
      return typeof value === 'string' || typeof value === 'number';
    default:
      return true;
  }
}

function checkValue(value: unknown, type: FieldType, path: string, definitions: Definitions, issues: ManifestIssue[]): void {
  // The API server treats an explicit null as "not set" (kubectl's own output carries `creationTimestamp: null`).
  if (value === null || value === undefined) return;
  const wrongType = (): void => {
    const expected = fieldTypeLabel(type, definitions);
    issues.push({ path, problem: 'wrong-type', message: `${path} must be ${expected}, not ${describeValue(value)}`, expected, suggestions: [] });
  };
  if (type.t === 'array') {
    if (!Array.isArray(value)) return wrongType();
    value.forEach((item, index) => checkValue(item, type.of, `${path}[${index}]`, definitions, issues));
    return;
  }
  if (type.t === 'map') {
    if (!isPlainObject(value)) return wrongType();
    for (const [key, item] of Object.entries(value)) checkValue(item, type.of, join(path, key), definitions, issues);
    return;
  }
  if (type.t === 'ref') {
    const definition = definitions[type.ref];
    if (!definition || definition.properties.length === 0) return;
    if (!isPlainObject(value)) return wrongType();
    checkObject(value, type.ref, path, definitions, issues);
    return;
  }
  if (!scalarFits(type, value)) return wrongType();
  if (type.t === 'string' && type.enum && !type.enum.includes(value as string)) {
    issues.push({
      path,
      problem: 'value-not-allowed',
      message: `${path} is ${JSON.stringify(value)}; allowed: ${type.enum.join(', ')}`,
      expected: type.enum.join(' | '),
      suggestions: closeNames(value as string, type.enum),
    });
  }
}

function checkObject(value: Record<string, unknown>, definitionId: string, path: string, definitions: Definitions, issues: ManifestIssue[]): void {
  const properties = definitions[definitionId]?.properties ?? [];
  for (const property of properties) {
    if (property.required && value[property.name] === undefined) {
      const at = join(path, property.name);
      issues.push({
        path: at,
        problem: 'missing-field',
        message: `${at} is required`,
        expected: fieldTypeLabel(property.type, definitions),
        suggestions: [],
      });
    }
  }
  const names = properties.map((property) => property.name);
  for (const [key, item] of Object.entries(value)) {
    const property = properties.find((candidate) => candidate.name === key);
    const at = join(path, key);
    if (!property) {
      const suggestions = closeNames(key, names);
      issues.push({
        path: at,
        problem: 'unknown-field',
        message: `${at} is not a field of ${definitions[definitionId]?.name ?? 'this object'}${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`,
        expected: null,
        suggestions: suggestions.map((name) => join(path, name)),
      });
      continue;
    }
    checkValue(item, property.type, at, definitions, issues);
  }
}

/**
 * Checks one manifest against the upstream schema of its own apiVersion and kind: an unknown
 * kind/apiVersion, missing required fields, wrong types, values outside an enum and unknown fields
 * (refused, as `kubectl apply --validate=strict` does). An empty list means the manifest is valid.
 */
export function validateManifest(manifest: unknown): ManifestIssue[] {
  if (!isPlainObject(manifest)) {
    return [{ path: '', problem: 'wrong-type', message: `a manifest must be an object, not ${describeValue(manifest)}`, expected: '<Object>', suggestions: [] }];
  }
  const { apiVersion, kind } = manifest;
  const identity: ManifestIssue[] = [];
  for (const [field, value] of [['apiVersion', apiVersion], ['kind', kind]] as const) {
    if (typeof value !== 'string' || value.length === 0) {
      identity.push({ path: field, problem: 'missing-field', message: `${field} is required and must be a string`, expected: '<string>', suggestions: [] });
    }
  }
  if (identity.length > 0) return identity;
  const found = findReferenceKind(apiVersion as string, kind as string);
  if (!found) {
    const known = apiVersionsOfKind(kind as string);
    const message = known.length
      ? `${String(kind)} is not served as ${String(apiVersion)}; the reference knows it as ${known.map((entry) => `${entry.apiVersion} ${entry.kind}`).join(', ')}`
      : `no kind ${String(kind)} is known under ${String(apiVersion)}`;
    return [{ path: 'apiVersion', problem: 'unknown-kind', message, expected: null, suggestions: known.map((entry) => entry.apiVersion) }];
  }
  const issues: ManifestIssue[] = [];
  const { definitions } = loadFieldReference();
  checkObject(manifest, found.definition, '', definitions, issues);
  return issues;
}
