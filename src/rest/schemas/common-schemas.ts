import { z } from 'zod';
import 'zod-openapi';

/** A link target: a path on this server, such as `/resources/service/NodePort`. */
export const Href = z.string().meta({ description: 'path of a related document on this server', example: '/resources/service/NodePort' });

/** A named set of links. */
export const Links = z.record(z.string(), Href).meta({ id: 'Links', description: 'links by relation name' });

/** Another resource, named and linked. */
export const ResourceRef = z
  .object({
    name: z.string().meta({ description: 'canonical name', example: 'NodePort' }),
    displayName: z.string().meta({ description: 'name in the answer language' }),
    href: Href,
  })
  .meta({ id: 'ResourceRef', description: 'a resource by name with its canonical URL' });

/** The paging fields of a list answered whole: every item is on this one page. */
export const WholeListFields = {
  total: z.number().int().meta({ description: 'how many items the list holds: all of them are on this page' }),
  next: z.null().meta({ description: 'cursor of the next page: null, as this list is answered whole' }),
  previous: z.null().meta({ description: 'cursor of the page before: null, as this list is answered whole' }),
};

/** A list answer: its items, the paging fields every REST list carries, and links. */
export function listOf<T extends z.ZodType>(item: T, id: string, description: string) {
  return z.object({ items: z.array(item), ...WholeListFields, links: Links }).meta({ id, description });
}

/** RFC 9457 problem details, as every error answers. */
export const Problem = z
  .looseObject({
    type: z.string().meta({ description: 'URI identifying the problem type' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().meta({ description: 'kubedex error code', example: 'NOT_FOUND' }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().meta({ description: 'each input field that failed and why' }),
    suggestions: z
      .array(
        z.object({
          name: z.string().meta({ description: 'what to type instead: a resource name, a category or comparison slug' }),
          category: z.string().optional().meta({ description: 'home category slug, when the suggestion is a resource' }),
          href: Href,
        }),
      )
      .optional()
      .meta({ description: 'close matches for an unknown name (resource, category or comparison), closest first; GraphQL answers the same list in extensions.suggestions' }),
    closest: z.array(z.string()).optional().meta({ description: 'the closest field paths, for an unknown field path' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
