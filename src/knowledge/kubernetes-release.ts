import { z } from 'zod';

/** The newest Kubernetes release kubedex's knowledge describes. */
export const KNOWLEDGE_RELEASE = 'v1.36';
const KNOWLEDGE_MINOR = 36;

/** A Kubernetes release as people write it (`v1.25`, `1.25`, `v1.25.3`), normalized to `v1.25`. */
export const KubernetesRelease = z
  .string()
  .trim()
  .regex(/^v?1\.\d{1,2}(\.\d+)?$/, 'a Kubernetes release such as v1.25')
  .transform((v) => `v1.${Number(v.replace(/^v?1\./, '').split('.')[0])}`)
  .refine((v) => releaseMinor(v) <= KNOWLEDGE_MINOR, { message: `kubedex knows releases up to ${KNOWLEDGE_RELEASE}` });

/** The minor number of a `v1.N` release. */
export function releaseMinor(release: string): number {
  return Number(release.replace(/^v1\./, ''));
}

/** Whether release `a` is `b` or later; a null `b` (unknown) is never reached. */
export function atOrAfter(a: string, b: string | null): boolean {
  return b !== null && releaseMinor(a) >= releaseMinor(b);
}
