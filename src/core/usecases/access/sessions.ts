import type { Session } from '../../ports/accounts.js';
import type { UseCaseContext } from '../context.js';
import { findUser } from './accounts.js';

/** Ends the caller's own session (signing out), audited. */
export async function signOut(context: UseCaseContext, session: Session): Promise<void> {
  await context.store.transaction(context.actor, async (unitOfWork) => {
    await unitOfWork.endSessions({ id: session.id }, context.clock().toISOString(), 'signed out');
    await unitOfWork.audit([
      {
        action: 'sign_out',
        kind: 'session',
        entityId: session.id,
        version: 2,
        before: null,
        after: { userId: session.userId },
      },
    ]);
  });
}

/** A user's sessions, newest first: the active ones, or all that are kept. */
export async function listUserSessions(
  context: UseCaseContext,
  idOrEmail: string,
  activeOnly: boolean,
): Promise<Session[]> {
  const user = await findUser(context.store, idOrEmail);
  const now = context.clock().toISOString();
  const sessions = await context.store.listSessions(user.id, { activeOnly });
  return activeOnly ? sessions.filter((session) => session.expiresAt > now) : sessions;
}

/** An admin ends every session of a user (a lost laptop, a departure); returns how many were open. */
export async function endUserSessions(context: UseCaseContext, idOrEmail: string): Promise<number> {
  const user = await findUser(context.store, idOrEmail);
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const ended = await unitOfWork.endSessions(
      { userId: user.id },
      context.clock().toISOString(),
      `ended by ${context.actor.id}`,
    );
    await unitOfWork.audit([
      {
        action: 'sign_out',
        kind: 'user',
        entityId: user.id,
        version: user.version,
        before: null,
        after: { sessionsEnded: ended },
      },
    ]);
    return ended;
  });
}
