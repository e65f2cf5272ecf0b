import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../errors.js';
import {
  ApiVersionsFile,
  CategoriesFile,
  ComparisonSeed,
  CorrectionsFile,
  FieldNotesFile,
  RelationsFile,
  ResourceSeed,
  type CategorySeed,
  type ComparisonSeed as ComparisonSeedT,
  type CorrectionSeed,
  type FieldNoteSeed,
  type RelationSeed,
  type ResourceSeed as ResourceSeedT,
} from './seed-files.js';
import { checkSeedReferences } from './check-seed-references.js';

type ApiVersionsFile = z.infer<typeof ApiVersionsFile>;

/** The whole knowledge as the seed folder states it, validated and cross-checked. */
export interface SeedKnowledge {
  categories: CategorySeed[];
  resources: ResourceSeedT[];
  relations: RelationSeed[];
  comparisons: ComparisonSeedT[];
  corrections: CorrectionSeed[];
  fieldNotes: FieldNoteSeed[];
  apiVersions: ApiVersionsFile['kinds'];
}

/** Where a seed record came from, so errors can name the file. */
export type SeedOrigin = Map<object, string>;

function listYaml(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function readFile<S extends z.ZodType>(file: string, schema: S, root: string, issues: FieldIssue[]): z.infer<S> | undefined {
  const rel = path.relative(root, file);
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError ? ` at line ${error.linePos?.[0].line}` : '';
    issues.push({ path: rel, message: `not valid YAML${where}: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    issues.push({ path: `${rel}: ${issue.path.join('.') || '(file)'}`, message: issue.message });
  return undefined;
}

/**
 * Reads and validates every file under `dir` (categories.yaml, resources/, relations/, comparisons/,
 * corrections.yaml, field-notes/, api-versions/). Any bad record fails the whole read with file, path and reason for each problem.
 */
export function readSeed(dir: string): SeedKnowledge {
  const issues: FieldIssue[] = [];
  const origin: SeedOrigin = new Map();
  const categories = readFile(path.join(dir, 'categories.yaml'), CategoriesFile, dir, issues)?.categories ?? [];
  const resources: ResourceSeedT[] = [];
  for (const file of listYaml(path.join(dir, 'resources'))) {
    const resource = readFile(file, ResourceSeed, dir, issues);
    if (resource) {
      resources.push(resource);
      origin.set(resource, path.relative(dir, file));
    }
  }
  const relations: RelationSeed[] = [];
  for (const file of listYaml(path.join(dir, 'relations'))) {
    const records = readFile(file, RelationsFile, dir, issues)?.relations ?? [];
    records.forEach((r, i) => origin.set(r, `${path.relative(dir, file)}: relations.${i}`));
    relations.push(...records);
  }
  const comparisons: ComparisonSeedT[] = [];
  for (const file of listYaml(path.join(dir, 'comparisons'))) {
    const comparison = readFile(file, ComparisonSeed, dir, issues);
    if (comparison) {
      comparisons.push(comparison);
      origin.set(comparison, path.relative(dir, file));
    }
  }
  const correctionsFile = path.join(dir, 'corrections.yaml');
  const corrections = fs.existsSync(correctionsFile)
    ? (readFile(correctionsFile, CorrectionsFile, dir, issues)?.corrections ?? [])
    : [];
  corrections.forEach((c, i) => origin.set(c, `corrections.yaml: corrections.${i}`));

  const fieldNotes: FieldNoteSeed[] = [];
  for (const file of listYaml(path.join(dir, 'field-notes'))) {
    const records = readFile(file, FieldNotesFile, dir, issues)?.notes ?? [];
    records.forEach((n, i) => origin.set(n, `${path.relative(dir, file)}: notes.${i}`));
    fieldNotes.push(...records);
  }
  const apiVersions: ApiVersionsFile['kinds'] = [];
  for (const file of listYaml(path.join(dir, 'api-versions'))) {
    const records = readFile(file, ApiVersionsFile, dir, issues)?.kinds ?? [];
    records.forEach((k, i) => origin.set(k, `${path.relative(dir, file)}: kinds.${i}`));
    apiVersions.push(...records);
  }

  const knowledge: SeedKnowledge = { categories, resources, relations, comparisons, corrections, fieldNotes, apiVersions };
  if (issues.length === 0) issues.push(...checkSeedReferences(knowledge, origin));
  if (issues.length > 0) {
    throw new AppError('SEED_INVALID', {
      message: `seed in ${dir} is invalid:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
      issues,
    });
  }
  return knowledge;
}
