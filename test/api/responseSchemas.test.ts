import type { FastifyInstance } from 'fastify';
import type * as ZodProvider from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { policyOf } from '../../src/core/access/policy.js';
import { KIND_ORDER, kindOf } from '../../src/core/entities/index.js';
import { roleAtLeast, type Role } from '../../src/core/roles.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { buildDemoData } from '../../src/demo/index.js';
import { entityAnswer } from '../../src/api/routes/entityAnswers.js';
import { accountWithToken } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

/**
 * The serializer validates every answer against its route's response schema (a mismatch is a 500); wrapped here,
 * it also notes every answer the validation changed on the way out. A response schema describes: it must neither
 * strip a field (a non-loose object), nor add one (a default), nor rewrite one (a transform).
 */
const serialized = vi.hoisted(() => ({ altered: new Set<string>() }));
vi.mock('fastify-type-provider-zod', async (importOriginal) => {
  const original = await importOriginal<typeof ZodProvider>();
  const { isDeepStrictEqual } = await import('node:util');
  const serializerCompiler: typeof original.serializerCompiler = (route) => {
    const serialize = original.serializerCompiler(route);
    return (data) => {
      const text = serialize(data);
      if (!isDeepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(data))))
        serialized.altered.add(`${route.method} ${route.url}`);
      return text;
    };
  };
  return { ...original, serializerCompiler };
});

const ROLES = ['public', 'viewer', 'editor', 'admin'] as const;

/** The routes of the issue: each must declare the answer it gives with this status. */
const ROUTES: Array<[method: string, url: string, status: number]> = [
  ['GET', '/api/agreements', 200],
  ['GET', '/api/facilities', 200],
  ['GET', '/api/sources', 200],
  ['GET', '/api/reported-counts', 200],
  ['POST', '/api/legal-events', 201],
  ['GET', '/api/agreements/:id', 200],
  ['GET', '/api/persons/:id', 200],
  ['GET', '/api/persons/:id/timeline', 200],
  ['GET', '/api/persons/:id/deadlines', 200],
  ['GET', '/api/findings', 200],
  ['GET', '/api/transfers/:id/findings', 200],
  ['GET', '/api/search/persons', 200],
  ['GET', '/api/matches', 200],
  ['GET', '/api/matches/:id', 200],
  ['POST', '/api/matches/:id/accept', 200],
  ['POST', '/api/matches/:id/reject', 200],
  ['POST', '/api/persons/:id/merge', 200],
  ['POST', '/api/persons/:id/split', 200],
  ['GET', '/api/conflicts', 200],
  ['GET', '/api/audit', 200],
  ['GET', '/api/reported-counts/:id/reconciliation', 200],
  ['GET', '/api/locate-requests', 200],
  ['GET', '/api/stats', 200],
  // Every kind's own routes, made from the kind.
  ...KIND_ORDER.flatMap((kindName): Array<[string, string, number]> => {
    const base = `/api/${kindOf(kindName).collection}`;
    return [
      ['GET', base, 200],
      ...(kindName === 'person' || kindName === 'agreement'
        ? []
        : [['GET', `${base}/:id`, 200] as [string, string, number]]),
      ['POST', base, 201],
      ['PUT', `${base}/:id`, 200],
      ['PATCH', `${base}/:id`, 200],
      ['POST', `${base}/:id/retract`, 200],
    ];
  }),
];

