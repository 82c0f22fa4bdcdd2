import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { parseMapping } from '../../src/core/importing/mapping.js';
import type { Role } from '../../src/core/roles.js';
import { importFile } from '../../src/ingest/importFile.js';
import { accountWithToken } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are walked as data

/**
 * Sentinel values, one per kind of personal field, and the least role that may see each. The registry below
 * puts them in every personal field; every GET route is then called as every role, and a sentinel found in an
 * answer (body, headers, decoded cursors, error messages) of a role below its least role fails the test.
 */
const SENTINELS: Record<string, { values: string[]; least: Role }> = {
  name: { values: ['Zzyzxquen', 'Qwoxtrab'], least: 'viewer' },
  identifier: { values: ['SNTANUM7741', 'SNTPASSPORT', 'SNTSRCREC'], least: 'editor' },
  // The birth date is 1961-11-29: viewers see 1961, never its month or day.
  birthDay: { values: ['1961-11', '11-29'], least: 'editor' },
  note: { values: ['SNTNOTE'], least: 'editor' },
  docket: { values: ['SNTDOCKET'], least: 'editor' },
  caseName: { values: ['SNTCASE', 'SNTORDERKEY'], least: 'editor' },
  description: { values: ['SNTDESCRIPTION'], least: 'editor' },
  reason: { values: ['SNTRETRACTREASON', 'SNTMATCHREASON'], least: 'editor' },
  confidentialSource: { values: ['SNTCONFTITLE', 'SNTCONFPUBLISHER', 'sntconfurl'], least: 'editor' },
  rawCell: { values: ['SNTRAWCELL'], least: 'editor' },
};

const ROLES: Role[] = ['public', 'viewer', 'editor', 'admin'];

/** Every text an answer gives away: body, headers, and any cursor decoded as a client would try. */
function exposedText(response: { body: string; headers: Record<string, unknown> }): string {
  const parts = [response.body, JSON.stringify(response.headers)];
  for (const match of response.body.matchAll(/"(?:nextCursor|cursor)":"([^"]+)"/g)) {
    parts.push(Buffer.from(match[1] as string, 'base64url').toString('latin1'));
    parts.push(Buffer.from(match[1] as string, 'base64').toString('latin1'));
  }
  return parts.join('\n');
}

interface World {
  ids: Record<string, string[]>;
}

