/**
 * Servers the bench starts, each in its own process, and how it learns their port: a line on
 * stdout (the baselines' `listening <port>`, kubedex's log line with its URL, json-server's banner).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface ChildServer {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the port line. */
  startedMs: number;
  stop: () => Promise<void>;
}

/**
 * Spawns `args` under this Node and resolves once stdout shows the port (`portPattern`'s first
 * group), or at once with `port` when the caller chose it (json-server prints nothing with --quiet).
 */
export function startChild(options: { args: string[]; env?: NodeJS.ProcessEnv; portPattern?: RegExp; port?: number; logFile?: string; cwd?: string; stopSignal?: NodeJS.Signals }): Promise<ChildServer> {
  const t0 = performance.now();
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(options.stopSignal ?? 'SIGTERM');
    }).finally(() => log?.end());
  return new Promise((resolve, reject) => {
    let seen = '';
    let found = options.port !== undefined;
    if (found) resolve({ child, port: options.port as number, startedMs: 0, stop });
    child.stdout?.on('data', (chunk: Buffer) => {
      // Every line is kept (kubedex's access log goes to the log file): reading stdout is the cost a log collector adds.
      log?.write(chunk);
      if (found) return;
      seen += chunk.toString('utf8');
      const match = options.portPattern?.exec(seen);
      if (match) {
        found = true;
        resolve({ child, port: Number(match[1]), startedMs: performance.now() - t0, stop });
      }
    });
    child.once('exit', (code) => found || reject(new Error(`${options.args.join(' ')} exited with ${code} before listening: ${seen.slice(-500)}`)));
  });
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}
