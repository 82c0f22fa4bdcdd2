import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { adminApi } from '../helpers/access.js';
import { build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { newPerson, NOW, writer, type Json } from './world.js';

describe.each(DIALECTS)('conflicts in the person and the timeline [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  const world: Record<string, string> = {};

  const read = async (url: string, role?: string) => {
    const answer = await api.inject({ method: 'GET', url, headers: role ? { 'x-custodia-role': role } : {} });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Json;
  };
  const codes = (answer: Json) => (answer.conflicts as Json[]).map((conflict) => conflict.code);

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date(NOW));
    ({ api } = await adminApi(application));
    const { post } = writer(api);
    const { sourceId, personId, record } = await newPerson(api, '1995-04-20');
    const movement = await post('/api/movements', {
      kind: 'flight',
      date: '2025-03-15',
      departure: { place: 'Harlingen, TX', country: 'USA', date: '2025-03-15' },
      arrival: { place: 'San Salvador', country: 'SLV', date: '2025-03-14' },
      sourceIds: [sourceId],
    });
    // A departure no clock has reached, so the answer is the same whichever clock the view is given.
    const transfer = await post(
      '/api/transfers',
      build.transfer(sourceId, personId, { date: '2999-01-01', movementId: movement.id }),
    );
    const dayBefore = await post(
      '/api/custody-events',
      build.custodyEvent(sourceId, personId, { date: '1995-04-10' }),
    );
    const yearBefore = await post(
      '/api/custody-events',
      build.custodyEvent(sourceId, personId, { date: '1994-12-01' }),
    );
    const calm = await newPerson(api);
    Object.assign(world, {
      personId,
      recordId: record.id,
      movementId: movement.id,
      transferId: transfer.id,
      dayBefore: dayBefore.id,
      yearBefore: yearBefore.id,
      calmId: calm.personId,
    });
  });
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it("judges 'in the future' by the registry's clock, not the machine's, in the person and the timeline", async () => {
    const { post } = writer(api);
    const { sourceId, personId } = await newPerson(api);
    // After the registry's clock (2025-08-10), before any machine running this test.
    await post('/api/transfers', build.transfer(sourceId, personId, { date: '2025-12-01' }));
    expect(codes(await read(`/api/persons/${personId}`))).toContain('completed_transfer_in_future');
    expect(codes(await read(`/api/persons/${personId}/timeline`))).toContain('completed_transfer_in_future');
  });

  it('carries the person’s conflicts in GET /api/persons/:id, the movement of a transfer included', async () => {
    const person = await read(`/api/persons/${world.personId}`);
    expect(codes(person)).toEqual([
      'completed_transfer_in_future',
      'custody_before_birth',
      'custody_before_birth',
      'movement_arrives_before_departure',
    ]);
    const movementConflict = (person.conflicts as Json[]).find(
      (conflict) => conflict.code === 'movement_arrives_before_departure',
    );
    expect(movementConflict?.facts).toEqual([
      {
        kind: 'movement',
        id: world.movementId,
        paths: [
          ['arrival', 'date'],
          ['departure', 'date'],
        ],
      },
    ]);
    expect(person.whereabouts).not.toBeNull();
    expect((await read(`/api/persons/${world.calmId}`)).conflicts).toEqual([]);
  });

  it('carries the same conflicts in the timeline', async () => {
    const timeline = await read(`/api/persons/${world.personId}/timeline`);
    const person = await read(`/api/persons/${world.personId}`);
    expect(timeline.items.length).toBe(3);
    expect(timeline.conflicts).toEqual(person.conflicts);
    expect((await read(`/api/persons/${world.calmId}/timeline`)).conflicts).toEqual([]);
  });

  it('shows a viewer only what the birth year tells, in the person and the timeline', async () => {
    for (const url of [`/api/persons/${world.personId}`, `/api/persons/${world.personId}/timeline`]) {
      const answer = await read(url, 'viewer');
      const beforeBirth = (answer.conflicts as Json[]).filter(
        (conflict) => conflict.code === 'custody_before_birth',
      );
      expect(beforeBirth.map((conflict) => conflict.facts[0].id)).toEqual([world.yearBefore]);
      expect(beforeBirth[0]?.message.en).toContain('(1995)');
      expect(JSON.stringify(answer.conflicts)).not.toMatch(/1995-04/);
    }
  });
});