async function buildWorld(
  application: Application,
  api: FastifyInstance,
  admin: Record<string, string>,
): Promise<World> {
  const post = async (url: string, payload: Json) => {
    const answer = await api.inject({ method: 'POST', url, payload, headers: admin });
    expect(answer.statusCode, `${url} ${answer.body}`).toBeLessThan(300);
    return answer.json() as Json;
  };
  const open = await post('/api/sources', build.source({ note: 'public source' }));
  const restricted = await post('/api/sources', build.source({ sensitivity: 'restricted' }));
  const confidential = await post(
    '/api/sources',
    build.source({
      sensitivity: 'confidential',
      title: 'SNTCONFTITLE intake notes',
      publisher: 'SNTCONFPUBLISHER clinic',
      url: 'https://sntconfurl.example/file',
      kind: 'case_file',
    }),
  );
  const cite = [open.id, confidential.id];
  const agreement = await post('/api/agreements', build.agreement(open.id));
  const facility = await post('/api/facilities', build.facility(open.id, { name: 'CECOT' }));
  const movement = await post('/api/movements', {
    kind: 'flight',
    date: '2025-03-15',
    departure: { place: 'Harlingen, TX', country: 'USA', at: '2025-03-15T17:45:00-05:00' },
    arrival: { place: 'San Salvador', country: 'SLV' },
    sourceIds: [open.id],
  });
  const record = await post(
    '/api/person-records',
    build.personRecord(open.id, {
      givenNames: 'Zzyzxquen',
      familyNames: 'Qwoxtrab Ibarra',
      aliases: ['Zzyzxquen Q.'],
      birthDate: '1961-11-29',
      identifiers: [
        { kind: 'a_number', value: 'SNTANUM7741' },
        { kind: 'passport', value: 'SNTPASSPORT' },
      ],
      sourceRecordId: 'SNTSRCREC',
      note: 'SNTNOTE on the record',
      sourceIds: cite,
    }),
  );
  const personId = record.personId as string;
  const person = (
    await api.inject({ method: 'GET', url: `/api/persons/${personId}`, headers: admin })
  ).json();
  await api.inject({
    method: 'PATCH',
    url: `/api/persons/${personId}`,
    payload: { version: person.version, note: 'SNTNOTE on the person' },
    headers: admin,
  });
  const allegation = await post('/api/allegations', {
    personId,
    kind: 'allegation',
    category: 'gang_membership',
    description: 'SNTDESCRIPTION from a police report',
    basis: 'tattoo',
    status: 'alleged',
    date: '2025-02',
    sourceIds: cite,
    note: 'SNTNOTE on the allegation',
  });
  const habeas = await post('/api/legal-events', {
    personId,
    type: 'habeas_petition',
    date: '2025-03-14',
    court: 'D.D.C.',
    filedAt: '2025-03-14T09:00:00-04:00',
    docket: 'SNTDOCKET-25-cv-766',
    sourceIds: cite,
    note: 'SNTNOTE on the petition',
  });
  const order = await post('/api/legal-events', {
    personId,
    type: 'court_order',
    date: '2025-03-15',
    case: 'SNTCASE v. Noem',
    orderKey: 'SNTORDERKEY-1',
    court: 'D.D.C.',
    orderKind: 'temporary_restraining_order',
    writtenAt: '2025-03-15T19:25:00-04:00',
    scope: 'this_person',
    sourceIds: cite,
  });
  const transfer = await post(
    '/api/transfers',
    build.transfer(open.id, personId, {
      agreementId: agreement.id,
      movementId: movement.id,
      toFacilityId: facility.id,
      departureAt: '2025-03-15T17:45:00-05:00',
      note: 'SNTNOTE on the transfer',
      sourceIds: cite,
    }),
  );
  const custody = await post(
    '/api/custody-events',
    build.custodyEvent(open.id, personId, { facilityId: facility.id, note: 'SNTNOTE on custody' }),
  );
  const wrong = await post(
    '/api/custody-events',
    build.custodyEvent(open.id, personId, { type: 'released', date: '2025-04' }),
  );
  await api.inject({
    method: 'POST',
    url: `/api/custody-events/${wrong.id}/retract`,
    payload: { version: 1, reason: 'SNTRETRACTREASON: A-number SNTANUM7741 was typed wrong' },
    headers: admin,
  });
  // A transfer retracted with a reason: its findings answer shows the retraction as the role may see it.
  const mistaken = await post(
    '/api/transfers',
    build.transfer(open.id, personId, { agreementId: agreement.id, sourceIds: cite }),
  );
  await api.inject({
    method: 'POST',
    url: `/api/transfers/${mistaken.id}/retract`,
    payload: { version: 1, reason: 'SNTRETRACTREASON: entered for the wrong person' },
    headers: admin,
  });
  const count = await post(
    '/api/reported-counts',
    build.reportedCount(open.id, { agreementId: agreement.id }),
  );
  const match = await rejectedMatch(api, admin, open.id);
  const importId = await importWithRawCell(application);
  return {
    ids: {
      source: [open.id, restricted.id, confidential.id],
      agreement: [agreement.id],
      facility: [facility.id],
      movement: [movement.id],
      personRecord: [record.id],
      person: [personId],
      allegation: [allegation.id],
      legalEvent: [habeas.id, order.id],
      transfer: [transfer.id, mistaken.id],
      custodyEvent: [custody.id, wrong.id],
      reportedCount: [count.id],
      match: [match],
      import: [importId],
      user: [],
      token: [],
    },
  };
}

