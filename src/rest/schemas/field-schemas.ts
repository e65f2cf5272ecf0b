import { z } from 'zod';
import { LANGS } from '../../knowledge/vocabulary.js';
import { Links, ResourceRef } from './common-schemas.js';

/** Who wrote the texts of a field answer: upstream Kubernetes (English) and kubedex (ja/en). */
export const FieldTextSources = z
  .object({
    description: z
      .object({
        by: z.literal('upstream'),
        package: z.string().meta({ example: 'kubernetes-models' }),
        packageVersion: z.string().meta({ example: '5.1.0' }),
        kubernetesVersion: z.string().meta({
          description: 'the Kubernetes release the schema comes from (`unknown` when kubedex cannot tell); for an add-on, that of the Kubernetes types it embeds',
          example: 'v1.36.0',
        }),
        schema: z.enum(['kubernetes', 'addon-crd']).meta({ description: "`kubernetes`: a built-in kind's OpenAPI model; `addon-crd`: an add-on API's CRD schema" }),
        release: z
          .object({
            project: z.string().meta({ example: 'Gateway API' }),
            version: z.string().nullable().meta({ description: 'null when unknown', example: 'v1.5.1' }),
            from: z
              .enum(['package-changelog', 'api-version-history'])
              .nullable()
              .meta({ description: "how kubedex knows it: the package says so, or the release before the apiVersion's removedIn" }),
          })
          .meta({ description: 'the upstream release the schema comes from' }),
        lang: z.literal('en'),
      })
      .meta({ description: "every `description` is the upstream API documentation (Kubernetes', or the add-on's), as generated into this package" }),
    note: z
      .object({ by: z.literal('kubedex'), lang: z.enum(LANGS) })
      .meta({ description: "every `note` is kubedex's own, in the answer language" }),
  })
  .meta({ id: 'FieldTextSources', description: 'which texts are upstream and which are kubedex notes' });

/** One field of a kind, as `kubectl explain` shows it, with kubedex's note beside the upstream text. */
export const FieldBody = z
  .object({
    name: z.string().meta({ example: 'maxSurge' }),
    path: z.string().meta({ description: 'dotted path from the object root', example: 'spec.strategy.rollingUpdate.maxSurge' }),
    type: z.string().meta({ description: 'the type as kubectl explain prints it', example: '<IntOrString>' }),
    required: z.boolean(),
    description: z.string().nullable().meta({ description: 'upstream English description (see sources.description)' }),
    enum: z.array(z.string()).nullable().meta({ description: 'allowed values, where the schema lists them' }),
    note: z.string().nullable().meta({ description: "kubedex's note on the field in the answer language (see sources.note)" }),
    hasChildren: z.boolean().meta({ description: 'whether the field has fields of its own, shown or not at this depth' }),
    href: z.string().meta({ description: 'this field on its own' }),
    get children(): z.ZodArray<typeof FieldBody> {
      return z.array(FieldBody);
    },
  })
  .meta({ id: 'Field', description: 'one field of a Kubernetes kind' });

const FieldAnswerBase = {
  resource: ResourceRef,
  apiVersion: z.string().meta({ example: 'apps/v1' }),
  kind: z.string().meta({ example: 'Deployment' }),
  sources: FieldTextSources,
  links: Links,
};

/** `GET /resources/{category}/{name}/fields`. */
export const FieldTreeBody = z
  .object({ ...FieldAnswerBase, depth: z.number().int(), fields: z.array(FieldBody) })
  .meta({ id: 'FieldTree', description: "a kind's field tree, depth-limited" });

/** `GET /resources/{category}/{name}/fields/{path}`. */
export const FieldAnswerBody = z.object({ ...FieldAnswerBase, field: FieldBody }).meta({ id: 'FieldAnswer', description: 'one field explained' });
