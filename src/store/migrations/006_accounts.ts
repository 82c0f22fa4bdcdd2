import { sql, type Kysely } from 'kysely';
import type { DialectCapabilities } from '../dialect.js';

/**
 * Accounts and the state every API process must share: users, server-side sessions, API tokens, rate-limit
 * counters and keys (cursor sealing). Nothing here may live in one process's memory: several `custodia serve`
 * processes answer the same users. Secrets are stored as SHA-256 hashes (sessions, tokens) or argon2id
 * (passwords), so a copy of the database signs no one in.
 */
export async function up(db: Kysely<unknown>, dialect: DialectCapabilities): Promise<void> {
  const text = sql.raw(dialect.textType);
  await sql`create table users (
      id ${text} primary key,
      email ${text} not null unique,
      role ${text} not null,
      password_hash ${text} not null,
      totp_secret ${text},
      totp_enabled_at ${text},
      totp_last_step bigint,
      demo integer not null,
      disabled_at ${text},
      credentials_changed_at ${text} not null,
      created_at ${text} not null,
      updated_at ${text} not null,
      version integer not null
    )`.execute(db);
  await sql`create table sessions (
      id ${text} primary key,
      user_id ${text} not null references users (id),
      created_at ${text} not null,
      last_seen_at ${text} not null,
      expires_at ${text} not null,
      ended_at ${text},
      ended_reason ${text},
      csrf_token ${text} not null,
      second_factor ${text} not null,
      address ${text},
      user_agent ${text}
    )`.execute(db);
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'created_at']).execute();
  await sql`create table api_tokens (
      id ${text} primary key,
      user_id ${text} not null references users (id),
      name ${text} not null,
      token_hash ${text} not null unique,
      last_four ${text} not null,
      scope ${text} not null,
      created_at ${text} not null,
      expires_at ${text} not null,
      revoked_at ${text},
      last_used_at ${text}
    )`.execute(db);
  await db.schema
    .createIndex('api_tokens_user')
    .on('api_tokens')
    .columns(['user_id', 'created_at'])
    .execute();
  // One row per bucket and window: an upsert adds a hit and returns the count, on every engine.
  await sql`create table rate_limits (
      bucket ${text} not null,
      window_start ${text} not null,
      hits integer not null,
      primary key (bucket, window_start)
    )`.execute(db);
  // Windows long past are removed by range.
  await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
  await sql`create table shared_keys (
      name ${text} primary key,
      key_value ${text} not null,
      created_at ${text} not null
    )`.execute(db);
  // How the actor was authenticated (session, token, command line): with actor_id, who did it and by what means.
  await sql`alter table audit_entries add column actor_via ${text}`.execute(db);
  // "Who looked at this person": reads are audit entries of the person, found by entity and action.
  await db.schema
    .createIndex('audit_entries_actor')
    .on('audit_entries')
    .columns(['actor_id', 'seq'])
    .execute();
}
