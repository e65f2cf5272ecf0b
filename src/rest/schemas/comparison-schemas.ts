import { z } from 'zod';
import { Href, Links, ResourceRef } from './common-schemas.js';

/** One row of a side-by-side table. */
export const AspectBody = z
  .object({
    key: z.string(),
    label: z.string(),
    cells: z.record(z.string(), z.string()).meta({ description: 'resource name → text' }),
  })
  .meta({ id: 'ComparisonAspect' });

/** A stored comparison in one language. */
export const ComparisonBody = z
  .object({
    slug: z.string().meta({ example: 'job-vs-cronjob' }),
    title: z.string(),
    verdict: z.string(),
    resources: z.array(ResourceRef),
    aspects: z.array(AspectBody),
    links: Links,
  })
  .meta({ id: 'Comparison', description: 'a stored side-by-side comparison' });

/** A comparison in a list. */
export const ComparisonSummary = z
  .object({ slug: z.string(), title: z.string(), resources: z.array(ResourceRef), href: Href })
  .meta({ id: 'ComparisonSummary' });

/** The answer of /compare. */
export const CompareBody = z
  .object({
    source: z.enum(['stored', 'facts']).meta({ description: 'stored: a curated comparison covers them; facts: built from their facts' }),
    title: z.string(),
    verdict: z.string().nullable(),
    requested: z.array(ResourceRef).meta({ description: 'the resources asked for, resolved' }),
    resources: z.array(ResourceRef).meta({ description: 'the table columns (a stored comparison may cover more)' }),
    aspects: z.array(AspectBody),
    comparison: z.object({ slug: z.string(), href: Href }).nullable(),
    links: Links,
  })
  .meta({ id: 'CompareResult', description: 'resources side by side' });
