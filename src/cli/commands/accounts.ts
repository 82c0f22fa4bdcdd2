import type { Command } from 'commander';
import { cliActor, createApplication, type Application } from '../../app.js';
import { loadConfig, storeConfig } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import { presentSession, presentToken, presentUser } from '../../core/presenters/accountPresenter.js';
import type { UseCaseContext } from '../../core/usecases/context.js';
import { findUser } from '../../core/usecases/access/accounts.js';
import { addUser } from '../../core/usecases/access/addUser.js';
import { createApiToken, revokeApiToken } from '../../core/usecases/access/apiTokens.js';
import { changeUser } from '../../core/usecases/access/changeUser.js';
import {
  confirmSecondFactor,
  removeSecondFactor,
  startSecondFactor,
} from '../../core/usecases/access/secondFactor.js';
import { endUserSessions, listUserSessions } from '../../core/usecases/access/sessions.js';
import { resetPassword } from '../../core/usecases/access/setPassword.js';

const write = (text: string) => process.stdout.write(`${text}\n`);

/** A password piped in (`--password-stdin`), without its final line break; never echoed. */
async function passwordFromStdin(enabled: boolean | undefined): Promise<string | undefined> {
  if (!enabled) return undefined;
  if (process.stdin.isTTY)
    throw new DomainError('invalid_input', '--password-stdin reads a piped password: echo … | custodia …');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password === '') throw new DomainError('invalid_input', '--password-stdin: standard input was empty');
  return password;
}

/**
 * Runs an account command as an admin: the `--as` account, the one admin, or the local operator while no account
 * exists (whoever can write the database administers it). Every change is audited as that actor.
 */
async function asAdmin<T>(
  command: Command,
  work: (context: UseCaseContext, application: Application) => Promise<T>,
) {
  const options = command.optsWithGlobals();
  const application = await createApplication(storeConfig(loadConfig(options)));
  try {
    const actor = await cliActor(application, options.as as string | undefined);
    if (actor.role !== 'admin')
      throw new DomainError('forbidden', `accounts are managed by admins; ${options.as} is a ${actor.role}`);
    return await work(application.context(actor), application);
  } finally {
    await application.close();
  }
}

function showPassword(generated: string | null): void {
  if (generated !== null) write(`password (shown once, give it to its owner): ${generated}`);
}

export function registerUserCommands(program: Command): void {
  const user = program
    .command('user')
    .description('accounts: add, list, disable, change roles and passwords');
  user
    .command('add')
    .description('add an account; the password is read with --password-stdin, or generated and printed once')
    .argument('<email>')
    .requiredOption('--role <role>', 'admin, editor or viewer')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, options: { role: string; passwordStdin?: boolean }, command: Command) => {
      const password = await passwordFromStdin(options.passwordStdin);
      await asAdmin(command, async (context) => {
        const added = await addUser(context, { email, role: options.role, password });
        write(`added ${added.user.email} (${added.user.role}, ${added.user.id})`);
        showPassword(added.generatedPassword);
      });
    });
  user
    .command('list')
    .description('every account, with its role and state')
    .option('--json', 'one JSON object per line')
    .action(async (options: { json?: boolean }, command: Command) => {
      await asAdmin(command, async (context) => {
        for (const each of await context.store.listUsers()) {
          const shown = presentUser(each);
          if (options.json) write(JSON.stringify(shown));
          else
            write(
              `${shown.email.padEnd(36)} ${shown.role.padEnd(7)} ${shown.disabled ? 'disabled' : 'enabled '} ` +
                `${shown.secondFactor ? '2fa' : '   '} ${shown.demo ? 'demo' : ''}`.trimEnd(),
            );
        }
      });
    });
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(
        disabled
          ? 'disable an account: its sessions and tokens end at once'
          : 'enable a disabled account again',
      )
      .argument('<email>')
      .action(async (email: string, _options, command: Command) => {
        await asAdmin(command, async (context) => {
          const changed = await changeUser(context, email, { disabled });
          write(`${changed.email} is ${disabled ? 'disabled' : 'enabled'}`);
        });
      });
  }
  user
    .command('set-role')
    .description("change an account's role")
    .argument('<email>')
    .argument('<role>', 'admin, editor or viewer')
    .action(async (email: string, role: string, _options, command: Command) => {
      await asAdmin(command, async (context) => {
        const changed = await changeUser(context, email, { role });
        write(`${changed.email} is now ${changed.role}`);
      });
    });
  user
    .command('reset-password')
    .description(
      'set a new password (--password-stdin, or generated); every session and token of the account ends',
    )
    .argument('<email>')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, options: { passwordStdin?: boolean }, command: Command) => {
      const password = await passwordFromStdin(options.passwordStdin);
      await asAdmin(command, async (context) => {
        const reset = await resetPassword(context, email, password);
        write(`password of ${reset.user.email} changed; its sessions and tokens ended`);
        showPassword(reset.generatedPassword);
      });
    });
  registerSessionCommands(user);
  registerSecondFactorCommands(user);
}

