import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { createApplication, type Application } from '../../app.js';
import { loadConfig, readLimitsOf, storeConfig, type Config } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { evaluateRegistry } from '../../core/usecases/findingViews.js';
import { ensureDemoAccounts } from '../demoAccounts.js';
import { seedDemoIfEmpty } from './seed.js';

/** Whether a host name or address only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * Refuses to open the registry to a network while anyone could sign in with a demo password (printed and kept in
 * a file) or nobody could administer it; loopback is always allowed, so the quick start needs nothing.
 */
async function assertSafeToServe(application: Application, config: Config): Promise<void> {
  const publicHost = config.publicUrl ? new URL(config.publicUrl).hostname : undefined;
  if (isLoopback(config.host) && (publicHost === undefined || isLoopback(publicHost))) return;
  const where =
    publicHost && !isLoopback(publicHost)
      ? `${config.host} (public address ${config.publicUrl})`
      : config.host;
  const users = await application.store.listUsers();
  const demo = users.filter((user) => user.demo && user.disabledAt === null);
  if (demo.length > 0)
    throw new DomainError(
      'unsafe_to_serve',
      `will not serve on ${where} while demo accounts are enabled (${demo.map((user) => user.email).join(', ')}): ` +
        'their passwords were printed and written to a file. Add an admin (custodia user add EMAIL --role admin), ' +
        'then disable each demo account (custodia user disable EMAIL), or serve on 127.0.0.1',
    );
  if (!users.some((user) => user.role === 'admin' && user.disabledAt === null))
    throw new DomainError(
      'unsafe_to_serve',
      `will not serve on ${where} without an admin: add one first (custodia user add EMAIL --role admin)`,
    );
}

/** The address a browser can use: the public one when configured, else what the socket is bound to. */
function addressOf(info: AddressInfo | string | null, config: Config): string {
  if (info === null || typeof info === 'string') return String(info);
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  const bound = `http://${host}:${info.port}`;
  return config.publicUrl ? `${bound} (public address ${config.publicUrl.replace(/\/$/, '')})` : bound;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (and, until the web app lands, a landing page) on --host:--port')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, env CUSTODIA_HOST)')
    .option('--port <port>', 'port to listen on (default 8080, env CUSTODIA_PORT)')
    .option(
      '--public-url <url>',
      'the address users reach Custodia at; https makes cookies Secure (env CUSTODIA_PUBLIC_URL)',
    )
    .option(
      '--trust-proxy [proxies]',
      'behind a reverse proxy: trust its X-Forwarded-For (true, hop count or addresses)',
    )
    .option(
      '--session-idle-minutes <minutes>',
      'sign a session out after this long without activity (default 30)',
    )
    .option('--session-hours <hours>', 'end every session this long after sign-in (default 12)')
    .option('--require-2fa', 'admins must sign in with a second factor (TOTP)')
    .option('--public-rate-limit <n>', 'requests per minute per address without signing in (default 300)')
    .option(
      '--locator-organisation <name>',
      'who the family locator says will contact families (env CUSTODIA_LOCATOR_ORGANISATION)',
    )
    .option('--locator-contact <text>', 'how families can reach them (env CUSTODIA_LOCATOR_CONTACT)')
    .option(
      '--body-limit <bytes>',
      'largest request body accepted (default 1048576, env CUSTODIA_BODY_LIMIT)',
    )
    .option(
      '--import-limit <bytes>',
      'largest file accepted by POST /api/imports (default 2147483648, env CUSTODIA_IMPORT_LIMIT)',
    )
    .option(
      '--max-decompressed <bytes>',
      'imports: largest size a gzipped file or a workbook part may decompress to (default 16G)',
    )
    .option(
      '--max-compression-ratio <n>',
      'imports: largest compression ratio past 64 MiB of output, against bombs (default 200)',
    )
    .option('--max-line-bytes <n>', 'imports: longest CSV record, NDJSON line or JSON element (default 8M)')
    .option('--max-cell-bytes <n>', 'imports: longest single value (default 1M)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent (default info)')
    .option(
      '--seed-demo-if-empty',
      'load the demo data and make demo accounts when the database holds nothing yet',
    )
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals();
      const config = loadConfig(options);
      const application = await createApplication(storeConfig(config));
      try {
        if (options.seedDemoIfEmpty) {
          await seedDemoIfEmpty(application);
          await ensureDemoAccounts(application, config);
        }
        await assertSafeToServe(application, config);
      } catch (error) {
        await application.close();
        throw error;
      }
      // Findings computed under another rule pack version (or never) are recomputed before anything is served.
      const pending = await evaluateRegistry(application.store, application.rules, () => new Date(), {
        all: false,
      });
      if (pending.evaluated > 0) {
        process.stdout.write(
          `Evaluated ${pending.evaluated} transfers under rule pack ${application.rules.pack.version}\n`,
        );
      }
      const api = await application.api({
        bodyLimit: config.bodyLimit,
        importLimit: config.importLimit,
        readLimits: readLimitsOf(config),
        logger: { level: config.logLevel },
        trustProxy: config.trustProxy,
        access: {
          sessions: {
            idleMinutes: config.sessionIdleMinutes,
            absoluteHours: config.sessionHours,
            requireSecondFactorForAdmins: config.require2fa,
          },
          secureCookies: config.publicUrl?.startsWith('https:') ?? false,
          publicRequestsPerMinute: config.publicRateLimit,
        },
        locator: { organisation: config.locatorOrganisation, contact: config.locatorContact },
      });
      const stop = async () => {
        await api.close();
        await application.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await api.listen({ host: config.host, port: config.port });
      const address = addressOf(api.server.address(), config);
      const base = address.split(' ')[0];
      process.stdout.write(
        `Custodia is serving at ${address} (${application.store.dialect}); API docs at ${base}/api/docs\n`,
      );
      await new Promise<void>((resolve) => api.server.once('close', () => resolve()));
    });
}
