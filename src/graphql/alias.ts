import type { Resource } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';
import { AliasKindEnum } from './vocabulary-enums.js';

/** The GraphQL `Alias` type: another name that leads to a resource. */
export const AliasRef = builder.objectRef<Resource['aliases'][number]>('Alias').implement({
  description: 'Another name that leads to a resource: a misspelling, a Japanese name, ...',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as people write it.' }),
    kind: t.field({ type: AliasKindEnum, description: 'Why this name leads here.', resolve: (a) => a.kind }),
  }),
});
