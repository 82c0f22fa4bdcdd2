import { sql } from 'kysely';
import type {
  AccountRole,
  ApiToken,
  Session,
  SecondFactorState,
  TokenScope,
  User,
} from '../core/ports/accounts.js';
import { DomainError, versionConflict } from '../core/errors.js';
import type { AnyDb } from './entityQueries.js';
import type { HotQueries } from './hotQueries.js';

type Row = Record<string, string | number | null>;

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function toUserRow(user: User): Row {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    password_hash: user.passwordHash,
    totp_secret: user.totpSecret,
    totp_enabled_at: user.totpEnabledAt,
    totp_last_step: user.totpLastStep,
    demo: user.demo ? 1 : 0,
    disabled_at: user.disabledAt,
    credentials_changed_at: user.credentialsChangedAt,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    version: user.version,
  };
}

function fromUserRow(row: Row, prefix = ''): User {
  const column = (name: string) => row[`${prefix}${name}`] ?? null;
  return {
    id: String(column('id')),
    email: String(column('email')),
    role: String(column('role')) as AccountRole,
    passwordHash: String(column('password_hash')),
    totpSecret: text(column('totp_secret')),
    totpEnabledAt: text(column('totp_enabled_at')),
    totpLastStep: column('totp_last_step') === null ? null : Number(column('totp_last_step')),
    demo: Number(column('demo')) === 1,
    disabledAt: text(column('disabled_at')),
    credentialsChangedAt: String(column('credentials_changed_at')),
    createdAt: String(column('created_at')),
    updatedAt: String(column('updated_at')),
    version: Number(column('version')),
  };
}

function toSessionRow(session: Session): Row {
  return {
    id: session.id,
    user_id: session.userId,
    created_at: session.createdAt,
    last_seen_at: session.lastSeenAt,
    expires_at: session.expiresAt,
    ended_at: session.endedAt,
    ended_reason: session.endedReason,
    csrf_token: session.csrfToken,
    second_factor: session.secondFactor,
    address: session.address,
    user_agent: session.userAgent,
  };
}

function fromSessionRow(row: Row): Session {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    createdAt: String(row.created_at),
    lastSeenAt: String(row.last_seen_at),
    expiresAt: String(row.expires_at),
    endedAt: text(row.ended_at),
    endedReason: text(row.ended_reason),
    csrfToken: String(row.csrf_token),
    secondFactor: String(row.second_factor) as SecondFactorState,
    address: text(row.address),
    userAgent: text(row.user_agent),
  };
}

function toTokenRow(token: ApiToken): Row {
  return {
    id: token.id,
    user_id: token.userId,
    name: token.name,
    token_hash: token.tokenHash,
    last_four: token.lastFour,
    scope: token.scope,
    created_at: token.createdAt,
    expires_at: token.expiresAt,
    revoked_at: token.revokedAt,
    last_used_at: token.lastUsedAt,
  };
}

function fromTokenRow(row: Row): ApiToken {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    name: String(row.name),
    tokenHash: String(row.token_hash),
    lastFour: String(row.last_four),
    scope: String(row.scope) as TokenScope,
    createdAt: String(row.created_at),
    expiresAt: String(row.expires_at),
    revokedAt: text(row.revoked_at),
    lastUsedAt: text(row.last_used_at),
  };
}

const USER_COLUMN_NAMES = [
  'id',
  'email',
  'role',
  'password_hash',
  'totp_secret',
  'totp_enabled_at',
  'totp_last_step',
  'demo',
  'disabled_at',
  'credentials_changed_at',
  'created_at',
  'updated_at',
  'version',
];

/** User columns under a prefix, so a session or token and its user come back in one row. */
const USER_COLUMNS = () => USER_COLUMN_NAMES.map((name) => sql.ref(`users.${name}`).as(`account_${name}`));

export async function userById(db: AnyDb, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromUserRow(row as Row) : undefined;
}

export async function userByEmail(db: AnyDb, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? fromUserRow(row as Row) : undefined;
}

export async function listUsers(db: AnyDb): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map((row) => fromUserRow(row as Row));
}

export async function sessionByHash(db: AnyDb, hash: string) {
  const row = (await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(USER_COLUMNS())
    .where('sessions.id', '=', hash)
    .executeTakeFirst()) as Row | undefined;
  return row ? { session: fromSessionRow(row), user: fromUserRow(row, 'account_') } : undefined;
}

export async function tokenByHash(db: AnyDb, hash: string) {
  const row = (await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select(USER_COLUMNS())
    .where('api_tokens.token_hash', '=', hash)
    .executeTakeFirst()) as Row | undefined;
  return row ? { token: fromTokenRow(row), user: fromUserRow(row, 'account_') } : undefined;
}

const ACCOUNT_SELECT = USER_COLUMN_NAMES.map((name) => `users.${name} as account_${name}`).join(', ');

// Columns named, not `*`: PostgreSQL refuses a prepared statement whose result columns changed since it was
// parsed, which a later migration would otherwise cause in a process still running.
/** Every signed-in request asks this: the session by the hash of its secret, with its user, in one query. */
const SESSION_BY_HASH = `select ${Object.keys(toSessionRow({} as Session))
  .map((name) => `sessions.${name}`)
  .join(', ')}, ${ACCOUNT_SELECT}
  from sessions inner join users on users.id = sessions.user_id where sessions.id = $1`;

