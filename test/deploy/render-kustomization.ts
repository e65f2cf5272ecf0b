import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * A small kustomize renderer, limited to what deploy/kubernetes uses (no kustomize for Node 20 installs
 * from npm offline). It reads a kustomization.yaml and supports exactly:
 * - `resources`: YAML files (several documents each) and folders holding a kustomization.yaml (a base);
 * - `namespace`: set on every object of a namespaced kind (`isNamespaced` says which);
 * - `labels` with `pairs`, added to each object's metadata.labels only (kustomize's default: no
 *   selectors, no templates);
 * - `patches` with `path`: strategic-merge patches whose target is the object of the same apiVersion,
 *   kind and name. Maps merge, `null` deletes a key, the lists Kubernetes merges by name (containers,
 *   initContainers, volumes, volumeMounts, env) merge by name, every other list is replaced.
 * Any other field, a patch without a target, or a missing file fails, so the renderer never silently
 * renders less than kustomize would.
 */
export function renderKustomization(dir: string, isNamespaced: (object: KubeObject) => boolean): KubeObject[] {
  const file = path.join(dir, 'kustomization.yaml');
  const k = readYaml(file)[0] as Record<string, unknown>;
  const supported = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'patches']);
  for (const key of Object.keys(k)) if (!supported.has(key)) throw new Error(`${file}: the test renderer does not support "${key}"`);
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') throw new Error(`${file}: not a Kustomization`);

  const objects: KubeObject[] = [];
  for (const entry of (k.resources ?? []) as string[]) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new Error(`${file}: resource ${entry} does not exist`);
    objects.push(...(fs.statSync(target).isDirectory() ? renderKustomization(target, isNamespaced) : (readYaml(target) as KubeObject[])));
  }
  for (const patch of (k.patches ?? []) as { path?: string }[]) {
    if (!patch.path || Object.keys(patch).length !== 1) throw new Error(`${file}: only patches with a path alone are supported`);
    const body = readYaml(path.resolve(dir, patch.path))[0] as KubeObject;
    const index = objects.findIndex((o) => o.apiVersion === body.apiVersion && o.kind === body.kind && o.metadata.name === body.metadata.name);
    if (index < 0) throw new Error(`${file}: patch ${patch.path} matches no ${body.kind} ${body.metadata.name}`);
    objects[index] = strategicMerge(objects[index], body) as KubeObject;
  }
  const namespace = k.namespace as string | undefined;
  const labels = Object.assign({}, ...((k.labels ?? []) as { pairs: Record<string, string> }[]).map((l) => l.pairs)) as Record<string, string>;
  return objects.map((o) => ({
    ...o,
    metadata: {
      ...o.metadata,
      ...(namespace && isNamespaced(o) ? { namespace } : {}),
      ...(Object.keys(labels).length > 0 ? { labels: { ...o.metadata.labels, ...labels } } : {}),
    },
  }));
}

/** A Kubernetes object as the manifests write it. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

const MERGED_BY_NAME = new Set(['containers', 'initContainers', 'volumes', 'volumeMounts', 'env']);

function strategicMerge(base: unknown, patch: unknown, key?: string): unknown {
  if (Array.isArray(patch)) {
    if (!key || !MERGED_BY_NAME.has(key) || !Array.isArray(base)) return patch;
    const merged = [...(base as { name: string }[])];
    for (const item of patch as { name: string }[]) {
      const at = merged.findIndex((m) => m.name === item.name);
      if (at < 0) merged.push(item);
      else merged[at] = strategicMerge(merged[at], item) as { name: string };
    }
    return merged;
  }
  if (!isMap(patch) || !isMap(base)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = strategicMerge(base[k], v, k);
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readYaml(file: string): unknown[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((d) => {
      if (d.errors.length > 0) throw new Error(`${file}: ${d.errors[0]!.message}`);
      return d.toJS() as unknown;
    })
    .filter((v) => v !== null);
}
