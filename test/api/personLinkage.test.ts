import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { AUTO_LINK_PROBABILITY, REVIEW_PROBABILITY } from '../../src/core/usecases/linkPersonRecord.js';
import { exportDocument, importDocument } from '../../src/core/usecases/exportImport.js';
import { ADMIN, build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

async function exportText(application: Application): Promise<string> {
  let text = '';
  for await (const chunk of exportDocument(application.store)) text += chunk;
  return text;
}

/** A clock that moves a millisecond per reading, so ids (ULIDs) follow creation order. */
function tickingClock(): () => Date {
  let now = Date.parse('2026-01-01T00:00:00Z');
  return () => new Date((now += 1));
}

describe.each(DIALECTS)('person linkage [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let adminId: string;
  let sourceId: string;

  async function call(method: 'GET' | 'POST', url: string, payload?: unknown, role?: string) {
    const headers = role ? { 'x-custodia-role': role } : {};
    const response = await api.inject({ method, url, payload: payload as object, headers });
    return { status: response.statusCode, body: response.json() as Json };
  }
  const post = (url: string, payload: unknown, role?: string) => call('POST', url, payload, role);
  const get = (url: string, role?: string) => call('GET', url, undefined, role);

  async function record(fields: Record<string, unknown>): Promise<Json> {
    const created = await post('/api/person-records', {
      nationalities: [],
      sourceIds: [sourceId],
      ...fields,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  async function matchesOf(recordId: string, status = 'pending'): Promise<Json[]> {
    const page = await get(`/api/matches?status=${status}&limit=500`);
    expect(page.status).toBe(200);
    return page.body.items.filter((match: Json) => match.record?.id === recordId);
  }

  /** A record that scores in the review band against an earlier one: same names, nothing else to go on. */
  async function pendingPair(givenNames: string, familyNames: string) {
    const first = await record({ givenNames, familyNames, birthDate: '1991-02', nationalities: ['HND'] });
    const second = await record({ givenNames, familyNames });
    const [match] = await matchesOf(second.id);
    expect(match, 'a pending match').toBeDefined();
    return { first, second, match: match as Json };
  }

  beforeAll(async () => {
    application = await freshApplication(dialect, tickingClock());
    ({ api, userId: adminId } = await adminApi(application));
    sourceId = (await post('/api/sources', build.source())).body.id;
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('links on arrival: joins a sure match, queues a likely one, makes a new person otherwise', async () => {
    const first = await record({
      givenNames: 'José Luis',
      familyNames: 'Zubizarreta Ortiz',
      birthDate: '1990-05',
      nationalities: ['VEN'],
    });
    const sure = await record({
      givenNames: 'José Luis',
      familyNames: 'Zubizarreta Ortiz',
      birthDate: '1990-05-12',
      nationalities: ['VEN'],
    });
    expect(sure.personId).toBe(first.personId);
    expect(await matchesOf(sure.id)).toEqual([]);

    const likely = await record({
      givenNames: 'Jose',
      familyNames: 'Zubizarreta',
      birthDate: '1990',
      nationalities: ['VEN'],
    });
    expect(likely.personId).not.toBe(first.personId);
    const [match, ...others] = await matchesOf(likely.id);
    expect(others).toEqual([]);
    expect(match).toMatchObject({ status: 'pending', version: 1, candidate: { personId: first.personId } });
    expect(match?.probability).toBeGreaterThanOrEqual(REVIEW_PROBABILITY);
    expect(match?.probability).toBeLessThan(AUTO_LINK_PROBABILITY);
    expect(match?.explanation.comparisons).toContainEqual({
      comparison: 'family_name',
      level: 'one_dropped',
      weight: expect.any(Number),
    });

    const unlike = await record({ givenNames: 'Pedro', familyNames: 'Zubizarreta', birthDate: '1960' });
    expect([first.personId, likely.personId]).not.toContain(unlike.personId);
    expect(await matchesOf(unlike.id)).toEqual([]);

    // A personId sent with the record is the editor's decision: no linkage, nothing queued.
    const placed = await record({
      givenNames: 'José Luis',
      familyNames: 'Zubizarreta',
      personId: likely.personId,
    });
    expect(placed.personId).toBe(likely.personId);
    expect(await matchesOf(placed.id)).toEqual([]);
  });

  it('never links a record from a fictional source with a real person', async () => {
    const fictionalSource = (await post('/api/sources', build.source({ kind: 'synthetic', fictional: true })))
      .body;
    const real = await record({ givenNames: 'Ramona', familyNames: 'Iturbide', birthDate: '1980-01-02' });
    const fictional = await record({
      givenNames: 'Ramona',
      familyNames: 'Iturbide',
      birthDate: '1980-01-02',
      sourceIds: [fictionalSource.id],
    });
    expect(fictional.personId).not.toBe(real.personId);
    expect(await matchesOf(fictional.id)).toEqual([]);
  });

  it('lists the queue by role: the public is refused, viewers see no identifiers nor birth days', async () => {
    const first = await record({
      givenNames: 'Ana María',
      familyNames: 'Quintanilla Rivas',
      birthDate: '1988-03-14',
      nationalities: ['SLV'],
      identifiers: [{ kind: 'a_number', value: 'A123456789' }],
    });
    const second = await record({
      givenNames: 'Ana',
      familyNames: 'Quintanilla',
      birthDate: '1988',
      nationalities: ['SLV'],
    });
    const [asAdmin] = await matchesOf(second.id);
    expect(asAdmin?.candidate.record).toMatchObject({ id: first.id, birthDate: '1988-03-14' });
    expect(asAdmin?.candidate.record.identifiers).toEqual([{ kind: 'a_number', value: 'A123456789' }]);

    const asViewer = await get('/api/matches?status=pending&limit=500', 'viewer');
    const seen = asViewer.body.items.find((match: Json) => match.record.id === second.id);
    expect(seen.candidate.record.birthDate).toBe('1988');
    expect(seen.candidate.record.identifiers).toEqual([{ kind: 'a_number', value: 'withheld' }]);
    expect(seen.explanation.comparisons.map((bar: Json) => bar.comparison)).toContain('given_name');

    for (const url of ['/api/matches', `/api/matches/${seen.id}`]) {
      const refused = await get(url, 'public');
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    expect((await get(`/api/matches/${seen.id}`, 'viewer')).body.id).toBe(seen.id);
    const decision = await post(`/api/matches/${seen.id}/accept`, { version: 1 }, 'viewer');
    expect(decision.status).toBe(403);
  });

  it('pages the queue with a cursor, in the order the matches were made', async () => {
    await pendingPair('Rigoberto', 'Altamirano');
    await pendingPair('Wilfredo', 'Altamirano');
    const first = await get('/api/matches?status=pending&limit=1');
    const second = await get(`/api/matches?status=pending&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id > first.body.items[0].id).toBe(true);
  });

  it('accepts a match: merges the persons, audits every move, retracts the emptied person', async () => {
    const { first, second, match } = await pendingPair('Eulalia', 'Barrientos');
    const stale = await post(`/api/matches/${match.id}/accept`, { version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');

    const accepted = await post(`/api/matches/${match.id}/accept`, { version: 1, reason: 'same booking' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({
      personId: first.personId,
      match: { status: 'accepted', version: 2, reason: 'same booking', decidedBy: adminId },
    });
    const person = await get(`/api/persons/${first.personId}`);
    expect(person.body.records.map((item: Json) => item.id).sort()).toEqual([first.id, second.id].sort());
    const emptied = await get(`/api/persons?includeRetracted=true&limit=500`);
    const old = emptied.body.items.find((item: Json) => item.id === second.personId);
    expect(old.retracted.reason).toMatch(new RegExp(`^merged into ${first.personId}`));

    const moves = await application.store.auditEntries({ entityId: second.id, limit: 10 });
    expect(moves.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(moves[1]).toMatchObject({
      actorId: adminId,
      before: { data: { personId: second.personId } },
      after: { data: { personId: first.personId } },
    });
    const decisions = await application.store.auditEntries({ entityId: match.id, limit: 10 });
    expect(decisions.map((entry) => [entry.kind, entry.action])).toEqual([
      ['personMatch', 'create'],
      ['personMatch', 'update'],
    ]);
    expect(decisions[1]).toMatchObject({ before: { status: 'pending' }, after: { status: 'accepted' } });

    for (const [verb, body] of [
      ['accept', { version: 2 }],
      ['reject', { version: 2, reason: 'changed my mind' }],
    ] as const) {
      const again = await post(`/api/matches/${match.id}/${verb}`, body);
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('match_already_decided');
    }
  });

  it('rejects a match: the persons are never linked again, by the engine or by hand', async () => {
    const first = await record({
      givenNames: 'Carmen',
      familyNames: 'Echeverría',
      identifiers: [{ kind: 'a_number', value: 'A111111111' }],
    });
    const second = await record({
      givenNames: 'Carmen',
      familyNames: 'Echeverría',
      identifiers: [{ kind: 'passport', value: 'P7654321' }],
    });
    const [match] = await matchesOf(second.id);
    const noReason = await post(`/api/matches/${match?.id}/reject`, { version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((issue: Json) => issue.path)).toContainEqual(['body', 'reason']);
    const rejected = await post(`/api/matches/${match?.id}/reject`, {
      version: 1,
      reason: 'different mothers',
    });
    expect(rejected.body.match).toMatchObject({ status: 'rejected', reason: 'different mothers' });

    // Sure of both persons (each by an identifier): it joins one, and the other is not queued against it.
    const both = await record({
      givenNames: 'Carmen',
      familyNames: 'Echeverría',
      identifiers: [
        { kind: 'a_number', value: 'A-111-111-111' },
        { kind: 'passport', value: 'P7654321' },
      ],
    });
    expect([first.personId, second.personId]).toContain(both.personId);
    expect(await matchesOf(both.id)).toEqual([]);

    for (const [survivor, other] of [
      [first.personId, second.personId],
      [second.personId, first.personId],
    ]) {
      const merge = await post(`/api/persons/${survivor}/merge`, {
        personId: other,
        reason: 'looks the same',
      });
      expect(merge.status).toBe(409);
      expect(merge.body.error.code).toBe('cannot_link');
    }
  });

  it('closes a pending match that a rejection has answered, instead of asking it again', async () => {
    const withANumber = await record({
      givenNames: 'Soledad',
      familyNames: 'Arriaga',
      identifiers: [{ kind: 'a_number', value: 'A222222222' }],
    });
    const withPassport = await record({
      givenNames: 'Soledad',
      familyNames: 'Arriaga',
      identifiers: [{ kind: 'passport', value: 'P5555555' }],
    });
    const third = await record({ givenNames: 'Soledad', familyNames: 'Arriaga' });
    const pending = await matchesOf(third.id);
    const toANumber = pending.find((match) => match.candidate.personId === withANumber.personId);
    const toPassport = pending.find((match) => match.candidate.personId === withPassport.personId);
    expect(toANumber && toPassport, JSON.stringify(pending)).toBeTruthy();

    const [first] = await matchesOf(withPassport.id);
    await post(`/api/matches/${first?.id}/reject`, { version: 1, reason: 'different people' });
    expect((await get(`/api/matches/${toPassport?.id}`)).body.status).toBe('pending');
    await post(`/api/matches/${toANumber?.id}/accept`, { version: 1 });
    // The third record is now one person with the first: its match with the second asks the rejected question.
    const closed = (await get(`/api/matches/${toPassport?.id}`)).body;
    expect(closed).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^closed: /) });
  });

  it('merges and splits back to the same clustering, each move audited, stale versions refused', async () => {
    const personA = (await post('/api/persons', {})).body;
    const personB = (await post('/api/persons', {})).body;
    const a1 = await record({ givenNames: 'Lucía', familyNames: 'Olmedo', personId: personA.id });
    const a2 = await record({ givenNames: 'Lucia', familyNames: 'Olmedo Paz', personId: personA.id });
    const b1 = await record({ givenNames: 'Lucía', familyNames: 'Olmedo', personId: personB.id });
    const transfer = (await post('/api/transfers', build.transfer(sourceId, personB.id))).body;
    const clustering = async () =>
      Promise.all(
        [a1, a2, b1].map(
          async (item) => (await get(`/api/person-records/${item.id}`)).body.personId as string,
        ),
      );
    const before = await clustering();

    expect(
      (await post(`/api/persons/${personA.id}/merge`, { personId: personB.id, reason: 'same' }, 'viewer'))
        .status,
    ).toBe(403);
    const merged = await post(`/api/persons/${personA.id}/merge`, {
      personId: personB.id,
      reason: 'same person, two bookings',
      version: 1,
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.moved).toEqual({ recordIds: [b1.id], factIds: [transfer.id] });
    expect(merged.body.merged.retracted.reason).toBe(`merged into ${personA.id}: same person, two bookings`);
    expect(new Set(await clustering())).toEqual(new Set([personA.id]));

    const stale = await post(`/api/persons/${personA.id}/split`, {
      recordIds: [b1.id],
      reason: 'undo',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const everything = await post(`/api/persons/${personA.id}/split`, {
      recordIds: [a1.id, a2.id, b1.id],
      reason: 'undo',
    });
    expect(everything.status).toBe(400);
    const foreign = await post(`/api/persons/${personA.id}/split`, {
      recordIds: [b1.id, 'rec_nothing'],
      reason: 'undo',
    });
    expect(foreign.body.error.issues.map((issue: Json) => issue.path)).toContainEqual([
      'body',
      'recordIds',
      1,
    ]);

    const split = await post(`/api/persons/${personA.id}/split`, {
      ...merged.body.moved,
      reason: 'undo',
      version: 2,
    });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    const after = await clustering();
    expect(after[0]).toBe(after[1]);
    expect(after[2]).not.toBe(after[0]);
    expect(after[2]).toBe(split.body.created.id);
    expect(before[0]).toBe(before[1]);
    expect(before[2]).not.toBe(before[0]);
    expect((await get(`/api/transfers/${transfer.id}`)).body.personId).toBe(split.body.created.id);

    const audit = await application.store.auditEntries({ entityId: b1.id, limit: 10 });
    expect(audit.map((entry) => [entry.action, (entry.after as Json).data.personId])).toEqual([
      ['create', personB.id],
      ['update', personA.id],
      ['update', split.body.created.id],
    ]);
    expect(audit[1]?.actorId).toBe(adminId);
    expect((audit[1]?.before as Json).data.personId).toBe(personB.id);
  });

  it('exports and imports the queue and the cannot-links, byte for byte', async () => {
    const exported = await exportText(application);
    const document = JSON.parse(exported);
    expect(document.personMatches.map((match: Json) => match.status)).toEqual(
      expect.arrayContaining(['pending', 'accepted', 'rejected']),
    );
    expect(document.cannotLinks.length).toBeGreaterThan(0);
    const target = await freshApplication(dialect);
    try {
      const counts = await importDocument(target.context(ADMIN), document);
      expect(counts['person-matches']).toBe(document.personMatches.length);
      expect(await exportText(target)).toBe(exported);
      const [recordId, otherRecordId] = document.cannotLinks[0] as [string, string];
      const [mine, theirs] = await target.store.getMany('personRecord', [recordId, otherRecordId]);
      expect(
        await target.store.personsCannotLink(mine?.data.personId ?? '', theirs?.data.personId ?? ''),
      ).toBe(true);
      const broken = { ...document, cannotLinks: [['rec_missing', recordId, 'mat_missing']] };
      const refused = await freshApplication(dialect);
      try {
        await expect(importDocument(refused.context(ADMIN), broken)).rejects.toMatchObject({
          code: 'invalid_input',
        });
      } finally {
        await refused.close();
      }
    } finally {
      await target.close();
    }
  });

  it('refuses bad queue requests with 400 naming the field, and unknown matches with 404', async () => {
    const cases: Array<[string, string[]]> = [
      ['/api/matches?status=maybe', ['querystring', 'status']],
      ['/api/matches?limit=0', ['querystring', 'limit']],
      ['/api/matches?limit=501', ['querystring', 'limit']],
      ['/api/matches?cursor=nonsense', ['querystring', 'cursor']],
      ['/api/matches?sort=id', ['querystring', 'sort']],
    ];
    for (const [url, path] of cases) {
      const answer = await get(url);
      expect(answer.status, url).toBe(400);
      expect(answer.body.error.code).toBe('invalid_input');
      expect(answer.body.error.issues.map((issue: Json) => issue.path)).toContainEqual(path);
    }
    const missing = 'mat_00000000000000000000000000';
    expect((await get(`/api/matches/${missing}`)).status).toBe(404);
    expect((await post(`/api/matches/${missing}/accept`, { version: 1 })).status).toBe(404);
    const badVersion = await post(`/api/matches/${missing}/accept`, { version: 0 });
    expect(badVersion.body.error.issues.map((issue: Json) => issue.path)).toContainEqual(['body', 'version']);
    const self = await post(`/api/persons/per_x/merge`, { personId: 'per_x', reason: 'same' });
    expect(self.status).toBe(400);
  });
});
