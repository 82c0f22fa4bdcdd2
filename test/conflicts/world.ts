import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { build } from '../helpers/factories.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

/** The clock of the suites that judge departures against it. */
export const NOW = '2025-08-10T12:00:00.000Z';

/** Writes through the API as its (admin) caller and returns the answer, failing the test on an error status. */
export function writer(api: FastifyInstance) {
  const send = async (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) => {
    const answer = await api.inject({ method, url, payload });
    expect(answer.statusCode, `${method} ${url} ${answer.body}`).toBeLessThan(300);
    return answer.json() as Json;
  };
  return {
    post: (url: string, payload: object) => send('POST', url, payload),
    patch: (url: string, payload: object) => send('PATCH', url, payload),
    put: (url: string, payload: object) => send('PUT', url, payload),
  };
}

/** A source and a new person with one record (birth date as given), for one test's facts. */
export async function newPerson(api: FastifyInstance, birthDate = '1995-04') {
  const { post } = writer(api);
  const source = await post('/api/sources', build.source());
  // The person is made first and named by the record, so linkage on arrival never joins two tests' persons.
  const person = await post('/api/persons', {});
  const record = await post(
    '/api/person-records',
    build.personRecord(source.id, { personId: person.id, birthDate }),
  );
  return { sourceId: source.id as string, record, personId: person.id as string };
}

/** The codes of the conflicts in an answer. */
export function codes(answer: Json): string[] {
  return (answer.conflicts as Json[]).map((conflict) => conflict.code);
}
