import type { FastifyInstance, HTTPMethods, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { errorBody } from '../../src/api/routes/schemas.js';
import type { Application } from '../../src/app.js';
import { KIND_ORDER, kindOf, type KindName } from '../../src/core/entities/index.js';
import { build } from '../helpers/factories.js';
import { freshApplication, type DialectName } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
export type Path = Array<string | number>;

export interface Answer {
  status: number;
  body: Json;
  text: string;
}

// A V8 stack frame: "at fn (/path/file.ts:1:2)", "at /path/file.ts:1:2", "at node:internal/…:1:2".
const STACK_FRAME = /\bat (?:\S+ \()?(?:file:|node:|\/)[^\s)]*:\d+:\d+/;

/** What every error body must be: `{ error: { code, message, issues? } }` and nothing else at the top. */
export function expectErrorShape(body: Json): void {
  expect(Object.keys(body)).toEqual(['error']);
  expect(errorBody.safeParse(body).success, JSON.stringify(body)).toBe(true);
}

/**
 * Sends one request and checks what must hold for every answer, good or bad: no 5xx, no stack trace or source
 * path in the text, and errors in the catalogue's shape.
 */
export async function send(api: FastifyInstance, options: InjectOptions): Promise<Answer> {
  const response = await api.inject(options);
  const text = response.body;
  const label = `${options.method ?? 'GET'} ${String(options.url)} → ${response.statusCode} ${text.slice(0, 300)}`;
  expect(response.statusCode, label).toBeLessThan(500);
  expect(text, label).not.toMatch(STACK_FRAME);
  expect(text, label).not.toContain('/src/');
  expect(text, label).not.toContain('node_modules');
  const body = (text ? JSON.parse(text) : {}) as Json;
  if (response.statusCode >= 400) expectErrorShape(body);
  return { status: response.statusCode, body, text };
}

/** The answer is the given error; with a path, one of its issues names exactly that field. */
export function expectError(answer: Answer, status: number, code: string, path?: Path): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body.error.code, answer.text).toBe(code);
  if (path) {
    const paths = (answer.body.error.issues ?? []).map((issue: Json) => issue.path);
    expect(paths, answer.text).toContainEqual(path);
  }
}

/** Every entity of every kind (retracted too) and the audit length: equal snapshots mean nothing was written. */
export async function snapshot(api: FastifyInstance, application: Application): Promise<string[]> {
  const rows: string[] = [];
  for (const kind of KIND_ORDER) {
    const url = `/api/${kindOf(kind).collection}?includeRetracted=true&limit=500&sort=id`;
    const answer = await send(api, { method: 'GET', url });
    expect(answer.status).toBe(200);
    rows.push(...answer.body.items.map((item: Json) => `${kind} ${JSON.stringify(item)}`));
  }
  // Reads of person data are audited (the snapshot's own reads too): only changes must not appear.
  const changes = (await application.store.auditEntries({ limit: 1_000_000 })).filter(
    (entry) => entry.action !== 'read',
  );
  rows.push(`audit entries: ${changes.length}`);
  return rows;
}

/** An API on a fresh database of the dialect with one entity of each kind; filled in by beforeAll. */
export interface Session {
  application: Application;
  api: FastifyInstance;
  /** The same store behind an API that takes bodies of at most 2048 bytes. */
  smallApi: FastifyInstance;
  world: World;
  call(
    method: HTTPMethods,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  /** Runs the work and asserts that afterwards every entity and the audit trail are exactly as before. */
  unchanged(work: () => Promise<void>): Promise<void>;
}

export function openSession(dialect: DialectName): Session {
  const session = {
    call: (method, url, payload, headers = {}) =>
      send(session.api, { method, url, payload: payload as string, headers }),
    async unchanged(work) {
      const before = await snapshot(session.api, session.application);
      await work();
      expect(await snapshot(session.api, session.application)).toEqual(before);
    },
  } as Session;
  beforeAll(async () => {
    session.application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api: session.api } = await adminApi(session.application));
    ({ api: session.smallApi } = await adminApi(
      session.application,
      await session.application.api({ bodyLimit: 2048 }),
    ));
    session.world = await makeWorld(session.api);
  });
  afterAll(async () => {
    await session.smallApi?.close();
    await session.api?.close();
    await session.application?.close();
  });
  return session;
}

