import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CLI_ACTOR, type Application } from '../app.js';
import type { Config } from '../config.js';
import { createDemoAccounts } from '../core/usecases/access/demoAccounts.js';

/** Where the demo passwords are kept: beside the SQLite file (`./data`), readable by its owner only. */
export function demoAccountsFile(config: Config): string {
  const folder = config.databaseUrl || config.db === ':memory:' ? './data' : dirname(config.db);
  return resolve(folder, 'demo-accounts.txt');
}

/**
 * On a database with no account yet, makes one demo account per role and says, once, how to sign in: the
 * passwords are printed and written to an owner-only file. Later starts only say where that file is.
 */
export async function ensureDemoAccounts(application: Application, config: Config): Promise<void> {
  const file = demoAccountsFile(config);
  const shown = relative(process.cwd(), file) || file;
  const users = await application.store.listUsers();
  if (users.length > 0) {
    if (users.some((user) => user.demo && user.disabledAt === null) && existsSync(file))
      process.stdout.write(`Demo accounts: sign in with the e-mails and passwords in ${shown}\n`);
    return;
  }
  const accounts = await createDemoAccounts(application.context(CLI_ACTOR));
  const lines = accounts.map((account) => `${account.role.padEnd(7)} ${account.email}  ${account.password}`);
  const text =
    '# Custodia demo accounts (fictional data only). Sign in at the address custodia serve prints.\n' +
    '# custodia serve refuses any address but loopback while these accounts are enabled.\n' +
    `${lines.join('\n')}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  // An existing file keeps its mode on write: set it explicitly.
  chmodSync(file, 0o600);
  process.stdout.write(
    `Demo accounts made (written to ${shown}, readable by you only):\n${lines.map((line) => `  ${line}`).join('\n')}\n`,
  );
}
