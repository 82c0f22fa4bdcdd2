import { DomainError } from '../../errors.js';
import type { User } from '../../ports/accounts.js';
import { newTotpSecret, totpUri, verifyTotp } from '../../access/totp.js';
import type { UseCaseContext } from '../context.js';
import { findUser, saveUser } from './accounts.js';

/**
 * Starts enrolling a second factor (TOTP, RFC 6238): a new secret, pending until a code made from it is
 * confirmed. Returns the secret and the `otpauth://` address for an authenticator app, shown once.
 */
export async function startSecondFactor(context: UseCaseContext, userId: string) {
  const secret = newTotpSecret();
  const user = await context.store.transaction(context.actor, async (unitOfWork) => {
    const before = await findUser(unitOfWork, userId);
    if (before.totpEnabledAt !== null)
      throw new DomainError(
        'invalid_input',
        'a second factor is enrolled already: remove it first to enrol another',
      );
    return saveUser(unitOfWork, before, { ...before, totpSecret: secret }, context.clock().toISOString());
  });
  return { user, secret, uri: totpUri(secret, user.email) };
}

/** Confirms enrolment with a current code: from now on signing in needs one. */
export async function confirmSecondFactor(
  context: UseCaseContext,
  userId: string,
  code: string,
): Promise<User> {
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const before = await findUser(unitOfWork, userId);
    if (before.totpSecret === null || before.totpEnabledAt !== null)
      throw new DomainError('invalid_input', 'no second factor is being enrolled: start enrolment first');
    const now = context.clock();
    const verdict = verifyTotp(before.totpSecret, code, now, before.totpLastStep);
    if (!verdict.ok)
      throw new DomainError(
        'invalid_credentials',
        'the code does not match: check the clock of the device and try the next code',
        {
          issues: [{ path: ['code'], message: verdict.reason }],
        },
      );
    const at = now.toISOString();
    return saveUser(unitOfWork, before, { ...before, totpEnabledAt: at, totpLastStep: verdict.step }, at);
  });
}

/**
 * Removes a user's second factor: by the user with a current code, or by an admin (a lost device) without one.
 * While admins must have one (`--require-2fa`), an admin's next sign-in asks them to enrol again.
 */
export async function removeSecondFactor(
  context: UseCaseContext,
  idOrEmail: string,
  proof: { code: string } | { byAdmin: true },
): Promise<User> {
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const before = await findUser(unitOfWork, idOrEmail);
    const now = context.clock();
    if ('code' in proof) {
      if (before.totpSecret === null || before.totpEnabledAt === null)
        throw new DomainError('invalid_input', 'no second factor is enrolled');
      if (!verifyTotp(before.totpSecret, proof.code, now, before.totpLastStep).ok)
        throw new DomainError('invalid_credentials', 'the code is wrong or was used already', {
          issues: [{ path: ['code'], message: 'wrong' }],
        });
    }
    const at = now.toISOString();
    return saveUser(
      unitOfWork,
      before,
      { ...before, totpSecret: null, totpEnabledAt: null, totpLastStep: null },
      at,
    );
  });
}
