import { FINDING_SEVERITIES } from '../../checks/check-manifests.js';
import { z } from 'zod';
import { KubernetesRelease } from '../../knowledge/kubernetes-release.js';
import { Href, Links, WholeListFields } from './common-schemas.js';
import { LangParam } from './query-params.js';
import { ApiVersionEntryBody } from './resource-schemas.js';

const Release = KubernetesRelease.meta({ description: 'a Kubernetes release: v1.25 (1.25 and v1.25.3 mean the same)', example: 'v1.25' });

/** `GET /api-versions?removedIn=v1.25&kind=CronJob&group=batch`. */
export const ApiVersionsQuery = z.strictObject({
  kind: z.string().min(1).max(100).optional().meta({ description: 'only this kind (case-insensitive)', example: 'CronJob' }),
  group: z.string().max(253).optional().meta({ description: 'only this API group; empty for the core group', example: 'batch' }),
  removedIn: Release.optional().meta({ description: 'only versions no longer served as of exactly this release' }),
  deprecatedIn: Release.optional().meta({ description: 'only versions deprecated in exactly this release' }),
  removedBy: Release.optional().meta({ description: 'only versions a cluster of this release no longer serves (removed in it or before)' }),
  lang: LangParam,
});

/** One apiVersion of one kind in the list across kinds. */
export const ApiVersionListItem = ApiVersionEntryBody.extend({
  kind: z.string().meta({ example: 'CronJob' }),
  group: z.string().meta({ description: 'API group; empty for the core group', example: 'batch' }),
  resource: Href,
}).meta({ id: 'ApiVersionListItem', description: 'one apiVersion a kind has been served under' });

/** `GET /api-versions`. */
export const ApiVersionList = z
  .object({ items: z.array(ApiVersionListItem), ...WholeListFields, links: Links })
  .meta({ id: 'ApiVersionList', description: 'apiVersions of every kind, with deprecation and removal releases' });

/** `POST /check?kubernetesVersion=v1.25`. */
export const CheckQuery = z.strictObject({
  kubernetesVersion: Release.optional().meta({ description: 'the release of the cluster the manifests are for; default v1.36' }),
  lang: LangParam,
});

const Severity = z.enum(FINDING_SEVERITIES);

/** One finding of `POST /check`. */
export const FindingBody = z
  .object({
    index: z.number().int().meta({ description: 'position of the object in the request, from 0 (Lists expanded)' }),
    kind: z.string().nullable(),
    apiVersion: z.string().nullable(),
    name: z.string().nullable().meta({ description: 'metadata.name' }),
    severity: Severity.meta({ description: 'removed: not served at that release; deprecated: still served, going; invalid: fails the schema; unknown: no such kind or apiVersion' }),
    message: z.string(),
    path: z.string().nullable().meta({ description: 'the field an invalid finding is about' }),
    deprecatedIn: z.string().nullable(),
    removedIn: z.string().nullable(),
    replacement: z.string().nullable().meta({ description: 'the apiVersion to use instead at that release' }),
    resource: Href.nullable().meta({ description: "kubedex's page on the kind" }),
  })
  .meta({ id: 'Finding', description: 'one thing wrong with one manifest' });

/** The answer of `POST /check`. */
export const CheckBody = z
  .object({
    kubernetesVersion: z.string().meta({ example: 'v1.25' }),
    checked: z.number().int().meta({ description: 'how many objects were checked' }),
    findings: z.array(FindingBody),
  })
  .meta({ id: 'CheckResult', description: 'what a cluster of that release would refuse or warn about' });
