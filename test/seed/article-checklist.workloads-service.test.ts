import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

/**
 * Every statement of the article's "# Workloadsカテゴリ" and "# Serviceカテゴリ" parts, mapped to the
 * seed record that holds it. Each row checks a concrete value, so losing or changing the fact fails.
 */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));

type Check =
  | { fact: [resource: string, key: string]; value: unknown }
  | { relation: [from: string, kind: string, to: string] }
  | { aspect: [slug: string, key: string]; cell: string; ja: string; en: string }
  | { text: string; ja: string; en: string }
  | { field: [resource: string, path: string]; value: unknown }
  | { alias: [resource: string, name: string, kind: string] }
  | { category: string; names: string[] }
  | { variantsOf: string; names: string[] };

interface Row {
  section: string;
  statement: string;
  check: Check;
}

const resource = (name: string) => {
  const found = seed.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};

const get = (object: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], object);

const W = '# Workloadsカテゴリ';
const S = '# Serviceカテゴリ';

const rows: Row[] = [
  // ── Workloads: introduction
  { section: W, statement: 'Workloadsカテゴリ…コンテナを起動させるために利用', check: { text: 'Pod', ja: 'コンテナ', en: 'containers' } },
  {
    section: W,
    statement: '以下、8種類のリソースがあります(Pod … CronJob)',
    check: { category: 'workloads', names: ['Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob'] },
  },
  { section: W, statement: '一覧の「DeamonSet」(誤記)', check: { alias: ['DaemonSet', 'DeamonSet', 'misspelling'] } },

  // ── Pod
  { section: '## Pod', statement: 'Workloadsリソースの最小単位は【Pod】', check: { fact: ['Pod', 'smallestDeployableUnit'], value: true } },
  { section: '## Pod', statement: 'Podは1つ以上のコンテナから構成', check: { fact: ['Pod', 'minContainers'], value: 1 } },
  { section: '## Pod', statement: '同じPod内のコンテナ同士はIPアドレスを共有', check: { fact: ['Pod', 'containersShareIpAddress'], value: true } },
  { section: '## Pod', statement: 'Pod内のコンテナ間の通信にはlocalhostが利用できる', check: { fact: ['Pod', 'intraPodCommunication'], value: 'localhost' } },
  { section: '## Pod', statement: 'Pod内のコンテナそれぞれはポート番号が重複してはいけない', check: { fact: ['Pod', 'uniqueContainerPorts'], value: true } },

  // ── ReplicationController / ReplicaSet
  { section: '## ReplicationController/ReplicaSet', statement: 'Podのレプリカを作成し、指定した数のPodを維持し続ける(ReplicaSet)', check: { fact: ['ReplicaSet', 'maintainsReplicaCount'], value: true } },
  { section: '## ReplicationController/ReplicaSet', statement: 'Podのレプリカを作成し、指定した数のPodを維持し続ける(ReplicationController)', check: { fact: ['ReplicationController', 'maintainsReplicaCount'], value: true } },
  { section: '## ReplicationController/ReplicaSet', statement: 'ReplicaSetがPodのレプリカを作成する', check: { relation: ['ReplicaSet', 'parent_of', 'Pod'] } },
  { section: '## ReplicationController/ReplicaSet', statement: 'ReplicationControllerがPodのレプリカを作成するために用いられていた', check: { relation: ['ReplicationController', 'parent_of', 'Pod'] } },
  { section: '## ReplicationController/ReplicaSet', statement: 'ReplicationControllerは廃止の流れ', check: { field: ['ReplicationController', 'status'], value: 'superseded' } },
  { section: '## ReplicationController/ReplicaSet', statement: '現在はReplicaSetが利用されている', check: { field: ['ReplicationController', 'supersededBy'], value: 'ReplicaSet' } },
  { section: '## ReplicationController/ReplicaSet', statement: '以前はReplicationController、現在はReplicaSet(代替関係)', check: { relation: ['ReplicationController', 'alternative_to', 'ReplicaSet'] } },
  {
    section: '## ReplicationController/ReplicaSet',
    statement: 'ReplicationControllerは廃止の流れ(比較)',
    check: { aspect: ['replicationcontroller-vs-replicaset', 'status'], cell: 'ReplicationController', ja: '廃止', en: 'Legacy' },
  },
  { section: '## ReplicationController/ReplicaSet', statement: '障害時も別のノード上でPodを起動(セルフヒーリング)', check: { fact: ['ReplicaSet', 'selfHealing'], value: true } },
  { section: '## ReplicationController/ReplicaSet', statement: 'この機能を「セルフヒーリング」と言います', check: { text: 'ReplicaSet', ja: 'セルフヒーリング', en: 'self-healing' } },
  { section: '## ReplicationController/ReplicaSet', statement: 'Podの数を増減させて容易にスケーリング', check: { fact: ['ReplicaSet', 'scalingField'], value: 'spec.replicas' } },

  // ── Deployment
  { section: '## Deployment', statement: '複数のReplicaSetを管理する', check: { relation: ['Deployment', 'parent_of', 'ReplicaSet'] } },
  { section: '## Deployment', statement: 'ローリングアップデートやロールバックを実現', check: { aspect: ['pod-vs-replicaset-vs-deployment', 'rollback'], cell: 'Deployment', ja: 'できる', en: 'Yes' } },
  { section: '## Deployment', statement: 'ロールバック', check: { fact: ['Deployment', 'rollbackCommand'], value: 'kubectl rollout undo deployment/<name>' } },
  { section: '## Deployment', statement: 'Deployment→ReplicaSet→Podと3層の親子構造', check: { fact: ['Deployment', 'ownershipChain'], value: ['Deployment', 'ReplicaSet', 'Pod'] } },
  {
    section: '## Deployment',
    statement: 'ローリングアップデートの手順 1〜5(新しいReplicaSet作成 … 古いReplicaSetはレプリカ数0で保持)',
    check: {
      fact: ['Deployment', 'rolloutSteps'],
      value: ['create a new ReplicaSet', 'scale the new ReplicaSet up gradually', 'scale the old ReplicaSet down gradually', 'repeat until done', 'keep the old ReplicaSet at 0 replicas'],
    },
  },
  { section: '## Deployment', statement: 'Deploymentはもっとも推奨されているコンテナの起動方法', check: { fact: ['Deployment', 'recommendedWayToRunContainers'], value: true } },
  { section: '## Deployment', statement: 'Pod単体では障害時に再作成されない', check: { fact: ['Pod', 'recreatedWhenLost'], value: false } },
  { section: '## Deployment', statement: 'Pod単体では障害時に再作成されない(比較)', check: { aspect: ['pod-vs-replicaset-vs-deployment', 'recreatedOnFailure'], cell: 'Pod', ja: 'されない', en: 'No' } },
  { section: '## Deployment', statement: 'ReplicaSetではローリングアップデート等が利用できない', check: { fact: ['ReplicaSet', 'rollingUpdate'], value: false } },
  { section: '## Deployment', statement: 'ReplicaSetではローリングアップデート等が利用できない(比較)', check: { aspect: ['pod-vs-replicaset-vs-deployment', 'rollingUpdate'], cell: 'ReplicaSet', ja: 'できない', en: 'No' } },
  { section: '## Deployment', statement: 'Pod単体・ReplicaSet・Deploymentの使い分け', check: { relation: ['Pod', 'alternative_to', 'Deployment'] } },

  // ── DaemonSet (article: DeamonSet)
  { section: '## DeamonSet', statement: '見出しの「DeamonSet」は DaemonSet の誤記', check: { text: 'DaemonSet', ja: 'DeamonSet', en: 'DeamonSet' } },
  { section: '## DeamonSet', statement: '各ノード上で1つずつPodを配置', check: { fact: ['DaemonSet', 'podsPerNode'], value: 1 } },
  { section: '## DeamonSet', statement: 'DaemonSetがPodを配置する', check: { relation: ['DaemonSet', 'parent_of', 'Pod'] } },
  {
    section: '## DeamonSet',
    statement: 'ReplicaSetは合計N個、全ノードに配置されるとは限らない',
    check: { aspect: ['replicaset-vs-daemonset', 'placement'], cell: 'ReplicaSet', ja: '合計N個', en: 'may get none' },
  },
  { section: '## DeamonSet', statement: 'レプリカ数は指定できない', check: { fact: ['DaemonSet', 'replicasField'], value: false } },
  { section: '## DeamonSet', statement: '1つのノードにPodを複数配置できない', check: { aspect: ['replicaset-vs-daemonset', 'podsPerNode'], cell: 'DaemonSet', ja: '最大1つ', en: 'At most one' } },
  { section: '## DeamonSet', statement: 'ノードが増えた場合は自動的にPodが起動', check: { fact: ['DaemonSet', 'addsPodsToNewNodes'], value: true } },
  {
    section: '## DeamonSet',
    statement: 'ログをホスト単位で収集、Datadogエージェント等',
    check: { fact: ['DaemonSet', 'typicalUses'], value: ['per-node log collection', 'monitoring agents such as the Datadog agent', 'network plugins', 'storage daemons'] },
  },
  { section: '## DeamonSet', statement: 'Datadogエージェント等すべてのノードで動かしたいプロセス', check: { text: 'DaemonSet', ja: 'Datadog', en: 'Datadog' } },
  { section: '## DeamonSet', statement: 'ReplicaSetとDaemonSetの対比', check: { relation: ['ReplicaSet', 'alternative_to', 'DaemonSet'] } },

  // ── StatefulSet
  { section: '## StatefulSet', statement: 'データベースコンテナ等ステートフルなワークロード', check: { text: 'StatefulSet', ja: 'データベース', en: 'database' } },
  { section: '## StatefulSet', statement: 'Pod名のサフィックスは数字のインデックス(statefulset-0、statefulset-1)', check: { fact: ['StatefulSet', 'podNamePattern'], value: '<statefulset-name>-<ordinal>' } },
  { section: '## StatefulSet', statement: 'インデックスは0から', check: { fact: ['StatefulSet', 'firstOrdinal'], value: 0 } },
  { section: '## StatefulSet', statement: 'Pod名が変わらない', check: { fact: ['StatefulSet', 'stablePodNames'], value: true } },
  { section: '## StatefulSet', statement: 'データを永続化するための仕組みがある', check: { fact: ['StatefulSet', 'perPodVolumeField'], value: 'spec.volumeClaimTemplates' } },
  { section: '## StatefulSet', statement: 'Podが再起動した際にも同じディスクを利用して再作成', check: { fact: ['StatefulSet', 'sameVolumeAfterRestart'], value: true } },
  { section: '## StatefulSet', statement: 'StatefulSetがPodを作成する', check: { relation: ['StatefulSet', 'parent_of', 'Pod'] } },

  // ── Job
  { section: '## Job', statement: 'コンテナを利用して一度限りの処理を実行', check: { fact: ['Job', 'runsToCompletion'], value: true } },
  { section: '## Job', statement: 'Jobの場合はPodの停止が正常終了として期待される', check: { fact: ['Job', 'podExitMeans'], value: 'success' } },
  { section: '## Job', statement: 'ReplicaSetではPodが停止することは予期せぬエラー', check: { aspect: ['replicaset-vs-job', 'podExit'], cell: 'ReplicaSet', ja: '予期せぬ障害', en: 'unexpected failure' } },
  { section: '## Job', statement: 'ReplicaSetとJobの対比', check: { relation: ['ReplicaSet', 'alternative_to', 'Job'] } },
  { section: '## Job', statement: 'バッチ処理などで利用', check: { text: 'Job', ja: 'バッチ処理', en: 'batch processing' } },
  { section: '## Job', statement: '一度だけ実行するタスクにも利用できる', check: { fact: ['Job', 'defaultCompletions'], value: 1 } },
  { section: '## Job', statement: '並列実行するタスクにも利用できる', check: { fact: ['Job', 'parallelExecution'], value: true } },
  { section: '## Job', statement: 'JobがPodを管理する', check: { relation: ['Job', 'parent_of', 'Pod'] } },

  // ── CronJob
  { section: '## CronJob', statement: 'CronのようにスケジューリングされたJobを実行', check: { fact: ['CronJob', 'scheduleSyntax'], value: 'minute hour day-of-month month day-of-week' } },
  { section: '## CronJob', statement: 'CronJobがJobを管理', check: { relation: ['CronJob', 'parent_of', 'Job'] } },
  { section: '## CronJob', statement: 'CronJob→Job→Podの3層の親子関係', check: { fact: ['CronJob', 'ownershipChain'], value: ['CronJob', 'Job', 'Pod'] } },
  { section: '## CronJob', statement: '定期的なバッチ処理はJobよりもCronJob', check: { relation: ['Job', 'alternative_to', 'CronJob'] } },
  { section: '## CronJob', statement: '定期的なバッチ処理はJobよりもCronJob(比較)', check: { aspect: ['job-vs-cronjob', 'trigger'], cell: 'CronJob', ja: 'spec.schedule', en: 'spec.schedule' } },

  // ── Service: introduction
  { section: S, statement: 'コンテナにエンドポイントを提供', check: { text: 'Service', ja: 'エンドポイント', en: 'endpoint' } },
  { section: S, statement: 'ラベルに一致するコンテナのディスカバリ', check: { relation: ['Service', 'selects', 'Pod'] } },
  { section: S, statement: 'ラベルに一致するコンテナのディスカバリ(フィールド)', check: { fact: ['Service', 'podSelectionField'], value: 'spec.selector' } },
  { section: S, statement: 'L4レベルのロードバランシングを提供するService', check: { fact: ['Service', 'osiLayer'], value: 4 } },
  { section: S, statement: 'L7レベルのロードバランシングを提供するIngress', check: { fact: ['Ingress', 'osiLayer'], value: 7 } },
  { section: S, statement: 'ServiceとIngressの2種類', check: { aspect: ['service-vs-ingress', 'layer'], cell: 'Ingress', ja: 'L7', en: 'Layer 7' } },
  {
    section: S,
    statement: 'Serviceの下位分類(ClusterIP … None-Selector)',
    check: { variantsOf: 'Service', names: ['ClusterIP', 'ExternalIP', 'NodePort', 'LoadBalancer', 'Headless', 'ExternalName', 'None-Selector'] },
  },
  {
    section: S,
    statement: '一覧の順(Service, ClusterIP … None-Selector, Ingress)',
    check: {
      category: 'service',
      names: ['Service', 'ClusterIP', 'ExternalIP', 'NodePort', 'LoadBalancer', 'Headless', 'ExternalName', 'None-Selector', 'Ingress', 'ExternalLoadBalancerIngress', 'InClusterIngress', 'EndpointSlice', 'IngressClass'],
    },
  },

  // ── ClusterIP
  { section: '## ClusterIP', statement: 'ClusterIPは最も基本のService', check: { fact: ['ClusterIP', 'isDefaultType'], value: true } },
  { section: '## ClusterIP', statement: 'type: ClusterIP', check: { field: ['ClusterIP', 'variant.selector'], value: 'spec.type: ClusterIP' } },
  { section: '## ClusterIP', statement: '仮想IPが割り当てられる', check: { fact: ['ClusterIP', 'virtualIp'], value: true } },
  { section: '## ClusterIP', statement: 'クラスタ内からのみ疎通が可能', check: { fact: ['ClusterIP', 'reachableFrom'], value: 'cluster-internal' } },
  { section: '## ClusterIP', statement: 'クラスタ内ロードバランサとして機能', check: { text: 'ClusterIP', ja: 'クラスタ内のロードバランサ', en: 'in-cluster load balancer' } },
  { section: '## ClusterIP', statement: 'クラスタ外からのトラフィックを受ける必要がない箇所', check: { aspect: ['clusterip-vs-nodeport-vs-loadbalancer', 'reachability'], cell: 'ClusterIP', ja: 'クラスタ内のみ', en: 'Inside the cluster only' } },

  // ── ExternalIP
  { section: '## ExternalIP', statement: '特定のノードのIPアドレス:Portで受信したトラフィックをコンテナに転送', check: { fact: ['ExternalIP', 'reachableAt'], value: '<external-ip>:<port>' } },
  { section: '## ExternalIP', statement: '外部疎通性を確立する(spec.externalIPs)', check: { field: ['ExternalIP', 'variant.selector'], value: 'spec.externalIPs' } },
  { section: '## ExternalIP', statement: '「Service」の種類として扱われているが、typeではなくフィールド', check: { fact: ['ExternalIP', 'isServiceType'], value: false } },

  // ── NodePort
  { section: '## NodePort', statement: 'NodePortはExternalIPに類似したService', check: { relation: ['ExternalIP', 'alternative_to', 'NodePort'] } },
  { section: '## NodePort', statement: 'ExternalIPは指定したノード、NodePortは全てのノード', check: { aspect: ['externalip-vs-nodeport', 'receivingNodes'], cell: 'NodePort', ja: 'すべてのノード', en: 'Every node' } },
  { section: '## NodePort', statement: '全てのkubernetesノードのIPアドレス:Portで受信', check: { fact: ['NodePort', 'listensOnAllNodes'], value: true } },
  { section: '## NodePort', statement: 'type: NodePort', check: { field: ['NodePort', 'variant.selector'], value: 'spec.type: NodePort' } },
  { section: '## NodePort', statement: 'ポートの範囲は30000~32767', check: { fact: ['NodePort', 'nodePortRange'], value: { min: 30000, max: 32767 } } },
  { section: '## NodePort', statement: '範囲外の値を設定しようとするとエラー', check: { fact: ['NodePort', 'outOfRangeRejected'], value: true } },
  { section: '## NodePort', statement: '(Kubernetes) NodePortはClusterIPを土台にする', check: { relation: ['NodePort', 'builds_on', 'ClusterIP'] } },

  // ── LoadBalancer
  { section: '## LoadBalancer', statement: 'クラスタ外からトラフィックを受ける場合に一番実用的', check: { fact: ['LoadBalancer', 'recommendedForExternalTraffic'], value: true } },
  { section: '## LoadBalancer', statement: 'type: LoadBalancer', check: { field: ['LoadBalancer', 'variant.selector'], value: 'spec.type: LoadBalancer' } },
  { section: '## LoadBalancer', statement: 'クラスタ外のロードバランサーに外部疎通性のある仮想IPを払い出す', check: { fact: ['LoadBalancer', 'externalAddressField'], value: 'status.loadBalancer.ingress' } },
  {
    section: '## LoadBalancer',
    statement: 'Google Cloud/AWS/Azure等のクラウドプロバイダ上で利用が主流',
    check: { fact: ['LoadBalancer', 'providedBy'], value: ['Google Cloud', 'AWS', 'Azure', 'other cloud providers or load balancer controllers'] },
  },
  { section: '## LoadBalancer', statement: 'ノードの障害に強い、障害ノードに転送しない', check: { fact: ['LoadBalancer', 'resilientToNodeFailure'], value: true } },
  { section: '## LoadBalancer', statement: 'ノード障害への強さ(比較)', check: { aspect: ['clusterip-vs-nodeport-vs-loadbalancer', 'nodeFailure'], cell: 'LoadBalancer', ja: '障害ノード', en: 'failed nodes' } },
  { section: '## LoadBalancer', statement: '(Kubernetes) LoadBalancerはNodePortを土台にする', check: { fact: ['LoadBalancer', 'buildsOn'], value: ['NodePort', 'ClusterIP'] } },
  { section: '## LoadBalancer', statement: '(Kubernetes) LoadBalancer builds_on NodePort', check: { relation: ['LoadBalancer', 'builds_on', 'NodePort'] } },

  // ── Headless
  { section: '## Headless', statement: '個々のPodのIPアドレスが直接返却される', check: { fact: ['Headless', 'dnsAnswer'], value: 'A/AAAA records of each ready Pod' } },
  { section: '## Headless', statement: '(Kubernetes) spec.clusterIP: None', check: { field: ['Headless', 'variant.selector'], value: 'spec.clusterIP: None' } },
  { section: '## Headless', statement: 'ロードバランシングするためのIPアドレスは提供されない', check: { fact: ['Headless', 'virtualIp'], value: false } },
  { section: '## Headless', statement: 'DNSラウンドロビン方式を使ったエンドポイント', check: { fact: ['Headless', 'loadBalancing'], value: 'DNS round robin' } },
  { section: '## Headless', statement: '今までのServiceは仮想IPによるロードバランシング', check: { aspect: ['clusterip-vs-headless', 'virtualIp'], cell: 'ClusterIP', ja: 'あり', en: 'Yes' } },
  { section: '## Headless', statement: '転送先のPodのIPアドレスがクラスタ内DNSから返る', check: { aspect: ['clusterip-vs-headless', 'dnsAnswer'], cell: 'Headless', ja: '各Pod', en: 'each ready Pod' } },
  { section: '## Headless', statement: 'StatefulSetでHeadlessを利用', check: { relation: ['StatefulSet', 'uses', 'Headless'] } },
  { section: '## Headless', statement: 'Pod名(statefulset-0等)から直接名前解決', check: { fact: ['Headless', 'podDnsNameWithStatefulSet'], value: '<pod-name>.<service-name>.<namespace>.svc.cluster.local' } },
  { section: '## Headless', statement: 'Pod名による名前解決(StatefulSet側)', check: { fact: ['StatefulSet', 'podDnsName'], value: '<pod-name>.<service-name>.<namespace>.svc.cluster.local' } },
  { section: '## Headless', statement: '通常、Pod名を直接指定した名前解決はできない(ClusterIP)', check: { fact: ['ClusterIP', 'podNamesResolvable'], value: false } },
  { section: '## Headless', statement: 'ClusterIPのエンドポイントに対しての名前解決は可能', check: { fact: ['ClusterIP', 'dnsAnswer'], value: 'A/AAAA record of the cluster IP' } },
  { section: '## Headless', statement: 'StatefulSetかつHeadlessの場合のみPod名で名前解決', check: { aspect: ['clusterip-vs-headless', 'podNameLookup'], cell: 'Headless', ja: 'StatefulSet', en: 'StatefulSet' } },
  { section: '## Headless', statement: 'ClusterIPとHeadlessの対比', check: { relation: ['ClusterIP', 'alternative_to', 'Headless'] } },

  // ── ExternalName
  { section: '## ExternalName', statement: '外部ドメイン宛のCNAMEを返却', check: { fact: ['ExternalName', 'dnsAnswer'], value: 'CNAME' } },
  { section: '## ExternalName', statement: '(Kubernetes) type: ExternalName', check: { field: ['ExternalName', 'variant.selector'], value: 'spec.type: ExternalName' } },
  {
    section: '## ExternalName',
    statement: '別の名前を指定したい場合、エンドポイントを切り替えやすくしたい場合',
    check: { fact: ['ExternalName', 'typicalUses'], value: ['give an external service another name', 'switch the endpoint used inside the cluster easily'] },
  },

  // ── None-Selector
  { section: '## None-Selector', statement: '(Kubernetes) spec.selectorを持たない', check: { field: ['None-Selector', 'variant.selector'], value: 'no spec.selector' } },
  { section: '## None-Selector', statement: '自分で指定したメンバーに対してロードバランシング', check: { fact: ['None-Selector', 'endpointsManagedBy'], value: 'user-created EndpointSlices' } },
  { section: '## None-Selector', statement: '自分で指定したメンバー(EndpointSlice)', check: { relation: ['None-Selector', 'uses', 'EndpointSlice'] } },
  { section: '## None-Selector', statement: 'クラスタ内に自由な宛先でロードバランサを作成', check: { text: 'None-Selector', ja: '任意の宛先', en: 'any destination' } },
  { section: '## None-Selector', statement: 'クラスタ外のアプリケーションサーバに分散', check: { fact: ['None-Selector', 'canTargetOutsideCluster'], value: true } },
  { section: '## None-Selector', statement: 'None-SelectorではClusterIPのAレコードが返却', check: { fact: ['None-Selector', 'dnsAnswer'], value: 'A record of the cluster IP' } },
  { section: '## None-Selector', statement: 'ExternalNameではCNAMEが返却(比較)', check: { aspect: ['externalname-vs-none-selector', 'dnsAnswer'], cell: 'ExternalName', ja: 'CNAME', en: 'CNAME' } },
  { section: '## None-Selector', statement: 'None-SelectorはAレコード(比較)', check: { aspect: ['externalname-vs-none-selector', 'dnsAnswer'], cell: 'None-Selector', ja: 'Aレコード', en: 'A record' } },
  { section: '## None-Selector', statement: 'ExternalNameとNone-Selectorの対比', check: { relation: ['ExternalName', 'alternative_to', 'None-Selector'] } },
  { section: '## None-Selector', statement: 'Serviceの使用感のまま外部向けにロードバランシング', check: { text: 'None-Selector', ja: '使い勝手のまま', en: 'feel of an ordinary Kubernetes Service' } },

  // ── Ingress
  { section: '## Ingress', statement: 'IngressはL7レベルのロードバランシング', check: { aspect: ['service-vs-ingress', 'routing'], cell: 'Ingress', ja: 'パス', en: 'path' } },
  { section: '## Ingress', statement: '(Kubernetes) IngressはServiceへ転送', check: { relation: ['Ingress', 'routes_to', 'Service'] } },
  { section: '## Ingress', statement: 'Ingressは大きく2種類に分類', check: { variantsOf: 'Ingress', names: ['ExternalLoadBalancerIngress', 'InClusterIngress'] } },
  { section: '## Ingress', statement: '2種類の実装(事実)', check: { fact: ['Ingress', 'implementationKinds'], value: ['ExternalLoadBalancerIngress', 'InClusterIngress'] } },
  { section: '## Ingress', statement: 'クラスタ外のロードバランサを利用したIngress: GKE Ingress', check: { alias: ['ExternalLoadBalancerIngress', 'GKE Ingress', 'other'] } },
  { section: '## Ingress', statement: 'Ingressリソースを作成するだけでGoogle CloudがLoadBalancer用の外部IPを払い出す', check: { fact: ['ExternalLoadBalancerIngress', 'externalIpProvisionedAutomatically'], value: true } },
  { section: '## Ingress', statement: 'LoadBalancerがHTTPS終端やパスベースのルーティング', check: { fact: ['ExternalLoadBalancerIngress', 'loadBalancerFeatures'], value: ['HTTPS termination', 'path-based routing'] } },
  { section: '## Ingress', statement: 'NodePortへトラフィックを転送して対象のPodまで到達', check: { fact: ['ExternalLoadBalancerIngress', 'trafficPath'], value: ['Google Cloud load balancer', 'NodePort', 'Pod'] } },
  { section: '## Ingress', statement: 'GKE IngressはNodePortへ転送(関係)', check: { relation: ['ExternalLoadBalancerIngress', 'routes_to', 'NodePort'] } },
  { section: '## Ingress', statement: 'クラスタ内にIngress用のPodをデプロイするIngress: Nginx Ingress', check: { alias: ['InClusterIngress', 'NGINX Ingress', 'other'] } },
  { section: '## Ingress', statement: 'Ingress用のPodをクラスタ内に作成する必要', check: { fact: ['InClusterIngress', 'controllerRunsInCluster'], value: true } },
  // The review (row 13) shows the LoadBalancer is the usual way, not the only one: the fact says false and a correction explains.
  { section: '## Ingress', statement: '別途LoadBalancer Serviceを作成する必要', check: { fact: ['InClusterIngress', 'exposedThrough'], value: ['LoadBalancer Service', 'NodePort Service', 'hostNetwork or hostPort'] } },
  { section: '## Ingress', statement: '別途LoadBalancer Serviceを作成する必要(関係)', check: { relation: ['InClusterIngress', 'uses', 'LoadBalancer'] } },
  { section: '## Ingress', statement: 'ロードバランサがNginx Podまで転送し、NginxがL7処理を行い対象Podへ', check: { fact: ['InClusterIngress', 'trafficPath'], value: ['external load balancer', 'ingress controller Pod', 'Pod'] } },
  { section: '## Ingress', statement: 'Nginx Podから対象のPodまではNode Portを通らず直接PodのIPへ', check: { fact: ['InClusterIngress', 'bypassesNodePortToBackend'], value: true } },
  { section: '## Ingress', statement: '直接PodのIPへ(関係)', check: { relation: ['InClusterIngress', 'routes_to', 'Pod'] } },
  { section: '## Ingress', statement: '2種類のIngressの対比', check: { aspect: ['external-lb-ingress-vs-in-cluster-ingress', 'setup'], cell: 'InClusterIngress', ja: 'LoadBalancer Service', en: 'LoadBalancer Service' } },
];

