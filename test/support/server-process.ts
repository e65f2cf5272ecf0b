import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A `kubedex serve` child process on a free loopback port, with the JSON log lines it printed. */
export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  /** SIGTERM, then the exit code (SIGKILL after 15 s). */
  stop: () => Promise<number | null>;
}

/** Starts `kubedex serve` as `npm start` does, with `env` on top of this process's environment; resolves once it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (typeof entry.url === 'string') resolve(entry.url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, ''));
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return { baseUrl, child, logs, stop };
}
