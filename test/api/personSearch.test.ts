import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { adminApi } from '../helpers/access.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

describe.each(DIALECTS)('person search [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  const records: Record<string, Json> = {};

  async function search(query: string, role?: string) {
    const response = await api.inject({
      method: 'GET',
      url: `/api/search/persons?${query}`,
      headers: role ? { 'x-custodia-role': role } : {},
    });
    return { status: response.statusCode, body: response.json() as Json };
  }

  /** The hit of the person a seeded record belongs to, or undefined when the search missed it. */
  function hitOf(body: Json, name: string): Json | undefined {
    return body.hits.find((hit: Json) => hit.person.id === records[name]?.personId);
  }

  function reason(hit: Json | undefined, comparison: string): Json | undefined {
    return hit?.why.find((item: Json) => item.comparison === comparison);
  }

  beforeAll(async () => {
    application = await freshApplication(dialect);
    ({ api } = await adminApi(application));
    const post = async (url: string, payload: unknown) =>
      (await api.inject({ method: 'POST', url, payload: payload as object })).json() as Json;
    const source = await post('/api/sources', build.source());
    const seed: Record<string, Json> = {
      garsia: { givenNames: 'Jose', familyNames: 'Garsia', birthDate: '1993-07-21', nationalities: ['GTM'] },
      garciaOther: { givenNames: 'José', familyNames: 'García', birthDate: '1971', nationalities: ['MEX'] },
      delacruz: { fullName: 'Juan Delacruz', nationalities: ['SLV'] },
      pepe: {
        givenNames: 'Pepe',
        familyNames: 'Villanueva',
        identifiers: [{ kind: 'a_number', value: 'A087654321' }],
      },
      jose: { givenNames: 'José', familyNames: 'Montenegro', birthDate: '1985-11-02' },
      unrelated: { givenNames: 'Marisol', familyNames: 'Urquijo' },
    };
    for (const [name, fields] of Object.entries(seed)) {
      records[name] = await post('/api/person-records', { sourceIds: [source.id], ...fields });
      expect(records[name]?.personId, name).toBeDefined();
    }
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('finds Jose Garsia when searching José García, saying why', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('José García')}`);
    expect(status).toBe(200);
    const hit = hitOf(body, 'garsia');
    expect(hit, JSON.stringify(body)).toBeDefined();
    expect(hit?.record.id).toBe(records.garsia?.id);
    expect(reason(hit, 'given_name')).toMatchObject({
      level: 'exact',
      queryValue: 'José García',
      recordValue: 'Jose',
    });
    expect(['similar', 'phonetic']).toContain(reason(hit, 'family_name')?.level);
    expect(reason(hit, 'family_name')).toMatchObject({ recordValue: 'Garsia', weight: expect.any(Number) });
    expect(hit?.probability).toBeGreaterThan(0);
    expect(hitOf(body, 'unrelated')).toBeUndefined();
    const probabilities = body.hits.map((item: Json) => item.probability);
    expect(probabilities).toEqual([...probabilities].sort((left, right) => right - left));
  });

  it('finds Delacruz when searching de la Cruz, in either order', async () => {
    for (const q of ['Juan de la Cruz', 'de la Cruz, Juan', 'DE LA CRUZ JUAN', 'de la Cruz']) {
      const { body } = await search(`q=${encodeURIComponent(q)}`);
      const hit = hitOf(body, 'delacruz');
      expect(hit, q).toBeDefined();
      expect(reason(hit, 'family_name')?.level, q).toBe('exact');
    }
  });

  it('finds Pepe when searching José, and José when searching Pepe', async () => {
    const pepe = hitOf((await search(`q=${encodeURIComponent('José Villanueva')}`)).body, 'pepe');
    expect(reason(pepe, 'given_name')).toMatchObject({
      level: 'nickname',
      recordValue: 'Pepe',
    });
    const jose = hitOf((await search('q=Pepe%20Montenegro')).body, 'jose');
    expect(reason(jose, 'given_name')).toMatchObject({
      level: 'nickname',
      recordValue: 'José',
    });
    const alone = hitOf((await search('q=Pepe')).body, 'jose');
    expect(reason(alone, 'given_name')?.level).toBe('nickname');
  });

  it('ranks by what else is known: birth date, nationality and identifier count', async () => {
    const names = `q=${encodeURIComponent('José García')}`;
    const byDate = (await search(`${names}&birthDate=1971&nationality=mexico`)).body;
    expect(byDate.hits[0].person.id).toBe(records.garciaOther?.personId);
    expect(reason(byDate.hits[0], 'birth_date')).toMatchObject({ queryValue: '1971', recordValue: '1971' });
    expect(reason(byDate.hits[0], 'nationality')).toMatchObject({ level: 'equal', queryValue: 'MEX' });
    const byIdentifier = (await search('q=Villanueva&identifier=A-087-654-321')).body;
    expect(reason(byIdentifier.hits[0], 'identifier')?.level).toBe('exact');
    expect(byIdentifier.hits[0].probability).toBeGreaterThan(0.99);
  });

  it('shows hits by role: the public is refused, viewers see what the presenters allow', async () => {
    const refused = await search('q=Garsia', 'public');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const asViewer = await search(
      `q=${encodeURIComponent('José Montenegro')}&birthDate=1985-11-02`,
      'viewer',
    );
    const hit = hitOf(asViewer.body, 'jose');
    expect(hit?.record.birthDate).toBe('1985');
    // A viewer's birth date counts by its year: a search must not reveal a birth day they may not see.
    expect(reason(hit, 'birth_date')).toMatchObject({ queryValue: '1985', recordValue: '1985' });
    const pepe = hitOf((await search('q=Pepe%20Villanueva', 'viewer')).body, 'pepe');
    expect(pepe?.record.identifiers).toEqual([{ kind: 'a_number', value: 'withheld' }]);
    const byIdentifier = await search('q=Villanueva&identifier=A087654321', 'viewer');
    expect(byIdentifier.status).toBe(403);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[string, string[]]> = [
      ['', ['querystring', 'q']],
      ['q=', ['querystring', 'q']],
      ['q=%20%20', ['querystring', 'q']],
      ['q=12', ['querystring', 'q']],
      [`q=${'a'.repeat(201)}`, ['querystring', 'q']],
      ['q=Garcia&limit=0', ['querystring', 'limit']],
      ['q=Garcia&limit=101', ['querystring', 'limit']],
      ['q=Garcia&limit=ten', ['querystring', 'limit']],
      ['q=Garcia&birthDate=1990-13', ['querystring', 'birthDate']],
      ['q=Garcia&birthDate=yesterday', ['querystring', 'birthDate']],
      ['q=Garcia&nationality=Narnia', ['querystring', 'nationality']],
      ['q=Garcia&sort=name', ['querystring', 'sort']],
    ];
    for (const [query, path] of cases) {
      const { status, body } = await search(query);
      expect(status, query).toBe(400);
      expect(body.error.code, query).toBe('invalid_input');
      expect(
        body.error.issues.map((issue: Json) => issue.path),
        query,
      ).toContainEqual(path);
    }
  });
});
