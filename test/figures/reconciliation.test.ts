import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { createEntity } from '../../src/core/usecases/writeEntities.js';
import type { UseCaseContext } from '../../src/core/usecases/context.js';
import { accountWithToken } from '../helpers/access.js';
import { ADMIN, build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

describe.each(DIALECTS)('reconciling a reported count with the registry [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let viewer: { userId: string; headers: Record<string, string> };
  let context: UseCaseContext;
  const ids: Record<string, string> = {};
  const persons: Record<string, string> = {};

  /** A person with one record of these nationalities and one transfer with these fields. */
  async function personWith(name: string, nationalities: string[], transfer: Json) {
    const record = await createEntity(
      context,
      'personRecord',
      build.personRecord(ids.source!, { givenNames: name, familyNames: 'Prueba Ficticia', nationalities }),
    );
    const personId = record.data.personId as string;
    persons[name] = personId;
    await createEntity(context, 'transfer', build.transfer(ids.source!, personId, transfer));
  }

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    api = await application.api({ access: { publicRequestsPerMinute: 100_000 } });
    viewer = await accountWithToken(application, 'viewer');
    context = application.context(ADMIN);
    ids.source = (
      await createEntity(context, 'source', build.source({ kind: 'synthetic', fictional: true }))
    ).id;
    ids.agreement = (await createEntity(context, 'agreement', build.agreement(ids.source))).id;
    const onTheFlights = {
      agreementId: ids.agreement,
      legalBasis: 'AEA',
      date: '2025-03-15',
      departureAt: '2025-03-15T19:37:00-05:00', // 00:37 on the 16th in UTC: still the 15th where it left
    };
    for (const name of ['Ana', 'Berta', 'Carla']) await personWith(name, ['VEN'], onTheFlights);
    await personWith('Dora', ['SLV'], onTheFlights);
    await personWith('Elena', [], onTheFlights);
    await personWith('Flor', ['VEN'], { ...onTheFlights, date: '2025-03-17', departureAt: undefined });
    await personWith('Gina', ['VEN'], { ...onTheFlights, status: 'halted' });
    await personWith('Hilda', ['VEN'], { ...onTheFlights, legalBasis: 'INA241' });
    const count = async (fields: Json) =>
      (await createEntity(context, 'reportedCount', build.reportedCount(ids.source!, fields))).id;
    ids.two = await count({ count: 2, nationalities: ['VEN'], agreementId: ids.agreement });
    ids.aea = await count({ count: 400, basis: 'AEA', agreementId: ids.agreement });
    ids.unknown = await count({ count: null, agreementId: ids.agreement });
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  const reconcile = async (countId: string, headers: Record<string, string> = viewer.headers) => {
    const answer = await api.inject({
      method: 'GET',
      url: `/api/reported-counts/${countId}/reconciliation`,
      headers,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Json;
  };

  it('counts the persons of completed transfers in every dimension the count states, and flags more than reported', async () => {
    const answer = await reconcile(ids.two!);
    expect(answer.scope).toEqual({
      dateFrom: '2025-03-15',
      dateTo: '2025-03-16',
      fromCountry: 'USA',
      toCountry: 'SLV',
      agreementId: ids.agreement,
      nationalities: ['VEN'],
    });
    // Ana, Berta, Carla, Hilda (any basis: the count names none); not Dora (SLV), Elena (no nationality: said
    // apart), Flor (the 17th), Gina (halted).
    expect(answer).toMatchObject({
      identified: 4,
      share: 2,
      moreIdentifiedThanReported: true,
      transfersInScope: 4,
      nationalityUnknown: 1,
    });
    expect(answer.persons.map((person: Json) => person.personId)).toEqual(
      [persons.Ana, persons.Berta, persons.Carla, persons.Hilda].sort(),
    );
    // Viewers see transfers as the presenter shows them to viewers.
    expect(answer.persons[0].transfers[0]).toMatchObject({ toCountry: 'SLV', status: 'completed' });
  });

  it('narrows by the basis a count states, and gives a count of unknown size no share', async () => {
    const aea = await reconcile(ids.aea!);
    // Every nationality (the count names none), AEA only: Ana, Berta, Carla, Dora, Elena.
    expect(aea).toMatchObject({ identified: 5, share: 5 / 400, moreIdentifiedThanReported: false });
    const unknown = await reconcile(ids.unknown!);
    expect(unknown).toMatchObject({ identified: 6, share: null, moreIdentifiedThanReported: false });
  });

  it('gives the public the number only, suppressed from 1 to 4, and never a person', async () => {
    const small = await reconcile(ids.two!, {});
    expect(small).toEqual({
      count: expect.objectContaining({ id: ids.two, count: 2 }),
      scope: expect.objectContaining({ toCountry: 'SLV' }),
      identified: null,
      suppressed: true,
      share: null,
      moreIdentifiedThanReported: null,
    });
    const shown = await reconcile(ids.aea!, {});
    expect(shown).toMatchObject({ identified: 5, suppressed: false, moreIdentifiedThanReported: false });
    for (const answer of [small, shown]) {
      expect(answer.persons).toBeUndefined();
      expect(JSON.stringify(answer)).not.toMatch(/per_|Ana|Prueba/);
    }
  });

  it("audits a viewer's read of each person in the answer, and answers 404 for a count that does not exist", async () => {
    // A viewer of their own, so the entries are of this read only; the answer waits for them to be committed.
    const reader = await accountWithToken(application, 'viewer');
    await reconcile(ids.two!, reader.headers);
    const reads = await application.store.auditEntries({
      actorId: reader.userId,
      actions: ['read'],
      limit: 100,
    });
    expect(new Set(reads.map((entry) => entry.entityId))).toEqual(
      new Set([persons.Ana, persons.Berta, persons.Carla, persons.Hilda]),
    );
    expect(reads[0]?.after).toEqual({ route: 'GET /api/reported-counts/:id/reconciliation' });
    const missing = await api.inject({
      method: 'GET',
      url: '/api/reported-counts/cnt_nowhere/reconciliation',
      headers: viewer.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});
