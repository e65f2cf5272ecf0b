import type { ApiVersionEntry } from '../knowledge/knowledge-types.js';
import { builder } from './builder.js';
import { langArg, langOf } from './lang.js';

/** The GraphQL `ApiVersionEntry` type: one apiVersion a kind has been served under. */
export const ApiVersionEntryRef = builder.objectRef<ApiVersionEntry>('ApiVersionEntry').implement({
  description: 'One apiVersion a kind has been served under, with the releases that deprecated it and stopped serving it.',
  fields: (t) => ({
    apiVersion: t.exposeString('apiVersion', { description: 'As written in a manifest, e.g. `batch/v1beta1`.' }),
    introducedIn: t.exposeString('introducedIn', { nullable: true, description: 'Release that first served it, e.g. `v1.8`; null when unknown or older than the history kept.' }),
    deprecatedIn: t.exposeString('deprecatedIn', { nullable: true, description: 'Release that deprecated it; null while it is not deprecated.' }),
    removedIn: t.exposeString('removedIn', { nullable: true, description: 'First release that no longer serves it; null while it is served.' }),
    replacement: t.exposeString('replacement', { nullable: true, description: 'The apiVersion to migrate to; null when there is none.' }),
    note: t.string({ nullable: true, description: 'kubedex\'s remark on the change; null when there is none.', args: langArg, resolve: (v, args, ctx) => v.text?.[langOf(args, ctx)].note ?? null }),
  }),
});
