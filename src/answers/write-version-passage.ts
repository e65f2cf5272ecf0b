import type { ApiVersionEntry } from '../knowledge/knowledge-types.js';
import type { Lang } from '../knowledge/vocabulary.js';
import type { VersionAnswer } from './asked-versions.js';

const WORDS: Record<
  Lang,
  {
    title: (kind: string) => string;
    served: (asked: string, kind: string, release: string) => string;
    servedByAddon: (asked: string, kind: string) => string;
    notServed: (asked: string, kind: string, release: string, removedIn: string | null) => string;
    notServedByAddon: (asked: string, kind: string) => string;
    moveTo: (apiVersion: string) => string;
    nothingServed: string;
    introduced: string;
    deprecated: string;
    removed: string;
    replacement: string;
    stillServed: string;
    noLongerServed: string;
    supersededBy: (name: string, summary: string) => string;
  }
> = {
  ja: {
    title: (kind) => `**${kind}** のapiVersionの履歴`,
    served: (asked, kind, release) => `\`${asked}\` の${kind}は、Kubernetes ${release}でも提供されています。`,
    servedByAddon: (asked, kind) => `\`${asked}\` の${kind}は、アドオンの現行のCRDでも提供されています。`,
    notServed: (asked, kind, release, removedIn) => `\`${asked}\` の${kind}は、Kubernetes ${release}では提供されていません${removedIn ? `(${removedIn}で削除)` : ''}。`,
    notServedByAddon: (asked, kind) => `\`${asked}\` の${kind}は、アドオンの現行のCRDでは提供されていません。`,
    moveTo: (apiVersion) => `\`${apiVersion}\` に移行します。`,
    nothingServed: '移行先のapiVersionはありません。',
    introduced: '導入',
    deprecated: '非推奨',
    removed: '削除',
    replacement: '移行先',
    stillServed: '提供中',
    noLongerServed: '提供終了',
    supersededBy: (name, summary) => `後継: **${name}**: ${summary}`,
  },
  en: {
    title: (kind) => `apiVersion history of **${kind}**`,
    served: (asked, kind, release) => `\`${asked}\` ${kind} is still served in Kubernetes ${release}.`,
    servedByAddon: (asked, kind) => `\`${asked}\` ${kind} is still served by its add-on's current CRDs.`,
    notServed: (asked, kind, release, removedIn) => `\`${asked}\` ${kind} is not served in Kubernetes ${release}${removedIn ? ` (removed in ${removedIn})` : ''}.`,
    notServedByAddon: (asked, kind) => `\`${asked}\` ${kind} is no longer served by its add-on's current CRDs.`,
    moveTo: (apiVersion) => `Move to \`${apiVersion}\`.`,
    nothingServed: 'No apiVersion replaces it.',
    introduced: 'introduced',
    deprecated: 'deprecated',
    removed: 'removed',
    replacement: 'replacement',
    stillServed: 'served',
    noLongerServed: 'no longer served',
    supersededBy: (name, summary) => `Replaced by **${name}**: ${summary}`,
  },
};

/** A version answer: the asked apiVersion's fate first, what took over, then the whole history, one line per apiVersion. */
export function writeVersionPassage(answer: VersionAnswer, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [w.title(answer.kind), ''];
  if (answer.asked) {
    const { apiVersion, removedIn } = answer.asked;
    if (answer.askedServed) lines.push(answer.addon ? w.servedByAddon(apiVersion, answer.kind) : w.served(apiVersion, answer.kind, answer.release));
    else {
      const notServed = answer.addon ? w.notServedByAddon(apiVersion, answer.kind) : w.notServed(apiVersion, answer.kind, answer.release, removedIn);
      lines.push(`${notServed} ${answer.askedReplacement ? w.moveTo(answer.askedReplacement) : w.nothingServed}`);
    }
  }
  if (answer.supersededBy) lines.push(w.supersededBy(answer.supersededBy.text[lang].name, answer.supersededBy.text[lang].summary));
  if (lines.length > 2) lines.push('');
  for (const entry of answer.history) lines.push(historyLine(entry, answer.served.includes(entry.apiVersion), lang));
  return lines.join('\n');
}

function historyLine(entry: ApiVersionEntry, served: boolean, lang: Lang): string {
  const w = WORDS[lang];
  const parts = [
    ...(entry.introducedIn ? [`${w.introduced} ${entry.introducedIn}`] : []),
    ...(entry.deprecatedIn ? [`${w.deprecated} ${entry.deprecatedIn}`] : []),
    entry.removedIn ? `${w.removed} ${entry.removedIn}` : served ? w.stillServed : w.noLongerServed,
    ...(entry.replacement ? [`${w.replacement} \`${entry.replacement}\``] : []),
  ];
  const note = entry.text?.[lang].note;
  return `- \`${entry.apiVersion}\`: ${parts.join(lang === 'ja' ? '、' : ', ')}${note ? ` — ${note}` : ''}`;
}
