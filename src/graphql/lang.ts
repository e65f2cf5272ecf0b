import type { Lang } from '../knowledge/vocabulary.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';

/** The languages of kubedex's texts, as a GraphQL enum with the codes clients already use. */
export const LangEnum = builder.enumType('Lang', {
  description: 'A language every human-readable text exists in.',
  values: {
    ja: { value: 'ja', description: 'Japanese (the default).' },
    en: { value: 'en', description: 'English.' },
  } as const,
});

/** The `lang` argument every text field takes. */
export const langArg = builder.args((t) => ({
  lang: t.field({
    type: LangEnum,
    required: false,
    description: 'Language of the text; default: the request\'s Accept-Language, then `ja`.',
  }),
}));

/** The language a text field answers in: its `lang` argument, else the request's negotiated language. */
export function langOf(args: { lang?: Lang | null | undefined }, ctx: GraphQLContext): Lang {
  return args.lang ?? ctx.lang;
}
