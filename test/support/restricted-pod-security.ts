/**
 * The `restricted` Pod Security Standard as a check over a Pod spec, following
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ (the Baseline controls, which Restricted
 * includes, then the Restricted ones). Returns one line per violation; an empty list means the spec passes.
 */

interface SecurityContext {
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  procMount?: string;
  capabilities?: { add?: string[]; drop?: string[] };
  seccompProfile?: { type?: string };
  appArmorProfile?: { type?: string };
  seLinuxOptions?: { type?: string; user?: string; role?: string };
  windowsOptions?: { hostProcess?: boolean };
  sysctls?: Array<{ name: string }>;
}
interface Container {
  name: string;
  ports?: Array<{ containerPort?: number; hostPort?: number }>;
  securityContext?: SecurityContext;
}
/** The parts of a Pod spec the standard looks at. */
export interface PodSpecForSecurity {
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  securityContext?: SecurityContext;
  volumes?: Array<Record<string, unknown> & { name: string }>;
  containers?: Container[];
  initContainers?: Container[];
  ephemeralContainers?: Container[];
}

/** Volume types Restricted allows ("Volume Types"); hostPath is already forbidden by Baseline. */
const RESTRICTED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
/** Sysctls Baseline allows ("Sysctls"). */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);
const SECCOMP_ALLOWED = new Set(['RuntimeDefault', 'Localhost']);

/** Every violation of the restricted Pod Security Standard in a Pod spec. */
export function restrictedViolations(spec: PodSpecForSecurity): string[] {
  const violations: string[] = [];
  const pod = spec.securityContext ?? {};
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC) violations.push('host namespaces: hostNetwork, hostPID and hostIPC must be unset or false');
  if (pod.windowsOptions?.hostProcess) violations.push('HostProcess: pod windowsOptions.hostProcess must be unset or false');
  for (const sysctl of pod.sysctls ?? []) if (!SAFE_SYSCTLS.has(sysctl.name)) violations.push(`sysctls: ${sysctl.name} is not a safe sysctl`);
  for (const volume of spec.volumes ?? []) {
    const type = Object.keys(volume).find((k) => k !== 'name');
    if (type === 'hostPath') violations.push(`HostPath volumes: volume ${volume.name} is a hostPath`);
    else if (!type || !RESTRICTED_VOLUME_TYPES.has(type)) violations.push(`volume types: volume ${volume.name} is of type ${type ?? 'unknown'}`);
  }
  const podSeccomp = pod.seccompProfile?.type;
  if (podSeccomp === 'Unconfined') violations.push('seccomp: the pod seccompProfile must not be Unconfined');
  if (pod.runAsUser === 0) violations.push('running as non-root user: pod runAsUser must not be 0');
  if (pod.appArmorProfile?.type === 'Unconfined') violations.push('AppArmor: the pod profile must not be Unconfined');
  if (pod.seLinuxOptions?.user || pod.seLinuxOptions?.role) violations.push('SELinux: pod seLinuxOptions user and role must be unset');

  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? []), ...(spec.ephemeralContainers ?? [])];
  for (const c of containers) {
    const s = c.securityContext ?? {};
    const where = `container ${c.name}`;
    if (s.privileged) violations.push(`privileged containers: ${where} is privileged`);
    if (s.windowsOptions?.hostProcess) violations.push(`HostProcess: ${where} sets hostProcess`);
    if ((c.ports ?? []).some((p) => p.hostPort)) violations.push(`host ports: ${where} uses a hostPort`);
    if (s.procMount && s.procMount !== 'Default') violations.push(`/proc mount type: ${where} uses ${s.procMount}`);
    if (s.appArmorProfile?.type === 'Unconfined') violations.push(`AppArmor: ${where} is Unconfined`);
    if (s.seLinuxOptions?.user || s.seLinuxOptions?.role) violations.push(`SELinux: ${where} sets seLinuxOptions user or role`);
    if (s.allowPrivilegeEscalation !== false) violations.push(`privilege escalation: ${where} must set allowPrivilegeEscalation: false`);
    if (!(s.runAsNonRoot ?? pod.runAsNonRoot)) violations.push(`running as non-root: ${where} needs runAsNonRoot: true (pod or container)`);
    if (s.runAsUser === 0) violations.push(`running as non-root user: ${where} sets runAsUser 0`);
    const seccomp = s.seccompProfile?.type ?? podSeccomp;
    if (!seccomp || !SECCOMP_ALLOWED.has(seccomp)) violations.push(`seccomp: ${where} needs seccompProfile RuntimeDefault or Localhost (pod or container)`);
    if (!(s.capabilities?.drop ?? []).includes('ALL')) violations.push(`capabilities: ${where} must drop ALL`);
    for (const added of s.capabilities?.add ?? []) if (added !== 'NET_BIND_SERVICE') violations.push(`capabilities: ${where} adds ${added}`);
  }
  return violations;
}