/** Two records scoring in the review band, the match rejected with a reason that quotes an identifier. */
async function rejectedMatch(
  api: FastifyInstance,
  admin: Record<string, string>,
  sourceId: string,
): Promise<string> {
  const post = (payload: Json) =>
    api.inject({ method: 'POST', url: '/api/person-records', payload, headers: admin });
  await post(
    build.personRecord(sourceId, {
      givenNames: 'Zzyzxquen',
      familyNames: 'Qwoxtrab',
      birthDate: '1961-11',
      nationalities: ['HND'],
    }),
  );
  const second = (
    await post(
      build.personRecord(sourceId, { givenNames: 'Zzyzxquen', familyNames: 'Qwoxtrab', nationalities: [] }),
    )
  ).json();
  const queue = (
    await api.inject({ method: 'GET', url: '/api/matches?status=pending&limit=500', headers: admin })
  ).json();
  const match = (queue.items as Json[]).find((item) => item.record?.id === second.id);
  expect(match, 'a pending match to reject').toBeDefined();
  const rejected = await api.inject({
    method: 'POST',
    url: `/api/matches/${match?.id}/reject`,
    payload: { version: match?.version, reason: 'SNTMATCHREASON: born 1961-11-29, not the same' },
    headers: admin,
  });
  expect(rejected.statusCode, rejected.body).toBe(200);
  return match?.id as string;
}

/** An import whose report quotes a raw cell of the file. */
async function importWithRawCell(application: Application): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'custodia-sentinels-'));
  const file = join(folder, 'cases.csv');
  const fixture = readFileSync(new URL('../fixtures/import/ngo-case-list.csv', import.meta.url), 'utf8');
  writeFileSync(file, fixture.replace('Narnia', 'SNTRAWCELL'));
  const mapping = parseMapping(
    readFileSync(new URL('../fixtures/import/ngo-case-list.mapping.json', import.meta.url), 'utf8'),
  );
  const result = await importFile(application.context(CLI_ACTOR), file, {
    profile: mapping,
    profileId: 'mapping:sentinels',
    currentYear: 2025,
    fictional: true,
  });
  return result.state.id;
}

/** Every URL to call for a registered GET route, with real ids and the queries that page and filter. */
function urlsFor(route: string, world: World, userIds: string[]): string[] {
  const ids = world.ids;
  const byRoute: Record<string, string[]> = {
    '/api/persons/:id': ids.person!,
    '/api/persons/:id/timeline': ids.person!,
    '/api/persons/:id/deadlines': ids.person!,
    '/api/transfers/:id/findings': ids.transfer!,
    '/api/matches/:id': ids.match!,
    '/api/imports/:id': ids.import!,
    '/api/users/:id/sessions': userIds,
  };
  if (route === '/api/imports/:id/report')
    return ids.import!.flatMap((id) => [`/api/imports/${id}/report`, `/api/imports/${id}/report?format=csv`]);
  if (route.endsWith('/:id')) {
    const collection = route.slice('/api/'.length, -'/:id'.length);
    const kind = Object.keys(ids).find((name) => collectionOf(name) === collection);
    const values = byRoute[route] ?? (kind ? ids[kind] : undefined);
    if (!values) throw new Error(`no ids for ${route}: add them to the sentinel registry`);
    return values.map((id) => route.replace(':id', id));
  }
  if (byRoute[route]) return byRoute[route].map((id) => route.replace(':id', id));
  const special: Record<string, string[]> = {
    '/api/search/persons': [
      '/api/search/persons?q=Zzyzxquen%20Qwoxtrab',
      '/api/search/persons?q=Qwoxtrab&birthDate=1961',
    ],
    '/api/findings': ['/api/findings?limit=1', '/api/findings'],
    '/api/matches': ['/api/matches?limit=1', '/api/matches?status=rejected'],
    '/api/audit': ['/api/audit?limit=500'],
    '/api/imports': ['/api/imports'],
    '/api/tokens': ['/api/tokens'],
    '/api/docs/static/*': ['/api/docs/static/swagger-ui.css'],
  };
  if (special[route]) return special[route];
  if (
    /^\/api\/[a-z-]+$/.test(route) &&
    ![
      '/api/stats',
      '/api/health',
      '/api/session',
      '/api/users',
      '/api/openapi.json',
      '/api/import-profiles',
      '/api/docs',
    ].includes(route)
  )
    return [`${route}?includeRetracted=true&limit=1`, `${route}?includeRetracted=true&limit=500`];
  return [route];
}

const COLLECTIONS: Record<string, string> = {
  source: 'sources',
  agreement: 'agreements',
  facility: 'facilities',
  movement: 'movements',
  personRecord: 'person-records',
  person: 'persons',
  allegation: 'allegations',
  legalEvent: 'legal-events',
  transfer: 'transfers',
  custodyEvent: 'custody-events',
  reportedCount: 'reported-counts',
};
const collectionOf = (kind: string) => COLLECTIONS[kind];

