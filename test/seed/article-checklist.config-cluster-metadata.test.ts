/**
 * Article checklist for the intro, the category descriptions and lists, "# ConfigMap＆Storageカテゴリ"
 * and "# Cluster/Matadataカテゴリ": every statement of fact in those parts of the source article is
 * mapped to the seed record that holds it (corrected where the article is wrong), and each row checks
 * that record with a concrete value.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

type Terms = { ja: string; en: string };
type Check =
  | { fact: string; key: string; value: unknown }
  | { factHas: string; key: string; contains: unknown[] }
  | { text: string; terms: Terms }
  | { relation: [string, string, string] }
  | { comparison: string; aspect: string }
  | { correction: string; kind: 'typo' | 'factual' | 'missing' | 'copy'; resource?: string }
  | { alias: string; of: string; kind: string }
  | { listed: string; category: string; position: number }
  | { category: string; terms: Terms }
  | { categoryLacks: string; terms: Terms }
  | { categoryAlias: string; alias: string }
  | { notApiResource: string };
interface Row {
  part: string;
  statement: string;
  check: Check;
}

function resource(name: string) {
  const found = seed.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name} in the seed`);
  return found;
}

function category(slug: string) {
  const found = seed.categories.find((c) => c.slug === slug);
  if (!found) throw new Error(`no category ${slug} in the seed`);
  return found;
}

function factValue(name: string, key: string): unknown {
  const fact = resource(name).facts.find((f) => f.key === key);
  if (!fact) throw new Error(`${name} has no fact ${key}`);
  return fact.value;
}

function assertCheck(check: Check): void {
  if ('fact' in check) expect(factValue(check.fact, check.key)).toEqual(check.value);
  else if ('factHas' in check) expect(factValue(check.factHas, check.key)).toEqual(expect.arrayContaining(check.contains));
  else if ('text' in check) {
    const { ja, en } = resource(check.text).text;
    expect(`${ja.summary}\n${ja.description}`).toContain(check.terms.ja);
    expect(`${en.summary}\n${en.description}`).toContain(check.terms.en);
  } else if ('relation' in check) {
    const [from, kind, to] = check.relation;
    expect(seed.relations.filter((r) => r.from === from && r.kind === kind && r.to === to)).toHaveLength(1);
  } else if ('comparison' in check) {
    const comparison = seed.comparisons.find((c) => c.slug === check.comparison);
    expect(comparison, `comparison ${check.comparison}`).toBeDefined();
    expect(comparison!.aspects.map((a) => a.key)).toContain(check.aspect);
  } else if ('correction' in check) {
    const correction = seed.corrections.find((c) => c.slug === check.correction);
    expect(correction, `correction ${check.correction}`).toBeDefined();
    expect(correction!.kind).toBe(check.kind);
    if (check.resource) expect(correction!.resource).toBe(check.resource);
  } else if ('categoryAlias' in check) {
    expect(category(check.categoryAlias).aliases).toContain(check.alias);
  } else if ('of' in check) {
    expect(resource(check.of).aliases).toContainEqual({ name: check.alias, kind: check.kind });
  } else if ('listed' in check) {
    const r = resource(check.listed);
    const listings = [{ category: r.category, position: r.position }, ...r.alsoListedIn];
    expect(listings).toContainEqual({ category: check.category, position: check.position });
  } else if ('category' in check) {
    const { description } = category(check.category);
    expect(description.ja).toContain(check.terms.ja);
    expect(description.en).toContain(check.terms.en);
  } else if ('categoryLacks' in check) {
    const { description } = category(check.categoryLacks);
    expect(description.ja).not.toContain(check.terms.ja);
    expect(description.en).not.toContain(check.terms.en);
  } else {
    const r = resource(check.notApiResource);
    expect(r.kubernetes).toBeNull();
    expect(factValue(check.notApiResource, 'isApiResource')).toBe(false);
  }
}

const rows: Row[] = [
  // ---- はじめに ----
  { part: 'intro', statement: 'kubernetesのリソースについて改めて整理してみます', check: { correction: 'kubernetes-capitalization', kind: 'typo' } },

  // ---- Workloads category description and list ----
  { part: 'workloads', statement: 'Workloads: コンテナを起動させるために利用します', check: { category: 'workloads', terms: { ja: 'コンテナを起動', en: 'start and run containers' } } },
  ...['Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'].map(
    (name, position): Row => ({ part: 'workloads', statement: `Workloads 8種類: ${name}`, check: { listed: name, category: 'workloads', position } }),
  ),
  { part: 'workloads', statement: '一覧の「DeamonSet」', check: { correction: 'daemonset-typo', kind: 'typo', resource: 'DaemonSet' } },

  // ---- Service category description and list ----
  { part: 'service', statement: 'コンテナにエンドポイントを提供したり', check: { category: 'service', terms: { ja: 'エンドポイント', en: 'endpoint' } } },
  { part: 'service', statement: 'ラベルに一致するコンテナのディスカバリ', check: { category: 'service', terms: { ja: 'ラベル', en: 'label selector' } } },
  { part: 'service', statement: 'L4レベルのロードバランシングを提供するService', check: { category: 'service', terms: { ja: 'L4', en: 'layer 4' } } },
  { part: 'service', statement: 'L7レベルのロードバランシングを提供するIngress', check: { category: 'service', terms: { ja: 'L7', en: 'layer 7' } } },
  { part: 'service', statement: 'クラスタ上にコンテナにエンドポイントを(文法)', check: { correction: 'service-category-grammar', kind: 'typo' } },
  { part: 'service', statement: '以下、8種類のリソースがあります(Service)', check: { correction: 'service-resource-count', kind: 'factual', resource: 'Service' } },
  ...['Service', 'ClusterIP', 'ExternalIP', 'NodePort', 'LoadBalancer', 'Headless', 'ExternalName', 'None-Selector', 'Ingress'].map(
    (name, position): Row => ({ part: 'service', statement: `Service一覧: ${name}`, check: { listed: name, category: 'service', position } }),
  ),
  { part: 'service', statement: '- ExternalIP(一覧でServiceの種類として)', check: { correction: 'externalip-is-a-field', kind: 'factual', resource: 'ExternalIP' } },

  // ---- # ConfigMap＆Storageカテゴリ ----
  { part: 'config-storage', statement: '見出し「ConfigMap＆Storage」', check: { categoryAlias: 'config-storage', alias: 'ConfigMap＆Storage' } },
  { part: 'config-storage', statement: 'カテゴリ名「ConfigMap＆Storage」', check: { correction: 'config-storage-category-name', kind: 'factual' } },
  { part: 'config-storage', statement: '設定ファイルや、パスワードなどの機密情報を読み込んだり', check: { category: 'config-storage', terms: { ja: 'パスワードなどの機密情報', en: 'confidential data such as passwords' } } },
  { part: 'config-storage', statement: '永続化ボリュームを提供したりするためのリソース', check: { category: 'config-storage', terms: { ja: '永続ボリューム', en: 'persistent volumes' } } },
  { part: 'config-storage', statement: '以下、3種類のリソースがあります', check: { correction: 'config-storage-resource-count', kind: 'factual' } },
  { part: 'config-storage', statement: '- Secret', check: { listed: 'Secret', category: 'config-storage', position: 0 } },
  { part: 'config-storage', statement: '- ConfigMap', check: { listed: 'ConfigMap', category: 'config-storage', position: 1 } },
  { part: 'config-storage', statement: '- PersistentVolumeClaim', check: { listed: 'PersistentVolumeClaim', category: 'config-storage', position: 2 } },
  { part: 'config-storage', statement: '本文で説明されるVolume', check: { listed: 'Volume', category: 'config-storage', position: 3 } },
  { part: 'config-storage', statement: '本文で説明されるPersistentVolume', check: { listed: 'PersistentVolume', category: 'config-storage', position: 4 } },

  // ## Secret
  { part: 'secret', statement: 'Sercetは、(綴り)', check: { correction: 'secret-typo', kind: 'typo', resource: 'Secret' } },
  { part: 'secret', statement: 'Sercet(別名として受け付ける)', check: { alias: 'Sercet', of: 'Secret', kind: 'misspelling' } },
  { part: 'secret', statement: 'Secretの節が空', check: { correction: 'secret-section-empty', kind: 'missing', resource: 'Secret' } },
  { part: 'secret', statement: '(補足) 1つのSecretは1 MiBまで', check: { fact: 'Secret', key: 'maxSize', value: { bytes: 1048576 } } },
  { part: 'secret', statement: '(補足) Secretのtype', check: { factHas: 'Secret', key: 'types', contains: ['Opaque', 'kubernetes.io/tls', 'kubernetes.io/dockerconfigjson', 'kubernetes.io/service-account-token'] } },
  { part: 'secret', statement: '(補足) dataはbase64、stringDataは平文', check: { fact: 'Secret', key: 'dataEncoding', value: { data: 'base64', stringData: 'plain' } } },
  { part: 'secret', statement: '(補足) 既定ではetcdに暗号化されずに保存', check: { fact: 'Secret', key: 'encryptedAtRestByDefault', value: false } },
  { part: 'secret', statement: '(補足) immutable', check: { fact: 'Secret', key: 'immutableField', value: 'immutable' } },
  { part: 'secret', statement: '(補足) Podから環境変数・ボリュームで使う', check: { relation: ['Pod', 'uses', 'Secret'] } },
  { part: 'config-storage', statement: 'ConfigMapとSecretの違い', check: { comparison: 'configmap-vs-secret', aspect: 'purpose' } },
  { part: 'config-storage', statement: 'ConfigMapとSecretは代替関係', check: { relation: ['ConfigMap', 'alternative_to', 'Secret'] } },

  // ## ConfigMap
  { part: 'configmap', statement: '設定情報などのKey-Valueで保持できるデータを保存しておくリソース', check: { text: 'ConfigMap', terms: { ja: 'キーと値', en: 'key/value' } } },
  { part: 'configmap', statement: 'nginx.confやhttpd.conf等の設定ファイル自体の保存にも使用できます', check: { text: 'ConfigMap', terms: { ja: 'httpd.conf', en: 'httpd.conf' } } },
  { part: 'configmap', statement: 'ConfigMapの作成方法としては以下の3つあります', check: { fact: 'ConfigMap', key: 'creationMethods', value: [
    { way: 'kubectlFromFile', command: 'kubectl create configmap <name> --from-file=<path>' },
    { way: 'kubectlFromLiteral', command: 'kubectl create configmap <name> --from-literal=<key>=<value>' },
    { way: 'manifest', command: 'kubectl apply -f <manifest>.yaml' },
  ] } },
  { part: 'configmap', statement: 'kubectlでファイルから値を参照して作成する', check: { text: 'ConfigMap', terms: { ja: '--from-file', en: '--from-file' } } },
  { part: 'configmap', statement: 'kubectlで直接値を渡して作成する', check: { text: 'ConfigMap', terms: { ja: '--from-literal', en: '--from-literal' } } },
  { part: 'configmap', statement: 'マニフェストから作成する', check: { text: 'ConfigMap', terms: { ja: 'マニフェスト', en: 'manifest' } } },
  { part: 'configmap', statement: '1つのConfigMapの中に複数のKey-Valueが保存できたり', check: { text: 'ConfigMap', terms: { ja: '複数のキー', en: 'many keys' } } },
  { part: 'configmap', statement: 'nginx.conf全体をConfigMapの中に入れもよいです', check: { text: 'ConfigMap', terms: { ja: '中身全体', en: 'whole content' } } },
  { part: 'configmap', statement: '入れもよいです(誤字)', check: { correction: 'configmap-iretemo-typo', kind: 'typo', resource: 'ConfigMap' } },
  { part: 'configmap', statement: '格納可能なデータサイズは合計1MB', check: { fact: 'ConfigMap', key: 'maxSize', value: { bytes: 1048576 } } },
  { part: 'configmap', statement: '1MB → 1 MiB', check: { correction: 'configmap-size-mib', kind: 'factual', resource: 'ConfigMap' } },
  { part: 'configmap', statement: '1MB(本文にも1 MiBと明記)', check: { text: 'ConfigMap', terms: { ja: '1 MiB', en: '1 MiB' } } },
  { part: 'configmap', statement: 'ConfigMapをコンテナから利用する場合は、以下の2つのパターン', check: { fact: 'ConfigMap', key: 'consumptionPatterns', value: [
    { way: 'environmentVariables', fields: ['env[].valueFrom.configMapKeyRef', 'envFrom[].configMapRef'], updatesReachRunningPod: false },
    { way: 'volumeMount', fields: ['spec.volumes[].configMap'], updatesReachRunningPod: true, subPathMountsUpdate: false }, // review row 8
  ] } },
  { part: 'configmap', statement: '環境変数として渡す / Volumeとしてマウントする', check: { relation: ['Pod', 'uses', 'ConfigMap'] } },
  { part: 'configmap', statement: 'Volumeとしてマウントする(configMap型ボリューム)', check: { relation: ['Volume', 'uses', 'ConfigMap'] } },
  { part: 'configmap', statement: '2つのパターン(補足が必要)', check: { correction: 'configmap-consumption-details', kind: 'missing', resource: 'ConfigMap' } },

  // ## PersistentVolumeClaim
  { part: 'pvc', statement: 'PersistentVolumeClaimは、永続化領域を利用するためのリソースです', check: { text: 'PersistentVolumeClaim', terms: { ja: '永続化領域', en: 'persistent storage' } } },

  // ### Volume
  { part: 'volume', statement: 'Volume(APIリソースではない)', check: { notApiResource: 'Volume' } },
  { part: 'volume', statement: 'マニフェストに直接指定することで利用可能にする', check: { fact: 'Volume', key: 'declaredIn', value: { pod: 'spec.volumes', container: 'spec.containers[].volumeMounts' } } },
  { part: 'volume', statement: 'ホストの領域/NFS/ISCSI', check: { factHas: 'Volume', key: 'persistentTypes', contains: ['hostPath', 'nfs', 'iscsi'] } },
  { part: 'volume', statement: 'Ceph(ツリー内プラグインは削除済み)', check: { fact: 'Volume', key: 'removedInTreeTypes', value: [
    { type: 'cephfs', removedIn: 'v1.31', replacement: 'Ceph CSI driver' },
    { type: 'rbd', removedIn: 'v1.31', replacement: 'Ceph CSI driver' },
  ] } },
  { part: 'volume', statement: 'ホストの領域/NFS/ISCSI/Ceph(本文)', check: { text: 'Volume', terms: { ja: 'iSCSI', en: 'iSCSI' } } },
  { part: 'volume', statement: 'Volumeの記述の訂正', check: { correction: 'volume-not-an-api-resource', kind: 'factual', resource: 'Volume' } },
  { part: 'volume', statement: 'PodがVolumeを使う', check: { relation: ['Pod', 'uses', 'Volume'] } },
  { part: 'volume', statement: 'Volume・PersistentVolume・PVCの違い', check: { comparison: 'volume-vs-persistentvolume-vs-persistentvolumeclaim', aspect: 'what' } },
  { part: 'volume', statement: 'VolumeとPersistentVolumeは代替関係', check: { relation: ['Volume', 'alternative_to', 'PersistentVolume'] } },

  // ### PersistentVolume
  { part: 'pv', statement: '外部の永続ボリュームを提供するシステムと連携して', check: { text: 'PersistentVolume', terms: { ja: '外部の永続ストレージ', en: 'external persistent storage' } } },
  { part: 'pv', statement: '新規のボリュームの作成(動的プロビジョニング)', check: { fact: 'PersistentVolume', key: 'provisioning', value: ['static', 'dynamic'] } },
  { part: 'pv', statement: '新規のボリュームの作成(StorageClassのプロビジョナー)', check: { relation: ['PersistentVolumeClaim', 'uses', 'StorageClass'] } },
  { part: 'pv', statement: '既存のボリュームの削除(回収ポリシー)', check: { fact: 'PersistentVolume', key: 'reclaimPolicies', value: ['Retain', 'Delete'] } },
  { part: 'pv', statement: '作成・削除を行うのはPV自身ではない', check: { correction: 'persistentvolume-provisioning', kind: 'factual', resource: 'PersistentVolume' } },
  { part: 'pv', statement: '(補足) アクセスモード RWO/ROX/RWX/RWOP', check: { fact: 'PersistentVolume', key: 'accessModes', value: [
    { mode: 'ReadWriteOnce', short: 'RWO', meaning: 'read-write by a single node' },
    { mode: 'ReadOnlyMany', short: 'ROX', meaning: 'read-only by many nodes' },
    { mode: 'ReadWriteMany', short: 'RWX', meaning: 'read-write by many nodes' },
    { mode: 'ReadWriteOncePod', short: 'RWOP', meaning: 'read-write by a single Pod' },
  ] } },

  // ### PersisitentVolumeClaim
  { part: 'pvc', statement: '作成されたPersistentVolumeリソースの中から、アサインするためのリソース', check: { relation: ['PersistentVolumeClaim', 'binds', 'PersistentVolume'] } },
  { part: 'pvc', statement: 'アサイン(1対1で排他的)', check: { fact: 'PersistentVolumeClaim', key: 'binding', value: { cardinality: 'one-to-one', exclusive: true, unboundUntilMatch: true } } },
  { part: 'pvc', statement: 'PersistentVolumeはkubernetesクラスタにボリュームを登録するだけ', check: { text: 'PersistentVolume', terms: { ja: 'クラスタに登録するだけ', en: 'only registers the volume' } } },
  { part: 'pvc', statement: 'Podから利用するためにはPersisitentVolumeClaimを定義する必要', check: { relation: ['Pod', 'uses', 'PersistentVolumeClaim'] } },
  { part: 'pvc', statement: 'Podから利用する(フィールド)', check: { fact: 'PersistentVolumeClaim', key: 'podReference', value: 'spec.volumes[].persistentVolumeClaim.claimName' } },
  { part: 'pvc', statement: 'PersisitentVolumeClaim(綴り)', check: { correction: 'persistentvolumeclaim-typo', kind: 'typo', resource: 'PersistentVolumeClaim' } },
  { part: 'pvc', statement: 'PersisitentVolumeClaim(別名として受け付ける)', check: { alias: 'PersisitentVolumeClaim', of: 'PersistentVolumeClaim', kind: 'misspelling' } },
  { part: 'pvc', statement: '(補足) 動的プロビジョニング', check: { correction: 'persistentvolumeclaim-dynamic-provisioning', kind: 'missing', resource: 'PersistentVolumeClaim' } },

  // ---- # Cluster/Matadataカテゴリ ----
  { part: 'cluster', statement: '見出し「Cluster/Matadata」(誤字)', check: { correction: 'metadata-heading-typo', kind: 'typo' } },
  { part: 'cluster', statement: '見出し「Matadata」(別名として受け付ける)', check: { categoryAlias: 'metadata', alias: 'Matadata' } },
  { part: 'cluster', statement: 'セキュリティ周りの設定', check: { category: 'cluster', terms: { ja: 'セキュリティ', en: 'security' } } },
  { part: 'cluster', statement: 'クォータ設定など', check: { category: 'cluster', terms: { ja: 'クォータ', en: 'quotas' } } },
  { part: 'cluster', statement: 'クラスタの挙動を制御するためのリソース', check: { category: 'cluster', terms: { ja: 'クラスタ自体の振る舞いを制御', en: 'control how the cluster itself behaves' } } },
  { part: 'cluster', statement: '以下、10種類のリソースがあります(説明はない)', check: { correction: 'cluster-metadata-undescribed', kind: 'missing' } },
  ...['Node', 'Namespace', 'PersistentVolume', 'ResourceQuota', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'NetworkPolicy'].map(
    (name, position): Row => ({ part: 'cluster', statement: `Cluster 10種類: ${name}`, check: { listed: name, category: 'cluster', position } }),
  ),
  { part: 'cluster', statement: '(補足) Namespaceの初期状態', check: { fact: 'Namespace', key: 'initialNamespaces', value: ['default', 'kube-system', 'kube-public', 'kube-node-lease'] } },
  { part: 'cluster', statement: '(補足) ResourceQuotaはNamespace単位', check: { relation: ['ResourceQuota', 'applies_to', 'Namespace'] } },
  { part: 'cluster', statement: '(補足) ResourceQuotaの対象範囲', check: { fact: 'ResourceQuota', key: 'scope', value: 'namespace' } },
  { part: 'cluster', statement: '(補足) PodはServiceAccountで動く', check: { relation: ['Pod', 'uses', 'ServiceAccount'] } },
  { part: 'cluster', statement: '(補足) Roleは1つのNamespace内', check: { fact: 'Role', key: 'scope', value: 'namespace' } },
  { part: 'cluster', statement: '(補足) ClusterRoleはクラスタ全体', check: { fact: 'ClusterRole', key: 'scope', value: 'cluster' } },
  { part: 'cluster', statement: '(補足) RoleとClusterRoleの違い', check: { comparison: 'role-vs-clusterrole', aspect: 'permissionReach' } },
  { part: 'cluster', statement: '(補足) RoleBindingとClusterRoleBindingの違い', check: { comparison: 'rolebinding-vs-clusterrolebinding', aspect: 'grantReach' } },
  { part: 'cluster', statement: '(補足) RoleBinding → Role', check: { relation: ['RoleBinding', 'grants', 'Role'] } },
  { part: 'cluster', statement: '(補足) RoleBinding → ClusterRole(Namespace内)', check: { relation: ['RoleBinding', 'grants', 'ClusterRole'] } },
  { part: 'cluster', statement: '(補足) ClusterRoleBinding → ClusterRole', check: { relation: ['ClusterRoleBinding', 'grants', 'ClusterRole'] } },
  { part: 'cluster', statement: '(補足) RoleBinding → ServiceAccount', check: { relation: ['RoleBinding', 'binds_subject', 'ServiceAccount'] } },
  { part: 'cluster', statement: '(補足) ClusterRoleBinding → ServiceAccount', check: { relation: ['ClusterRoleBinding', 'binds_subject', 'ServiceAccount'] } },
  { part: 'cluster', statement: '(補足) NetworkPolicyはPodを選ぶ', check: { relation: ['NetworkPolicy', 'selects', 'Pod'] } },

  { part: 'metadata', statement: 'Metadata: クラスタ上にコンテナを起動させるために利用する(Workloadsからの写し)', check: { correction: 'metadata-description-copied', kind: 'copy' } },
  { part: 'metadata', statement: 'Metadataの説明はWorkloadsの写しを引き継がない', check: { categoryLacks: 'metadata', terms: { ja: 'コンテナを起動', en: 'start containers' } } },
  { part: 'metadata', statement: 'Metadataの正しい説明', check: { category: 'metadata', terms: { ja: '他のリソースの振る舞いを制御', en: 'steer how other resources behave' } } },
  ...['LimitRange', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'CustomResourceDefinition'].map(
    (name, position): Row => ({ part: 'metadata', statement: `Metadata 4種類: ${name}`, check: { listed: name, category: 'metadata', position } }),
  ),
  { part: 'metadata', statement: '(補足) LimitRangeはNamespaceに適用', check: { relation: ['LimitRange', 'applies_to', 'Namespace'] } },
  { part: 'metadata', statement: '(補足) LimitRangeの種類', check: { fact: 'LimitRange', key: 'limitTypes', value: ['Container', 'Pod', 'PersistentVolumeClaim'] } },
  { part: 'metadata', statement: '(補足) HPAのminReplicas既定値', check: { fact: 'HorizontalPodAutoscaler', key: 'minReplicasDefault', value: 1 } },
  { part: 'metadata', statement: '(補足) HPAの既定メトリクス', check: { fact: 'HorizontalPodAutoscaler', key: 'defaultMetric', value: { type: 'Resource', resource: 'cpu', averageUtilization: 80 } } },
  { part: 'metadata', statement: '(補足) HPA → Deployment', check: { relation: ['HorizontalPodAutoscaler', 'scales', 'Deployment'] } },
  { part: 'metadata', statement: '(補足) HPA → StatefulSet', check: { relation: ['HorizontalPodAutoscaler', 'scales', 'StatefulSet'] } },
  { part: 'metadata', statement: '(補足) PDB → Pod', check: { relation: ['PodDisruptionBudget', 'protects', 'Pod'] } },
  { part: 'metadata', statement: '(補足) PDBの予算', check: { fact: 'PodDisruptionBudget', key: 'budgetFields', value: { oneOf: ['minAvailable', 'maxUnavailable'], valueTypes: ['integer', 'percentage'] } } },
  { part: 'metadata', statement: '(補足) CRDのスコープ', check: { fact: 'CustomResourceDefinition', key: 'scopes', value: ['Namespaced', 'Cluster'] } },

  // ---- # 参考 ----
  { part: 'references', statement: '# 参考(中身なし)', check: { correction: 'references-empty', kind: 'missing' } },
];

describe('article checklist: intro, categories, Config & Storage, Cluster and Metadata', () => {
  it.each(rows)('[$part] $statement', ({ check }) => assertCheck(check));
});

/** Kubernetes facts exactly as `kubectl api-resources` reports them on a 1.36 cluster. */
const apiResources: Array<[string, { kind: string; group: string; version: string; plural: string; shortNames: string[]; namespaced: boolean; verbs?: string[]; servedVersions?: string[] }]> = [
  ['Secret', { kind: 'Secret', group: '', version: 'v1', plural: 'secrets', shortNames: [], namespaced: true }],
  ['ConfigMap', { kind: 'ConfigMap', group: '', version: 'v1', plural: 'configmaps', shortNames: ['cm'], namespaced: true }],
  ['PersistentVolumeClaim', { kind: 'PersistentVolumeClaim', group: '', version: 'v1', plural: 'persistentvolumeclaims', shortNames: ['pvc'], namespaced: true }],
  ['PersistentVolume', { kind: 'PersistentVolume', group: '', version: 'v1', plural: 'persistentvolumes', shortNames: ['pv'], namespaced: false }],
  ['StorageClass', { kind: 'StorageClass', group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses', shortNames: ['sc'], namespaced: false }],
  ['Node', { kind: 'Node', group: '', version: 'v1', plural: 'nodes', shortNames: ['no'], namespaced: false }],
  ['Namespace', { kind: 'Namespace', group: '', version: 'v1', plural: 'namespaces', shortNames: ['ns'], namespaced: false, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }],
  ['ResourceQuota', { kind: 'ResourceQuota', group: '', version: 'v1', plural: 'resourcequotas', shortNames: ['quota'], namespaced: true }],
  ['ServiceAccount', { kind: 'ServiceAccount', group: '', version: 'v1', plural: 'serviceaccounts', shortNames: ['sa'], namespaced: true }],
  ['Role', { kind: 'Role', group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles', shortNames: [], namespaced: true }],
  ['ClusterRole', { kind: 'ClusterRole', group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterroles', shortNames: [], namespaced: false }],
  ['RoleBinding', { kind: 'RoleBinding', group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'rolebindings', shortNames: [], namespaced: true }],
  ['ClusterRoleBinding', { kind: 'ClusterRoleBinding', group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterrolebindings', shortNames: [], namespaced: false }],
  ['NetworkPolicy', { kind: 'NetworkPolicy', group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', shortNames: ['netpol'], namespaced: true }],
  ['LimitRange', { kind: 'LimitRange', group: '', version: 'v1', plural: 'limitranges', shortNames: ['limits'], namespaced: true }],
  ['HorizontalPodAutoscaler', { kind: 'HorizontalPodAutoscaler', group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', shortNames: ['hpa'], namespaced: true, servedVersions: ['v2', 'v1'] }],
  ['PodDisruptionBudget', { kind: 'PodDisruptionBudget', group: 'policy', version: 'v1', plural: 'poddisruptionbudgets', shortNames: ['pdb'], namespaced: true }],
  ['CustomResourceDefinition', { kind: 'CustomResourceDefinition', group: 'apiextensions.k8s.io', version: 'v1', plural: 'customresourcedefinitions', shortNames: ['crd', 'crds'], namespaced: false }],
];

describe('API facts of the Config & Storage, Cluster and Metadata resources', () => {
  // Verbs and served versions are checked against discovery in discovery-facts.test.ts.
  it.each(apiResources)('%s', (name, expected) => {
    expect(resource(name).kubernetes).toMatchObject(expected);
  });

  it.each(apiResources)('%s example manifest uses the right apiVersion', (name, { kind, group, version }) => {
    const example = resource(name).example ?? '';
    expect(example).toContain(`apiVersion: ${group === '' ? version : `${group}/${version}`}`);
    expect(example).toContain(`kind: ${kind}`);
  });

  it('no alias repeats a shortName of its own resource', () => {
    for (const [name] of apiResources) {
      const r = resource(name);
      const shorts = new Set(r.kubernetes?.shortNames ?? []);
      expect(r.aliases.filter((a) => shorts.has(a.name.toLowerCase())), name).toEqual([]);
    }
  });
});
