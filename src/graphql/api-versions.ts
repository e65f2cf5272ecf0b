import { checkManifests, FINDING_SEVERITIES, type Finding, type FindingSeverity } from '../checks/check-manifests.js';
import { readManifests } from '../checks/read-manifests.js';
import { listApiVersions, type ApiVersionListing } from '../knowledge/api-version-catalogue.js';
import { KNOWLEDGE_RELEASE, KubernetesRelease } from '../knowledge/kubernetes-release.js';
import { builder } from './builder.js';
import { LangEnum, langArg, langOf } from './lang.js';
import { parseArg } from './parse-arg.js';
import { ResourceRef } from './refs.js';
import { valuesOf } from './vocabulary-enums.js';

const FINDING_SEVERITY_DESCRIPTIONS: Record<FindingSeverity, string> = {
  removed: 'The apiVersion is no longer served at the release checked.',
  deprecated: 'Still served, but deprecated: migrate before it is removed.',
  invalid: "The object fails its kind's schema.",
  unknown: 'No such kind, or no such apiVersion of it at that release.',
};

const ApiVersionListingRef = builder.objectRef<ApiVersionListing>('ApiVersionListing').implement({
  description: 'One apiVersion of one kind, with the releases that deprecated it and stopped serving it.',
  fields: (t) => ({
    resource: t.field({ type: ResourceRef, description: 'The resource of the kind.', resolve: (v) => v.resource }),
    kind: t.exposeString('kind', { description: 'The Kubernetes kind, e.g. `CronJob`.' }),
    group: t.exposeString('group', { description: 'API group; the empty string is the core group.' }),
    apiVersion: t.exposeString('apiVersion', { description: 'As written in a manifest, e.g. `batch/v1beta1`.' }),
    introducedIn: t.exposeString('introducedIn', { nullable: true, description: 'Release that first served it; null when unknown.' }),
    deprecatedIn: t.exposeString('deprecatedIn', { nullable: true, description: 'Release that deprecated it; null while not deprecated.' }),
    removedIn: t.exposeString('removedIn', { nullable: true, description: 'First release that no longer serves it; null while served.' }),
    replacement: t.exposeString('replacement', { nullable: true, description: 'The apiVersion to migrate to; null when there is none.' }),
    note: t.string({ nullable: true, description: 'kubedex\'s remark on the change.', args: langArg, resolve: (v, args, ctx) => v.text?.[langOf(args, ctx)].note ?? null }),
  }),
});

const FindingSeverityEnum = builder.enumType('FindingSeverity', {
  description: 'How serious a finding of a manifest check is.',
  values: valuesOf(FINDING_SEVERITIES, (v) => FINDING_SEVERITY_DESCRIPTIONS[v]),
});

const FindingRef = builder.objectRef<Finding>('Finding').implement({
  description: 'One thing wrong with one manifest.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the object in the input, from 0 (Lists expanded).' }),
    kind: t.exposeString('kind', { nullable: true, description: 'The object\'s kind, when it has one.' }),
    apiVersion: t.exposeString('apiVersion', { nullable: true, description: 'The object\'s apiVersion, when it has one.' }),
    name: t.exposeString('name', { nullable: true, description: 'The object\'s metadata.name.' }),
    severity: t.field({ type: FindingSeverityEnum, description: 'How serious it is.', resolve: (f) => f.severity }),
    message: t.exposeString('message', { description: 'What is wrong and what to do, in the language asked for.' }),
    path: t.exposeString('path', { nullable: true, description: 'The field an INVALID finding is about.' }),
    deprecatedIn: t.exposeString('deprecatedIn', { nullable: true, description: 'Release that deprecated the apiVersion.' }),
    removedIn: t.exposeString('removedIn', { nullable: true, description: 'First release that no longer serves it.' }),
    replacement: t.exposeString('replacement', { nullable: true, description: 'The apiVersion to use instead at the release checked.' }),
    resource: t.field({
      type: ResourceRef,
      nullable: true,
      description: 'kubedex\'s knowledge of the kind, when it knows it.',
      resolve: (f, _args, ctx) => (f.kind === null ? null : (ctx.snapshot.resources.find((r) => !r.variant && r.kubernetes?.kind === f.kind) ?? null)),
    }),
  }),
});

interface CheckResult {
  kubernetesVersion: string;
  checked: number;
  findings: Finding[];
}

const CheckResultRef = builder.objectRef<CheckResult>('CheckResult').implement({
  description: 'What a cluster of a given release would refuse or warn about in some manifests.',
  fields: (t) => ({
    kubernetesVersion: t.exposeString('kubernetesVersion', { description: 'The release checked against, e.g. `v1.25`.' }),
    checked: t.exposeInt('checked', { description: 'How many objects were checked.' }),
    findings: t.field({ type: [FindingRef], description: 'Every finding; empty when nothing is wrong as far as kubedex knows.', resolve: (r) => r.findings }),
  }),
});

const release = (value: string | null | undefined, path: string) => (value == null ? undefined : parseArg(KubernetesRelease, value, path));

builder.queryFields((t) => ({
  apiVersions: t.field({
    type: [ApiVersionListingRef],
    description: 'Every apiVersion of every kind, with the releases that deprecated and removed it, filtered.',
    args: {
      kind: t.arg.string({ required: false, description: 'Only this kind (case-insensitive).' }),
      group: t.arg.string({ required: false, description: 'Only this API group; empty for the core group.' }),
      removedIn: t.arg.string({ required: false, description: 'Only versions first unserved in exactly this release (`v1.25`).' }),
      deprecatedIn: t.arg.string({ required: false, description: 'Only versions deprecated in exactly this release.' }),
      removedBy: t.arg.string({ required: false, description: 'Only versions a cluster of this release no longer serves.' }),
    },
    complexity: 20,
    resolve: (_root, args, ctx) =>
      listApiVersions(ctx.snapshot, {
        kind: args.kind ?? undefined,
        group: args.group ?? undefined,
        removedIn: release(args.removedIn, 'removedIn'),
        deprecatedIn: release(args.deprecatedIn, 'deprecatedIn'),
        removedBy: release(args.removedBy, 'removedBy'),
      }),
  }),
  checkManifests: t.field({
    type: CheckResultRef,
    description: 'Checks manifests (multi-document YAML or JSON) against what a cluster of a release serves: removed, deprecated, invalid and unknown. Nothing is stored.',
    args: {
      manifests: t.arg.string({ required: true, description: 'One or more manifests: multi-document YAML, or JSON.' }),
      kubernetesVersion: t.arg.string({ required: false, description: `The cluster's release, e.g. \`v1.25\`; default ${KNOWLEDGE_RELEASE}.` }),
      lang: t.arg({ type: LangEnum, required: false, description: 'Language of the messages; default: the request\'s.' }),
    },
    complexity: 50,
    resolve: (_root, args, ctx) => {
      const kubernetesVersion = release(args.kubernetesVersion, 'kubernetesVersion') ?? KNOWLEDGE_RELEASE;
      const manifests = readManifests(args.manifests);
      return { kubernetesVersion, checked: manifests.length, findings: checkManifests(ctx.snapshot, { manifests, kubernetesVersion, lang: langOf(args, ctx) }) };
    },
  }),
}));
