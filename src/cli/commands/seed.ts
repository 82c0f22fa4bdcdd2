import type { Command } from 'commander';
import { cliActor, createApplication, type Application } from '../../app.js';
import { loadConfig, storeConfig } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { insertDataset } from '../../core/usecases/insertDataset.js';

/** Loads the demo data (public facts and fictional persons) into an empty database; returns false if not empty. */
export async function seedDemoIfEmpty(application: Application, as?: string): Promise<boolean> {
  if (!(await application.store.isEmpty())) return false;
  const actor = await cliActor(application, as);
  // Loaded only when needed: the demo builder is large and most commands never use it.
  const { buildDemoData } = await import('../../demo/index.js');
  const context = application.context(actor);
  // Dated from the registry's clock, so the recent fictional cases have their legal clocks running when opened.
  const counts = await insertDataset(context, buildDemoData(context.clock()));
  process.stdout.write(
    `Loaded demo data: ${Object.entries(counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(', ')}\n`,
  );
  return true;
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('load data into an empty database')
    .option(
      '--demo',
      'the demo data: public facts about agreements with their sources, and fictional persons',
    )
    .action(async (_options, command: Command) => {
      const options = command.optsWithGlobals();
      if (!options.demo) throw new DomainError('invalid_input', 'say what to seed: --demo');
      const application = await createApplication(storeConfig(loadConfig(options)));
      try {
        if (!(await seedDemoIfEmpty(application, options.as))) {
          throw new DomainError(
            'database_not_empty',
            'the database already holds data; seed --demo loads into an empty one',
          );
        }
      } finally {
        await application.close();
      }
    });
}
