import { AppError } from '../errors.js';
import type { Comparison, ComparisonAspect, Resource } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { distinguishingAspects } from './distinguishing-aspects.js';
import { suggestResources } from './resolve-resource.js';
import type { Suggestion } from './suggestion.js';
import type { Lang } from './vocabulary.js';

/** Resources side by side: the stored comparison when one covers them all, else what tells them apart. */
export interface ResourceComparison {
  resources: Resource[];
  /** The smallest stored comparison covering every requested resource, or null. */
  stored: Comparison | null;
  /** The stored comparison's aspects, or rows built from what tells the resources apart (distinguishingAspects). */
  aspects: ComparisonAspect[];
}

/** Most resources one comparison answers, on every surface; a table wider than this helps nobody. */
export const MAX_COMPARED = 10;

/**
 * Compares resources named as a client types them (aliases, shortNames, any case). Unknown or
 * repeated names fail as VALIDATION_FAILED naming `resources.<index>`, with close matches.
 */
export function compareResources(snapshot: KnowledgeSnapshot, names: readonly string[]): ResourceComparison {
  const resources = resolveAll(snapshot, names);
  const stored = snapshot.comparisonCovering(resources.map((r) => r.name)) ?? null;
  return { resources, stored, aspects: stored ? stored.aspects : distinguishingAspects(snapshot, resources) };
}

function resolveAll(snapshot: KnowledgeSnapshot, names: readonly string[]): Resource[] {
  if (names.length < 2 || names.length > MAX_COMPARED)
    throw new AppError('VALIDATION_FAILED', {
      message: `Compare needs 2 to ${MAX_COMPARED} resources, got ${names.length}`,
      issues: [{ path: 'resources', message: `give 2 to ${MAX_COMPARED} resource names` }],
    });
  const resources: Resource[] = [];
  const suggestions: Suggestion[] = [];
  const issues: { path: string; message: string }[] = [];
  names.forEach((name, i) => {
    const found = snapshot.findResource(name);
    if (!found) {
      issues.push({ path: `resources.${i}`, message: `unknown resource "${name}"` });
      suggestions.push(...suggestResources(snapshot, name));
    } else if (resources.includes(found.resource)) {
      issues.push({ path: `resources.${i}`, message: `"${name}" names ${found.resource.name} twice` });
    } else resources.push(found.resource);
  });
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', { message: issues.map((i) => i.message).join('; '), issues, details: { suggestions } });
  return resources;
}

/** A side-by-side view of resources in one language: a stored comparison, or one built from their facts. */
export interface ComparisonView {
  /** The stored comparison's slug; null when the table was built from the resources' facts. */
  slug: string | null;
  title: string;
  /** The columns: the stored comparison's resources, else the compared ones, by canonical name. */
  resources: string[];
  aspects: { key: string; label: string; cells: Record<string, string> }[];
  /** The stored verdict; null for a built table, which has no opinion. */
  verdict: string | null;
}

/**
 * A comparison in one language, the one view every surface answers (REST /compare, /ask, MCP):
 * a stored comparison's title and verdict, or for a table built from facts a title naming the
 * resources as people read them ("DeploymentとJobの比較", "Deployment vs Job") and no verdict.
 */
export function localizeComparison(snapshot: KnowledgeSnapshot, comparison: ResourceComparison, lang: Lang): ComparisonView {
  const { resources, stored, aspects } = comparison;
  const members = stored ? [...stored.resources] : resources.map((r) => r.name);
  return {
    slug: stored?.slug ?? null,
    title: stored ? stored.text[lang].title : builtTitle(members.map((n) => snapshot.mustResource(n).text[lang].name), lang),
    resources: members,
    aspects: aspects.map((a) => ({
      key: a.key,
      label: a.text[lang].label,
      cells: Object.fromEntries(Object.entries(a.cells).map(([name, text]) => [name, text[lang]])),
    })),
    verdict: stored ? stored.text[lang].verdict : null,
  };
}

/** compareResources, then localizeComparison: resources named as typed, compared in one language. */
export function comparisonView(snapshot: KnowledgeSnapshot, names: readonly string[], lang: Lang): ComparisonView {
  return localizeComparison(snapshot, compareResources(snapshot, names), lang);
}

function builtTitle(names: readonly string[], lang: Lang): string {
  return lang === 'ja' ? `${names.join('と')}の比較` : names.join(' vs ');
}
