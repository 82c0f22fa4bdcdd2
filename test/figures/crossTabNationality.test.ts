import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

describe.each(DIALECTS)('cross-tabs by nationality [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;

  const post = async (url: string, payload: Json) => {
    const answer = await api.inject({ method: 'POST', url, payload });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json() as Json;
  };
  const get = async (url: string) => {
    const answer = await api.inject({ method: 'GET', url });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Json;
  };

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    ({ api } = await adminApi(application));
    const source = await post('/api/sources', build.source());
    // Names and birth dates unlike each other, so no record is linked on arrival to another's person.
    let born = 1960;
    const person = async (nationalitiesByRecord: string[][], retracted: string[][] = []) => {
      const [first = [], ...others] = nationalitiesByRecord;
      born += 1;
      const names = { givenNames: `Given${born}`, familyNames: `Family${born}`, birthDate: String(born) };
      const record = await post(
        '/api/person-records',
        build.personRecord(source.id, { ...names, nationalities: first }),
      );
      const personId = record.personId as string;
      for (const nationalities of [...others, ...retracted]) {
        const more = await post(
          '/api/person-records',
          build.personRecord(source.id, { ...names, personId, nationalities }),
        );
        if (retracted.includes(nationalities)) {
          const answer = await api.inject({
            method: 'POST',
            url: `/api/person-records/${more.id}/retract`,
            payload: { version: more.version, reason: 'wrong person' },
          });
          expect(answer.statusCode, answer.body).toBe(200);
        }
      }
      return personId;
    };
    const transfer = (personId: string, overrides: Json = {}) =>
      post('/api/transfers', build.transfer(source.id, personId, overrides));
    await transfer(await person([['SLV'], ['GTM']])); // two records, two countries: multiple
    await transfer(await person([['SLV', 'VEN']])); // one record, two countries: multiple
    await transfer(await person([['SLV'], ['SLV'], []])); // the same country twice, and none: SLV
    await transfer(await person([[]])); // none: a null key
    const withHalted = await person([['HND']], [['MEX']]); // the retracted record's MEX does not count
    await transfer(withHalted);
    await transfer(withHalted, { status: 'halted', toCountry: 'HND', date: '2025-04-01' });
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('counts a person of several nationalities once, under multiple, and one of none under null', async () => {
    const answer = await get('/api/stats?rows=nationality&columns=destination');
    expect(answer.cells).toEqual([
      { row: 'HND', column: 'SLV', value: 1 },
      { row: 'SLV', column: 'SLV', value: 1 },
      { row: 'multiple', column: 'SLV', value: 2 },
      { row: null, column: 'SLV', value: 1 },
    ]);
    expect(answer.rowTotals).toEqual([
      { key: 'HND', value: 1 },
      { key: 'SLV', value: 1 },
      { key: 'multiple', value: 2 },
      { key: null, value: 1 },
    ]);
    expect(answer.total).toBe(5);
    const csv = await api.inject({
      method: 'GET',
      url: '/api/stats?rows=nationality&columns=status&format=csv',
    });
    expect(csv.body).toBe(
      '\uFEFFnationality,completed,total\r\nHND,1,1\r\nSLV,1,1\r\nmultiple,2,2\r\n(none),1,1\r\ntotal,5,5\r\n',
    );
  });

  it('filters by any nationality of the person, and counts the statuses asked', async () => {
    const salvadoran = await get('/api/stats?rows=nationality&columns=basis&nationality=SLV');
    expect(salvadoran.rowTotals).toEqual([
      { key: 'SLV', value: 1 },
      { key: 'multiple', value: 2 },
    ]);
    expect(salvadoran.filters).toEqual({ nationality: ['SLV'] });
    const byName = await get('/api/stats?rows=nationality&columns=basis&nationality=Guatemala,Venezuela');
    expect(byName.filters).toEqual({ nationality: ['GTM', 'VEN'] });
    expect(byName.rowTotals).toEqual([{ key: 'multiple', value: 2 }]);
    expect((await get('/api/stats?rows=nationality&columns=basis&nationality=MEX')).total).toBe(0);
    const halted = await get('/api/stats?rows=nationality&columns=destination&status=completed,halted');
    expect(halted.cells).toContainEqual({ row: 'HND', column: 'HND', value: 1 });
    expect(halted.statuses).toEqual(['completed', 'halted']);
    expect(halted.total).toBe(6);
  });
});
