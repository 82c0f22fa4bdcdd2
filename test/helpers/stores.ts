import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createApplication, type Application } from '../../src/app.js';
import type { StoreConfig } from '../../src/store/open.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof DIALECTS)[number];

const createdDatabases: string[] = [];

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A new, empty PostgreSQL database for one test file or test; dropped when the file's tests end. */
export async function freshPostgresUrl(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `custodia_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  createdDatabases.push(name);
  return withDatabase(adminUrl, name);
}

afterAll(async () => {
  if (createdDatabases.length === 0) return;
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  for (const name of createdDatabases.splice(0))
    await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
});

/** The configuration of a fresh, empty store of the dialect. */
export async function freshStoreConfig(dialect: DialectName): Promise<StoreConfig> {
  return dialect === 'sqlite'
    ? { kind: 'sqlite', file: ':memory:' }
    : { kind: 'postgres', url: await freshPostgresUrl(), poolSize: 4 };
}

/** A fresh application (store, use cases, API factory) on an empty database of the dialect. */
export async function freshApplication(dialect: DialectName, clock?: () => Date): Promise<Application> {
  return createApplication(await freshStoreConfig(dialect), clock);
}
