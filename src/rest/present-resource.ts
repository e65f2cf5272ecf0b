import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** The canonical URL path of a resource: its home category's slug and its canonical name. */
export function resourcePath(resource: Resource): string {
  return `/resources/${resource.category}/${encodeURIComponent(resource.name)}`;
}

/** A resource as REST answers it, in one language. */
export function presentResource(snapshot: KnowledgeSnapshot, r: Resource, lang: Lang) {
  return {
    name: r.name,
    category: r.category,
    displayName: r.text[lang].name,
    summary: r.text[lang].summary,
    description: r.text[lang].description,
    kubernetes: r.kubernetes,
    variant: r.variant,
    status: r.status,
    supersededBy: r.supersededBy,
    aliases: r.aliases,
    facts: r.facts.map((f) => ({ key: f.key, value: f.value, label: f.text[lang].label, note: f.text[lang].note })),
    exampleManifest: r.exampleManifest,
    sources: { docsUrl: r.docsUrl, ...r.source },
    relations: snapshot.relationsOf(r.name).map(({ relation, direction, other }) => ({
      kind: relation.kind,
      direction,
      resource: other.name,
      note: relation.text[lang].note,
      href: resourcePath(other),
    })),
    links: { self: resourcePath(r), category: `/categories/${r.category}` },
  };
}
