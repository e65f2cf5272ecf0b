import type { ApiVersionEntry } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import type { VersionAnswer } from './asked-versions.js';

const WORDS: Record<
  Lang,
  {
    title: (kind: string) => string;
    served: (asked: string, kind: string, release: string) => string;
    notServed: (asked: string, kind: string, release: string, removedIn: string | null) => string;
    moveTo: (apiVersion: string) => string;
    nothingServed: string;
    introduced: string;
    deprecated: string;
    removed: string;
    replacement: string;
    stillServed: string;
    supersededBy: (name: string, summary: string) => string;
  }
> = {
  ja: {
    title: (kind) => `**${kind}** のapiVersionの履歴`,
    served: (asked, kind, release) => `\`${asked}\` の${kind}は、Kubernetes ${release}でも提供されています。`,
    notServed: (asked, kind, release, removedIn) => `\`${asked}\` の${kind}は、Kubernetes ${release}では提供されていません${removedIn ? `(${removedIn}で削除)` : ''}。`,
    moveTo: (apiVersion) => `\`${apiVersion}\` に移行します。`,
    nothingServed: '移行先のapiVersionはありません。',
    introduced: '導入',
    deprecated: '非推奨',
    removed: '削除',
    replacement: '移行先',
    stillServed: '提供中',
    supersededBy: (name, summary) => `後継: **${name}**: ${summary}`,
  },
  en: {
    title: (kind) => `apiVersion history of **${kind}**`,
    served: (asked, kind, release) => `\`${asked}\` ${kind} is still served in Kubernetes ${release}.`,
    notServed: (asked, kind, release, removedIn) => `\`${asked}\` ${kind} is not served in Kubernetes ${release}${removedIn ? ` (removed in ${removedIn})` : ''}.`,
    moveTo: (apiVersion) => `Move to \`${apiVersion}\`.`,
    nothingServed: 'No apiVersion replaces it.',
    introduced: 'introduced',
    deprecated: 'deprecated',
    removed: 'removed',
    replacement: 'replacement',
    stillServed: 'served',
    supersededBy: (name, summary) => `Replaced by **${name}**: ${summary}`,
  },
};

/** A version answer: the asked apiVersion's fate first, what took over, then the whole history, one line per apiVersion. */
export function writeVersionPassage(answer: VersionAnswer, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [w.title(answer.kind), ''];
  if (answer.asked) {
    const { apiVersion, removedIn } = answer.asked;
    if (answer.askedServed) lines.push(w.served(apiVersion, answer.kind, answer.release));
    else lines.push(`${w.notServed(apiVersion, answer.kind, answer.release, removedIn)} ${answer.askedReplacement ? w.moveTo(answer.askedReplacement) : w.nothingServed}`);
  }
  if (answer.supersededBy) lines.push(w.supersededBy(answer.supersededBy.text[lang].name, answer.supersededBy.text[lang].summary));
  if (lines.length > 2) lines.push('');
  for (const entry of answer.history) lines.push(historyLine(entry, lang));
  return lines.join('\n');
}

function historyLine(entry: ApiVersionEntry, lang: Lang): string {
  const w = WORDS[lang];
  const parts = [
    ...(entry.introducedIn ? [`${w.introduced} ${entry.introducedIn}`] : []),
    ...(entry.deprecatedIn ? [`${w.deprecated} ${entry.deprecatedIn}`] : []),
    entry.removedIn ? `${w.removed} ${entry.removedIn}` : w.stillServed,
    ...(entry.replacement ? [`${w.replacement} \`${entry.replacement}\``] : []),
  ];
  const note = entry.text?.[lang].note;
  return `- \`${entry.apiVersion}\`: ${parts.join(lang === 'ja' ? '、' : ', ')}${note ? ` — ${note}` : ''}`;
}
