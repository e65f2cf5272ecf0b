import type { JsonValue, Resource } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';

/** The searchable text of one resource, one field per kind of text and language. */
export interface SearchDocument {
  id: number;
  name: string;
  aliases: string;
  summary_ja: string;
  summary_en: string;
  description_ja: string;
  description_en: string;
  facts_ja: string;
  facts_en: string;
  /** What people want to do when they need the resource: the closest text to a question. */
  tasks_ja: string;
  tasks_en: string;
  /** Every apiVersion the kind has been served under, with kubedex's notes on them. */
  versions: string;
}

/**
 * The name fields and their weights, indexed apart from the prose: a name, alias or shortName
 * outweighs any amount of prose when it is the whole query, and counts for the share of the
 * question it is otherwise.
 */
export const NAME_FIELD_BOOST = { name: 8, aliases: 6 } as const;

/** The prose fields and their weights: what a resource says, does and is for. */
export const PROSE_FIELD_BOOST = {
  summary_ja: 2.5,
  summary_en: 2.5,
  description_ja: 1,
  description_en: 1,
  facts_ja: 0.8,
  facts_en: 0.8,
  tasks_ja: 3,
  tasks_en: 3,
  versions: 1.5,
} as const;

/** Every index field and its weight. */
export const FIELD_BOOST = { ...NAME_FIELD_BOOST, ...PROSE_FIELD_BOOST } as const satisfies Record<Exclude<keyof SearchDocument, 'id'>, number>;

export type SearchField = keyof typeof FIELD_BOOST;

/** The fields a resource is indexed under. */
export function searchDocument(r: Resource): SearchDocument {
  const ownsKind = r.variant === null && r.kubernetes !== null;
  const names = [r.name, splitCamel(r.name), ...(ownsKind && r.kubernetes ? [r.kubernetes.kind, r.kubernetes.plural] : [])];
  const aliases = [
    ...r.aliases.map((a) => a.name),
    ...(ownsKind ? (r.kubernetes?.shortNames ?? []) : []),
    r.text.ja.name,
    r.text.en.name,
    ...(r.variant ? [r.variant.selector] : []),
  ];
  return {
    id: r.id,
    name: names.join('\n'),
    aliases: aliases.join('\n'),
    summary_ja: r.text.ja.summary,
    summary_en: r.text.en.summary,
    description_ja: r.text.ja.description,
    description_en: r.text.en.description,
    facts_ja: factsText(r, 'ja'),
    facts_en: factsText(r, 'en'),
    tasks_ja: r.tasks.map((t) => t.ja).join('\n'),
    tasks_en: r.tasks.map((t) => t.en).join('\n'),
    versions: r.apiVersionHistory.flatMap((v) => [v.apiVersion, v.replacement ?? '', v.text?.en.note ?? '', v.text?.ja.note ?? '']).join('\n'),
  };
}

/** One line per fact: label, value and note, as a reader would see them. */
export function factLines(r: Resource, lang: Lang): string[] {
  return r.facts.map((f) => [f.text[lang].label, renderValue(f.text[lang].value), f.text[lang].note].filter(Boolean).join(' — '));
}

function factsText(r: Resource, lang: Lang): string {
  return factLines(r, lang).join('\n');
}

function renderValue(value: JsonValue): string {
  if (value === null || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.map(renderValue).join(', ');
  if (typeof value === 'object') return Object.values(value).map(renderValue).join(' ');
  return String(value);
}

// "PersistentVolumeClaim" is also "persistent volume claim" to someone typing words.
function splitCamel(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
}
