import { z } from 'zod';
import { LangTag } from '../../knowledge/negotiate-lang.js';

/** `?lang=` with any BCP 47 tag (`en-US` → en); without a served one, Accept-Language decides, then Japanese. */
export const LangParam = LangTag.optional().meta({ description: 'language of texts, a BCP 47 tag (ja, en, en-US, EN); default, and for a language not served: Accept-Language, then ja' });

/** A comma-separated list parameter (a repeated parameter means the same), parsed into its items. */
export function listParam<T extends z.ZodType<string, string>>(item: T, description: string) {
  return z
    .string()
    .meta({ description: `${description}; comma-separated or repeated` })
    .transform((value, ctx) => {
      const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
      const out: z.output<T>[] = [];
      for (const part of parts) {
        const parsed = item.safeParse(part);
        if (parsed.success) out.push(parsed.data);
        else ctx.addIssue({ code: 'custom', message: `"${part}": ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      }
      return out;
    });
}

/** A boolean query parameter written `true` or `false`. */
export const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What `?include=` may embed in a resource. */
export const INCLUDABLE = ['relations', 'comparisons'] as const;

/** `?include=relations,comparisons`: related data embedded to save round trips. */
export const IncludeParam = listParam(z.enum(INCLUDABLE), `embed related data: ${INCLUDABLE.join(', ')}`).optional();

/** A name or slug in a path, as a client types it. */
export const PathName = z.string().min(1).max(200);
