import { z } from 'zod';
import { ALIAS_KINDS, CORRECTION_KINDS, DISTRIBUTIONS, LANGS, RELATION_KINDS, RESOURCE_STATUSES } from '../../knowledge/vocabulary.js';
import { KubernetesFactsBody } from './resource-schemas.js';

/** A text in every language kubedex serves. */
function localized<T extends z.ZodType>(value: T) {
  return z.object(Object.fromEntries(LANGS.map((l) => [l, value])) as Record<(typeof LANGS)[number], T>);
}

/** The whole knowledge base in every language (see src/knowledge/export-knowledge.ts). */
export const ExportBody = z
  .object({
    format: z.literal('kubedex-knowledge'),
    formatVersion: z.literal(1),
    revision: z.number().int(),
    languages: z.array(z.string()),
    categories: z.array(
      z.object({ slug: z.string(), position: z.number().int(), aliases: z.array(z.string()), text: localized(z.object({ name: z.string(), description: z.string() })) }),
    ),
    resources: z.array(
      z.object({
        name: z.string(),
        category: z.string(),
        position: z.number().int(),
        listedIn: z.array(z.object({ category: z.string(), position: z.number().int() })),
        kubernetes: KubernetesFactsBody.nullable(),
        variant: z.object({ of: z.string(), selector: z.string() }).nullable(),
        status: z.enum(RESOURCE_STATUSES),
        distribution: z.enum(DISTRIBUTIONS),
        supersededBy: z.string().nullable(),
        exampleManifest: z.string().nullable(),
        docsUrl: z.string().nullable(),
        source: z.object({ fromArticle: z.boolean(), articleSection: z.string().nullable() }),
        aliases: z.array(z.object({ name: z.string(), kind: z.enum(ALIAS_KINDS) })),
        text: localized(z.object({ name: z.string(), summary: z.string(), description: z.string() })),
        facts: z.array(
          z.object({ key: z.string(), value: z.unknown(), text: localized(z.object({ label: z.string(), note: z.string().nullable(), value: z.unknown() })) }),
        ),
        tasks: z.array(localized(z.string())),
        fieldNotes: z.array(z.object({ path: z.string(), text: localized(z.object({ note: z.string() })) })),
        apiVersionHistory: z.array(
          z.object({
            apiVersion: z.string(),
            introducedIn: z.string().nullable(),
            deprecatedIn: z.string().nullable(),
            removedIn: z.string().nullable(),
            replacement: z.string().nullable(),
            text: localized(z.object({ note: z.string() })).nullable(),
          }),
        ),
        updatedAt: z.string().meta({ format: 'date-time' }),
      }),
    ),
    relations: z.array(z.object({ kind: z.enum(RELATION_KINDS), from: z.string(), to: z.string(), text: localized(z.object({ note: z.string() })) })),
    comparisons: z.array(
      z.object({
        slug: z.string(),
        position: z.number().int(),
        resources: z.array(z.string()),
        aspects: z.array(z.object({ key: z.string(), text: localized(z.object({ label: z.string() })), cells: z.record(z.string(), localized(z.string())) })),
        text: localized(z.object({ title: z.string(), verdict: z.string() })),
      }),
    ),
    corrections: z.array(
      z.object({
        slug: z.string(),
        position: z.number().int(),
        kind: z.enum(CORRECTION_KINDS),
        articleSection: z.string(),
        articleText: z.string(),
        resource: z.string().nullable(),
        text: localized(z.object({ correct: z.string(), reason: z.string() })),
      }),
    ),
  })
  .meta({ id: 'KnowledgeExport', description: 'every category, resource, relation, comparison and correction in every language' });