/** A well-formed id of the kind that names nothing. */
export const missingId = (kind: KindName) => `${kindOf(kind).prefix}_00000000000000000000000000`;

/** One entity of every kind, made through the API; every one is at version 1 and the tests never change them. */
export type World = Record<KindName, string>;

export async function makeWorld(api: FastifyInstance): Promise<World> {
  const world = {} as World;
  const create = async (kind: KindName, payload: Json) => {
    const answer = await send(api, { method: 'POST', url: `/api/${kindOf(kind).collection}`, payload });
    expect(answer.status, answer.text).toBe(201);
    world[kind] = answer.body.id as string;
  };
  for (const kind of KIND_ORDER) await create(kind, collectionOf(kind).valid(world));
  return world;
}

/** Fields to put over a valid input, and the path the error must name. */
export interface BadField {
  override(world: World): Json;
  path: Path;
}

/** What is valid for a collection, and one way to break each rule it has. */
export interface CollectionCase {
  kind: KindName;
  collection: string;
  valid(world: World): Json;
  wrongType: BadField;
  unknownCountry?: BadField;
  partialDate?: (value: string) => BadField;
  instant?: (value: string) => BadField;
  missingReference?: BadField;
  /** A filter that compares free text, and one that takes a country, for metacharacter tests. */
  textFilter: string;
  countryFilter?: string;
}

const field = (name: string, value: unknown, path: Path = ['body', name]): BadField => ({
  override: () => ({ [name]: value }),
  path,
});

const instantFor = (name: string) => (value: string) => field(name, value);
const dateFor = (name: string) => (value: string) => field(name, value);

