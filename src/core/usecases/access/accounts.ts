import { z } from 'zod';
import { DomainError, notFound } from '../../errors.js';
import { ACCOUNT_ROLES, type AccountRole, type User } from '../../ports/accounts.js';
import type { AccountReader } from '../../ports/accounts.js';
import { presentUser } from '../../presenters/accountPresenter.js';
import type { AuditEvent, UnitOfWork } from '../../ports/store.js';
import { parseOrThrow } from '../validate.js';

/** E-mails are compared lower-cased: `Ana@NGO.org` and `ana@ngo.org` are one account. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('expected an e-mail address'))
  .transform((email) => email.toLowerCase());

export const accountRoleSchema = z.enum(ACCOUNT_ROLES);

export function parseEmail(input: unknown, path = 'email'): string {
  return parseOrThrow(emailSchema, input, [path]);
}

export function parseRole(input: unknown, path = 'role'): AccountRole {
  return parseOrThrow(accountRoleSchema, input, [path]);
}

/** A user by id (`usr_…`) or e-mail, as the API and the command line name them. */
export async function findUser(reader: AccountReader, idOrEmail: string): Promise<User> {
  const user = idOrEmail.startsWith('usr_')
    ? await reader.userById(idOrEmail)
    : await reader.userByEmail(idOrEmail.trim().toLowerCase());
  if (!user) throw notFound('user', idOrEmail);
  return user;
}

/** Writes a changed user (compare-and-set on its version) and audits the change without secrets. */
export async function saveUser(
  unitOfWork: UnitOfWork,
  before: User,
  after: Omit<User, 'version' | 'updatedAt'>,
  at: string,
): Promise<User> {
  const saved: User = { ...after, version: before.version + 1, updatedAt: at };
  await unitOfWork.updateUser(saved);
  await unitOfWork.audit([userAudit('update', saved, presentUser(before))]);
  return saved;
}

export function userAudit(
  action: 'create' | 'update',
  user: User,
  before: unknown = null,
  extra: Record<string, unknown> = {},
): AuditEvent {
  return {
    action,
    kind: 'user',
    entityId: user.id,
    version: user.version,
    before,
    after: { ...presentUser(user), ...extra },
  };
}

/** Refuses a change that would leave the registry without an enabled admin. */
export async function assertAnotherAdminRemains(reader: AccountReader, user: User): Promise<void> {
  if (user.role !== 'admin' || user.disabledAt !== null) return;
  const admins = (await reader.listUsers()).filter(
    (other) => other.role === 'admin' && other.disabledAt === null && other.id !== user.id,
  );
  if (admins.length === 0)
    throw new DomainError(
      'invalid_input',
      `${user.email} is the only enabled admin: add another admin before removing this one's role`,
    );
}
