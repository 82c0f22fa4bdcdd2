import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/stores.js';
import {
  collectionOf,
  COLLECTIONS,
  expectError,
  IMPOSSIBLE_DATES,
  IMPOSSIBLE_INSTANTS,
  missingId,
  openSession,
  type Json,
} from './badInputHarness.js';

// Bad list queries, ids, versions and retractions on every collection. Bodies, content types, headers and the
// views are in badInput.test.ts. Every request goes through `send`, which fails on any 5xx or stack trace.

const BAD_LIMITS = ['0', '-1', '-50', '501', '1e999', '99999999999999999999', 'abc', '1.5', '', 'NaN'];
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const BAD_CURSORS = [
  'bogus',
  '%%%',
  encode({ after: 1 }),
  encode(null),
  encode([null]),
  encode([{}, 'src_1', 'date']),
  encode([null, 'src_1', '-created']), // a cursor from another sort order
  encode([null, "' OR 1=1 --", 'date']),
  encode(['\u0000', 'src_1', 'date']),
  'A'.repeat(1001),
];
/** Filter values that would change a query if they were ever spliced into SQL or a LIKE pattern. */
const HOSTILE_VALUES = [
  "' OR 1=1 --",
  '%',
  '_',
  ';drop table sources;',
  "'); DELETE FROM transfers; --",
  '\\',
  'a,b,%',
  'Ñandú 😀 ü',
  '\u202eevil',
  '\u0000',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(5000),
];
const MALFORMED_IDS = [
  "' OR 1=1 --",
  ';drop table sources;',
  '%',
  'Ñandú😀',
  '..',
  'x'.repeat(150),
  '\u0000',
];
const BAD_REASONS: unknown[] = [undefined, '', '   ', 'ab', ' a ', 123, null, 'x'.repeat(2001)];

const queryString = (parameters: Record<string, string>) => new URLSearchParams(parameters).toString();
const LIMIT = ['querystring', 'limit'];
const VERSION = ['body', 'version'];
const REASON = ['body', 'reason'];

