import { resolve } from 'node:path';
import { z } from 'zod';
import { invalidInput } from './core/errors.js';
import { zodIssues } from './core/usecases/validate.js';
import { DEFAULT_READ_LIMITS, parseByteSize, type ReadLimits } from './ingest/readers/limits.js';
import type { StoreConfig } from './store/open.js';

/** A size in bytes, as a number or as people write it on a command line (`8388608`, `8M`, `16G`). */
function byteSize(flag: string) {
  return z.union([z.number(), z.string()]).transform((value, context) => {
    const bytes = typeof value === 'number' ? value : parseByteSize(value);
    if (bytes !== undefined && Number.isSafeInteger(bytes) && bytes > 0) return bytes;
    context.addIssue({ code: 'custom', message: `expected a size such as 8388608, 8M or 16G (${flag})` });
    return z.NEVER;
  });
}

/** Settings from flags, then environment variables, then defaults; validated before anything starts. */
export const configSchema = z.object({
  db: z.string().min(1).default('./data/custodia.db'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  bodyLimit: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Largest file accepted by `POST /api/imports` (streamed to a temporary file, never held in memory). */
  importLimit: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 ** 3),
  /** The read limits of imports (`custodia import`, and `POST /api/imports` under `custodia serve`). */
  maxDecompressed: byteSize('--max-decompressed').default(DEFAULT_READ_LIMITS.maxDecompressedBytes),
  maxCompressionRatio: z.coerce
    .number()
    .min(1, 'expected a ratio of 1 or more (--max-compression-ratio)')
    .default(DEFAULT_READ_LIMITS.maxCompressionRatio),
  maxLineBytes: byteSize('--max-line-bytes').default(DEFAULT_READ_LIMITS.maxLineBytes),
  maxCellBytes: byteSize('--max-cell-bytes').default(DEFAULT_READ_LIMITS.maxCellBytes),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address users reach Custodia at (behind a proxy, say): https makes the session cookie Secure. */
  publicUrl: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' }).optional(),
  /**
   * Behind a reverse proxy: `true` trusts X-Forwarded-For from any hop; a number of hops; or a comma-separated list
   * of proxy addresses or CIDR ranges. Off by default: otherwise a caller could choose the address the rate
   * limits count.
   */
  trustProxy: z
    .string()
    .transform((text): boolean | number | string =>
      text === 'true' ? true : text === 'false' ? false : /^\d+$/.test(text) ? Number(text) : text,
    )
    .default(false),
  sessionIdleMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  sessionHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Admins must sign in with a second factor (TOTP); those without one are asked to enrol at sign-in. */
  require2fa: z
    .union([
      z.boolean(),
      z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1'),
    ])
    .default(false),
  /** Who the family locator says will contact the families, and how they can reach them. */
  locatorOrganisation: z.string().trim().min(1).max(200).default('The organisation that runs this registry'),
  locatorContact: z.string().trim().min(1).max(300).default('the contact address it publishes'),
  /** Requests per minute per address for callers who are not signed in. */
  publicRateLimit: z.coerce.number().int().min(1).max(1_000_000).default(300),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(flags: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): Config {
  const input = {
    db: flags.db ?? env.CUSTODIA_DB,
    databaseUrl: flags.databaseUrl ?? env.CUSTODIA_DATABASE_URL,
    host: flags.host ?? env.CUSTODIA_HOST,
    port: flags.port ?? env.CUSTODIA_PORT,
    bodyLimit: flags.bodyLimit ?? env.CUSTODIA_BODY_LIMIT,
    importLimit: flags.importLimit ?? env.CUSTODIA_IMPORT_LIMIT,
    maxDecompressed: flags.maxDecompressed ?? env.CUSTODIA_MAX_DECOMPRESSED,
    maxCompressionRatio: flags.maxCompressionRatio ?? env.CUSTODIA_MAX_COMPRESSION_RATIO,
    maxLineBytes: flags.maxLineBytes ?? env.CUSTODIA_MAX_LINE_BYTES,
    maxCellBytes: flags.maxCellBytes ?? env.CUSTODIA_MAX_CELL_BYTES,
    logLevel: flags.logLevel ?? env.CUSTODIA_LOG_LEVEL,
    publicUrl: flags.publicUrl ?? env.CUSTODIA_PUBLIC_URL,
    trustProxy: flags.trustProxy === true ? 'true' : (flags.trustProxy ?? env.CUSTODIA_TRUST_PROXY),
    sessionIdleMinutes: flags.sessionIdleMinutes ?? env.CUSTODIA_SESSION_IDLE_MINUTES,
    sessionHours: flags.sessionHours ?? env.CUSTODIA_SESSION_HOURS,
    require2fa: flags.require2fa ?? env.CUSTODIA_REQUIRE_2FA,
    publicRateLimit: flags.publicRateLimit ?? env.CUSTODIA_PUBLIC_RATE_LIMIT,
    locatorOrganisation: flags.locatorOrganisation ?? env.CUSTODIA_LOCATOR_ORGANISATION,
    locatorContact: flags.locatorContact ?? env.CUSTODIA_LOCATOR_CONTACT,
  };
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== '')),
  );
  if (!parsed.success) throw invalidInput(zodIssues(parsed.error), 'the configuration is not valid');
  return parsed.data;
}

/** PostgreSQL when a URL is given, else the embedded SQLite file. */
export function storeConfig(config: Config): StoreConfig {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'sqlite', file: config.db === ':memory:' ? ':memory:' : resolve(config.db) };
}

/** The importer's read limits from the configuration. */
export function readLimitsOf(config: Config): ReadLimits {
  return {
    maxDecompressedBytes: config.maxDecompressed,
    maxCompressionRatio: config.maxCompressionRatio,
    maxLineBytes: config.maxLineBytes,
    maxCellBytes: config.maxCellBytes,
  };
}