describe.each(DIALECTS)('no personal value reaches a role that may not see it [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let world: World;
  const headers = new Map<Role, Record<string, string>>();
  const userIds: string[] = [];

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    api = await application.api({ access: { publicRequestsPerMinute: 100_000 } });
    headers.set('public', {});
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      const account = await accountWithToken(application, role);
      headers.set(role, account.headers);
      userIds.push(account.userId);
    }
    world = await buildWorld(application, api, headers.get('admin')!);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('in every answer of every GET route, as the public, a viewer, an editor and an admin', async () => {
    const routes = [
      ...new Set(api.routePolicies.filter((route) => route.method === 'GET').map((route) => route.url)),
    ];
    const seen: Record<string, Set<Role>> = {};
    for (const route of routes) {
      for (const url of urlsFor(route, world, userIds)) {
        for (const role of ROLES) {
          const response = await api.inject({ method: 'GET', url, headers: headers.get(role) });
          expect(response.statusCode, `${role} GET ${url}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
          const text = exposedText(response);
          for (const [name, sentinel] of Object.entries(SENTINELS)) {
            if (text.length > 0 && sentinel.values.some((value) => text.includes(value))) {
              (seen[name] ??= new Set()).add(role);
              const allowed = ROLES.indexOf(role) >= ROLES.indexOf(sentinel.least);
              expect(
                allowed,
                `${name} (${sentinel.values.join(', ')}) reached ${role} through GET ${url}`,
              ).toBe(true);
            }
          }
        }
      }
    }
    // The registry really holds every sentinel where its least role reads it: the test would catch a leak.
    for (const [name, sentinel] of Object.entries(SENTINELS))
      expect([...(seen[name] ?? [])], name).toContain(sentinel.least);
  }, 300_000);

  it('refuses filters and orders on fields the role may not see, rather than counting by them', async () => {
    const viewer = headers.get('viewer')!;
    const refused = [
      '/api/person-records?from=1961-11-29&to=1961-11-29',
      '/api/person-records?from=1961-11',
      '/api/person-records?sort=date',
      '/api/person-records?sort=-date',
      '/api/search/persons?q=Qwoxtrab&identifier=SNTANUM7741',
    ];
    for (const url of refused) {
      const answer = await api.inject({ method: 'GET', url, headers: viewer });
      expect([400, 403], `${url}: ${answer.body}`).toContain(answer.statusCode);
    }
    // A birth date searched by a viewer counts only by its year: the right day and a wrong one answer alike.
    const search = async (birthDate: string) =>
      (
        await api.inject({
          method: 'GET',
          url: `/api/search/persons?q=Zzyzxquen%20Qwoxtrab&birthDate=${birthDate}`,
          headers: viewer,
        })
      ).json();
    const right = await search('1961-11-29');
    const wrong = await search('1961-02-03');
    expect(right.hits.map((hit: Json) => [hit.person.id, hit.probability])).toEqual(
      wrong.hits.map((hit: Json) => [hit.person.id, hit.probability]),
    );
    for (const url of ['/api/person-records?from=1961&to=1961', '/api/person-records?sort=created']) {
      expect((await api.inject({ method: 'GET', url, headers: viewer })).statusCode, url).toBe(200);
    }
  });

  it('keeps a fact citing a confidential source visible to viewers, without the source', async () => {
    const viewer = headers.get('viewer')!;
    const [open, , confidential] = world.ids.source!;
    const timeline = (
      await api.inject({
        method: 'GET',
        url: `/api/persons/${world.ids.person![0]}/timeline`,
        headers: viewer,
      })
    ).json();
    const allegation = (timeline.items as Json[]).find((item) => item.kind === 'allegation');
    expect(allegation?.sources).toEqual([
      expect.objectContaining({ id: open }),
      expect.objectContaining({ id: confidential, withheld: true, title: 'withheld' }),
    ]);
    expect(
      (await api.inject({ method: 'GET', url: `/api/sources/${confidential}`, headers: viewer })).statusCode,
    ).toBe(404);
    const editor = headers.get('editor')!;
    expect(
      (await api.inject({ method: 'GET', url: `/api/sources/${confidential}`, headers: editor })).json()
        .title,
    ).toMatch(/SNTCONFTITLE/);
  });
});
