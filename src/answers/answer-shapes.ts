import { z } from 'zod';
import { SNIPPET_FIELDS } from '../search/build-snippet.js';
import { FieldTextSources } from '../rest/schemas/field-schemas.js';

// The shapes of an answer's parts, once for every surface: REST registers them under OpenAPI ids, MCP
// uses them as tool output schemas.

/** The field of a hit's kind that the question names. */
export const MatchedField = z.object({
  path: z.string().meta({ description: 'as `kubectl explain` writes it, list markers dropped' }),
  type: z.string(),
  description: z.string().nullable().meta({ description: 'the upstream API reference text (English)' }),
  kind: z.string(),
});

/** Where a hit matched, with the matching words marked. */
export const MatchSnippet = z.object({
  field: z.enum(SNIPPET_FIELDS),
  text: z.string(),
  highlighted: z.string().meta({ description: 'text as HTML: escaped, matching words in <mark>' }),
});

export const AnswerCitation = z.object({
  resource: z.string(),
  kubedexUrl: z.string(),
  markdownUrl: z.string(),
  docsUrl: z.string().nullable().meta({ description: 'official Kubernetes documentation' }),
  article: z.object({ file: z.string(), section: z.string() }).nullable().meta({ description: 'section of the source article' }),
});

export const AnswerComparison = z.object({
  slug: z.string().nullable().meta({ description: 'stored comparison; null when built from facts' }),
  title: z.string(),
  resources: z.array(z.string()),
  aspects: z.array(z.object({ key: z.string(), label: z.string(), cells: z.record(z.string(), z.string()) })),
  verdict: z.string().nullable(),
});

/** The field a question asks about, as presentField gives it. */
export const AnsweredField = z.object({
  resource: z.string().meta({ description: 'the resource whose kind holds the field' }),
  apiVersion: z.string(),
  kind: z.string(),
  path: z.string(),
  type: z.string().meta({ description: 'as kubectl explain prints it, e.g. <IntOrString>' }),
  required: z.boolean(),
  enum: z.array(z.string()).nullable(),
  default: z.string().nullable().meta({ description: "as kubedex's note or the upstream description states it" }),
  description: z.string().nullable().meta({ description: 'upstream English description' }),
  note: z.string().nullable().meta({ description: "kubedex's note, in the answer language" }),
  url: z.string().meta({ description: "the field's page of the field reference" }),
  sources: FieldTextSources,
});

const release = z.string().nullable();
const VersionEntry = z.object({ apiVersion: z.string(), introducedIn: release, deprecatedIn: release, removedIn: release, replacement: z.string().nullable(), note: z.string().nullable() });

/** A kind's apiVersion history as a version question gets it, as presentVersions gives it. */
export const AnsweredVersions = z.object({
  resource: z.string(),
  kind: z.string(),
  release: z.string().meta({ description: 'the Kubernetes release the answer speaks of' }),
  asked: VersionEntry.nullable().meta({ description: 'the apiVersion the question names' }),
  askedServed: z.boolean().nullable(),
  askedReplacement: z.string().nullable().meta({ description: 'the apiVersion to move to at `release`' }),
  supersededBy: z.string().nullable().meta({ description: 'the resource that took over from a removed kind' }),
  history: z.array(VersionEntry),
});