/** Every request with a token asks this: the token by its hash, with its user, in one query. */
const TOKEN_BY_HASH = `select ${Object.keys(toTokenRow({} as ApiToken))
  .map((name) => `api_tokens.${name}`)
  .join(', ')}, ${ACCOUNT_SELECT}
  from api_tokens inner join users on users.id = api_tokens.user_id where api_tokens.token_hash = $1`;

export async function sessionByHashHot(hot: HotQueries, hash: string) {
  const [row] = await hot.rows('custodia_session_by_hash', SESSION_BY_HASH, [hash]);
  return row ? { session: fromSessionRow(row), user: fromUserRow(row, 'account_') } : undefined;
}

export async function tokenByHashHot(hot: HotQueries, hash: string) {
  const [row] = await hot.rows('custodia_token_by_hash', TOKEN_BY_HASH, [hash]);
  return row ? { token: fromTokenRow(row), user: fromUserRow(row, 'account_') } : undefined;
}

export async function tokenById(db: AnyDb, id: string): Promise<ApiToken | undefined> {
  const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromTokenRow(row as Row) : undefined;
}

export async function listSessions(db: AnyDb, userId: string, activeOnly: boolean): Promise<Session[]> {
  let builder = db.selectFrom('sessions').selectAll().where('user_id', '=', userId);
  if (activeOnly) builder = builder.where('ended_at', 'is', null);
  const rows = await builder.orderBy('created_at', 'desc').limit(500).execute();
  return rows.map((row) => fromSessionRow(row as Row));
}

export async function listTokens(db: AnyDb, userId?: string): Promise<ApiToken[]> {
  let builder = db.selectFrom('api_tokens').selectAll();
  if (userId !== undefined) builder = builder.where('user_id', '=', userId);
  const rows = await builder.orderBy('created_at').execute();
  return rows.map((row) => fromTokenRow(row as Row));
}

/** SQLite and PostgreSQL name a unique violation differently; both mean the e-mail is taken. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export async function insertUser(db: AnyDb, user: User): Promise<void> {
  try {
    await db.insertInto('users').values(toUserRow(user)).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError('email_taken', `an account with the e-mail ${user.email} exists already`, {
      issues: [{ path: ['email'], message: 'taken' }],
    });
  }
}

/** Compare-and-set on the version, as for registry entities: a concurrent change is a conflict, not lost. */
export async function updateUser(db: AnyDb, user: User): Promise<void> {
  const { id: _id, created_at: _created, ...changes } = toUserRow(user);
  const result = await db
    .updateTable('users')
    .set(changes)
    .where('id', '=', user.id)
    .where('version', '=', user.version - 1)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const current = await userById(db, user.id);
    throw versionConflict('user', user.id, user.version - 1, current?.version ?? user.version - 1);
  }
}

export async function insertSession(db: AnyDb, session: Session): Promise<void> {
  await db.insertInto('sessions').values(toSessionRow(session)).execute();
}

export async function endSessions(
  db: AnyDb,
  filter: { userId: string; except?: string } | { id: string },
  at: string,
  reason: string,
): Promise<number> {
  let builder = db
    .updateTable('sessions')
    .set({ ended_at: at, ended_reason: reason })
    .where('ended_at', 'is', null);
  if ('id' in filter) builder = builder.where('id', '=', filter.id);
  else {
    builder = builder.where('user_id', '=', filter.userId);
    if (filter.except !== undefined) builder = builder.where('id', '!=', filter.except);
  }
  const result = await builder.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertToken(db: AnyDb, token: ApiToken): Promise<void> {
  await db.insertInto('api_tokens').values(toTokenRow(token)).execute();
}

export async function revokeTokens(
  db: AnyDb,
  filter: { userId: string } | { id: string },
  at: string,
): Promise<number> {
  let builder = db.updateTable('api_tokens').set({ revoked_at: at }).where('revoked_at', 'is', null);
  builder =
    'id' in filter ? builder.where('id', '=', filter.id) : builder.where('user_id', '=', filter.userId);
  const result = await builder.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function touchSession(db: AnyDb, hash: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id', '=', hash)
    .where('last_seen_at', '<', at)
    .execute();
}

export async function touchToken(db: AnyDb, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** One statement on every engine: insert the window or add to it, and read the count back. */
export async function countHits(
  db: AnyDb,
  bucket: string,
  windowStart: string,
  hits: number,
): Promise<number> {
  const result = await sql<{ hits: number | string }>`
    insert into rate_limits (bucket, window_start, hits) values (${bucket}, ${windowStart}, ${hits})
    on conflict (bucket, window_start) do update set hits = rate_limits.hits + excluded.hits
    returning hits`.execute(db);
  return Number(result.rows[0]?.hits ?? 0);
}

export async function pruneRateLimits(db: AnyDb, before: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}

/** The first process to ask makes the key; every other process reads the same one. */
export async function sharedKey(db: AnyDb, name: string, make: () => string, at: string): Promise<string> {
  await sql`insert into shared_keys (name, key_value, created_at) values (${name}, ${make()}, ${at})
    on conflict (name) do nothing`.execute(db);
  const row = await db
    .selectFrom('shared_keys')
    .select('key_value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return String(row.key_value);
}
