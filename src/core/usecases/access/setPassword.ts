import { DomainError } from '../../errors.js';
import type { User } from '../../ports/accounts.js';
import type { UnitOfWork } from '../../ports/store.js';
import { generatePassword, hashPassword, verifyPassword } from '../../access/passwords.js';
import type { UseCaseContext } from '../context.js';
import { findUser, saveUser } from './accounts.js';
import { assertPasswordAcceptable } from './addUser.js';

/**
 * A new password voids every session and token of the user, in the same transaction: whoever held the old one
 * (or a session opened with it) is out at their next request, on every process.
 */
async function replacePassword(
  unitOfWork: UnitOfWork,
  user: User,
  passwordHash: string,
  at: string,
): Promise<User> {
  const saved = await saveUser(unitOfWork, user, { ...user, passwordHash, credentialsChangedAt: at }, at);
  await unitOfWork.endSessions({ userId: user.id }, at, 'password changed');
  await unitOfWork.revokeTokens({ userId: user.id }, at);
  return saved;
}

/** An admin (or the local operator) sets a user's password: the one given, or a generated one returned once. */
export async function resetPassword(
  context: UseCaseContext,
  idOrEmail: string,
  password?: string,
): Promise<{ user: User; generatedPassword: string | null }> {
  const user = await findUser(context.store, idOrEmail);
  const generatedPassword = password === undefined ? generatePassword() : null;
  const chosen = password ?? (generatedPassword as string);
  await assertPasswordAcceptable(chosen, user.email);
  const passwordHash = await hashPassword(chosen);
  const saved = await context.store.transaction(context.actor, async (unitOfWork) =>
    replacePassword(
      unitOfWork,
      (await unitOfWork.userById(user.id)) ?? user,
      passwordHash,
      context.clock().toISOString(),
    ),
  );
  return { user: saved, generatedPassword };
}

/** A signed-in user changes their own password, proving they know the current one. */
export async function changeOwnPassword(
  context: UseCaseContext,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<User> {
  const user = await findUser(context.store, userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new DomainError('invalid_credentials', 'the current password is wrong', {
      issues: [{ path: ['currentPassword'], message: 'wrong' }],
    });
  await assertPasswordAcceptable(input.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return context.store.transaction(context.actor, async (unitOfWork) =>
    replacePassword(
      unitOfWork,
      (await unitOfWork.userById(user.id)) ?? user,
      passwordHash,
      context.clock().toISOString(),
    ),
  );
}
