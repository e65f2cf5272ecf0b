import { formatFactValue } from '../knowledge/format-fact-value.js';
import { resourceMarkdownUrl } from '../knowledge/knowledge-urls.js';
import { SOURCE_ARTICLE } from '../answers/citation.js';
import type { Resource } from '../knowledge/knowledge-types.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';

const HEADINGS: Record<Lang, Record<'kubernetes' | 'facts' | 'relations' | 'comparisons' | 'example' | 'sources' | 'aliases' | 'docs' | 'article' | 'category', string>> = {
  ja: { kubernetes: 'Kubernetes', facts: '事実', relations: '関係', comparisons: '比較', example: 'マニフェストの例', sources: '出典', aliases: '別名', docs: '公式ドキュメント', article: '元記事', category: 'カテゴリ' },
  en: { kubernetes: 'Kubernetes', facts: 'Facts', relations: 'Relations', comparisons: 'Comparisons', example: 'Example manifest', sources: 'Sources', aliases: 'Also known as', docs: 'Official documentation', article: 'Source article', category: 'Category' },
};

/** One resource as a Markdown page: summary, description, API facts, facts, relations, comparisons, example, sources. */
export function renderResourceMarkdown(snapshot: KnowledgeSnapshot, r: Resource, options: { lang: Lang; baseUrl: string }): string {
  const { lang, baseUrl } = options;
  const h = HEADINGS[lang];
  const text = r.text[lang];
  const out: string[] = [`# ${text.name}`, '', `> ${text.summary}`, '', `${h.category}: ${snapshot.category(r.category)?.text[lang].name ?? r.category}`, '', text.description];

  if (r.kubernetes) {
    const k = r.kubernetes;
    out.push('', `## ${h.kubernetes}`, '', `- apiVersion: \`${k.apiVersion}\``, `- kind: \`${k.kind}\``, `- plural: \`${k.plural}\``);
    if (k.shortNames.length && !r.variant) out.push(`- shortNames: ${k.shortNames.map((s) => `\`${s}\``).join(', ')}`);
    out.push(`- namespaced: ${formatFactValue(k.namespaced, lang)}`);
    if (r.variant) out.push(`- variant of ${r.variant.of}: \`${r.variant.selector}\``);
  }
  if (r.facts.length) {
    out.push('', `## ${h.facts}`, '');
    for (const f of r.facts) out.push(`- ${f.text[lang].label}: ${formatFactValue(f.text[lang].value, lang)}${f.text[lang].note ? ` (${f.text[lang].note})` : ''}`);
  }
  const relations = snapshot.relationsOf(r.name);
  if (relations.length) {
    out.push('', `## ${h.relations}`, '');
    for (const { relation, direction, other } of relations) {
      const arrow = direction === 'outgoing' ? `${r.name} —${relation.kind}→ ${other.name}` : `${other.name} —${relation.kind}→ ${r.name}`;
      out.push(`- [${other.name}](${resourceMarkdownUrl(other, baseUrl)}): ${arrow}${relation.text[lang].note ? `. ${relation.text[lang].note}` : ''}`);
    }
  }
  const comparisons = snapshot.comparisonsOf(r.name);
  if (comparisons.length) {
    out.push('', `## ${h.comparisons}`, '');
    for (const c of comparisons) out.push(`- ${c.text[lang].title}: ${c.text[lang].verdict}`);
  }
  if (r.exampleManifest) out.push('', `## ${h.example}`, '', '```yaml', r.exampleManifest.trimEnd(), '```');
  if (r.aliases.length) out.push('', `${h.aliases}: ${r.aliases.map((a) => a.name).join(', ')}`);
  out.push('', `## ${h.sources}`, '');
  if (r.docsUrl) out.push(`- ${h.docs}: ${r.docsUrl}`);
  if (r.source.fromArticle && r.source.articleSection) out.push(`- ${h.article}: ${SOURCE_ARTICLE}, «${r.source.articleSection.replace(/^#+\s*/, '')}»`);
  return `${out.join('\n')}\n`;
}
