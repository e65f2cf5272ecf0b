/**
 * Synthetic knowledge at a size the real base will only reach later (DESIGN.md, Scale: 50,000
 * resources, "every CRD of every public operator"). Deterministic: the same base, size and shape
 * give the same data, so two bench runs measure the same thing.
 *
 * - `clones`: today's resources copied under distinct names, with texts re-assembled from the
 *   sentences of the whole base, so text lengths are real but no text is one repeated 1000×.
 * - `crds`: short CRD-like entries (operator kind, one-sentence summary, two-sentence description,
 *   a fact or two), which is what most of 50,000 resources would really look like.
 *
 * Today's resources stay in, first and unchanged, so real names and questions still resolve.
 */
import type { SnapshotData } from '../src/knowledge/build-snapshot-data.js';
import type { KubernetesFacts, Resource } from '../src/knowledge/knowledge-types.js';
import { STANDARD_VERBS, type Lang } from '../src/knowledge/vocabulary.js';
import { seededRandom } from '../src/seeded-random.js';

export type SyntheticShape = 'clones' | 'crds';

export interface SyntheticOptions {
  /** Resources in the result, today's included. */
  size: number;
  shape: SyntheticShape;
  seed?: number;
}

/** Today's knowledge grown to `size` resources of the given shape. */
export function syntheticKnowledge(base: SnapshotData, options: SyntheticOptions): SnapshotData {
  const random = seededRandom(options.seed ?? 42);
  const names = new Set(base.resources.map((r) => r.name));
  const vendors = vendorNames(random, 3000);
  const pools = { ja: sentencePool(base, 'ja'), en: sentencePool(base, 'en') };
  let nextId = Math.max(0, ...base.resources.map((r) => r.id)) + 1;
  const resources: Resource[] = [...base.resources];
  for (let i = 0; resources.length < options.size; i++) {
    const vendor = pick(random, vendors);
    const make = options.shape === 'clones' ? cloneResource : crdResource;
    const r = make({ base, random, vendor, index: i, pools });
    // Two draws can land on the same vendor and kind; a number keeps names distinct, as real groups do.
    let name = r.name;
    for (let n = 2; names.has(name); n++) name = `${r.name}${n}`;
    names.add(name);
    resources.push({ ...r, id: nextId++, name, kubernetes: r.kubernetes && { ...r.kubernetes, kind: name, plural: `${name.toLowerCase()}s` } });
  }
  return { ...base, resources };
}

interface MakeInput {
  base: SnapshotData;
  random: () => number;
  vendor: string;
  index: number;
  pools: Record<Lang, string[]>;
}

function cloneResource({ base, random, vendor, index, pools }: MakeInput): Resource {
  const template = base.resources[index % base.resources.length];
  if (!template) throw new Error('base knowledge has no resources');
  const name = `${capitalize(vendor)}${template.name}`;
  const text = (lang: Lang) => {
    const t = template.text[lang];
    const own = lang === 'ja' ? `${name}は${vendor}が提供する${t.name}の拡張です。` : `${name} is the ${vendor} take on ${t.name}.`;
    return { name, summary: `${own} ${t.summary}`, description: [own, ...sample(random, pools[lang], 4 + Math.floor(random() * 8))].join(lang === 'ja' ? '' : ' ') };
  };
  return {
    ...template,
    name,
    variant: null,
    supersededBy: null,
    kubernetes: crdFacts({ kind: name, group: `${vendor}.example.io`, version: 'v1', namespaced: true }),
    aliases: template.aliases.filter((a) => a.kind !== 'misspelling').map((a) => ({ ...a, name: `${vendor} ${a.name}` })),
    listedIn: [],
    text: { ja: text('ja'), en: text('en') },
  };
}

