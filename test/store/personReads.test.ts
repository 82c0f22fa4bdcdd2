import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import type { Actor } from '../../src/core/ports/store.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

const READER: Actor = { id: 'usr_reader', role: 'viewer', via: 'token:tok_test' };

function read(personId: string, route = 'GET /api/persons/:id') {
  return {
    actor: READER,
    at: '2026-02-01T10:00:00.000Z',
    event: {
      action: 'read' as const,
      kind: 'person' as const,
      entityId: personId,
      version: 0,
      before: null,
      after: { route },
    },
  };
}

describe.each(DIALECTS)('reads of a person in the audit log [%s]', (dialect) => {
  let application: Application;

  beforeEach(async () => {
    application = await freshApplication(dialect);
    return () => application.close();
  });

  it('are found by person before and after they are indexed, each once, in order', async () => {
    const { store } = application;
    await store.appendAudit([read('per_a'), read('per_b'), read('per_a', 'GET /api/persons/:id/timeline')]);
    await store.transaction(READER, (unitOfWork) =>
      unitOfWork.audit([
        { action: 'update', kind: 'person', entityId: 'per_a', version: 2, before: null, after: {} },
      ]),
    );
    const routes = async () =>
      (await store.auditEntries({ entityId: 'per_a', limit: 100 })).map((entry) => [
        entry.action,
        (entry.after as { route?: string }).route ?? null,
      ]);
    const expected = [
      ['read', 'GET /api/persons/:id'],
      ['read', 'GET /api/persons/:id/timeline'],
      ['update', null],
    ];
    expect(await routes()).toEqual(expected);
    expect(await store.indexPersonReads(2)).toBe(2);
    expect(await routes()).toEqual(expected);
    expect(await store.indexPersonReads(100)).toBe(1);
    expect(await store.indexPersonReads(100)).toBe(0);
    expect(await routes()).toEqual(expected);
    await store.appendAudit([read('per_a', 'GET /api/search/persons')]);
    expect((await routes()).at(-1)).toEqual(['read', 'GET /api/search/persons']);
    const reads = await store.auditEntries({ entityId: 'per_a', actions: ['read'], limit: 100 });
    expect(reads.map((entry) => entry.actorId)).toEqual([READER.id, READER.id, READER.id]);
  });
});
