import { DomainError } from '../../errors.js';
import type { AccountReader } from '../../ports/accounts.js';
import type { Actor } from '../../ports/store.js';
import { roleAtLeast } from '../../roles.js';

/**
 * Who a command that writes acts as. `--as EMAIL` names an enabled account (an editor at least); without it, the
 * one enabled admin when there is exactly one. While no account exists the command acts as the local operator
 * (`cli:<os user>`): whoever can write the database file administers it, so a fresh database can be filled.
 */
export async function resolveCliActor(
  reader: AccountReader,
  as: string | undefined,
  osUser: string,
): Promise<Actor> {
  const users = await reader.listUsers();
  if (users.length === 0) {
    if (as !== undefined)
      throw new DomainError(
        'invalid_input',
        `--as ${as}: no account exists yet (custodia user add EMAIL --role admin)`,
      );
    return { id: `cli:${osUser}`, role: 'admin', via: 'cli' };
  }
  if (as !== undefined) {
    const user = users.find(
      (candidate) => candidate.email === as.trim().toLowerCase() || candidate.id === as,
    );
    if (!user) throw new DomainError('invalid_input', `--as ${as}: no such account (custodia user list)`);
    if (user.disabledAt !== null) throw new DomainError('forbidden', `--as ${as}: the account is disabled`);
    if (!roleAtLeast(user.role, 'editor'))
      throw new DomainError('forbidden', `--as ${as}: a ${user.role} may not change the registry`);
    return { id: user.id, role: user.role, via: 'cli' };
  }
  const admins = users.filter((user) => user.role === 'admin' && user.disabledAt === null);
  if (admins.length === 1)
    return { id: (admins[0] as (typeof admins)[number]).id, role: 'admin', via: 'cli' };
  throw new DomainError(
    'invalid_input',
    admins.length === 0
      ? 'no enabled admin: say who acts with --as EMAIL'
      : `there are ${admins.length} admins: say which one acts with --as EMAIL`,
  );
}
