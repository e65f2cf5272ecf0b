import type { Comparison, ComparisonAspect, JsonValue, Localized, Resource, ResourceFact } from './knowledge-types.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { formatFactValue } from './format-fact-value.js';
import { LANGS, type Lang, type RelationKind, type ResourceStatus } from './vocabulary.js';

const NONE: Localized<string> = { ja: '—', en: '—' };
/** Tasks per cell: enough to tell what each is for, short enough for a table. */
const TASKS_PER_CELL = 3;

const STATUS: Record<ResourceStatus, Localized<string>> = {
  stable: { ja: '安定版(GA)', en: 'stable (GA)' },
  beta: { ja: 'ベータ版', en: 'beta' },
  deprecated: { ja: '非推奨', en: 'deprecated' },
  superseded: { ja: '後継あり', en: 'superseded' },
  removed: { ja: '削除済み', en: 'removed' },
};

// How an outgoing relation reads from its `from` side ("manages ReplicaSet", "ReplicaSetを管理する").
const RELATION: Record<RelationKind, Localized<string>> = {
  parent_of: { ja: 'を管理する', en: 'manages' },
  variant_of: { ja: 'の一種', en: 'is a kind of' },
  alternative_to: { ja: 'の代わりになる', en: 'is an alternative to' },
  builds_on: { ja: 'の上に成り立つ', en: 'builds on' },
  routes_to: { ja: 'へ転送する', en: 'routes to' },
  uses: { ja: 'を使う', en: 'uses' },
  binds: { ja: 'と結び付く', en: 'binds' },
  grants: { ja: 'の権限を与える', en: 'grants' },
  binds_subject: { ja: 'に権限を渡す', en: 'gives its grant to' },
  scales: { ja: 'をスケールする', en: 'scales' },
  protects: { ja: 'の中断を制限する', en: 'limits disruption of' },
  selects: { ja: 'をラベルで選ぶ', en: 'selects' },
  applies_to: { ja: 'に制限をかける', en: 'constrains' },
  runs_on: { ja: 'の上で動く', en: 'runs on' },
  provisions: { ja: 'を自動で用意する', en: 'provisions' },
  creates: { ja: 'を作る', en: 'creates' },
  attaches_to: { ja: 'に紐付く', en: 'attaches to' },
  allocates: { ja: 'を割り当てる', en: 'allocates' },
  publishes: { ja: 'を公開する', en: 'publishes' },
  renews: { ja: 'を更新し続ける', en: 'renews' },
  references: { ja: 'を参照する', en: 'references' },
};

type Row = (key: string, label: Localized<string>, cell: (r: Resource) => Localized<string>) => ComparisonAspect;

/**
 * The rows of a comparison no stored one covers, built from what tells the resources apart, most
 * telling first: what each is (summary) and is for (tasks), the rows of a stored comparison that
 * covers them through what they manage (Deployment's Pods are its ReplicaSet's), their facts
 * (differing values first), their relations and the description's statement about the others;
 * then the API identity, which alone never answers a "which one" question.
 */
export function distinguishingAspects(snapshot: KnowledgeSnapshot, resources: readonly Resource[]): ComparisonAspect[] {
  const row: Row = (key, label, cell) => ({
    key,
    text: { ja: { label: label.ja }, en: { label: label.en } },
    cells: Object.fromEntries(resources.map((r) => [r.name, cell(r)])),
  });
  const k8s = (pick: (k: NonNullable<Resource['kubernetes']>) => JsonValue) => (r: Resource) => (r.kubernetes ? valueText(pick(r.kubernetes)) : NONE);
  const borrowed = throughManaged(snapshot, resources);
  // A fact the borrowed comparison already has a row for ("Pods per node") would only repeat it with less.
  const labels = new Set(borrowed.flatMap((a) => LANGS.map((l) => a.text[l].label)));
  const facts = factRows(resources, row, (a) => !LANGS.some((l) => labels.has(a.text[l].label)));
  return [
    row('summary', { ja: '概要', en: 'Summary' }, (r) => ({ ja: r.text.ja.summary, en: r.text.en.summary })),
    row('tasks', { ja: '使う場面', en: 'Used to' }, (r) => tasksOf(r)),
    ...borrowed,
    ...facts.shared,
    row('statement', { ja: '説明より', en: 'From the description' }, (r) => statementOf(r, resources)),
    ...facts.own,
    row('relations', { ja: '関係', en: 'Relations' }, (r) => relationsOf(snapshot, r)),
    row('category', { ja: 'カテゴリ', en: 'Category' }, (r) => {
      const c = snapshot.category(r.category);
      return c ? { ja: c.text.ja.name, en: c.text.en.name } : same(r.category);
    }),
    row('apiVersion', { ja: 'apiVersion', en: 'apiVersion' }, k8s((k) => k.apiVersion)),
    row('kind', { ja: 'kind', en: 'kind' }, k8s((k) => k.kind)),
    row('namespaced', { ja: 'Namespaceに属する', en: 'Namespaced' }, k8s((k) => k.namespaced)),
    row('shortNames', { ja: '短縮名', en: 'Short names' }, k8s((k) => k.shortNames)),
    row('variant', { ja: 'バリアントを選ぶ指定', en: 'Selected by' }, (r) => (r.variant ? same(`${r.variant.of}: ${r.variant.selector}`) : NONE)),
    row('status', { ja: '状態', en: 'Status' }, (r) => STATUS[r.status]),
  ];
}

