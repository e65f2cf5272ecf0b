import { z } from 'zod';
import { ResourceDocumentSchema } from '../../writes/resource-document.js';
import { Links } from './common-schemas.js';

/** A resource's write document: its seed file's shape, every language. */
export const ResourceDocumentBody = ResourceDocumentSchema.meta({
  id: 'ResourceDocument',
  description: "a resource's write document: the shape of its seed file, every language, with its field notes and apiVersion history",
});

/** Headers of an answer carrying a write document. */
export const WriteHeaders = z.object({
  ETag: z.string().meta({ description: 'the version of the write document, for If-Match', example: '"v3"' }),
  'Kubedex-Revision': z.string().optional().meta({ description: 'the knowledge revision the write produced' }),
  Location: z.string().optional().meta({ description: 'URL of the created resource' }),
});

/** One recorded change. */
export const ChangeEntryBody = z
  .object({
    revision: z.number().int().meta({ description: 'knowledge revision the write produced' }),
    sequence: z.number().int().meta({ description: 'position in the change log: resume after it' }),
    time: z.string().meta({ description: 'when the change committed (ISO 8601)' }),
    token: z.string().nullable().meta({ description: 'name of the token that wrote it; null for `kubedex seed --force`' }),
    operation: z.enum(['create', 'update', 'delete', 'restore', 'seed']),
    recordType: z.enum(['resource', 'relation', 'category', 'comparison', 'correction']),
    recordKey: z.string().meta({ description: 'resource name, "from kind to" for a relation, slug for a category, comparison or correction' }),
    before: z.unknown().meta({ description: 'the write document before; null when created' }),
    after: z.unknown().meta({ description: 'the write document after; null when deleted' }),
  })
  .meta({ id: 'ChangeEntry', description: 'one record changed by one write' });

/** A page of the change log. */
export const ChangePage = z
  .object({ items: z.array(ChangeEntryBody), next: z.number().int().nullable().meta({ description: 'sequence to resume after; null at the end' }), links: Links })
  .meta({ id: 'ChangePage', description: 'changes, oldest first' });