// Ordered like KIND_ORDER (a kind only references kinds before it), so makeWorld can walk the table as is.
export const COLLECTIONS: CollectionCase[] = [
  {
    kind: 'source',
    collection: 'sources',
    valid: () => build.source(),
    wrongType: field('title', 42),
    partialDate: dateFor('publishedOn'),
    instant: instantFor('retrievedAt'),
    textFilter: 'publisher',
  },
  {
    kind: 'facility',
    collection: 'facilities',
    valid: (world) => build.facility(world.source),
    wrongType: field('coordinates', { lat: 'north', lon: 0 }, ['body', 'coordinates', 'lat']),
    unknownCountry: field('country', 'Atlantis'),
    partialDate: dateFor('openedOn'),
    missingReference: field('sourceIds', [missingId('source')], ['body', 'sourceIds', 0]),
    textFilter: 'kind',
    countryFilter: 'country',
  },
  {
    kind: 'agreement',
    collection: 'agreements',
    valid: (world) => build.agreement(world.source),
    wrongType: field('legallyBinding', 'yes'),
    unknownCountry: field('receivingCountry', 'Atlantis'),
    partialDate: (value) => ({
      override: (world) => ({
        statusHistory: [{ status: 'announced', date: value, sourceIds: [world.source] }],
      }),
      path: ['body', 'statusHistory', 0, 'date'],
    }),
    missingReference: {
      override: (world) => ({
        terms: [{ type: 'facilities', facilityIds: [missingId('facility')], sourceIds: [world.source] }],
      }),
      path: ['body', 'terms', 0, 'facilityIds', 0],
    },
    textFilter: 'kind',
    countryFilter: 'country',
  },
  {
    kind: 'movement',
    collection: 'movements',
    valid: (world) => ({
      kind: 'flight',
      date: '2025-03-15',
      departure: { place: 'Harlingen', country: 'USA', at: '2025-03-15T17:45:00-05:00' },
      arrival: { place: 'San Salvador', country: 'SLV', facilityId: world.facility },
      sourceIds: [world.source],
    }),
    wrongType: field('stops', 'none'),
    unknownCountry: field('departure', { place: 'Harlingen', country: 'Atlantis' }, [
      'body',
      'departure',
      'country',
    ]),
    partialDate: dateFor('date'),
    instant: (value) =>
      field('departure', { place: 'Harlingen', country: 'USA', at: value }, ['body', 'departure', 'at']),
    missingReference: field(
      'arrival',
      { place: 'San Salvador', country: 'SLV', facilityId: missingId('facility') },
      ['body', 'arrival', 'facilityId'],
    ),
    textFilter: 'carrier',
    countryFilter: 'toCountry',
  },
  {
    kind: 'person',
    collection: 'persons',
    valid: () => ({ fictional: true, note: 'made for the bad-input suite' }),
    wrongType: field('fictional', 'yes'),
    textFilter: 'agreementId',
    countryFilter: 'nationality',
  },
  {
    kind: 'personRecord',
    collection: 'person-records',
    valid: (world) => build.personRecord(world.source, { personId: world.person }),
    wrongType: field('nationalities', 'VEN'),
    unknownCountry: field('nationalities', ['Atlantis'], ['body', 'nationalities', 0]),
    partialDate: dateFor('birthDate'),
    missingReference: field('personId', missingId('person'), ['body', 'personId']),
    textFilter: 'personId',
    countryFilter: 'nationality',
  },
  {
    kind: 'allegation',
    collection: 'allegations',
    valid: (world) => ({
      personId: world.person,
      kind: 'allegation',
      category: 'gang_membership',
      description: 'alleged membership',
      basis: 'tattoo',
      status: 'alleged',
      date: '2025-02',
      sourceIds: [world.source],
    }),
    wrongType: field('description', ['alleged']),
    unknownCountry: field('jurisdiction', 'Atlantis'),
    partialDate: dateFor('date'),
    missingReference: field('personId', missingId('person'), ['body', 'personId']),
    textFilter: 'personId',
  },
  {
    kind: 'legalEvent',
    collection: 'legal-events',
    valid: (world) => ({
      personId: world.person,
      type: 'appeal',
      forum: 'BIA',
      date: '2025-03',
      filedAt: '2025-03-15T10:00:00-05:00',
      sourceIds: [world.source],
    }),
    wrongType: field('forum', 7),
    unknownCountry: {
      override: () => ({ type: 'fear_claim', raisedAt: '2025-03-15T10:00:00Z', country: 'Atlantis' }),
      path: ['body', 'country'],
    },
    partialDate: dateFor('date'),
    instant: instantFor('filedAt'),
    missingReference: field('personId', missingId('person'), ['body', 'personId']),
    textFilter: 'personId',
  },
  {
    kind: 'transfer',
    collection: 'transfers',
    valid: (world) =>
      build.transfer(world.source, world.person, {
        agreementId: world.agreement,
        movementId: world.movement,
        toFacilityId: world.facility,
      }),
    wrongType: field('exigent', 'maybe'),
    unknownCountry: field('toCountry', 'Atlantis'),
    partialDate: dateFor('date'),
    instant: instantFor('departureAt'),
    missingReference: field('agreementId', missingId('agreement'), ['body', 'agreementId']),
    textFilter: 'agreementId',
    countryFilter: 'destination',
  },
  {
    kind: 'reportedCount',
    collection: 'reported-counts',
    valid: (world) => build.reportedCount(world.source),
    wrongType: field('count', 'many'),
    unknownCountry: field('toCountry', 'Atlantis'),
    partialDate: dateFor('dateFrom'),
    missingReference: field('movementId', missingId('movement'), ['body', 'movementId']),
    textFilter: 'agreementId',
    countryFilter: 'destination',
  },
  {
    kind: 'custodyEvent',
    collection: 'custody-events',
    valid: (world) => build.custodyEvent(world.source, world.person, { facilityId: world.facility }),
    wrongType: field('type', 5),
    unknownCountry: field('country', 'Atlantis'),
    partialDate: dateFor('date'),
    instant: instantFor('at'),
    missingReference: field('facilityId', missingId('facility'), ['body', 'facilityId']),
    textFilter: 'facilityId',
    countryFilter: 'country',
  },
];

export function collectionOf(kind: KindName): CollectionCase {
  const found = COLLECTIONS.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`no bad-input case for ${kind}`);
  return found;
}

/** Dates no calendar has, and instants that are no instant: each must be refused wherever a date is taken. */
export const IMPOSSIBLE_DATES = ['2025-02-30', '2025-13', '2025-00', '2025-02-29', '2025-03-15T10:00:00Z'];
export const IMPOSSIBLE_INSTANTS = [
  '2025-02-30T10:00:00Z',
  '2025-03-15T25:00:00Z',
  '2025-03-15T10:00:00',
  '2025-13-01T10:00:00+01:00',
  '2025-03-15',
];
