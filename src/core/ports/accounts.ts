import type { Role } from '../roles.js';

/** The roles an account can hold; `public` is whoever is not signed in. */
export type AccountRole = Exclude<Role, 'public'>;
export const ACCOUNT_ROLES = ['admin', 'editor', 'viewer'] as const satisfies readonly AccountRole[];

/** A person who signs in. Secrets are kept as hashes; the TOTP secret is what authenticator apps share. */
export interface User {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  role: AccountRole;
  passwordHash: string;
  /** Set once a second factor is being enrolled; it counts only once `totpEnabledAt` is set. */
  totpSecret: string | null;
  totpEnabledAt: string | null;
  /** The last time step a code was accepted for: a code is never accepted twice. */
  totpLastStep: number | null;
  /** A demo account made by `npm start`: `custodia serve` refuses other addresses while one is enabled. */
  demo: boolean;
  disabledAt: string | null;
  /** When the password (or the second factor) last changed: sessions and tokens before it are void. */
  credentialsChangedAt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a second factor means for a session: checked at sign-in, not needed, or still to be enrolled. */
export type SecondFactorState = 'verified' | 'not_required' | 'enrolment_required';

/** A browser's signed-in session, kept in the database so that any API process can answer for it. */
export interface Session {
  /** SHA-256 of the secret in the cookie: the database alone signs no one in. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end, whatever the activity. */
  expiresAt: string;
  endedAt: string | null;
  endedReason: string | null;
  /** Sent back in `X-CSRF-Token` on every write made with the cookie. */
  csrfToken: string;
  secondFactor: SecondFactorState;
  address: string | null;
  userAgent: string | null;
}

export type TokenScope = 'read' | 'write';

/** A token for scripts: acts with its user's role, narrowed by its scope (`read`: GET only). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  lastFour: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Reads of accounts that need no transaction. */
export interface AccountReader {
  userById(id: string): Promise<User | undefined>;
  userByEmail(email: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  /** A session by the hash of its secret, with its user, in one query (every signed-in request asks). */
  sessionByHash(hash: string): Promise<{ session: Session; user: User } | undefined>;
  tokenByHash(hash: string): Promise<{ token: ApiToken; user: User } | undefined>;
  listSessions(userId: string, options: { activeOnly: boolean }): Promise<Session[]>;
  listTokens(userId?: string): Promise<ApiToken[]>;
  tokenById(id: string): Promise<ApiToken | undefined>;
}

/** Account writes; each is made inside a unit of work, which audits it. */
export interface AccountWriter extends AccountReader {
  insertUser(user: User): Promise<void>;
  /** Fails with version_conflict when the stored version is not `user.version - 1`. */
  updateUser(user: User): Promise<void>;
  insertSession(session: Session): Promise<void>;
  /** Ends the user's open sessions (all, or all but one); returns how many were ended. */
  endSessions(
    filter: { userId: string; except?: string } | { id: string },
    at: string,
    reason: string,
  ): Promise<number>;
  insertToken(token: ApiToken): Promise<void>;
  /** Revokes the user's live tokens (or one token); returns how many were revoked. */
  revokeTokens(filter: { userId: string } | { id: string }, at: string): Promise<number>;
}

/**
 * State every API process shares that is not registry data and is not audited entry by entry: session activity,
 * rate-limit counters, keys.
 */
export interface AccessState {
  /** Moves a session's last activity forward (idle timeout). */
  touchSession(hash: string, at: string): Promise<void>;
  touchToken(id: string, at: string): Promise<void>;
  /**
   * Adds `hits` to a counter of a fixed window and returns the window's count after it (`hits` 0 only reads).
   * Old windows are removed now and then by `pruneRateLimits`.
   */
  countHits(bucket: string, windowStart: string, hits: number): Promise<number>;
  pruneRateLimits(before: string): Promise<void>;
  /** A key shared by every process (e.g. for sealing cursors), made on first use. */
  sharedKey(name: string, make: () => string, at: string): Promise<string>;
}
