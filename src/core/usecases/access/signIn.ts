import { DomainError } from '../../errors.js';
import type { SecondFactorState, Session, User } from '../../ports/accounts.js';
import type { Actor } from '../../ports/store.js';
import { verifyAgainstDummy, verifyPassword } from '../../access/passwords.js';
import { newCsrfToken, newSessionSecret } from '../../access/secrets.js';
import { verifyTotp } from '../../access/totp.js';
import type { UseCaseContext } from '../context.js';
import { emailSchema } from './accounts.js';
import { addHit, assertUnderLimit, type Limit } from './rateLimits.js';
import type { SessionSettings } from './authenticate.js';

export interface SignInAttempt {
  email: string;
  password: string;
  /** The current code of the account's second factor, when it has one. */
  code?: string | undefined;
  /** The client's address (behind a trusted proxy, from its header) and user agent, for limits and the audit. */
  address: string;
  userAgent?: string | undefined;
}

/** Failed attempts allowed per account and per address in 15 minutes (NIST SP 800-63B §5.2.2 allows 100). */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };

const accountLimit = (email: string): Limit => ({
  bucket: `sign-in:account:${email}`,
  max: SIGN_IN_LIMITS.perAccount,
  windowSeconds: SIGN_IN_LIMITS.windowSeconds,
});
const addressLimit = (address: string): Limit => ({
  bucket: `sign-in:address:${address}`,
  max: SIGN_IN_LIMITS.perAddress,
  windowSeconds: SIGN_IN_LIMITS.windowSeconds,
});

const WRONG = 'the e-mail or the password is wrong';

/**
 * Checks the credentials and opens a session. Every failure is counted (per account and per address, in the
 * database) and audited; an unknown e-mail costs the same time as a wrong password and gets the same answer.
 */
export async function signIn(
  context: UseCaseContext,
  attempt: SignInAttempt,
  settings: SessionSettings,
): Promise<{ session: Session; secret: string; user: User }> {
  const now = context.clock();
  const parsedEmail = emailSchema.safeParse(attempt.email);
  const email = parsedEmail.success ? parsedEmail.data : String(attempt.email).slice(0, 254).toLowerCase();
  await assertUnderLimit(
    context.store,
    addressLimit(attempt.address),
    now,
    'too many failed sign-ins from this address',
  );
  await assertUnderLimit(
    context.store,
    accountLimit(email),
    now,
    'too many failed sign-ins for this account',
  );
  const user = await context.store.userByEmail(email);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, attempt.password)
    : await verifyAgainstDummy(attempt.password);
  if (!user || !passwordOk) return refuse(context, attempt, email, user, 'wrong password', WRONG);
  if (user.disabledAt !== null)
    return refuse(context, attempt, email, user, 'account disabled', 'this account is disabled');
  let totpLastStep = user.totpLastStep;
  if (user.totpEnabledAt !== null && user.totpSecret !== null) {
    if (attempt.code === undefined || attempt.code === '')
      throw new DomainError(
        'second_factor_required',
        'send the current code of your authenticator app as "code"',
        {
          issues: [{ path: ['code'], message: 'required for this account' }],
        },
      );
    const verdict = verifyTotp(user.totpSecret, attempt.code, now, user.totpLastStep);
    if (!verdict.ok)
      return refuse(
        context,
        attempt,
        email,
        user,
        `second factor ${verdict.reason}`,
        'the code is wrong or was used already',
      );
    totpLastStep = verdict.step;
  }
  const secondFactor: SecondFactorState =
    user.totpEnabledAt !== null
      ? 'verified'
      : user.role === 'admin' && settings.requireSecondFactorForAdmins
        ? 'enrolment_required'
        : 'not_required';
  return openSession(context, user, attempt, settings, { secondFactor, totpLastStep });
}

async function openSession(
  context: UseCaseContext,
  user: User,
  attempt: SignInAttempt,
  settings: SessionSettings,
  factor: { secondFactor: SecondFactorState; totpLastStep: number | null },
) {
  const now = context.clock();
  const at = now.toISOString();
  const { secret, hash } = newSessionSecret();
  const session: Session = {
    id: hash,
    userId: user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(now.getTime() + settings.absoluteHours * 3_600_000).toISOString(),
    endedAt: null,
    endedReason: null,
    csrfToken: newCsrfToken(),
    secondFactor: factor.secondFactor,
    address: attempt.address,
    userAgent: attempt.userAgent?.slice(0, 300) ?? null,
  };
  const actor: Actor = { id: user.id, role: user.role, via: `session:${hash.slice(0, 12)}` };
  const saved = await context.store.transaction(actor, async (unitOfWork) => {
    let current = user;
    if (factor.totpLastStep !== user.totpLastStep) {
      // The step is stored so that the same code is never accepted twice, on any process.
      current = { ...user, totpLastStep: factor.totpLastStep, version: user.version + 1, updatedAt: at };
      await unitOfWork.updateUser(current);
    }
    await unitOfWork.insertSession(session);
    await unitOfWork.audit([
      {
        action: 'sign_in',
        kind: 'session',
        entityId: hash,
        version: 1,
        before: null,
        after: { userId: user.id, address: attempt.address, secondFactor: factor.secondFactor },
      },
    ]);
    return current;
  });
  return { session, secret, user: saved };
}

async function refuse(
  context: UseCaseContext,
  attempt: SignInAttempt,
  email: string,
  user: User | undefined,
  reason: string,
  message: string,
): Promise<never> {
  const now = context.clock();
  await addHit(context.store, accountLimit(email), now);
  await addHit(context.store, addressLimit(attempt.address), now);
  const actor: Actor = { id: 'anonymous', role: 'public', via: `address:${attempt.address}` };
  await context.store.transaction(actor, (unitOfWork) =>
    unitOfWork.audit([
      {
        action: 'sign_in_refused',
        kind: 'user',
        entityId: user?.id ?? 'unknown',
        version: 0,
        before: null,
        after: { email, reason, address: attempt.address },
      },
    ]),
  );
  throw new DomainError('invalid_credentials', message);
}
