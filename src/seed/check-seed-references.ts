import type { FieldIssue } from '../errors.js';
import { normalizeName } from '../knowledge/normalize-name.js';
import type { SeedKnowledge, SeedOrigin } from './read-seed.js';

/**
 * Checks what no single file can: names are unique, every reference points at a record that exists,
 * parent_of has no cycle, and every alias is unambiguous.
 */
export function checkSeedReferences(seed: SeedKnowledge, origin: SeedOrigin): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (record: object, field: string) => `${origin.get(record) ?? '?'}: ${field}`;
  const categories = new Set(seed.categories.map((c) => c.slug));
  const names = new Map<string, string>();
  const taken = new Map<string, string>(); // normalized name or alias → resource

  for (const c of seed.categories)
    if (seed.categories.filter((o) => o.slug === c.slug).length > 1)
      issues.push({ path: `categories.yaml: ${c.slug}`, message: 'category slug is used twice' });

  for (const r of seed.resources) {
    if (names.has(r.name)) issues.push({ path: at(r, 'name'), message: `${r.name} is defined twice` });
    names.set(r.name, r.name);
    if (!categories.has(r.category)) issues.push({ path: at(r, 'category'), message: `unknown category ${r.category}` });
    r.alsoListedIn.forEach((l, i) => {
      if (!categories.has(l.category)) issues.push({ path: at(r, `alsoListedIn.${i}.category`), message: `unknown category ${l.category}` });
    });
    if (r.kubernetes && r.example && !r.example.includes(`kind: ${r.kubernetes.kind}`))
      issues.push({ path: at(r, 'example'), message: `example manifest is not of kind ${r.kubernetes.kind}` });
  }
  const claim = (key: string, resource: string, where: string) => {
    const owner = taken.get(key);
    if (owner && owner !== resource) issues.push({ path: where, message: `"${key}" already names ${owner}` });
    else taken.set(key, resource);
  };
  for (const r of seed.resources) claim(normalizeName(r.name), r.name, at(r, 'name'));
  for (const r of seed.resources) {
    // Aliases are stored by their normalized form, so two that normalize alike would overwrite each other on every run.
    const own = new Set([normalizeName(r.name), ...(r.kubernetes?.shortNames ?? []).map(normalizeName)]);
    r.aliases.forEach((a, i) => {
      const key = normalizeName(a.name);
      if (own.has(key)) issues.push({ path: at(r, `aliases.${i}`), message: `"${a.name}" is already reached by ${r.name}'s name, a shortName or another alias` });
      own.add(key);
      claim(key, r.name, at(r, `aliases.${i}`));
    });
  }

  for (const r of seed.resources) {
    if (r.variant && !names.has(r.variant.of)) issues.push({ path: at(r, 'variant.of'), message: `unknown resource ${r.variant.of}` });
    if (r.supersededBy && !names.has(r.supersededBy)) issues.push({ path: at(r, 'supersededBy'), message: `unknown resource ${r.supersededBy}` });
  }
  for (const rel of seed.relations)
    for (const end of ['from', 'to'] as const)
      if (!names.has(rel[end])) issues.push({ path: at(rel, end), message: `unknown resource ${rel[end]}` });
  for (const rel of seed.relations)
    if (seed.relations.filter((o) => o.from === rel.from && o.to === rel.to && o.kind === rel.kind).length > 1)
      issues.push({ path: at(rel, 'kind'), message: `${rel.from} ${rel.kind} ${rel.to} is stated twice` });
  for (const c of seed.comparisons) {
    c.resources.forEach((n, i) => {
      if (!names.has(n)) issues.push({ path: at(c, `resources.${i}`), message: `unknown resource ${n}` });
    });
    if (seed.comparisons.filter((o) => o.slug === c.slug).length > 1) issues.push({ path: at(c, 'slug'), message: `comparison ${c.slug} is defined twice` });
  }
  for (const c of seed.corrections)
    if (c.resource && !names.has(c.resource)) issues.push({ path: at(c, 'resource'), message: `unknown resource ${c.resource}` });

  const notePaths = new Set<string>();
  for (const n of seed.fieldNotes) {
    if (!names.has(n.resource)) issues.push({ path: at(n, 'resource'), message: `unknown resource ${n.resource}` });
    const key = `${n.resource} ${n.path}`;
    if (notePaths.has(key)) issues.push({ path: at(n, 'path'), message: `${n.resource} ${n.path} has two notes` });
    notePaths.add(key);
  }
  const historyOf = new Set<string>();
  for (const k of seed.apiVersions) {
    if (!names.has(k.resource)) issues.push({ path: at(k, 'resource'), message: `unknown resource ${k.resource}` });
    if (historyOf.has(k.resource)) issues.push({ path: at(k, 'resource'), message: `${k.resource} has two version histories` });
    historyOf.add(k.resource);
    const seen = new Set<string>();
    k.versions.forEach((v, i) => {
      if (seen.has(v.apiVersion)) issues.push({ path: at(k, `versions.${i}.apiVersion`), message: `${v.apiVersion} is listed twice` });
      seen.add(v.apiVersion);
    });
  }

  const cycle = findParentCycle(seed);
  if (cycle) issues.push({ path: 'relations', message: `parent_of forms a cycle: ${cycle.join(' → ')}` });
  return issues;
}

function findParentCycle(seed: SeedKnowledge): string[] | undefined {
  const children = new Map<string, string[]>();
  for (const r of seed.relations)
    if (r.kind === 'parent_of') children.set(r.from, [...(children.get(r.from) ?? []), r.to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (state.get(name) === 'open') return [...trail.slice(trail.indexOf(name)), name];
    if (state.get(name) === 'done') return undefined;
    state.set(name, 'open');
    for (const child of children.get(name) ?? []) {
      const found = visit(child, [...trail, name]);
      if (found) return found;
    }
    state.set(name, 'done');
    return undefined;
  };
  for (const name of children.keys()) {
    const found = visit(name, []);
    if (found) return found;
  }
  return undefined;
}