/** The data fields of a presented entity: what a write sends back. */
function dataOf(entity: Json): Json {
  const {
    id: _id,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    retracted: _retracted,
    ...data
  } = entity;
  return data;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.each(DIALECTS)('response schemas on the demo registry [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  const headers = new Map<Role, Record<string, string>>([['public', {}]]);
  /** Ids made by the fixtures, by what they are for. */
  const made: Record<string, string> = {};

  async function call(role: Role, method: string, url: string, payload?: unknown) {
    const response = await api.inject({
      method: method as 'GET',
      url,
      headers: headers.get(role),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.json() as Json };
  }

  /** Answers with the status, or fails showing the answer (a 500 is an answer its schema refused). */
  async function expectAnswer(role: Role, method: string, url: string, status: number, payload?: unknown) {
    const { status: got, body } = await call(role, method, url, payload);
    expect(got, `${method} ${url} as ${role}: ${JSON.stringify(body).slice(0, 2000)}`).toBe(status);
    return body;
  }
  /** As an admin: a POST to a collection creates (201); any other call answers 200. */
  const asAdmin = (method: string, url: string, payload?: unknown) =>
    expectAnswer(
      'admin',
      method,
      url,
      method === 'POST' && /^\/api\/[a-z-]+$/.test(url) ? 201 : 200,
      payload,
    );

  /** A record that scores in the review band against an earlier one: same names, nothing else to go on. */
  async function pendingMatch(sourceId: string, givenNames: string, familyNames: string): Promise<Json> {
    const base = { sourceIds: [sourceId], givenNames, familyNames };
    await asAdmin('POST', '/api/person-records', { ...base, birthDate: '1991-02', nationalities: ['HND'] });
    const second = await asAdmin('POST', '/api/person-records', base);
    const queue = await expectAnswer('admin', 'GET', '/api/matches?status=pending&limit=500', 200);
    const match = queue.items.find((item: Json) => item.record?.id === second.id);
    expect(match, `a pending match for ${givenNames} ${familyNames}`).toBeDefined();
    return match as Json;
  }

  /**
   * Facts the demo lacks, so that every form an answer takes for some role is made: sources above a viewer's
   * clearance cited beside facts (withheld citations), identifiers, full birth dates, notes, dockets and case
   * names (withheld or cut for viewers), a conflict, open deadlines, whereabouts derived from a transfer, a
   * retracted transfer, pending matches and a locate request.
   */
  async function makeFixtures(): Promise<void> {
    const source = await asAdmin('POST', '/api/sources', build.source());
    const confidential = await asAdmin('POST', '/api/sources', build.source({ sensitivity: 'confidential' }));
    const restricted = await asAdmin('POST', '/api/sources', build.source({ sensitivity: 'restricted' }));
    const cited = [source.id, restricted.id, confidential.id];
    const record = await asAdmin('POST', '/api/person-records', {
      givenNames: 'Wenceslao',
      familyNames: 'Quispe Mamani',
      birthDate: '1990-04-12',
      nationalities: ['BOL'],
      identifiers: [{ kind: 'a_number', value: 'A123456789', country: 'USA' }],
      sourceRecordId: 'case-41',
      note: 'a note about him',
      sourceIds: cited,
    });
    made.person = record.personId;
    // Custody before birth: a conflict, also in the write's answer.
    const early = await asAdmin('POST', '/api/custody-events', {
      ...build.custodyEvent(confidential.id, record.personId, { date: '1985-01-01' }),
      note: 'held',
    });
    expect(early.conflicts, 'the write names its conflict').toEqual([
      expect.objectContaining({ code: 'custody_before_birth' }),
    ]);
    const ordered = daysAgo(5).toISOString();
    await asAdmin('POST', '/api/legal-events', {
      personId: record.personId,
      type: 'removal_order',
      authority: 'INA240',
      date: ordered.slice(0, 10),
      issuedAt: ordered,
      finalAt: null,
      countriesNamed: ['VEN'],
      sourceIds: cited,
    });
    await asAdmin('POST', '/api/legal-events', {
      personId: record.personId,
      type: 'habeas_petition',
      court: 'S.D. Tex.',
      filedAt: daysAgo(3).toISOString(),
      docket: '4:25-cv-00123',
      date: daysAgo(3).toISOString().slice(0, 10),
      sourceIds: [source.id],
    });
    await asAdmin('POST', '/api/allegations', {
      personId: record.personId,
      kind: 'allegation',
      category: 'gang_membership',
      description: 'a tattoo, says an officer',
      basis: 'tattoo',
      status: 'alleged',
      sourceIds: [restricted.id],
    });
    const transfer = await asAdmin('POST', '/api/transfers', {
      ...build.transfer(source.id, record.personId, { date: daysAgo(2).toISOString().slice(0, 10) }),
      status: 'planned',
    });
    made.transfer = transfer.id;

    // Whereabouts worked out from a completed transfer: no custody event records the hand-over.
    const moved = await asAdmin('POST', '/api/person-records', {
      givenNames: 'Anacleto',
      familyNames: 'Ticona Huarachi',
      sourceIds: [confidential.id],
    });
    made.derived = moved.personId;
    await asAdmin(
      'POST',
      '/api/transfers',
      build.transfer(confidential.id, moved.personId, { date: '2025-03-15' }),
    );
    const retracted = await asAdmin(
      'POST',
      '/api/transfers',
      build.transfer(source.id, moved.personId, { date: '2025-04-02' }),
    );
    await asAdmin('POST', `/api/transfers/${retracted.id}/retract`, {
      version: retracted.version,
      reason: 'the source mistook him for his brother',
    });
    made.retractedTransfer = retracted.id;

    made.acceptByEditor = (await pendingMatch(source.id, 'Eustaquio', 'Villavicencio Arango')).id;
    made.rejectByEditor = (await pendingMatch(source.id, 'Filomeno', 'Zambrano Urquiza')).id;
    made.acceptByAdmin = (await pendingMatch(source.id, 'Hermenegildo', 'Ocampo Buitrago')).id;
    made.rejectByAdmin = (await pendingMatch(source.id, 'Leocadio', 'Pacheco Irigoyen')).id;
    made.source = source.id;

    await expectAnswer('public', 'POST', '/api/locate', 200, {
      name: 'Wenceslao Quispe Mamani',
      birthDate: '1990-04-12',
      contact: 'a cousin, +1 555 0100',
    });
  }

  beforeAll(async () => {
    application = await freshApplication(dialect);
    await insertDataset(application.context(CLI_ACTOR), buildDemoData());
    api = await application.api({ access: { publicRequestsPerMinute: 100_000 } });
    for (const role of ['viewer', 'editor', 'admin'] as const)
      headers.set(role, (await accountWithToken(application, role)).headers);
    await makeFixtures();
  }, 240_000);
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('answers the writes of every kind, and of the review queue, for editors and admins', async () => {
    for (const role of ['editor', 'admin'] as const) {
      for (const kindName of KIND_ORDER) {
        const base = `/api/${kindOf(kindName).collection}`;
        const [sample] = (await expectAnswer('admin', 'GET', `${base}?limit=1`, 200)).items as Json[];
        const created = await expectAnswer(role, 'POST', base, 201, dataOf(sample as Json));
        const patched = await expectAnswer(role, 'PATCH', `${base}/${created.id}`, 200, {
          version: created.version,
        });
        const replaced = await expectAnswer(role, 'PUT', `${base}/${created.id}`, 200, {
          ...dataOf(created),
          version: patched.version,
        });
        await expectAnswer(role, 'POST', `${base}/${created.id}/retract`, 200, {
          version: replaced.version,
          reason: 'a copy made to check the answers',
        });
      }
      for (const decision of ['accept', 'reject'] as const) {
        const matchId = made[`${decision}By${role === 'admin' ? 'Admin' : 'Editor'}`] as string;
        const match = await expectAnswer(role, 'GET', `/api/matches/${matchId}`, 200);
        const decided = await expectAnswer(role, 'POST', `/api/matches/${matchId}/${decision}`, 200, {
          version: match.version,
          reason: 'checked against the source',
        });
        expect(decided.match.status).toBe(decision === 'accept' ? 'accepted' : 'rejected');
      }
      // A person with two records: one split off to a new person, then merged back.
      const first = await expectAnswer(role, 'POST', '/api/person-records', 201, {
        givenNames: 'Policarpo',
        familyNames: `Yupanqui ${role}`,
        sourceIds: [made.source],
      });
      const second = await expectAnswer(role, 'POST', '/api/person-records', 201, {
        givenNames: 'Policarpo',
        familyNames: `Yupanqui ${role}`,
        personId: first.personId,
        sourceIds: [made.source],
      });
      const split = await expectAnswer(role, 'POST', `/api/persons/${first.personId}/split`, 200, {
        recordIds: [second.id],
        reason: 'two men of one name',
      });
      await expectAnswer(role, 'POST', `/api/persons/${first.personId}/merge`, 200, {
        personId: split.created.id,
        reason: 'one man after all',
      });
    }
  }, 240_000);

  it('answers every read for every role that may make it, in the form that role gets', async () => {
    const admin = (url: string) => expectAnswer('admin', 'GET', url, 200);
    const every = async (collection: string) => {
      const items: Json[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page: Json = await admin(
          `/api/${collection}?limit=500&includeRetracted=true${cursor ? `&cursor=${cursor}` : ''}`,
        );
        items.push(...(page.items as Json[]));
        cursor = page.nextCursor as string | null;
      }
      return items;
    };
    const sample = <T>(items: T[], step: number) => items.filter((_, index) => index % step === 0);
    const persons = [made.person, made.derived, ...sample(await every('persons'), 12).map((item) => item.id)];
    const transfers = [
      made.transfer,
      made.retractedTransfer,
      ...sample(await every('transfers'), 15).map((t) => t.id),
    ];
    const agreements = (await every('agreements')).map((item) => item.id as string);
    const counts = (await every('reported-counts')).map((item) => item.id as string);
    const [someMatch] = (await admin('/api/matches?limit=1')).items as Json[];

    /** Reads by the route they are of (its policy says who may make them) and, for some, a least role of their own. */
    const reads: Array<{ route: string; url: string; least?: Role }> = [
      ...KIND_ORDER.flatMap((kindName) => {
        const base = `/api/${kindOf(kindName).collection}`;
        return [
          { route: base, url: `${base}?limit=500` },
          { route: base, url: `${base}?limit=500&includeRetracted=true&sort=-updated` },
        ];
      }),
      ...(await Promise.all(
        KIND_ORDER.filter((kindName) => kindName !== 'person' && kindName !== 'agreement').map(
          async (kindName) => {
            const base = `/api/${kindOf(kindName).collection}`;
            const [first] = (await admin(`${base}?limit=1`)).items as Json[];
            return { route: `${base}/:id`, url: `${base}/${first?.id as string}` };
          },
        ),
      )),
      ...agreements.flatMap((id) => [
        { route: '/api/agreements/:id', url: `/api/agreements/${id}` },
        { route: '/api/agreements/:id', url: `/api/agreements/${id}?at=2025-03` },
      ]),
      ...persons.flatMap((id) => [
        { route: '/api/persons/:id', url: `/api/persons/${id}` },
        { route: '/api/persons/:id/timeline', url: `/api/persons/${id}/timeline` },
        { route: '/api/persons/:id/deadlines', url: `/api/persons/${id}/deadlines` },
      ]),
      ...transfers.flatMap((id) => [
        { route: '/api/transfers/:id', url: `/api/transfers/${id}` },
        { route: '/api/transfers/:id/findings', url: `/api/transfers/${id}/findings` },
      ]),
      { route: '/api/findings', url: '/api/findings?limit=500' },
      { route: '/api/findings', url: '/api/findings?severity=violation&limit=5' },
      { route: '/api/search/persons', url: '/api/search/persons?q=Wenceslao%20Quispe' },
      { route: '/api/search/persons', url: '/api/search/persons?q=garcia&limit=100' },
      { route: '/api/matches', url: '/api/matches?limit=500' },
      { route: '/api/matches/:id', url: `/api/matches/${someMatch?.id as string}` },
      { route: '/api/conflicts', url: '/api/conflicts?limit=500' },
      { route: '/api/audit', url: '/api/audit?limit=500' },
      { route: '/api/audit', url: `/api/audit?personId=${made.person}` },
      ...counts.map((id) => ({
        route: '/api/reported-counts/:id/reconciliation',
        url: `/api/reported-counts/${id}/reconciliation`,
      })),
      { route: '/api/locate-requests', url: '/api/locate-requests' },
      { route: '/api/stats', url: '/api/stats' },
      { route: '/api/stats', url: '/api/stats?status=completed,planned,halted,unknown', least: 'viewer' },
      { route: '/api/stats', url: '/api/stats?rows=month&columns=destination', least: 'viewer' },
    ];
    for (const read of reads) {
      const least = read.least ?? policyOf('GET', read.route)?.least;
      expect(least, read.route).toBeDefined();
      for (const role of ROLES)
        if (roleAtLeast(role, least as Role)) await expectAnswer(role, 'GET', read.url, 200);
    }
  }, 600_000);

  it('gives each role its own form of the answers, every one of which the schemas take', async () => {
    const get = (role: Role, url: string) => expectAnswer(role, 'GET', url, 200);
    // Viewers: identifiers, the record's id in its source, notes and dockets withheld, birth dates cut to the year,
    // sources above their clearance cited by id only.
    const person = await get('viewer', `/api/persons/${made.person}`);
    const [record] = person.records as Json[];
    expect(record).toMatchObject({
      birthDate: '1990',
      sourceRecordId: 'withheld',
      note: 'withheld',
      identifiers: [{ kind: 'a_number', value: 'withheld' }],
    });
    expect(record?.sources).toContainEqual(expect.objectContaining({ withheld: true, title: 'withheld' }));
    expect(person.conflicts).toContainEqual(expect.objectContaining({ code: 'custody_before_birth' }));
    const timeline = await get('viewer', `/api/persons/${made.person}/timeline`);
    expect(timeline.items.map((item: Json) => item.entity.docket).filter(Boolean)).toEqual(['withheld']);
    expect((await get('viewer', `/api/persons/${made.person}/deadlines`)).deadlines.length).toBeGreaterThan(
      0,
    );
    expect((await get('viewer', `/api/persons/${made.derived}`)).whereabouts.derived).toMatchObject({
      from: 'transfer',
    });
    const retracted = await get('viewer', `/api/transfers/${made.retractedTransfer}/findings`);
    expect(retracted).toMatchObject({ findings: [], retracted: { at: expect.any(String) } });
    // Editors: the locator's requests with the persons they may concern; conflicts across the registry.
    const [request] = (await get('editor', '/api/locate-requests')).items as Json[];
    expect(request?.matches).toContainEqual(expect.objectContaining({ personId: made.person }));
    expect((await get('editor', '/api/conflicts?limit=500')).items.length).toBeGreaterThan(0);
    // The public: protected tables with suppressed cells, suppressed counts in an agreement and a reconciliation.
    const stats = await get('public', '/api/stats');
    expect(stats.suppressionThreshold).toBeGreaterThan(0);
    expect(JSON.stringify(stats.individualTransfers)).toContain('"suppressed":true');
    expect(stats.individualTransfers.leftOut).toBeUndefined();
    const agreements = (await get('public', '/api/agreements?limit=500')).items as Json[];
    const underAgreements = await Promise.all(
      agreements.map(async (agreement) => (await get('public', `/api/agreements/${agreement.id}`)).transfers),
    );
    expect(underAgreements).toContainEqual(expect.objectContaining({ total: null, suppressed: true }));
    const [count] = (await get('public', '/api/reported-counts?limit=1')).items as Json[];
    const reconciliation = `/api/reported-counts/${count?.id as string}/reconciliation`;
    expect(await get('public', reconciliation)).not.toHaveProperty('persons');
    expect(await get('viewer', reconciliation)).toHaveProperty('persons');
    const viewerStats = await get('viewer', '/api/stats');
    expect(viewerStats).toMatchObject({
      suppressionThreshold: null,
      individualTransfers: { leftOut: expect.any(Number) },
    });
  }, 120_000);

  it('changed no answer on the way out: the schemas describe what the presenters give', () => {
    expect([...serialized.altered]).toEqual([]);
  });
});

describe('the answer schemas made from the kinds', () => {
  it('keep fields they do not name, add no default, and rewrite nothing', () => {
    // A source without the fields its input schema defaults (reliability, sensitivity, fictional), with text its
    // input schema would trim, an instant as stored, and a field no schema names.
    const answer = {
      id: 'src_1',
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      retracted: null,
      kind: 'news_report',
      publisher: '  Wire  ',
      title: 'withheld',
      retrievedAt: { utc: '2025-03-15T22:45:00.000Z', offset: '-05:00' },
      addedLater: { by: 'a newer presenter' },
    };
    expect(entityAnswer('source').parse(answer)).toStrictEqual(answer);
    const viewed = {
      id: 'rec_1',
      version: 2,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      retracted: { at: '2025-01-02T00:00:00.000Z', reason: 'withheld' },
      birthDate: '1990',
      identifiers: [{ kind: 'a_number', value: 'withheld' }],
      sourceRecordId: 'withheld',
      sourceIds: ['src_1'],
    };
    expect(entityAnswer('personRecord').parse(viewed)).toStrictEqual(viewed);
  });
});

describe('the OpenAPI document', () => {
  let application: Application;
  let api: FastifyInstance;

  beforeAll(async () => {
    application = await freshApplication('sqlite');
    api = await application.api();
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('declares the answer of every route the web app reads, by status', async () => {
    const document = (await api.inject({ url: '/api/openapi.json' })).json() as Json;
    const schemas = document.components.schemas as Json;
    for (const [method, url, status] of ROUTES) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      const answer = document.paths[path]?.[method.toLowerCase()]?.responses?.[status];
      const schema = answer?.content?.['application/json']?.schema as Json | undefined;
      expect(schema, `${method} ${url} ${status}`).toBeDefined();
      // A named schema is one of the document's own, not a dangling reference.
      if (schema?.$ref)
        expect(schemas[String(schema.$ref).split('/').pop() as string], schema.$ref).toBeDefined();
    }
    // Entity answers are named once and referred to; no input form of an answer is offered as a schema.
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Transfer', 'PersonRecord', 'LegalEvent']));
    expect(Object.keys(schemas).filter((name) => name.endsWith('Input'))).toEqual([]);
  });
});
