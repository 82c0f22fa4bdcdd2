import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { DomainError } from '../../src/core/errors.js';
import { assertReferencesExist } from '../../src/core/usecases/references.js';
import { adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

/** The DomainError a promise fails with. */
async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe.each(DIALECTS)('relations between reported counts [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  let sourceId: string;
  let agreementId: string;

  const post = async (payload: Json) => {
    const answer = await api.inject({ method: 'POST', url: '/api/reported-counts', payload });
    return { status: answer.statusCode, body: answer.json() as Json };
  };
  const count = (overrides: Json) => build.reportedCount(sourceId, { agreementId, ...overrides });

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api, raw } = await adminApi(application));
    sourceId = (await api.inject({ method: 'POST', url: '/api/sources', payload: build.source() })).json().id;
    agreementId = (
      await api.inject({ method: 'POST', url: '/api/agreements', payload: build.agreement(sourceId) })
    ).json().id;
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('take a count of unknown size, and refuse a qualifier on it', async () => {
    const unknown = await post(count({ count: null, dateFrom: '2025-10', dateTo: undefined }));
    expect(unknown.status).toBe(201);
    expect(unknown.body.count).toBeNull();
    const qualified = await post(count({ count: null, qualifier: 'about' }));
    expect(qualified.status).toBe(400);
    expect(qualified.body.error.issues).toContainEqual(
      expect.objectContaining({ path: ['body', 'qualifier'] }),
    );
    const missing = await post(count({ count: undefined }));
    expect(missing.status).toBe(400);
  });

  it('must point at counts that exist, each field named', async () => {
    const answer = await post(count({ partOf: 'cnt_nowhere', samePersonsAs: 'cnt_elsewhere' }));
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('reference_not_found');
    expect(answer.body.error.issues.map((issue: Json) => issue.path)).toEqual([
      ['body', 'partOf'],
      ['body', 'samePersonsAs'],
    ]);
    const wrongKind = await post(count({ sameEventAs: 'src_not_a_count' }));
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.issues[0].path).toEqual(['body', 'sameEventAs']);
  });

  it('are listed by relation, and make the agreement figure add no breakdown', async () => {
    const whole = await post(count({ count: 238 }));
    const part = await post(count({ count: 137, basis: 'AEA', partOf: whole.body.id }));
    expect(part.status).toBe(201);
    const listed = await api.inject({ method: 'GET', url: `/api/reported-counts?partOf=${whole.body.id}` });
    expect(listed.json().items.map((item: Json) => item.id)).toEqual([part.body.id]);
    const view = (
      await api.inject({ method: 'GET', url: `/api/agreements/${agreementId}?at=2025-04` })
    ).json();
    expect(view.reportedCounts.personsReported).toMatchObject({ min: 238, max: 238, breakdowns: 1 });
    // The unknown-size count of the first test is under the agreement too: an event, not zero.
    expect(view.reportedCounts.personsReported).toMatchObject({
      unknownSizeEvents: 1,
      qualifier: 'at_least',
    });
    // The public sees the same figure: reported counts are published aggregates.
    const publicView = await raw.inject({ method: 'GET', url: `/api/agreements/${agreementId}?at=2025-04` });
    expect(publicView.json().reportedCounts.personsReported).toEqual(view.reportedCounts.personsReported);
  });

  it('may not form a cycle: refused naming the field, through stored relations of any kind', async () => {
    const a = (await post(count({ count: 10 }))).body;
    const b = (await post(count({ count: 5, partOf: a.id }))).body;
    const c = (await post(count({ count: 6, sameEventAs: b.id }))).body;
    const store = application.store;
    const withA = (fields: Json) => ({ ...a, ...fields });
    // A part of its own breakdown's other report: a → c → b → a.
    const loop = await failure(assertReferencesExist(store, withA({ samePersonsAs: c.id }), { ids: [a.id] }));
    expect(loop.code).toBe('invalid_input');
    expect(loop.details.issues).toEqual([
      {
        path: ['samePersonsAs'],
        message: `relations between reported counts may not form a cycle: ${a.id} samePersonsAs ${c.id}, ${c.id} sameEventAs ${b.id}, ${b.id} partOf ${a.id}`,
      },
    ]);
    const itself = await failure(assertReferencesExist(store, withA({ partOf: a.id }), { ids: [a.id] }));
    expect(itself.details.issues?.[0]?.path).toEqual(['partOf']);
    // A relation that loops nowhere is fine, and the count's old relations are replaced by the new ones.
    await assertReferencesExist(store, { ...b, partOf: undefined, sameEventAs: a.id }, { ids: [b.id] });
  });

  it('within a batch may point at each other, but not in a loop nor at nothing', async () => {
    const store = application.store;
    const x = count({ count: 3, partOf: 'cnt_batch_y' });
    const y = count({ count: 4 });
    await assertReferencesExist(store, [x, y], { ids: ['cnt_batch_x', 'cnt_batch_y'] });
    const looped = await failure(
      assertReferencesExist(store, [x, { ...y, sameEventAs: 'cnt_batch_x' }], {
        ids: ['cnt_batch_x', 'cnt_batch_y'],
      }),
    );
    expect(looped.details.issues?.map((issue) => issue.path)).toEqual([
      [0, 'partOf'],
      [1, 'sameEventAs'],
    ]);
    const dangling = await failure(
      assertReferencesExist(store, [x, y], { ids: ['cnt_batch_x', 'cnt_batch_z'] }),
    );
    expect(dangling.code).toBe('reference_not_found');
    expect(dangling.details.issues?.[0]?.path).toEqual([0, 'partOf']);
  });
});
