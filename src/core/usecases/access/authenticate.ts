import { DomainError } from '../../errors.js';
import type { AccessState, AccountReader, ApiToken, Session, User } from '../../ports/accounts.js';
import type { Actor, Store } from '../../ports/store.js';
import { roleAtLeast, type Role } from '../../roles.js';
import { hashSecret, looksLikeApiToken } from '../../access/secrets.js';

/** How long sessions last, and whether admins need a second factor. */
export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
  requireSecondFactorForAdmins: boolean;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleMinutes: 30,
  absoluteHours: 12,
  requireSecondFactorForAdmins: false,
};

/** Who is calling, and by what means: a session (browser), a token (script), or nobody (the public). */
export interface Principal {
  actor: Actor;
  user: User | null;
  session: Session | null;
  token: ApiToken | null;
  /** Why a session the caller presented no longer counts (idle, expired, signed out…), for the 401's words. */
  endedSession?: string;
}

/** Activity is written at most once a minute per session or token: a read must not cost a write each time. */
const TOUCH_AFTER_MS = 60_000;

export function publicPrincipal(address: string | undefined, endedSession?: string): Principal {
  return {
    actor: { id: 'anonymous', role: 'public', via: address === undefined ? undefined : `address:${address}` },
    user: null,
    session: null,
    token: null,
    ...(endedSession === undefined ? {} : { endedSession }),
  };
}

const olderThan = (at: string | null, now: Date, ms: number) =>
  at === null || now.getTime() - Date.parse(at) >= ms;

/** The user behind an API token, or unauthenticated: a script with a bad token must learn so, not read as public. */
export async function authenticateToken(
  state: AccountReader & AccessState,
  token: string,
  now: Date,
): Promise<Principal> {
  const refuse = (why: string) =>
    new DomainError('unauthenticated', `the API token ${why}: create a new one (custodia token create)`);
  if (!looksLikeApiToken(token)) throw refuse('is not a Custodia API token');
  const found = await state.tokenByHash(hashSecret(token));
  if (!found) throw refuse('is not known');
  const { token: stored, user } = found;
  if (stored.revokedAt !== null) throw refuse('was revoked');
  if (stored.expiresAt <= now.toISOString()) throw refuse('has expired');
  if (user.disabledAt !== null) throw refuse('belongs to a disabled account');
  if (stored.createdAt < user.credentialsChangedAt) throw refuse("predates its user's last password change");
  if (olderThan(stored.lastUsedAt, now, TOUCH_AFTER_MS)) await state.touchToken(stored.id, now.toISOString());
  return {
    actor: { id: user.id, role: user.role, via: `token:${stored.id}` },
    user,
    session: null,
    token: stored,
  };
}

/** Why a stored session no longer counts, or null while it does. */
function sessionEnded(session: Session, user: User, settings: SessionSettings, now: Date): string | null {
  if (session.endedAt !== null) return session.endedReason ?? 'signed out';
  if (user.disabledAt !== null) return 'account disabled';
  if (session.createdAt < user.credentialsChangedAt) return 'password changed';
  if (session.expiresAt <= now.toISOString()) return `expired after ${settings.absoluteHours} hours`;
  if (olderThan(session.lastSeenAt, now, settings.idleMinutes * 60_000))
    return `ended after ${settings.idleMinutes} minutes without activity`;
  return null;
}

/**
 * The user of a session cookie. A session that ended (signed out, idle, past its absolute end, its user disabled
 * or their password changed) makes the caller public, with the reason kept for the answer's words; one that
 * timed out is closed in the database so that every process agrees.
 */
export async function authenticateSession(
  store: Store,
  secret: string,
  settings: SessionSettings,
  now: Date,
  address?: string,
): Promise<Principal> {
  const found = await store.sessionByHash(hashSecret(secret));
  if (!found) return publicPrincipal(address, 'signed out');
  const { session, user } = found;
  const ended = sessionEnded(session, user, settings, now);
  if (ended !== null) {
    if (session.endedAt === null) {
      const system: Actor = { id: user.id, role: user.role, via: `session:${session.id.slice(0, 12)}` };
      await store.transaction(system, (unitOfWork) =>
        unitOfWork.endSessions({ id: session.id }, now.toISOString(), ended),
      );
    }
    return publicPrincipal(address, ended);
  }
  if (olderThan(session.lastSeenAt, now, TOUCH_AFTER_MS))
    await store.touchSession(session.id, now.toISOString());
  return {
    actor: { id: user.id, role: user.role, via: `session:${session.id.slice(0, 12)}` },
    user,
    session,
    token: null,
  };
}

/**
 * `X-Custodia-Role`: a signed-in user may act with a lesser role, to see what a viewer or the public would. It
 * never raises anyone: a role above the caller's own is ignored.
 */
export function viewAs(principal: Principal, requested: Role | undefined): Principal {
  if (requested === undefined || !roleAtLeast(principal.actor.role, requested)) return principal;
  if (requested === principal.actor.role) return principal;
  return { ...principal, actor: { ...principal.actor, role: requested } };
}