function verify(check: Check): void {
  if ('fact' in check) {
    const [name, key] = check.fact;
    const fact = resource(name).facts.find((f) => f.key === key);
    expect(fact, `${name} has fact ${key}`).toBeDefined();
    expect(fact!.value).toEqual(check.value);
  } else if ('relation' in check) {
    const [from, kind, to] = check.relation;
    const relation = seed.relations.find((r) => r.from === from && r.kind === kind && r.to === to);
    expect(relation, `${from} ${kind} ${to}`).toBeDefined();
    expect(relation!.note.ja.length).toBeGreaterThan(10);
    expect(relation!.note.en.length).toBeGreaterThan(10);
  } else if ('aspect' in check) {
    const [slug, key] = check.aspect;
    const comparison = seed.comparisons.find((c) => c.slug === slug);
    expect(comparison, `comparison ${slug}`).toBeDefined();
    const cell = comparison!.aspects.find((a) => a.key === key)?.cells[check.cell];
    expect(cell, `${slug} ${key} ${check.cell}`).toBeDefined();
    expect(cell!.ja).toContain(check.ja);
    expect(cell!.en).toContain(check.en);
  } else if ('text' in check) {
    const { ja, en } = resource(check.text).text;
    expect(`${ja.summary}\n${ja.description}`).toContain(check.ja);
    expect(`${en.summary}\n${en.description}`.toLowerCase()).toContain(check.en.toLowerCase());
  } else if ('field' in check) {
    const [name, dotted] = check.field;
    expect(get(resource(name), dotted)).toEqual(check.value);
  } else if ('alias' in check) {
    const [name, alias, kind] = check.alias;
    expect(resource(name).aliases).toContainEqual({ name: alias, kind });
  } else if ('category' in check) {
    // The article's list comes first, in its order; kinds added beyond it follow.
    const names = seed.resources
      .filter((r) => r.category === check.category)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.name);
    expect(names.slice(0, check.names.length)).toEqual(check.names);
    for (const name of names.slice(check.names.length)) expect(resource(name).fromArticle, name).toBe(false);
  } else {
    const names = seed.resources
      .filter((r) => r.variant?.of === check.variantsOf)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.name);
    expect(names).toEqual(check.names);
  }
}

