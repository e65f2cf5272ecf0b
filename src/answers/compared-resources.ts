import type { Comparison, Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { normalizeName } from '../knowledge/normalize-name.js';
import { findMentions } from '../search/find-mentions.js';
import type { SearchHit } from '../search/search-resources.js';

/**
 * The resources a comparison question compares: those it names, a family name (Gateway API, an
 * alias of one of an add-on group's kinds) standing for the kinds of that group a stored comparison
 * sets against the other named ones; when it names fewer than two, the best matches, never a
 * resource beside its own variant. `named` says how many the question named itself.
 */
export function comparedResources(snapshot: KnowledgeSnapshot, input: { q: string; matches: readonly SearchHit[] }): { resources: Resource[]; named: number } {
  const named: Resource[] = [];
  const families: { aliasOf: Resource; members: Resource[] }[] = [];
  for (const mention of findMentions(snapshot, input.q)) {
    const members = familyOf(snapshot, mention.resource, mention.text);
    if (members) families.push({ aliasOf: mention.resource, members });
    else named.push(mention.resource);
  }
  const fromFamilies = families.map((family) => familyMembersFor(snapshot, family, named));
  const compared = dedupe([...named, ...fromFamilies.flat()]);
  if (compared.length >= 2) return { resources: compared, named: compared.length };
  const fallback = [...compared];
  for (const { resource } of input.matches) {
    if (fallback.length >= 2) break;
    if (fallback.some((r) => r === resource || sameKind(r, resource))) continue;
    fallback.push(resource);
  }
  return { resources: fallback, named: compared.length };
}

/** The kinds of the add-on group an alias such as "Gateway API" names; null for any other name. */
function familyOf(snapshot: KnowledgeSnapshot, resource: Resource, text: string): Resource[] | null {
  const key = normalizeName(text);
  const alias = resource.aliases.find((a) => normalizeName(a.name) === key);
  const group = resource.kubernetes?.group;
  if (!alias || alias.kind !== 'other' || resource.distribution !== 'addon' || !group) return null;
  const members = snapshot.resources.filter((r) => !r.variant && r.distribution === 'addon' && r.kubernetes?.group === group);
  return members.length > 1 ? members : null;
}

/**
 * The members of a family to compare with the other named resources: those of the smallest stored
 * comparison made of the named ones and members only, else the member the name is an alias of.
 */
function familyMembersFor(snapshot: KnowledgeSnapshot, family: { aliasOf: Resource; members: Resource[] }, named: readonly Resource[]): Resource[] {
  const inFamily = new Set(family.members.map((r) => r.name));
  const fits = (c: Comparison) =>
    named.every((r) => c.resources.includes(r.name)) && c.resources.some((n) => inFamily.has(n)) && c.resources.every((n) => inFamily.has(n) || named.some((r) => r.name === n));
  const stored = snapshot.comparisons.filter(fits).sort((a, b) => a.resources.length - b.resources.length)[0];
  if (stored) return stored.resources.filter((n) => inFamily.has(n)).map((n) => snapshot.mustResource(n));
  return [family.aliasOf];
}

/** A resource and its variant (Ingress and InClusterIngress), or two variants of one kind, are one thing to compare. */
function sameKind(a: Resource, b: Resource): boolean {
  return a.variant?.of === b.name || b.variant?.of === a.name;
}

function dedupe(resources: Resource[]): Resource[] {
  return [...new Map(resources.map((r) => [r.name, r])).values()];
}
