import { z } from 'zod';
import { AppError } from './errors.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every environment variable kubedex reads, parsed once. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().optional().describe('unset: SQLite file ./data/kubedex.db; file:PATH; postgresql://...'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.httpUrl().optional().describe('absolute base of links in answers; default: from the request'),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v) => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
    .describe('which proxies may set X-Forwarded-*: Express "trust proxy" (true, false, a hop count, or addresses/subnets)'),
  CORS_ORIGINS: z.string().default('*').describe('comma-separated origins allowed to read, or *'),
  MCP_ALLOWED_HOSTS: z
    .string()
    .default('localhost,127.0.0.1,[::1]')
    .describe('comma-separated host names /mcp answers under (DNS-rebinding protection), besides the host of PUBLIC_URL; * for any'),
  GRAPHQL_INTROSPECTION: flag.default(true),
  MIGRATE_ON_START: flag.default(true).describe('apply migrations before serving; false where a Job migrates'),
  KNOWLEDGE_POLL_MS: z.coerce.number().int().min(0).default(5000).describe('how often to check for other replicas\' writes; 0 disables'),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000).describe('time a client has to send its request headers'),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000).describe('time a client has to send its whole request, body included'),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000).describe('how long an idle keep-alive connection stays open; set above a proxy\'s upstream idle timeout'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(20_000).describe('how long in-flight requests may take to finish after SIGTERM'),
  AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(20).describe('failed authentications a client may make per AUTH_FAILURE_WINDOW_MS before 429'),
  AUTH_FAILURE_WINDOW_MS: z.coerce.number().int().min(1000).default(15 * 60_000).describe('the window of AUTH_FAILURE_LIMIT, shared by replicas on one database'),
  ANSWER_CACHE_MB: z.coerce.number().min(0).default(32).describe('bytes of rendered answers kept in front of the router (MiB); 0 disables'),
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto').describe('auto: seed when the database is empty'),
});
export type Config = z.infer<typeof Config>;

/** Parses the environment; a bad variable fails at start naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(env);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new AppError('CONFIG_INVALID', { message: `invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues });
}
