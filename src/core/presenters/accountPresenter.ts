import type { ApiToken, Session, User } from '../ports/accounts.js';

/** A user as it leaves the system (API, CLI, audit entries): never the password hash or the TOTP secret. */
export function presentUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    secondFactor: user.totpEnabledAt !== null,
    demo: user.demo,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt,
    credentialsChangedAt: user.credentialsChangedAt,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    version: user.version,
  };
}
export type PresentedUser = ReturnType<typeof presentUser>;

/**
 * A session for its owner or an admin: when and from where, never its CSRF token. Its id is the SHA-256 of the
 * cookie's secret, which signs no one in.
 */
export function presentSession(session: Session, now: string) {
  return {
    id: session.id,
    userId: session.userId,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    active: session.endedAt === null && session.expiresAt > now,
    endedAt: session.endedAt,
    endedReason: session.endedReason,
    secondFactor: session.secondFactor,
    address: session.address,
    userAgent: session.userAgent,
  };
}

/** A token as listed: its last four characters identify it; the token itself was shown once, at creation. */
export function presentToken(token: ApiToken, now: string) {
  return {
    id: token.id,
    userId: token.userId,
    name: token.name,
    lastFour: token.lastFour,
    scope: token.scope,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    revokedAt: token.revokedAt,
    lastUsedAt: token.lastUsedAt,
    active: token.revokedAt === null && token.expiresAt > now,
  };
}
