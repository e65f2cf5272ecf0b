import { formatFactValue } from '../knowledge/format-fact-value.js';
import type { ResourceFact } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';
import { JsonScalar } from './scalars.js';

/** The GraphQL `Fact` type: one key fact of a resource. */
export const FactRef = builder.objectRef<ResourceFact>('Fact').implement({
  description: 'One key fact about a resource, with a label and an optional note.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable machine key of the fact, e.g. `defaultRevisionHistoryLimit`.' }),
    value: t.field({
      type: JsonScalar,
      // JSON null is a value some facts hold; a non-null field turned it into an internal error.
      nullable: true,
      description: 'The fact itself: a string, number, boolean, list, object or null; prose values in the language asked for.',
      args: langArg,
      resolve: (f, args, ctx) => f.text[langOf(args, ctx)].value,
    }),
    text: t.string({
      description: 'The value as a reader would write it (yes/no, lists joined, ranges), as every surface shows it.',
      args: langArg,
      resolve: (f, args, ctx) => {
        const lang = langOf(args, ctx);
        return formatFactValue(f.text[lang].value, lang);
      },
    }),
    label: t.string({ description: 'What the fact is, in words.', args: langArg, resolve: (f, args, ctx) => f.text[langOf(args, ctx)].label }),
    note: t.string({
      description: 'A remark qualifying the fact; null when there is none.',
      nullable: true,
      args: langArg,
      resolve: (f, args, ctx) => f.text[langOf(args, ctx)].note,
    }),
  }),
});