function tasksOf(r: Resource): Localized<string> {
  if (r.tasks.length === 0) return NONE;
  const first = r.tasks.slice(0, TASKS_PER_CELL);
  return { ja: first.map((t) => t.ja).join('、'), en: first.map((t) => t.en).join('; ') };
}

/**
 * A stored comparison of the compared resources or of what they manage (a Deployment's Pods are
 * placed by its ReplicaSet, so ReplicaSet vs DaemonSet answers Deployment vs DaemonSet), the
 * smallest one reaching at least two of them; its rows, each borrowed cell saying through which.
 */
function throughManaged(snapshot: KnowledgeSnapshot, resources: readonly Resource[]): ComparisonAspect[] {
  const standIns = new Map<string, Resource>();
  for (const r of resources) {
    standIns.set(r.name, r);
    for (const { resource } of snapshot.children(r.name, 1)) if (!standIns.has(resource.name)) standIns.set(resource.name, r);
  }
  let best: Comparison | undefined;
  for (const c of snapshot.comparisons) {
    const reached = c.resources.map((m) => standIns.get(m));
    if (reached.some((r) => r === undefined)) continue;
    const distinct = new Set(reached);
    if (distinct.size < 2 || distinct.size < reached.length) continue;
    if (!best || c.resources.length < best.resources.length) best = c;
  }
  if (!best) return [];
  const comparison = best;
  return comparison.aspects.map((aspect) => ({
    key: `${comparison.slug}.${aspect.key}`,
    text: aspect.text,
    cells: Object.fromEntries(
      resources.map((r) => {
        const member = comparison.resources.find((m) => standIns.get(m) === r);
        const cell = member ? aspect.cells[member] : undefined;
        if (!member || !cell) return [r.name, NONE];
        if (member === r.name) return [r.name, cell];
        return [r.name, { ja: `(管理する${member}として)${cell.ja}`, en: `(as its ${member}) ${cell.en}` }];
      }),
    ),
  }));
}

/**
 * A row per fact key any of them has: `shared` the keys more than one has with different values,
 * which tell them apart best; `own` the rest, taking each resource's in turn so that no one
 * resource's many facts crowd out the others'.
 */
function factRows(resources: readonly Resource[], row: Row, keep: (a: ComparisonAspect) => boolean): { shared: ComparisonAspect[]; own: ComparisonAspect[] } {
  const byKey = new Map<string, ResourceFact[]>();
  for (const r of resources) for (const f of r.facts) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  const factRow = (key: string) => {
    const first = (byKey.get(key) ?? [])[0] as ResourceFact;
    return row(`fact.${key}`, { ja: first.text.ja.label, en: first.text.en.label }, (r) => {
      const fact = r.facts.find((f) => f.key === key);
      return fact ? (Object.fromEntries(LANGS.map((l) => [l, formatFactValue(fact.text[l].value, l)])) as Localized<string>) : NONE;
    });
  };
  const differing = (facts: ResourceFact[]) => facts.length > 1 && new Set(facts.map((f) => JSON.stringify(f.value))).size > 1;
  const sharedKeys = [...byKey].filter(([, facts]) => differing(facts)).map(([key]) => key);
  const queues = resources.map((r) => r.facts.map((f) => f.key).filter((k) => !sharedKeys.includes(k)));
  const ownKeys: string[] = [];
  for (let i = 0; queues.some((q) => i < q.length); i++) for (const q of queues) if (q[i] !== undefined && !ownKeys.includes(q[i] as string)) ownKeys.push(q[i] as string);
  return { shared: sharedKeys.map(factRow).filter(keep), own: ownKeys.map(factRow).filter(keep) };
}

function relationsOf(snapshot: KnowledgeSnapshot, r: Resource): Localized<string> {
  const outgoing = snapshot.relationsOf(r.name, { direction: 'outgoing' });
  if (outgoing.length === 0) return NONE;
  const phrase = (lang: Lang) =>
    outgoing
      .map(({ relation, other }) => (lang === 'ja' ? `${other.text.ja.name}${RELATION[relation.kind].ja}` : `${RELATION[relation.kind].en} ${other.text.en.name}`))
      .join(lang === 'ja' ? '、' : '; ');
  return { ja: phrase('ja'), en: phrase('en') };
}

/** The description's first sentence naming another compared resource, else nothing. */
function statementOf(r: Resource, resources: readonly Resource[]): Localized<string> {
  const others = resources.filter((o) => o !== r);
  const pick = (lang: Lang): string => {
    const sentences = sentencesOf(r.text[lang].description, lang);
    // Only a statement about the others tells them apart; the first sentence would repeat the summary.
    return sentences.find((s) => others.some((o) => s.includes(o.text[lang].name) || s.includes(o.name))) ?? '—';
  };
  return { ja: pick('ja'), en: pick('en') };
}

function sentencesOf(text: string, lang: Lang): string[] {
  const parts = lang === 'ja' ? text.split(/(?<=。)/u) : text.split(/(?<=[.!?])\s+(?=[A-Z`])/u);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

function same(text: string): Localized<string> {
  return { ja: text, en: text };
}

/** A value as table text, in every language, as formatFactValue writes it. */
export function valueText(value: JsonValue): Localized<string> {
  return Object.fromEntries(LANGS.map((l) => [l, formatFactValue(value, l)])) as Localized<string>;
}
