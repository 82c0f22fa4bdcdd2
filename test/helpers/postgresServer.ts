import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Finds a PostgreSQL server for the tests: CUSTODIA_TEST_DATABASE_URL, else 127.0.0.1:5432, else a throwaway
 * cluster started from the local binaries. Never skips: without one, the tests fail and say how to provide one.
 */
export interface PostgresServer {
  adminUrl: string;
  description: string;
  stop(): void;
}

async function reachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('show server_version');
    return result.rows[0]?.server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((left, right) => Number(right) - Number(left));
  return versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

function startThrowawayCluster(): PostgresServer | undefined {
  const bin = postgresBinaries();
  if (!bin) return undefined;
  const directory = mkdtempSync(join(tmpdir(), 'custodia-pg-'));
  chmodSync(directory, 0o777);
  const dataDirectory = join(directory, 'data');
  const port = 20000 + Math.floor(Math.random() * 20000);
  // initdb refuses to run as root; the postgres system user owns the cluster then.
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (command: string, args: string[]) => {
    const [program, ...rest] = [...asUser, command, ...args];
    execFileSync(program as string, rest, { stdio: 'pipe' });
  };
  run(join(bin, 'initdb'), ['-D', dataDirectory, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    dataDirectory,
    '-l',
    join(directory, 'log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`,
  ]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    description: `a throwaway cluster on port ${port} (${bin})`,
    stop: () => {
      const [program, ...rest] = [
        ...asUser,
        join(bin, 'pg_ctl'),
        '-D',
        dataDirectory,
        '-m',
        'immediate',
        'stop',
      ];
      spawnSync(program as string, rest, { stdio: 'pipe' });
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export async function findPostgres(): Promise<PostgresServer> {
  const configured = process.env.CUSTODIA_TEST_DATABASE_URL;
  if (configured) {
    const version = await reachable(configured);
    if (!version)
      throw new Error(`CUSTODIA_TEST_DATABASE_URL=${configured} is set but PostgreSQL does not answer there`);
    return {
      adminUrl: configured,
      description: `CUSTODIA_TEST_DATABASE_URL (PostgreSQL ${version})`,
      stop: () => {},
    };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  const localVersion = await reachable(local);
  if (localVersion)
    return { adminUrl: local, description: `127.0.0.1:5432 (PostgreSQL ${localVersion})`, stop: () => {} };
  const throwaway = startThrowawayCluster();
  if (throwaway && (await reachable(throwaway.adminUrl))) return throwaway;
  throwaway?.stop();
  throw new Error(
    'The PostgreSQL tests need a server and none was found. Set CUSTODIA_TEST_DATABASE_URL=postgres://user@host:port/db ' +
      '(a role that may CREATE DATABASE), run PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, ' +
      'or install the server binaries (apt-get install postgresql) so the tests can start a throwaway cluster.',
  );
}
