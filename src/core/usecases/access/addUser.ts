import { DomainError } from '../../errors.js';
import type { AccountRole, User } from '../../ports/accounts.js';
import { checkPassword, generatePassword, hashPassword } from '../../access/passwords.js';
import type { UseCaseContext } from '../context.js';
import { parseEmail, parseRole, userAudit } from './accounts.js';

export interface NewUser {
  email: unknown;
  role: unknown;
  /** Absent: one is generated and returned, to be shown once. */
  password?: string | undefined;
  demo?: boolean;
}

/** Refuses a password under the policy with the reason, naming the field, never the password. */
export async function assertPasswordAcceptable(
  password: string,
  email: string,
  field = 'password',
): Promise<void> {
  const verdict = await checkPassword(password, { email });
  if (!verdict.ok)
    throw new DomainError('weak_password', `the password is not accepted: ${verdict.reason}`, {
      issues: [{ path: [field], message: verdict.reason }],
    });
}

/** Adds an account. The password is checked against the policy, or generated and returned once. */
export async function addUser(
  context: UseCaseContext,
  input: NewUser,
): Promise<{ user: User; generatedPassword: string | null }> {
  const email = parseEmail(input.email);
  const role: AccountRole = parseRole(input.role);
  const generatedPassword = input.password === undefined ? generatePassword() : null;
  const password = input.password ?? (generatedPassword as string);
  await assertPasswordAcceptable(password, email);
  const passwordHash = await hashPassword(password);
  const at = context.clock().toISOString();
  const user: User = {
    id: context.newId('usr'),
    email,
    role,
    passwordHash,
    totpSecret: null,
    totpEnabledAt: null,
    totpLastStep: null,
    demo: input.demo ?? false,
    disabledAt: null,
    credentialsChangedAt: at,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await context.store.transaction(context.actor, async (unitOfWork) => {
    if (await unitOfWork.userByEmail(email))
      throw new DomainError('email_taken', `an account with the e-mail ${email} exists already`, {
        issues: [{ path: ['email'], message: 'taken' }],
      });
    await unitOfWork.insertUser(user);
    await unitOfWork.audit([userAudit('create', user)]);
  });
  return { user, generatedPassword };
}
