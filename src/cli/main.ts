import { Command, CommanderError } from 'commander';
import { createApplication, VERSION } from '../app.js';
import { loadConfig, storeConfig } from '../config.js';
import { DomainError } from '../core/errors.js';
import { registerTokenCommands, registerUserCommands } from './commands/accounts.js';
import { registerBundle } from './commands/bundle.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImport } from './commands/import.js';
import { registerLink } from './commands/link.js';
import { registerSeed } from './commands/seed.js';
import { registerServe } from './commands/serve.js';
import { EXIT, exitCodeFor } from './exitCodes.js';

function buildProgram(): Command {
  const program = new Command('custodia')
    .description(
      'Custodia: registry and monitor of cross-border custody transfers under deportation agreements',
    )
    .version(VERSION)
    .option('--db <file>', 'SQLite database file (default ./data/custodia.db, env CUSTODIA_DB)')
    .option('--database-url <url>', 'PostgreSQL URL instead of SQLite (env CUSTODIA_DATABASE_URL)')
    .option('--as <email>', 'the account a command that writes acts as (default: the one admin)')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  program
    .command('migrate')
    .description('apply pending database migrations (serve also applies them at start)')
    .action(async (_options, command: Command) => {
      const application = await createApplication(storeConfig(loadConfig(command.optsWithGlobals())));
      process.stdout.write(`database is up to date (${application.store.dialect})\n`);
      await application.close();
    });
  registerSeed(program);
  registerBundle(program);
  registerEvaluate(program);
  registerLink(program);
  registerImport(program);
  registerUserCommands(program);
  registerTokenCommands(program);
  return program;
}

/** Runs the command line and returns the exit code; errors are printed as one clear line, never a stack. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (error instanceof DomainError) {
      process.stderr.write(`custodia: ${error.code}: ${error.message}\n`);
      return exitCodeFor(error.category);
    }
    process.stderr.write(`custodia: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
