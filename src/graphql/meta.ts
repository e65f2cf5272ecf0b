import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { DEFAULT_LANG, LANGS } from '../knowledge/vocabulary.js';
import { builder } from './builder.js';
import { LangEnum } from './lang.js';
import { DateTimeScalar } from './scalars.js';

type Counts = ReturnType<KnowledgeSnapshot['counts']>;

const CountsRef = builder.objectRef<Counts>('KnowledgeCounts').implement({
  description: 'How much kubedex knows.',
  fields: (t) => ({
    categories: t.exposeInt('categories', { description: 'Number of categories.' }),
    resources: t.exposeInt('resources', { description: 'Number of resources.' }),
    relations: t.exposeInt('relations', { description: 'Number of relations.' }),
    comparisons: t.exposeInt('comparisons', { description: 'Number of stored comparisons.' }),
    corrections: t.exposeInt('corrections', { description: 'Number of corrections to the source article.' }),
  }),
});

/** The GraphQL `Meta` type: which knowledge answered, and in which languages. */
export const MetaRef = builder.objectRef<KnowledgeSnapshot>('Meta').implement({
  description: 'About the knowledge that answered this request.',
  fields: (t) => ({
    revision: t.exposeInt('revision', { description: 'Revision of the knowledge; every write raises it by one.' }),
    loadedAt: t.field({ type: DateTimeScalar, description: 'When this server loaded that revision.', resolve: (s) => s.loadedAt }),
    counts: t.field({ type: CountsRef, description: 'How many of each thing kubedex knows.', resolve: (s) => s.counts() }),
    langs: t.field({ type: [LangEnum], description: 'Languages every text exists in.', resolve: () => [...LANGS] }),
    defaultLang: t.field({ type: LangEnum, description: 'Language used when neither `lang` nor Accept-Language chooses one.', resolve: () => DEFAULT_LANG }),
    lang: t.field({ type: LangEnum, description: 'Language this request\'s text fields default to (from Accept-Language).', resolve: (_s, _args, ctx) => ctx.lang }),
  }),
});
