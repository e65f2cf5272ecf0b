import { resourceMarkdownUrl, trimSlash } from '../knowledge/knowledge-urls.js';
import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { markdownLink } from './markdown-link.js';
import { renderResourceMarkdown } from './render-resource-markdown.js';

const INTRO: Record<Lang, { summary: string; details: string; optional: string; full: string }> = {
  ja: {
    summary: 'Kubernetesのリソース(Pod、Deployment、Service/NodePortなど)について、カテゴリ・関係・比較を日本語と英語で答える知識API。',
    details: '各リソースのページはMarkdownで読めます(URLの末尾に`.md`)。JSONは同じURLから`.md`を除いたもの、検索は`/search?q=`、質問への回答は`/ask?q=`です。`?lang=en`で英語になります。',
    optional: 'Optional',
    full: 'すべてのリソースを1つのMarkdownにまとめたもの',
  },
  en: {
    summary: 'A knowledge API about Kubernetes resources (Pod, Deployment, Service/NodePort, ...): categories, relations and comparisons, in Japanese and English.',
    details: 'Every resource page is available as Markdown (append `.md` to its URL); the same URL without `.md` answers JSON. Search with `/search?q=`, ask questions with `/ask?q=`. Add `?lang=ja` for Japanese.',
    optional: 'Optional',
    full: 'Every resource in one Markdown document',
  },
};

/** `/llms.txt` as llmstxt.org describes it: title, summary, details, then one link list per category. */
export function renderLlmsTxt(snapshot: KnowledgeSnapshot, options: { lang: Lang; baseUrl: string }): string {
  const { lang, baseUrl } = options;
  const intro = INTRO[lang];
  const out = ['# kubedex', '', `> ${intro.summary}`, '', intro.details];
  for (const category of snapshot.categories) {
    const resources = snapshot.resourcesIn(category.slug);
    if (resources.length === 0) continue;
    out.push('', `## ${category.text[lang].name}`, '', category.text[lang].description, '');
    for (const r of resources) out.push(`- ${markdownLink(r.text[lang].name, withLang(resourceMarkdownUrl(r, baseUrl), lang))}: ${r.text[lang].summary}`);
  }
  out.push('', `## ${intro.optional}`, '', `- ${markdownLink('llms-full.txt', withLang(`${trimSlash(baseUrl)}/llms-full.txt`, lang))}: ${intro.full}`);
  return `${out.join('\n')}\n`;
}

/** `/llms-full.txt`: the title and summary, then every resource's Markdown page, category by category. */
export function renderLlmsFullTxt(snapshot: KnowledgeSnapshot, options: { lang: Lang; baseUrl: string }): string {
  const { lang } = options;
  const out = [`# kubedex\n\n> ${INTRO[lang].summary}\n`];
  for (const category of snapshot.categories) {
    const resources = snapshot.resourcesIn(category.slug).filter((r) => r.category === category.slug);
    if (resources.length === 0) continue;
    out.push(`## ${category.text[lang].name}\n\n${category.text[lang].description}\n`);
    // Pages are demoted two levels so each resource is a section of its category.
    for (const r of resources) out.push(demoteHeadings(renderResourceMarkdown(snapshot, r, options)));
  }
  return out.join('\n');
}

// Outside code fences only: a YAML comment in an example manifest is not a heading.
function demoteHeadings(markdown: string): string {
  return markdown
    .split(/(^```[\s\S]*?^```$)/m)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/^(#+) /gm, '##$1 ')))
    .join('');
}

function withLang(url: string, lang: Lang): string {
  return `${url}?lang=${lang}`;
}