const CRD_KINDS: [en: string, ja: string][] = [
  ['Backup', 'バックアップ'], ['Restore', 'リストア'], ['Certificate', '証明書'], ['Issuer', '発行者'], ['Cluster', 'クラスタ'],
  ['Policy', 'ポリシー'], ['Gateway', 'ゲートウェイ'], ['Route', 'ルート'], ['Topic', 'トピック'], ['User', 'ユーザー'],
  ['Database', 'データベース'], ['Bucket', 'バケット'], ['Alert', 'アラート'], ['Rule', 'ルール'], ['Monitor', 'モニター'],
  ['Dashboard', 'ダッシュボード'], ['Pipeline', 'パイプライン'], ['Task', 'タスク'], ['Schedule', 'スケジュール'], ['Snapshot', 'スナップショット'],
  ['Volume', 'ボリューム'], ['Mesh', 'メッシュ'], ['Listener', 'リスナー'], ['Tenant', 'テナント'], ['Quota', 'クォータ'],
  ['Scaler', 'スケーラー'], ['Probe', 'プローブ'], ['Workflow', 'ワークフロー'], ['Template', 'テンプレート'], ['Project', 'プロジェクト'],
  ['Application', 'アプリケーション'], ['Repository', 'リポジトリ'], ['Realm', 'レルム'], ['Role', 'ロール'], ['Binding', 'バインディング'],
  ['Account', 'アカウント'], ['Key', '鍵'], ['Sink', 'シンク'], ['Source', 'ソース'], ['Trigger', 'トリガー'],
  ['Broker', 'ブローカー'], ['Channel', 'チャネル'], ['Subscription', 'サブスクリプション'], ['Instance', 'インスタンス'], ['Pool', 'プール'],
  ['Zone', 'ゾーン'], ['Record', 'レコード'], ['Domain', 'ドメイン'], ['Endpoint', 'エンドポイント'], ['Profile', 'プロファイル'],
  ['Agent', 'エージェント'], ['Collector', 'コレクター'], ['Exporter', 'エクスポーター'], ['Index', 'インデックス'], ['Model', 'モデル'],
];
const CRD_PURPOSES: [en: string, ja: string][] = [
  ['declares the desired state that the operator reconciles', '運用者が望む状態を宣言し、オペレーターが調整します'],
  ['is watched by the controller, which creates the workloads behind it', 'コントローラーが監視し、背後のワークロードを作成します'],
  ['configures how traffic reaches the backends', 'トラフィックがバックエンドに届く方法を設定します'],
  ['stores credentials and rotates them on a schedule', '認証情報を保存し、定期的にローテーションします'],
  ['records the status reported by the external system', '外部システムが報告する状態を記録します'],
  ['scales the managed pods based on a metric', 'メトリクスに応じて管理対象のPodをスケールします'],
  ['selects namespaces and applies the policy to matching objects', 'Namespaceを選び、一致するオブジェクトにポリシーを適用します'],
  ['takes a point-in-time copy of persistent data', '永続データのある時点のコピーを取得します'],
];

/** The facts `kubectl api-resources` would report for a CRD-defined kind. */
function crdFacts(k: { kind: string; group: string; version: string; namespaced: boolean }): KubernetesFacts {
  const apiVersion = `${k.group}/${k.version}`;
  return { ...k, apiVersion, plural: '', singular: k.kind.toLowerCase(), shortNames: [], verbs: [...STANDARD_VERBS], servedVersions: [apiVersion] };
}

function crdResource({ base, random, vendor, index }: MakeInput): Resource {
  const [kindEn, kindJa] = CRD_KINDS[index % CRD_KINDS.length] ?? ['Thing', 'もの'];
  const [purposeEn, purposeJa] = pick(random, CRD_PURPOSES);
  const category = base.categories[index % base.categories.length];
  const name = `${capitalize(vendor)}${kindEn}`;
  const group = `${vendor}.example.io`;
  return {
    id: 0,
    name,
    category: category?.slug ?? 'cluster',
    position: 1000 + index,
    listedIn: [],
    kubernetes: crdFacts({ kind: name, group, version: 'v1alpha1', namespaced: random() < 0.7 }),
    variant: null,
    status: 'stable',
    distribution: 'addon',
    supersededBy: null,
    exampleManifest: null,
    docsUrl: null,
    source: { fromArticle: false, articleSection: null },
    aliases: [],
    text: {
      ja: { name, summary: `${vendor}オペレーターの${kindJa}を表すカスタムリソースです。`, description: `${name}は${group}のカスタムリソースで、${purposeJa}。${kindJa}ごとに1つ作成します。` },
      en: { name, summary: `A ${kindEn.toLowerCase()} of the ${vendor} operator.`, description: `${name} is a custom resource of ${group} that ${purposeEn}. Create one per ${kindEn.toLowerCase()}.` },
    },
    facts: [{ key: 'apiGroup', value: group, text: { ja: { label: 'APIグループ', note: null, value: group }, en: { label: 'API group', note: null, value: group } } }],
    tasks: [],
    fieldNotes: [],
    apiVersionHistory: [],
    updatedAt: new Date(0),
  };
}

// Operator-ish words ("kazomi", "terlux"): thousands of distinct terms, as real vendor names are.
const SYLLABLES = 'ka zo mi ter lux ran vel dor sin qua pe ro tek nu bri sol vin gar fen hal mor tas cy lo dex'.split(' ');
function vendorNames(random: () => number, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, SYLLABLES)).join(''));
  return [...out];
}

function sentencePool(base: SnapshotData, lang: Lang): string[] {
  const split = lang === 'ja' ? /(?<=。)/u : /(?<=[.!?])\s+/u;
  return base.resources.flatMap((r) => r.text[lang].description.split(split)).map((s) => s.trim()).filter((s) => s.length > 0);
}

function sample<T>(random: () => number, list: readonly T[], n: number): T[] {
  return Array.from({ length: n }, () => pick(random, list));
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