describe.each(DIALECTS)('bad list queries, ids and versions [%s]', (dialect) => {
  const session = openSession(dialect);
  const { call, unchanged } = session;

  describe.each(COLLECTIONS.map((entry) => [entry.collection, entry] as const))('/api/%s', (_, entry) => {
    const base = `/api/${entry.collection}`;
    const one = () => `${base}/${session.world[entry.kind]}`;
    const list = (parameters: Record<string, string>) => call('GET', `${base}?${queryString(parameters)}`);
    const retract = (payload: Json) => call('POST', `${one()}/retract`, payload);

    it('refuses zero, negative, huge, fractional and non-numeric limits with 400 naming limit', async () => {
      for (const limit of BAD_LIMITS) expectError(await list({ limit }), 400, 'invalid_input', LIMIT);
      expectError(await call('GET', `${base}?limit=1&limit=2`), 400, 'invalid_input', LIMIT);
      expect((await list({ limit: '500' })).status).toBe(200);
    });

    it('refuses bogus cursors with 400 naming cursor', async () => {
      for (const cursor of BAD_CURSORS) {
        const answer = await list({ cursor });
        expect(answer.status, cursor).toBe(400);
        const paths = answer.body.error.issues.map((issue: Json) => issue.path.at(-1));
        expect(paths).toContain('cursor');
      }
    });

    it('refuses unknown filter names and bad sort, dateMatch or includeRetracted values with 400', async () => {
      for (const name of ['bogus', 'limitt', 'SELECT', 'publisher_id', 'from[]']) {
        const answer = await list({ [name]: 'x' });
        expectError(answer, 400, 'invalid_input', ['querystring', name]);
        expect(answer.body.error.message).toContain(name);
      }
      for (const [name, value] of [
        ['sort', 'name'],
        ['sort', 'date;drop table sources'],
        ['dateMatch', 'around'],
        ['includeRetracted', 'yes'],
      ] as const)
        expectError(await list({ [name]: value }), 400, 'invalid_input', ['querystring', name]);
    });

    it('refuses impossible dates and instants in from and to with 400 naming the parameter', async () => {
      for (const value of [...IMPOSSIBLE_DATES, ...IMPOSSIBLE_INSTANTS.filter((text) => text.includes('T'))])
        for (const name of ['from', 'to'])
          expectError(await list({ [name]: value }), 400, 'invalid_input', ['querystring', name]);
    });

    it('treats SQL metacharacters, unicode and very long filter values as data: no match or 400, never a change', async () => {
      const filters = [entry.textFilter, 'sourceId', ...(entry.countryFilter ? [entry.countryFilter] : [])];
      await unchanged(async () => {
        for (const name of filters)
          for (const value of HOSTILE_VALUES) {
            const answer = await list({ [name]: value });
            expect([200, 400], `${name}=${value.slice(0, 40)}`).toContain(answer.status);
            // Nothing stored holds these values, so a match means the value was read as SQL or a pattern.
            if (answer.status === 200)
              expect(answer.body.items.map((item: Json) => item.id)).not.toContain(session.world[entry.kind]);
          }
      });
    });

    it('answers 404 not_found for a well-formed id that names nothing, on read, replace, change and retract', async () => {
      const missing = `${base}/${missingId(entry.kind)}`;
      await unchanged(async () => {
        expectError(await call('GET', missing), 404, 'not_found');
        const replace = { version: 1, ...entry.valid(session.world) };
        expectError(await call('PUT', missing, replace), 404, 'not_found');
        expectError(await call('PATCH', missing, { version: 1, note: 'changed' }), 404, 'not_found');
        expectError(
          await call('POST', `${missing}/retract`, { version: 1, reason: 'entered twice' }),
          404,
          'not_found',
        );
      });
    });

    it('answers 400 or 404 for malformed ids (SQL, unicode, very long, NUL) and changes nothing', async () => {
      await unchanged(async () => {
        for (const id of [...MALFORMED_IDS, 'y'.repeat(250)]) {
          const url = `${base}/${encodeURIComponent(id)}`;
          for (const [method, target, payload] of [
            ['GET', url, undefined],
            ['PATCH', url, { version: 1, note: 'changed' }],
            ['POST', `${url}/retract`, { version: 1, reason: 'entered twice' }],
          ] as const) {
            const answer = await call(method, target, payload);
            expect([400, 404], `${method} ${id.slice(0, 40)}`).toContain(answer.status);
          }
        }
      });
    });

    it('refuses a stale or malformed version: 409 version_conflict or 400, and the entity stays as it was', async () => {
      const before = await call('GET', one());
      await unchanged(async () => {
        const replace = { version: 2, ...entry.valid(session.world) };
        for (const [method, url, payload] of [
          ['PUT', one(), replace],
          ['PATCH', one(), { version: 2, note: 'changed' }],
          ['POST', `${one()}/retract`, { version: 2, reason: 'entered twice' }],
        ] as const) {
          const answer = await call(method, url, payload);
          expectError(answer, 409, 'version_conflict');
          expect(answer.body.error).toMatchObject({ expectedVersion: 2, currentVersion: 1 });
        }
        for (const version of [0, -1, 1.5, '1', null])
          expectError(
            await call('PATCH', one(), { version, note: 'changed' }),
            400,
            'invalid_input',
            VERSION,
          );
        expectError(await call('PATCH', one(), { note: 'changed' }), 400, 'invalid_input', VERSION);
      });
      expect((await call('GET', one())).body).toEqual(before.body);
    });

    it('refuses a retraction with no reason, a blank one or one under 3 characters, with 400 naming reason', async () => {
      await unchanged(async () => {
        for (const reason of BAD_REASONS)
          expectError(await retract({ version: 1, reason }), 400, 'invalid_input', REASON);
        expectError(await retract({ reason: 'entered twice' }), 400, 'invalid_input', VERSION);
      });
    });

    it('refuses unknown query parameters on writes (a dryRun=true must not write)', async () => {
      await unchanged(async () => {
        const created = await call('POST', `${base}?dryRun=true`, entry.valid(session.world));
        expectError(created, 400, 'invalid_input', ['querystring', 'dryRun']);
        expectError(await call('PATCH', `${one()}?force=1`, { version: 1 }), 400, 'invalid_input', [
          'querystring',
          'force',
        ]);
      });
    });
  });

  it('finds exactly the row whose text is SQL metacharacters, % or _, and nothing for a near miss', async () => {
    const publishers = ["' OR 1=1 --", '%', '_', ';drop table sources;', 'Ñandú 😀 ü', 'a\\b'];
    const ids = new Map<string, string>();
    for (const publisher of publishers) {
      const created = await call('POST', '/api/sources', {
        kind: 'dataset',
        publisher,
        title: 'Odd publisher',
      });
      expect(created.status, created.text).toBe(201);
      ids.set(publisher, created.body.id as string);
    }
    for (const publisher of publishers) {
      const found = await call('GET', `/api/sources?${queryString({ publisher })}`);
      expect(found.body.items.map((item: Json) => item.id)).toEqual([ids.get(publisher)]);
    }
    for (const nearMiss of ["' or 1=1 --", '%%', 'Ñandu 😀 ü', 'a\\\\b']) {
      const found = await call('GET', `/api/sources?${queryString({ publisher: nearMiss })}`);
      expect(found.body.items).toEqual([]);
    }
    const byKind = await call('GET', `/api/sources?${queryString({ kind: 'dataset,%' })}`);
    expect(byKind.body.items).toHaveLength(publishers.length);
  });

  it('refuses to retract or change a retracted fact: 409 already_retracted, the retraction kept', async () => {
    const { world } = session;
    const created = await call('POST', '/api/facilities', collectionOf('facility').valid(world));
    const url = `/api/facilities/${created.body.id}`;
    expect((await call('POST', `${url}/retract`, { version: 1, reason: 'entered twice' })).status).toBe(200);
    await unchanged(async () => {
      expectError(
        await call('POST', `${url}/retract`, { version: 2, reason: 'again' }),
        409,
        'already_retracted',
      );
      expectError(await call('PATCH', url, { version: 2, name: 'Renamed' }), 409, 'already_retracted');
    });
    expect((await call('GET', url)).body.retracted).toMatchObject({ reason: 'entered twice' });
  });
});
