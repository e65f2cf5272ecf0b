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

/** Where the upstream text comes from: package, its version, the Kubernetes release, the language. */
export interface ReferenceSource {
  package: string;
  packageVersion: string;
  kubernetesVersion: string;
  language: 'en';
}

/** A kind at one group/version and the definition of its objects. */
export interface ReferenceKind {
  group: string;
  version: string;
  kind: string;
  definition: string;
}

/** The generated field reference as read from disk. */
export interface FieldReferenceData {
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
