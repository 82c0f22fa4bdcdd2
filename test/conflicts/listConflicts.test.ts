import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { MAX_PERSONS_PER_PAGE } from '../../src/core/usecases/listConflicts.js';
import { accountWithToken, adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { newPerson, NOW, writer, type Json } from './world.js';

describe.each(DIALECTS)('GET /api/conflicts [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  const persons: string[] = [];

  const list = async (query: string, headers: Record<string, string> = {}) =>
    api.inject({ method: 'GET', url: `/api/conflicts${query}`, headers });
  const page = async (query: string) => {
    const answer = await list(query);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Json;
  };
  /** Every item of the list, following cursors, with the size of each page. */
  const everything = async (query: string) => {
    const items: Json[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '?';
      const answer: Json = await page(cursor ? `${query}${separator}cursor=${cursor}` : query);
      items.push(...answer.items);
      sizes.push(answer.items.length);
      cursor = answer.nextCursor;
    } while (cursor);
    return { items, sizes };
  };
  const summary = (items: Json[]) => items.map((item) => `${item.personId} ${item.code}`);

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date(NOW));
    ({ api, raw } = await adminApi(application));
    const { post } = writer(api);
    // Three persons: two conflicts, none, one.
    const first = await newPerson(api, '2030');
    await post('/api/transfers', build.transfer(first.sourceId, first.personId, { date: '2025-09-01' }));
    await post('/api/custody-events', build.custodyEvent(first.sourceId, first.personId));
    const second = await newPerson(api);
    await post('/api/custody-events', build.custodyEvent(second.sourceId, second.personId));
    const third = await newPerson(api);
    await post(
      '/api/custody-events',
      build.custodyEvent(third.sourceId, third.personId, { date: '2025-03-16' }),
    );
    await post(
      '/api/custody-events',
      build.custodyEvent(third.sourceId, third.personId, { type: 'released', date: '2025-03-01' }),
    );
    persons.push(first.personId, second.personId, third.personId);
  });
  afterAll(async () => {
    await raw.close();
    await application.close();
  });

  it('lists every conflict person by person, the same whatever the page size', async () => {
    const [first, , third] = persons;
    const whole = await page('');
    expect(whole.nextCursor).toBeNull();
    expect(whole.limit).toBe(50);
    const expected = [
      `${first} completed_transfer_in_future`,
      `${first} custody_before_birth`,
      `${third} release_before_detention`,
    ].sort();
    expect(summary(whole.items).sort()).toEqual(expected);
    for (const item of whole.items) {
      expect(item.message).toEqual({ en: expect.any(String), es: expect.any(String) });
      expect(item.facts[0]).toEqual({
        kind: expect.any(String),
        id: expect.any(String),
        paths: expect.any(Array),
      });
    }
    for (const limit of [1, 2]) {
      const paged = await everything(`?limit=${limit}`);
      expect(summary(paged.items)).toEqual(summary(whole.items));
      expect(Math.max(...paged.sizes)).toBeLessThanOrEqual(limit);
    }
  });

  it('filters by code and by person, and pages inside one person', async () => {
    const [first, second, third] = persons;
    expect(summary((await page('?code=release_before_detention')).items)).toEqual([
      `${third} release_before_detention`,
    ]);
    expect((await page('?code=custody_before_birth,release_before_detention')).items).toHaveLength(2);
    expect((await page('?code=two_facilities_at_once')).items).toEqual([]);
    const one = await everything(`?personId=${first}&limit=1`);
    expect(summary(one.items)).toEqual([
      `${first} completed_transfer_in_future`,
      `${first} custody_before_birth`,
    ]);
    expect((await page(`?personId=${second}`)).items).toEqual([]);
    expect((await page('?personId=per_nobody')).items).toEqual([]);
  });

  it('refuses a cursor it did not seal, an unknown code and an unknown parameter', async () => {
    const forged = await list('?cursor=abc');
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.issues[0].path).toEqual(['querystring', 'cursor']);
    expect((await list('?code=made_up')).statusCode).toBe(400);
    expect((await list('?severity=violation')).statusCode).toBe(400);
    expect((await list('?limit=0')).statusCode).toBe(400);
  });

  it('is for editors: 401 to the public, 403 to a viewer, 200 to an editor', async () => {
    expect((await raw.inject({ method: 'GET', url: '/api/conflicts' })).statusCode).toBe(401);
    expect((await list('', { 'x-custodia-role': 'viewer' })).statusCode).toBe(403);
    const viewer = await accountWithToken(application, 'viewer');
    expect(
      (await raw.inject({ method: 'GET', url: '/api/conflicts', headers: viewer.headers })).statusCode,
    ).toBe(403);
    const editor = await accountWithToken(application, 'editor');
    const answer = await raw.inject({ method: 'GET', url: '/api/conflicts', headers: editor.headers });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toHaveLength(3);
  });

  it('examines at most MAX_PERSONS_PER_PAGE persons a page, and says to go on', async () => {
    const context = application.context(CLI_ACTOR);
    const source = { id: 'src_bulk', data: build.source() };
    const bulk = Array.from({ length: MAX_PERSONS_PER_PAGE + 10 }, (_, index) => ({
      id: `per_bulk_${String(index).padStart(5, '0')}`,
      data: { fictional: false },
    }));
    const last = { id: 'per_zz_last', data: { fictional: false } };
    await insertDataset(context, {
      source: [source] as never,
      person: [...bulk, last],
      custodyEvent: [
        {
          id: 'cev_zz_last',
          data: build.custodyEvent(source.id, last.id, { date: '2025-03-16', until: '2025-03-01' }),
        },
      ] as never,
    });
    const first = await page('?code=custody_ends_before_it_begins');
    expect(first.items).toEqual([]);
    expect(first.personsExamined).toBe(MAX_PERSONS_PER_PAGE);
    expect(first.nextCursor).not.toBeNull();
    const next = await page(`?code=custody_ends_before_it_begins&cursor=${first.nextCursor}`);
    expect(summary(next.items)).toEqual([`${last.id} custody_ends_before_it_begins`]);
    expect(next.nextCursor).toBeNull();
  });
});