describe('article checklist: Workloads and Service', () => {
  it.each(rows.map((row) => [`${row.section} — ${row.statement}`, row] as const))('%s', (_label, row) => verify(row.check));

  // Kinds added beyond these are checked against the discovery tables (test/seed/discovery/).
  it('keeps the Kubernetes API facts of the article\'s resources and the two kinds added with them', () => {
    const api = Object.fromEntries(
      seed.resources
        .filter((r) => (r.category === 'workloads' || r.category === 'service') && (r.fromArticle || ['EndpointSlice', 'IngressClass'].includes(r.name)))
        .map((r) => [r.name, r.kubernetes && [r.kubernetes.group, r.kubernetes.version, r.kubernetes.kind, r.kubernetes.plural, r.kubernetes.shortNames, r.kubernetes.namespaced]]),
    );
    const service = ['', 'v1', 'Service', 'services', [], true];
    const ingress = ['networking.k8s.io', 'v1', 'Ingress', 'ingresses', [], true];
    expect(api).toEqual({
      Pod: ['', 'v1', 'Pod', 'pods', ['po'], true],
      ReplicationController: ['', 'v1', 'ReplicationController', 'replicationcontrollers', ['rc'], true],
      ReplicaSet: ['apps', 'v1', 'ReplicaSet', 'replicasets', ['rs'], true],
      Deployment: ['apps', 'v1', 'Deployment', 'deployments', ['deploy'], true],
      DaemonSet: ['apps', 'v1', 'DaemonSet', 'daemonsets', ['ds'], true],
      StatefulSet: ['apps', 'v1', 'StatefulSet', 'statefulsets', ['sts'], true],
      Job: ['batch', 'v1', 'Job', 'jobs', [], true],
      CronJob: ['batch', 'v1', 'CronJob', 'cronjobs', ['cj'], true],
      Service: ['', 'v1', 'Service', 'services', ['svc'], true],
      ClusterIP: service,
      ExternalIP: service,
      NodePort: service,
      LoadBalancer: service,
      Headless: service,
      ExternalName: service,
      'None-Selector': service,
      Ingress: ['networking.k8s.io', 'v1', 'Ingress', 'ingresses', ['ing'], true],
      ExternalLoadBalancerIngress: ingress,
      InClusterIngress: ingress,
      EndpointSlice: ['discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', [], true],
      IngressClass: ['networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', [], false],
    });
  });

  it('gives every example the apiVersion of its kind', () => {
    for (const r of seed.resources.filter((x) => x.category === 'workloads' || x.category === 'service')) {
      const k = r.kubernetes!;
      const apiVersion = k.group === '' ? k.version : `${k.group}/${k.version}`;
      expect(r.example, r.name).toMatch(new RegExp(`^apiVersion: ${apiVersion.replace('.', '\\.')}\\nkind: ${k.kind}\\n`, 'm'));
    }
  });

  it('marks EndpointSlice and IngressClass, which the article does not list, as not from it', () => {
    for (const name of ['EndpointSlice', 'IngressClass']) expect(resource(name)).toMatchObject({ fromArticle: false, articleSection: null });
  });
});
