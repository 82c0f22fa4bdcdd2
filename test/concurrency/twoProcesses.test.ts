import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, createApplication } from '../../src/app.js';
import { addUser } from '../../src/core/usecases/access/addUser.js';
import { changeUser } from '../../src/core/usecases/access/changeUser.js';
import { accountWithToken, TEST_PASSWORD } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { startCustodiaServe, type ServerProcess } from '../helpers/serveProcess.js';
import { freshPostgresUrl } from '../helpers/stores.js';

const CLIENTS_PER_PROCESS = 4;
const INCREMENTS_PER_CLIENT = 12;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

interface Tally {
  increments: number;
  conflicts: number;
}

/** The Authorization header of the admin every client acts as, set once the servers have migrated the database. */
let credentials: Record<string, string> = {};

async function request(url: string, init: RequestInit = {}): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...credentials, ...init.headers },
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/**
 * One client: reads the count, writes count + 1 with the version it read, and on version_conflict reads again,
 * until `increments` of its writes have succeeded. Anything else than 200 or a version conflict fails the test.
 */
async function increment(baseUrl: string, countId: string, increments: number, tally: Tally): Promise<void> {
  const url = `${baseUrl}/api/reported-counts/${countId}`;
  let succeeded = 0;
  while (succeeded < increments) {
    const current = await request(url);
    expect(current.status).toBe(200);
    const written = await request(url, {
      method: 'PATCH',
      body: JSON.stringify({ version: current.body.version, count: current.body.count + 1 }),
    });
    if (written.status === 200) {
      succeeded += 1;
      tally.increments += 1;
    } else if (written.status === 409 && written.body.error?.code === 'version_conflict') {
      tally.conflicts += 1;
    } else {
      throw new Error(`PATCH answered ${written.status}: ${JSON.stringify(written.body)}`);
    }
  }
}

describe('two `custodia serve` processes on one PostgreSQL database', () => {
  const servers: ServerProcess[] = [];
  let databaseUrl: string;
  let adminId: string;

  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl();
    // Started together on an empty database, so both migrate at once: the advisory lock must serialise them.
    const started = await Promise.allSettled(
      [1, 2].map(() => startCustodiaServe(['--database-url', databaseUrl], ['--log-level', 'warn'])),
    );
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failure = started.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    // Only now: an account made before the servers started would have migrated the database for them.
    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      const admin = await accountWithToken(application, 'admin');
      credentials = admin.headers;
      adminId = admin.userId;
    } finally {
      await application.close();
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('loses no update when clients of both processes race read-modify-write increments', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    expect(first.pid).not.toBe(second.pid);
    const source = await request(`${first.url}/api/sources`, {
      method: 'POST',
      body: JSON.stringify(build.source()),
    });
    expect(source.status).toBe(201);
    const created = await request(`${first.url}/api/reported-counts`, {
      method: 'POST',
      body: JSON.stringify(build.reportedCount(source.body.id, { count: 0 })),
    });
    expect(created.status).toBe(201);
    const countId = created.body.id as string;

    const tallies = servers.map((): Tally => ({ increments: 0, conflicts: 0 }));
    await Promise.all(
      servers.flatMap((server, index) =>
        Array.from({ length: CLIENTS_PER_PROCESS }, () =>
          increment(server.url, countId, INCREMENTS_PER_CLIENT, tallies[index] as Tally),
        ),
      ),
    );
    const expected = servers.length * CLIENTS_PER_PROCESS * INCREMENTS_PER_CLIENT;
    const conflicts = tallies.reduce((sum, tally) => sum + tally.conflicts, 0);
    console.info(
      `${expected} increments through ${servers.length} processes; ` +
        tallies
          .map((tally, index) => `process ${index + 1}: ${tally.increments} ok, ${tally.conflicts} conflicts`)
          .join('; '),
    );
    // Both processes served their share of the writes, and the clients really collided.
    for (const tally of tallies) expect(tally.increments).toBe(CLIENTS_PER_PROCESS * INCREMENTS_PER_CLIENT);
    expect(conflicts).toBeGreaterThan(0);

    // Read back through the other process than the one that created it.
    const final = await request(`${second.url}/api/reported-counts/${countId}`);
    expect(final.body).toMatchObject({ count: expected, version: 1 + expected });

    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      const audit = await application.store.auditEntries({ entityId: countId, limit: 10 * expected });
      const updates = audit.filter((entry) => entry.action === 'update');
      expect(audit.filter((entry) => entry.action === 'create')).toHaveLength(1);
      expect(updates).toHaveLength(expected);
      // One entry per version, each the previous state plus one: a chain with no gap and no lost write.
      expect(updates.map((entry) => entry.version)).toEqual(
        Array.from({ length: expected }, (_, index) => index + 2),
      );
      for (const entry of updates) {
        const before = entry.before as Json;
        const after = entry.after as Json;
        expect(after.version).toBe(before.version + 1);
        expect(after.data.count).toBe(before.data.count + 1);
        expect(entry.actorId).toBe(adminId);
      }
    } finally {
      await application.close();
    }
  });
});

describe('sessions shared by two `custodia serve` processes on one PostgreSQL database', () => {
  const servers: ServerProcess[] = [];
  let databaseUrl: string;
  const email = 'shared.session@ngo.example';

  beforeAll(async () => {
    databaseUrl = await freshPostgresUrl();
    for (const _ of [1, 2])
      servers.push(await startCustodiaServe(['--database-url', databaseUrl], ['--log-level', 'warn']));
    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      await addUser(application.context(CLI_ACTOR), { email, role: 'editor', password: TEST_PASSWORD });
    } finally {
      await application.close();
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('honours a session started on one on the other, and refuses a disabled user on both at once', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const signIn = await fetch(`${first.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const read = (server: ServerProcess) => fetch(`${server.url}/api/persons`, { headers: { cookie } });
    expect((await read(second)).status).toBe(200);
    // A write through the other process, with the CSRF token the first one gave.
    const written = await fetch(`${second.url}/api/sources`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(build.source()),
    });
    expect(written.status).toBe(201);

    const application = await createApplication({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    try {
      await changeUser(application.context(CLI_ACTOR), email, { disabled: true });
    } finally {
      await application.close();
    }
    // The very next request on either process is refused: nothing about the session is cached.
    for (const server of [first, second]) {
      const refused = await read(server);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as Json).error.message).toMatch(/account disabled/);
    }
  });
});
