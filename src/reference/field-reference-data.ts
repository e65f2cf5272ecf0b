import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';

/** A field's type as the generator recorded it: a scalar, a definition, a list or a map of one. */
export type FieldType =
  | { t: 'string'; format?: string; enum?: string[] }
  | { t: 'integer' | 'number'; format?: string }
  | { t: 'boolean' | 'IntOrString' | 'Quantity' | 'Object' }
  | { t: 'ref'; ref: string }
  | { t: 'array' | 'map'; of: FieldType };

/** One property of an upstream definition. */
export interface DefinitionProperty {
  name: string;
  type: FieldType;
  required: boolean;
  description: string | null;
}

/** One upstream OpenAPI definition (`io.k8s.api.apps.v1.DeploymentSpec`, keyed `IoK8sApiAppsV1DeploymentSpec`). */
export interface Definition {
  name: string;
  description: string | null;
  properties: DefinitionProperty[];
}

/** The upstream release a schema comes from, and how kubedex knows it. */
export interface SchemaRelease {
  /** `Kubernetes`, or the add-on project (`Gateway API`, `Vertical Pod Autoscaler`). */
  project: string;
  /** `v1.36.0`, `v1.24` (a removed apiVersion's last serving release), `v1.5.1`; null when unknown. */
  version: string | null;
  /** `package-changelog`: the package says so; `api-version-history`: the release before kubedex's `removedIn`; null: unknown. */
  from: 'package-changelog' | 'api-version-history' | null;
}

/** Where the upstream text of a kind comes from: package, its version, the release, the language. */
export interface ReferenceSource {
  package: string;
  packageVersion: string;
  /**
   * The Kubernetes release the schema comes from (`unknown` when kubedex cannot tell); for an add-on,
   * the release of the Kubernetes types its tree resolves (ObjectMeta), its own release being in `release`.
   */
  kubernetesVersion: string;
  language: 'en';
  /** `kubernetes`: a built-in kind's OpenAPI model; `addon-crd`: an add-on API's CRD schema, served only once its CRDs are installed. */
  schema: 'kubernetes' | 'addon-crd';
  release: SchemaRelease;
}

/** A kind at one group/version and the definition of its objects. */
export interface ReferenceKind {
  group: string;
  version: string;
  kind: string;
  definition: string;
  source: ReferenceSource;
}

/** The generated field reference as read from disk. */
export interface FieldReferenceData {
  /** The source of the served built-in kinds; each kind carries its own. */
  source: ReferenceSource;
  kinds: ReferenceKind[];
  definitions: Record<string, Definition>;
}

/** Where `scripts/generate-field-reference.mjs` writes the reference (postinstall, ignored by git). */
export const FIELD_REFERENCE_FILE = path.join(PACKAGE_ROOT, 'dist/reference/field-reference.json');

let loaded: FieldReferenceData | undefined;

/** The field reference, read once on first use (about 1.4 MB of JSON), never at start-up. */
export function loadFieldReference(): FieldReferenceData {
  if (loaded) return loaded;
  let text: string;
  try {
    text = fs.readFileSync(FIELD_REFERENCE_FILE, 'utf8');
  } catch (cause) {
    throw new AppError('INTERNAL', {
      message: `the field reference is missing (${FIELD_REFERENCE_FILE}); run npm run reference:generate`,
      cause,
    });
  }
  loaded = JSON.parse(text) as FieldReferenceData;
  return loaded;
}
