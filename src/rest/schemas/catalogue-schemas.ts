import { z } from 'zod';
import { CORRECTION_KINDS, RELATION_KINDS } from '../../knowledge/vocabulary.js';
import { Href, Links, ResourceRef } from './common-schemas.js';
import { ResourceSummary } from './resource-schemas.js';

/** A category in a list. */
export const CategorySummary = z
  .object({
    slug: z.string().meta({ example: 'config-storage' }),
    name: z.string(),
    description: z.string(),
    aliases: z.array(z.string()),
    resourceCount: z.number().int(),
    href: Href,
  })
  .meta({ id: 'CategorySummary' });

/** A category with the resources it lists. */
export const CategoryBody = CategorySummary.extend({ resources: z.array(ResourceSummary), links: Links }).meta({
  id: 'Category',
  description: 'a category and the resources it lists, in the article order',
});

/** A correction of the source article. */
export const CorrectionBody = z
  .object({
    slug: z.string(),
    kind: z.enum(CORRECTION_KINDS),
    articleSection: z.string(),
    articleText: z.string().meta({ description: 'what the article says' }),
    correct: z.string().meta({ description: 'what is right' }),
    reason: z.string(),
    resource: ResourceRef.nullable(),
  })
  .meta({ id: 'Correction', description: 'something the source article got wrong or left out, and the fix' });

/** The knowledge as nodes and edges. */
export const GraphBody = z
  .object({
    nodes: z.array(
      z.object({ id: z.string().meta({ description: 'resource name' }), category: z.string(), displayName: z.string(), kind: z.string().nullable(), href: Href }),
    ),
    edges: z.array(z.object({ from: z.string(), to: z.string(), kind: z.enum(RELATION_KINDS), note: z.string() })),
    links: Links,
  })
  .meta({ id: 'Graph', description: 'resources as nodes, relations as directed edges' });

/** `GET /meta`. */
export const MetaBody = z
  .object({
    name: z.literal('kubedex'),
    version: z.string(),
    revision: z.number().int().meta({ description: 'knowledge revision; rises with every write' }),
    loadedAt: z.string().meta({ format: 'date-time' }),
    counts: z.object({
      categories: z.number().int(),
      resources: z.number().int(),
      relations: z.number().int(),
      comparisons: z.number().int(),
      corrections: z.number().int(),
    }),
    languages: z.array(z.string()),
    defaultLanguage: z.string(),
    links: Links,
  })
  .meta({ id: 'Meta' });

/** `GET /`. */
export const HomeBody = z
  .object({
    name: z.literal('kubedex'),
    description: z.string(),
    version: z.string(),
    revision: z.number().int(),
    links: Links.meta({ description: 'every endpoint; {braced} parts are URI template variables' }),
  })
  .meta({ id: 'Home' });
