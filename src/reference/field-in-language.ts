import type { Lang } from '../knowledge/vocabulary.js';
import type { AnnotatedField } from './annotate-field.js';
import type { ReferenceSource } from './field-reference-data.js';

/** A field with kubedex's note in one language; `description` stays the upstream English text. */
export interface FieldInLanguage {
  name: string;
  path: string;
  type: string;
  required: boolean;
  description: string | null;
  enum: string[] | null;
  note: string | null;
  hasChildren: boolean;
  href?: string;
  children: FieldInLanguage[];
}

/** The field and its subtree in one language, each with a link when `href` is given. */
export function fieldInLanguage(field: AnnotatedField, lang: Lang, href?: (path: string) => string): FieldInLanguage {
  return {
    name: field.name,
    path: field.path,
    type: field.type,
    required: field.required,
    description: field.description,
    enum: field.enum,
    note: field.note?.[lang] ?? null,
    hasChildren: field.hasChildren,
    ...(href ? { href: href(field.path) } : {}),
    children: field.children.map((child) => fieldInLanguage(child, lang, href)),
  };
}

/** Who wrote which text of a field answer: `description` upstream (English, with its source), `note` kubedex. */
export function fieldTextSources(source: ReferenceSource, lang: Lang) {
  return {
    description: {
      by: 'upstream' as const,
      package: source.package,
      packageVersion: source.packageVersion,
      kubernetesVersion: source.kubernetesVersion,
      schema: source.schema,
      release: source.release,
      lang: source.language,
    },
    note: { by: 'kubedex' as const, lang },
  };
}
