import fs from 'node:fs';
import readline from 'node:readline';
import { parseDatabaseUrl, type DatabaseTarget } from '../database-target.js';
import { runEngineCliCommand } from './engine-cli-commands.js';
import { openSchemaEngine, type SchemaEngineSession } from './open-schema-engine.js';

/** What the Prisma CLI passes the engine it spawns (see SchemaEngine.internalInit in prisma/build/cli.js). */
interface EngineArgs {
  datamodels: string[];
  datasourceUrl: string | undefined;
  cliCommand: string | undefined;
  version: boolean;
}

function parseEngineArgs(argv: string[]): EngineArgs {
  const args: EngineArgs = { datamodels: [], datasourceUrl: undefined, cliCommand: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels') args.datamodels.push(argv[++i] ?? '');
    else if (arg === '--datasource') args.datasourceUrl = (JSON.parse(argv[++i] ?? '{}') as { url?: string }).url;
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') args.cliCommand = argv[++i];
    else if (arg === '--version') args.version = true;
  }
  return args;
}

type Params = Record<string, unknown>;

/** Serves requests one at a time: the Wasm engine takes `&mut self` and cannot interleave them. */
class ShimServer {
  private session: Promise<SchemaEngineSession> | undefined;

  constructor(
    private readonly target: DatabaseTarget,
    private readonly datamodels: [string, string][],
  ) {}

  private open(): Promise<SchemaEngineSession> {
    this.session ??= openSchemaEngine(this.target, {
      datamodels: this.datamodels.length ? this.datamodels : undefined,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return this.session;
  }

  async close(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await (await session)?.close();
  }

  async call(method: string, params: Params): Promise<unknown> {
    const { engine } = await this.open();
    switch (method) {
      case 'getDatabaseVersion':
        return engine.version();
      case 'reset':
        // The Wasm reset empties SQLite tables but keeps them; a reset database is an empty file.
        if (this.target.provider === 'sqlite') {
          await this.close();
          if (fs.existsSync(this.target.file)) fs.truncateSync(this.target.file, 0);
          return {};
        }
        await engine.reset(params as never);
        return {};
      case 'evaluateDataLoss':
      case 'createMigration':
        // Both read the migrations' schema that devDiagnostic caches after replaying them in the
        // shadow database; without it the Wasm engine has no shadow database to replay them in.
        await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters } as never);
        return method === 'createMigration' ? engine.createMigration(params as never) : engine.evaluateDataLoss(params as never);
      case 'applyMigrations':
      case 'dbExecute':
      case 'devDiagnostic':
      case 'diagnoseMigrationHistory':
      case 'diff':
      case 'ensureConnectionValidity':
      case 'introspect':
      case 'introspectSql':
      case 'markMigrationApplied':
      case 'markMigrationRolledBack':
      case 'schemaPush':
        return (await (engine[method] as (input: unknown) => Promise<unknown>).call(engine, params)) ?? {};
      default:
        throw Object.assign(new Error(`the Wasm schema engine shim does not support "${method}"`), { code: 'P1000' });
    }
  }
}

/** The JSON-RPC error the CLI reads: `data.error_code` and `data.message`, or `data.is_panic` for a crash. */
function rpcError(error: unknown) {
  const { message, code } = error as { message?: string; code?: string };
  const isPanic = error instanceof WebAssembly.RuntimeError;
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message: message ?? String(error), error_code: code, meta: {} },
  };
}

/** Runs the shim: the Prisma CLI's schema-engine protocol on stdin/stdout, served by the Wasm engine. */
export async function runSchemaEngineShim(argv: string[]): Promise<number> {
  const args = parseEngineArgs(argv);
  if (args.version) {
    console.log('schema-engine-wasm shim');
    return 0;
  }
  const target = parseDatabaseUrl(args.datasourceUrl, process.cwd());
  if (args.cliCommand) return runEngineCliCommand(target, args.cliCommand);

  const server = new ShimServer(
    target,
    args.datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]),
  );
  // The CLI ends stdin and kills the engine at once; closing first leaves no SQLite journal behind.
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
  let queue = Promise.resolve();
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const request = JSON.parse(line) as { id: number; method: string; params?: Params };
    queue = queue.then(async () => {
      const reply = await server.call(request.method, request.params ?? {}).then(
        (result) => ({ jsonrpc: '2.0', id: request.id, result }),
        (error: unknown) => ({ jsonrpc: '2.0', id: request.id, error: rpcError(error) }),
      );
      process.stdout.write(`${JSON.stringify(reply)}\n`);
    });
  }
  await queue;
  await server.close();
  return 0;
}
