import type { Command } from 'commander';
import { createApplication } from '../../app.js';
import { loadConfig, storeConfig } from '../../config.js';
import { seedDemoIfEmpty } from './seed.js';
import { evaluateRegistry } from '../../core/usecases/findingViews.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (and, until the web app lands, a landing page) on --host:--port')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, env CUSTODIA_HOST)')
    .option('--port <port>', 'port to listen on (default 8080, env CUSTODIA_PORT)')
    .option(
      '--body-limit <bytes>',
      'largest request body accepted (default 1048576, env CUSTODIA_BODY_LIMIT)',
    )
    .option(
      '--import-limit <bytes>',
      'largest file accepted by POST /api/imports (default 2147483648, env CUSTODIA_IMPORT_LIMIT)',
    )
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent (default info)')
    .option('--seed-demo-if-empty', 'load the demo data when the database holds nothing yet')
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals();
      const config = loadConfig(options);
      const application = await createApplication(storeConfig(config));
      if (options.seedDemoIfEmpty) await seedDemoIfEmpty(application);
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
        logger: { level: config.logLevel },
      });
      const stop = async () => {
        await api.close();
        await application.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      const address = await api.listen({ host: config.host, port: config.port });
      process.stdout.write(
        `Custodia is serving at ${address} (${application.store.dialect}); API docs at ${address}/api/docs\n`,
      );
      await new Promise<void>((resolve) => api.server.once('close', () => resolve()));
    });
}
