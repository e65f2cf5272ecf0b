import type { KnowledgeSnapshot } from '../knowledge/knowledge-snapshot.js';
import { findMentions } from './find-mentions.js';
import { KIND_SPELLING, namesKubernetes } from './names-kubernetes.js';

/**
 * Tools and platforms that are not Kubernetes and that people ask a chatbot about in Kubernetes'
 * own words ("scale a service to 5 replicas" in Docker Swarm, "a job spec" in Nomad). Software that
 * is mostly run on Kubernetes (nginx, PostgreSQL, Redis) is not here: "back up postgres every night"
 * asks for a CronJob. Each entry is the name as written and the spellings that mean it; the first
 * entry a question holds is what it is about, so the more specific ("Docker Swarm") comes first.
 */
const OTHER_PRODUCTS: readonly { name: string; spellings: readonly string[] }[] = [
  { name: 'Docker Swarm', spellings: ['swarm'] },
  { name: 'Docker', spellings: ['docker', 'dockerfile', 'docker-compose', 'dockerd'] },
  { name: 'Podman', spellings: ['podman'] },
  { name: 'Nomad', spellings: ['nomad'] },
  { name: 'Consul', spellings: ['consul'] },
  { name: 'Apache Mesos', spellings: ['mesos', 'marathon'] },
  { name: 'Terraform', spellings: ['terraform', 'tfstate'] },
  { name: 'Ansible', spellings: ['ansible', 'playbook'] },
  { name: 'Puppet', spellings: ['puppet'] },
  { name: 'Chef', spellings: ['chef'] },
  { name: 'Vagrant', spellings: ['vagrant', 'virtualbox'] },
  { name: 'VMware', spellings: ['vmware', 'vsphere', 'esxi'] },
  { name: 'systemd', spellings: ['systemd', 'systemctl', 'journalctl'] },
  { name: 'logrotate', spellings: ['logrotate'] },
  { name: 'cron', spellings: ['crontab'] },
  { name: 'pg_dump', spellings: ['pg_dump', 'mysqldump'] },
  { name: 'Heroku', spellings: ['heroku'] },
  { name: 'AWS', spellings: ['aws', 'ec2', 'ecs', 'fargate', 'lambda', 'cloudformation', 'iam'] },
  { name: 'Azure', spellings: ['azure'] },
  { name: 'Google Cloud', spellings: ['gcp', 'bigquery', 'gcloud'] },
  { name: 'Jenkins', spellings: ['jenkins', 'jenkinsfile'] },
  { name: 'GitHub Actions', spellings: ['github'] },
  { name: 'GitLab', spellings: ['gitlab'] },
  { name: 'Ubuntu', spellings: ['ubuntu', 'debian', 'centos', 'apt-get', 'yum', 'homebrew'] },
];

// Latin words with the joiners product names use ("docker-compose", "pg_dump").
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:[-_][\p{Script=Latin}\p{N}]+)*/gu;
// Words only a Kubernetes question holds: with one of them, "docker" is an image's origin, not the subject.
const KUBERNETES_WORDS = new Set(['kubernetes', 'k8s', 'pod', 'pods', 'helm', 'kustomize', 'manifest', 'manifests', 'crd', 'crds', 'namespace', 'namespaces']);
// kubectl, kubelet, kubeadm, kube-proxy, kube-system...
const KUBE_WORD = /^kube/u;
const KUBERNETES_JAPANESE = /ポッド|マニフェスト|ネームスペース|名前空間/u;

/**
 * The product a question is about when that product is not Kubernetes: it names one of
 * OTHER_PRODUCTS and nothing that places it in Kubernetes (a Kubernetes word, a field or kind as
 * Kubernetes spells it, a resource whose kind is a compound name such as "configmap"). Such a
 * question is declined however well its other words match ("docker swarm scale a service").
 */
export function otherProductAsked(snapshot: KnowledgeSnapshot, question: string): string | null {
  const words = [...question.toLowerCase().matchAll(LATIN_WORD)].map((m) => m[0]);
  const written = new Set(words.flatMap((w) => [w, ...w.split(/[-_]/u)]));
  const product = OTHER_PRODUCTS.find(({ spellings }) => spellings.some((s) => written.has(s)));
  if (product === undefined) return null;
  const placed =
    words.some((w) => KUBE_WORD.test(w) || w.split(/[-_]/u).some((part) => KUBERNETES_WORDS.has(part))) ||
    KUBERNETES_JAPANESE.test(question) ||
    namesKubernetes(snapshot, question) ||
    findMentions(snapshot, question).some((m) => KIND_SPELLING.test(m.resource.name));
  return placed ? null : product.name;
}
