import type { User } from '../../ports/accounts.js';
import type { UseCaseContext } from '../context.js';
import { assertAnotherAdminRemains, findUser, parseRole, saveUser } from './accounts.js';

export interface UserChange {
  role?: unknown;
  disabled?: boolean | undefined;
  /** The version read, when the caller has one (the API); a stale one is a conflict. */
  version?: number | undefined;
}

/**
 * Changes a user's role or disables (or enables) the account. Disabling ends every session and revokes every
 * token in the same transaction, so no process honours them afterwards; the last enabled admin cannot be demoted
 * or disabled.
 */
export async function changeUser(
  context: UseCaseContext,
  idOrEmail: string,
  change: UserChange,
): Promise<User> {
  const role = change.role === undefined ? undefined : parseRole(change.role);
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const before = await findUser(unitOfWork, idOrEmail);
    const at = context.clock().toISOString();
    const demoting = role !== undefined && role !== 'admin';
    if (demoting || change.disabled === true) await assertAnotherAdminRemains(unitOfWork, before);
    const disabledAt =
      change.disabled === undefined ? before.disabledAt : change.disabled ? (before.disabledAt ?? at) : null;
    const saved = await saveUser(
      unitOfWork,
      { ...before, ...(change.version === undefined ? {} : { version: change.version }) },
      { ...before, role: role ?? before.role, disabledAt },
      at,
    );
    if (disabledAt !== null && before.disabledAt === null) {
      await unitOfWork.endSessions({ userId: before.id }, at, 'account disabled');
      await unitOfWork.revokeTokens({ userId: before.id }, at);
    }
    return saved;
  });
}