function registerSessionCommands(user: Command): void {
  user
    .command('sessions')
    .description("an account's sessions, newest first (--all includes ended ones)")
    .argument('<email>')
    .option('--all', 'ended sessions too')
    .action(async (email: string, options: { all?: boolean }, command: Command) => {
      await asAdmin(command, async (context) => {
        const now = context.clock().toISOString();
        for (const session of await listUserSessions(context, email, !options.all))
          write(JSON.stringify(presentSession(session, now)));
      });
    });
  user
    .command('end-sessions')
    .description('end every session of an account')
    .argument('<email>')
    .action(async (email: string, _options, command: Command) => {
      await asAdmin(command, async (context) =>
        write(`ended ${await endUserSessions(context, email)} sessions`),
      );
    });
}

function registerSecondFactorCommands(user: Command): void {
  user
    .command('2fa-enrol')
    .description('start a second factor (TOTP) for an account: prints the secret and otpauth:// address once')
    .argument('<email>')
    .action(async (email: string, _options, command: Command) => {
      await asAdmin(command, async (context) => {
        const started = await startSecondFactor(context, (await findUser(context.store, email)).id);
        write(`secret: ${started.secret}`);
        write(`address for the authenticator app: ${started.uri}`);
        write(`confirm with: custodia user 2fa-confirm ${started.user.email} CODE`);
      });
    });
  user
    .command('2fa-confirm')
    .description('confirm a second factor with a current code; signing in needs one from then on')
    .argument('<email>')
    .argument('<code>')
    .action(async (email: string, code: string, _options, command: Command) => {
      await asAdmin(command, async (context) => {
        const confirmed = await confirmSecondFactor(context, (await findUser(context.store, email)).id, code);
        write(`${confirmed.email} signs in with a second factor`);
      });
    });
  user
    .command('2fa-reset')
    .description("remove an account's second factor (a lost device)")
    .argument('<email>')
    .action(async (email: string, _options, command: Command) => {
      await asAdmin(command, async (context) => {
        const reset = await removeSecondFactor(context, email, { byAdmin: true });
        write(`${reset.email} has no second factor now`);
      });
    });
}

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('API tokens for scripts: create, list, revoke');
  token
    .command('create')
    .description('create a token acting as a user, narrowed by its scope; printed once')
    .requiredOption('--user <email>', 'the account the token acts as')
    .requiredOption('--scope <scope>', 'read (GET only) or write')
    .option('--expires <duration>', 'lifetime such as 90d, 12h or 1y (default 90d, at most 730d)')
    .option('--name <name>', 'what the token is for')
    .action(
      async (options: { user: string; scope: string; expires?: string; name?: string }, command: Command) => {
        await asAdmin(command, async (context) => {
          const owner = await findUser(context.store, options.user);
          const made = await createApiToken(context, owner, {
            scope: options.scope,
            expires: options.expires,
            name: options.name,
          });
          write(
            `token for ${owner.email} (${made.stored.scope}, expires ${made.stored.expiresAt}, id ${made.stored.id}):`,
          );
          write(made.token);
        });
      },
    );
  token
    .command('list')
    .description('tokens (of one account with --user), never the tokens themselves')
    .option('--user <email>')
    .action(async (options: { user?: string }, command: Command) => {
      await asAdmin(command, async (context) => {
        const userId =
          options.user === undefined ? undefined : (await findUser(context.store, options.user)).id;
        const now = context.clock().toISOString();
        for (const each of await context.store.listTokens(userId))
          write(JSON.stringify(presentToken(each, now)));
      });
    });
  token
    .command('revoke')
    .description('revoke a token by its id (tok_…)')
    .argument('<id>')
    .action(async (id: string, _options, command: Command) => {
      await asAdmin(command, async (context) => {
        const revoked = await revokeApiToken(context, id, true);
        write(`revoked ${revoked.id} (…${revoked.lastFour})`);
      });
    });
}
