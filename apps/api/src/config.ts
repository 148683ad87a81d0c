import path from 'node:path';
import { IBKR_FLEX_DEFAULT_URL, IBKR_FLEX_HOSTS } from './modules/connectors/ibkrFlex';

/** Runtime configuration, read once from the environment. See the README's configuration table. */
export interface Config {
  port: number;
  host: string;
  /** `undefined` → embedded PGlite persisted in `dataDir`; `memory://` → in-memory PGlite; else a PostgreSQL URL. */
  databaseUrl: string | undefined;
  dataDir: string;
  platformKey: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Max JSON body size in bytes. */
  bodyLimit: number;
  /** Max upload size in bytes (broker files, screenshots). */
  uploadLimit: number;
  /** Uploads larger than this import as a background job with progress. */
  importJobThresholdBytes: number;
  /** IBKR Flex Web Service base URL (the connector's broker endpoint). */
  ibkrFlexUrl: string;
  /** How often the connector scheduler looks for due connectors, seconds (0: never). */
  connectorPollSeconds: number;
  /** Lifetime of end-user tokens minted by partners' backends, seconds. */
  userTokenTtlSeconds: number;
  /** Lifetime of a portal sign-in session, seconds. */
  sessionTtlSeconds: number;
  /** Origins allowed to call the API from a browser (`*` for any). */
  corsOrigins: string[];
  /** Seed the demo tenant at start when the database has no tenant yet. */
  seedDemo: boolean;
  /** Event streams send a keep-alive and re-check their credential this often, seconds. */
  eventsHeartbeatSeconds: number;
  /** Events are kept this long for streams that reconnect with Last-Event-ID, seconds. */
  eventsRetentionSeconds: number;
  /** Longest time to receive a whole request (headers and body), seconds. */
  requestTimeoutSeconds: number;
  /** A request body must arrive at ≥ 1 KiB/s over every window of this many seconds. */
  bodyTimeoutSeconds: number;
  /**
   * Origins the IBKR connector may send the Flex token to: the SendRequest base, every statement
   * <Url> and every redirect must be on one. https only, except loopback http listed explicitly (tests).
   */
  ibkrFlexAllowedOrigins: string[];
  /** A connector run started longer ago than this is taken as dead (its process stopped), seconds. */
  connectorStaleSeconds: number;
  /** A background import not heard from (heartbeat) for this long is taken as dead and failed, seconds. */
  importStaleSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  return raw.replace(/\/$/, '');
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && databaseUrl !== 'memory://' && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL',
      `must be a postgres:// or postgresql:// URL, or memory:// for an in-memory database; got "${databaseUrl}"`,
    );
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}"`);
  }
  const platformKey = env.JOURNALKIT_PLATFORM_KEY?.trim() || undefined;
  if (platformKey !== undefined && platformKey.length < 24) {
    throw new ConfigError('JOURNALKIT_PLATFORM_KEY', 'must be at least 24 characters long');
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host,
    databaseUrl,
    dataDir: path.resolve(env.JOURNALKIT_DATA_DIR?.trim() || '.data'),
    platformKey,
    logLevel,
    bodyLimit: int(env, 'JOURNALKIT_BODY_LIMIT', 1024 * 1024, 1024, 1024 * 1024 * 1024),
    uploadLimit: int(env, 'JOURNALKIT_UPLOAD_LIMIT', 100 * 1024 * 1024, 1024, 4 * 1024 * 1024 * 1024),
    importJobThresholdBytes: int(
      env,
      'JOURNALKIT_IMPORT_JOB_THRESHOLD',
      2 * 1024 * 1024,
      0,
      4 * 1024 * 1024 * 1024,
    ),
    ibkrFlexUrl: url(env, 'JOURNALKIT_IBKR_FLEX_URL', IBKR_FLEX_DEFAULT_URL),
    connectorPollSeconds: int(env, 'JOURNALKIT_CONNECTOR_POLL_SECONDS', 60, 0, 86_400),
    userTokenTtlSeconds: int(env, 'JOURNALKIT_USER_TOKEN_TTL', 3600, 60, 30 * 24 * 3600),
    sessionTtlSeconds: int(env, 'JOURNALKIT_SESSION_TTL', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    corsOrigins: (env.JOURNALKIT_CORS_ORIGINS?.trim() || '*')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seedDemo: bool(env, 'JOURNALKIT_SEED_DEMO', false),
    eventsHeartbeatSeconds: int(env, 'JOURNALKIT_EVENTS_HEARTBEAT_SECONDS', 15, 1, 300),
    eventsRetentionSeconds: int(env, 'JOURNALKIT_EVENTS_RETENTION_SECONDS', 86_400, 1, 30 * 86_400),
    requestTimeoutSeconds: int(env, 'JOURNALKIT_REQUEST_TIMEOUT_SECONDS', 600, 5, 86_400),
    bodyTimeoutSeconds: int(env, 'JOURNALKIT_BODY_TIMEOUT_SECONDS', 10, 1, 3600),
    ibkrFlexAllowedOrigins: flexOrigins(env),
    connectorStaleSeconds: int(env, 'JOURNALKIT_CONNECTOR_STALE_SECONDS', 600, 180, 86_400),
    importStaleSeconds: int(env, 'JOURNALKIT_IMPORT_STALE_SECONDS', 120, 2, 86_400),
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS, or by default the Flex URL's https origin and IBKR's Flex hosts. */
function flexOrigins(env: NodeJS.ProcessEnv): string[] {
  const flexRaw = url(env, 'JOURNALKIT_IBKR_FLEX_URL', IBKR_FLEX_DEFAULT_URL);
  let flexUrl: URL;
  try {
    flexUrl = new URL(flexRaw);
  } catch {
    throw new ConfigError('JOURNALKIT_IBKR_FLEX_URL', `must be an http(s) URL, got "${flexRaw}"`);
  }
  const name = 'JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS';
  const raw = env[name]?.trim();
  let origins: string[];
  if (!raw) {
    origins = [...IBKR_FLEX_HOSTS.map((h) => `https://${h}`)];
    if (flexUrl.protocol === 'https:') origins.unshift(flexUrl.origin);
  } else {
    origins = raw.split(',').map((entry) => {
      const e = entry.trim();
      let u: URL;
      try {
        u = new URL(e);
      } catch {
        throw new ConfigError(name, `must list origins such as https://host, got "${e}"`);
      }
      if (u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== ''))
        throw new ConfigError(name, `must list origins (scheme, host, port) only, got "${e}"`);
      if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname)))
        throw new ConfigError(name, `must list https origins (http only for loopback), got "${e}"`);
      return u.origin;
    });
  }
  if (!origins.includes(flexUrl.origin)) {
    throw new ConfigError(
      'JOURNALKIT_IBKR_FLEX_URL',
      `must be on an allowed origin (${name}; http only for a loopback origin listed there), got "${flexUrl.href}"`,
    );
  }
  return [...new Set(origins)];
}
