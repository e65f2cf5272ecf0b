import type { Resource } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { factLines } from './search-document.js';
import { tokenize } from './tokenize.js';

/** Which text of a resource a snippet can come from. */
export const SNIPPET_FIELDS = ['name', 'alias', 'summary', 'description', 'fact'] as const;

/** The passage of a hit that best shows why it matched. */
export interface Snippet {
  /** Which text it comes from. */
  field: (typeof SNIPPET_FIELDS)[number];
  text: string;
  /** `text` as HTML: escaped, with each matching word wrapped in `<mark>`. */
  highlighted: string;
}

interface Candidate {
  field: Snippet['field'];
  text: string;
}

/**
 * Picks the sentence, fact or name of a resource in `lang` holding the most matched terms (the
 * summary when nothing matches in that language) and marks the matching words.
 */
export function buildSnippet(resource: Resource, lang: Lang, matchedTerms: ReadonlySet<string>): Snippet {
  const text = resource.text[lang];
  const candidates: Candidate[] = [
    { field: 'summary', text: text.summary },
    ...sentences(text.description).map((s) => ({ field: 'description' as const, text: s })),
    ...factLines(resource, lang).map((s) => ({ field: 'fact' as const, text: s })),
    { field: 'name', text: resource.name },
    ...resource.aliases.map((a) => ({ field: 'alias' as const, text: a.name })),
  ];
  // Tokenizing every sentence of every hit is what a search would spend its time on; a term can
  // only match text that contains it (terms are lower-cased stems and Japanese substrings), so
  // count contained terms first and tokenize only the chosen passage, for highlighting.
  const terms = [...matchedTerms];
  let best: { candidate: Candidate; hits: number } = { candidate: { field: 'summary', text: text.summary }, hits: 0 };
  for (const candidate of candidates) {
    const lower = candidate.text.normalize('NFKC').toLowerCase();
    const hits = terms.filter((t) => lower.includes(t)).length;
    if (hits > best.hits) best = { candidate, hits };
  }
  const { field, text: shown } = best.candidate;
  return { field, text: shown, highlighted: highlight(shown, matchedTerms) };
}

/** `text` HTML-escaped with the words whose terms are in `terms` wrapped in `<mark>`, adjacent marks merged. */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const t of tokenize(text)) if (terms.has(t.term)) marked.fill(true, t.start, t.end);
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const m = marked[i] ?? false;
    if (m !== open) {
      out += m ? '<mark>' : '</mark>';
      open = m;
    }
    out += escapeHtml(text.charAt(i));
  }
  return open ? `${out}</mark>` : out;
}

function sentences(description: string): string[] {
  return description
    .split(/(?<=[。!?])|(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function escapeHtml(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    default:
      return ch;
  }
}
