import { replacementAt, resourceOfKind, servedAt } from '../knowledge/api-version-catalogue.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { resourceHref } from '../knowledge/knowledge-urls.js';
import { atOrAfter } from '../knowledge/kubernetes-release.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { validateManifest } from '../reference/validate-manifest.js';
import type { Manifest } from './read-manifests.js';

/** How serious a finding is: gone at that release, going, not matching its schema, or not a known kind/apiVersion. */
export const FINDING_SEVERITIES = ['removed', 'deprecated', 'invalid', 'unknown'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** One thing wrong with one manifest. */
export interface Finding {
  index: number;
  kind: string | null;
  apiVersion: string | null;
  name: string | null;
  severity: FindingSeverity;
  message: string;
  /** The field the finding is about, for `invalid`; null otherwise. */
  path: string | null;
  deprecatedIn: string | null;
  removedIn: string | null;
  /** The apiVersion to use instead at the release checked, when there is one. */
  replacement: string | null;
  /** kubedex's page on the kind, when it knows the kind. */
  resource: string | null;
}

/** What the caller asks: the objects, the release to check against, the language of messages. */
export interface CheckRequest {
  manifests: Manifest[];
  kubernetesVersion: string;
  lang: Lang;
}

const text = {
  notAnObject: { ja: 'マニフェストがオブジェクトではありません。', en: 'The manifest is not an object.' },
  noType: { ja: 'apiVersionとkindは必須です。', en: 'apiVersion and kind are required.' },
  unknownKind: (k: string) => ({ ja: `${k}というkindをkubedexは知りません。`, en: `kubedex knows no kind ${k}.` }),
  neverServed: (k: string, v: string, served: string) => ({
    ja: `${k}が${v}で提供されたことはありません。提供されているのは${served}です。`,
    en: `${k} has never been served as ${v}; it is served as ${served}.`,
  }),
  notYet: (k: string, v: string, since: string, at: string) => ({
    ja: `${v}の${k}は${since}からの提供で、${at}にはありません。`,
    en: `${k} ${v} is served from ${since}, not yet in ${at}.`,
  }),
  removed: (k: string, v: string, removedIn: string, to: string | null) => ({
    ja: `${v}の${k}は${removedIn}で提供が終わりました。${to ? `${to}に移行してください。` : '後継のapiVersionはありません。'}`,
    en: `${k} ${v} is no longer served as of ${removedIn}. ${to ? `Migrate to ${to}.` : 'No apiVersion replaces it.'}`,
  }),
  notServedByAddon: (k: string, v: string, to: string | null) => ({
    ja: `${v}の${k}は、アドオンの現行のCRDでは提供されていません。${to ? `${to}に移行してください。` : '後継のapiVersionはありません。'}`,
    en: `${k} ${v} is no longer served by its add-on's current CRDs. ${to ? `Migrate to ${to}.` : 'No apiVersion replaces it.'}`,
  }),
  deprecated: (k: string, v: string, deprecatedIn: string, removedIn: string | null, to: string | null) => ({
    ja: `${v}の${k}は${deprecatedIn}で非推奨になりました${removedIn ? `(${removedIn}で提供終了)` : ''}。${to ? `${to}に移行してください。` : ''}`,
    en: `${k} ${v} is deprecated since ${deprecatedIn}${removedIn ? ` and removed in ${removedIn}` : ''}.${to ? ` Migrate to ${to}.` : ''}`,
  }),
};

/**
 * Checks manifests against what a cluster of `kubernetesVersion` serves, as Pluto and kubeconform do:
 * removed and deprecated apiVersions (with what replaces them at that release), unknown kinds and
 * apiVersions, and the fields against the v1.36 schema of the kind (src/reference). Add-on kinds, whose
 * schemas come with their CRDs, are not checked field by field. Every finding links the knowledge behind it.
 */
export function checkManifests(snapshot: KnowledgeSnapshot, request: CheckRequest): Finding[] {
  return request.manifests.flatMap((m) => checkOne(snapshot, request, m));
}

function checkOne(snapshot: KnowledgeSnapshot, request: CheckRequest, manifest: Manifest): Finding[] {
  const { lang, kubernetesVersion: at } = request;
  const object = manifest.object;
  const base = { index: manifest.index, kind: null, apiVersion: null, name: null, path: null, deprecatedIn: null, removedIn: null, replacement: null, resource: null };
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return [{ ...base, severity: 'invalid', message: text.notAnObject[lang], path: '' }];
  const record = object as Record<string, unknown>;
  const kind = typeof record.kind === 'string' ? record.kind : null;
  const apiVersion = typeof record.apiVersion === 'string' ? record.apiVersion : null;
  const metadata = record.metadata as { name?: unknown } | undefined;
  const named = { ...base, kind, apiVersion, name: typeof metadata?.name === 'string' ? metadata.name : null };
  if (kind === null || apiVersion === null) return [{ ...named, severity: 'invalid', message: text.noType[lang], path: kind === null ? 'kind' : 'apiVersion' }];

  const resource = resourceOfKind(snapshot, kind);
  if (!resource?.kubernetes) return [{ ...named, severity: 'unknown', message: text.unknownKind(kind)[lang] }];
  const about = { ...named, kind: resource.kubernetes.kind, resource: resourceHref(resource) };
  const entry = resource.apiVersionHistory.find((v) => v.apiVersion === apiVersion);
  const served = resource.kubernetes.servedVersions.includes(apiVersion);
  if (!entry && !served) return [{ ...about, severity: 'unknown', message: text.neverServed(kind, apiVersion, servedList(resource))[lang] }];

  if (entry?.introducedIn && !atOrAfter(at, entry.introducedIn))
    return [{ ...about, severity: 'unknown', message: text.notYet(kind, apiVersion, entry.introducedIn, at)[lang] }];
  if (entry && atOrAfter(at, entry.removedIn)) {
    const replacement = replacementAt(resource, apiVersion, at);
    return [{ ...about, severity: 'removed', deprecatedIn: entry.deprecatedIn, removedIn: entry.removedIn, replacement, message: text.removed(kind, apiVersion, entry.removedIn ?? at, replacement)[lang] }];
  }
  // Past the dated cases above, an apiVersion not served is an add-on's that no Kubernetes release dates
  // (networking.x-k8s.io/v1alpha1 HTTPRoute), gone since its current CRDs no longer serve it.
  if (entry && !servedAt(resource, entry, at)) {
    const replacement = replacementAt(resource, apiVersion, at);
    return [{ ...about, severity: 'removed', replacement, message: text.notServedByAddon(kind, apiVersion, replacement)[lang] }];
  }
  const findings: Finding[] = [];
  if (entry?.deprecatedIn && atOrAfter(at, entry.deprecatedIn)) {
    const replacement = replacementAt(resource, apiVersion, at);
    findings.push({ ...about, severity: 'deprecated', deprecatedIn: entry.deprecatedIn, removedIn: entry.removedIn, replacement, message: text.deprecated(kind, apiVersion, entry.deprecatedIn, entry.removedIn, replacement)[lang] });
  }
  // Built-in kinds and the add-ons whose schemas the reference holds (Gateway API, VPA) are checked field by field.
  const issues = validateManifest(record);
  // The reference holds the current schemas only: an older apiVersion it does not know is not "invalid".
  if (!issues.some((i) => i.problem === 'unknown-kind'))
    for (const issue of issues) findings.push({ ...about, severity: 'invalid', path: issue.path, message: issue.message });
  return findings;
}

function servedList(resource: Resource): string {
  return resource.kubernetes?.servedVersions.join(', ') || '—';
}
