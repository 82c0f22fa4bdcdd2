import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { DomainError } from '../../src/core/errors.js';
import { exportDocument, importDocument } from '../../src/core/usecases/exportImport.js';
import { createEntity, retractEntity, updateEntity } from '../../src/core/usecases/writeEntities.js';
import { ADMIN, build, seedPerson } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

async function exportText(application: Application): Promise<string> {
  let text = '';
  for await (const chunk of exportDocument(application.store)) text += chunk;
  return text;
}

/** A small registry with every kind, an update, a retraction, instants, partial dates and accents. */
async function populate(application: Application) {
  const { context, source, personId } = await seedPerson(application);
  const facility = await createEntity(
    context,
    'facility',
    build.facility(source.id, { name: 'Centro de Confinamiento del Terrorismo' }),
  );
  const agreement = await createEntity(
    context,
    'agreement',
    build.agreement(source.id, { terms: [{ type: 'cap', persons: 300, sourceIds: [source.id] }] }),
  );
  const movement = await createEntity(context, 'movement', {
    kind: 'flight',
    date: '2025-03-15',
    departure: { place: 'Harlingen', country: 'USA', at: '2025-03-15T17:45:00-05:00' },
    arrival: { place: 'San Salvador', country: 'SLV' },
    sourceIds: [source.id],
  });
  await createEntity(
    context,
    'transfer',
    build.transfer(source.id, personId, {
      movementId: movement.id,
      agreementId: agreement.id,
      toFacilityId: facility.id,
    }),
  );
  await createEntity(
    context,
    'custodyEvent',
    build.custodyEvent(source.id, personId, { facilityId: facility.id }),
  );
  await createEntity(context, 'legalEvent', {
    personId,
    type: 'fear_claim',
    date: '2025-03',
    raisedAt: '2025-03-10T10:00:00Z',
    country: 'SLV',
    sourceIds: [source.id],
  });
  await createEntity(context, 'allegation', {
    personId,
    kind: 'conviction',
    category: 'drug_offence',
    description: 'possession',
    basis: 'conviction',
    status: 'convicted',
    sourceIds: [source.id],
  });
  const count = await createEntity(
    context,
    'reportedCount',
    build.reportedCount(source.id, { agreementId: agreement.id }),
  );
  await updateEntity(context, 'reportedCount', count.id, { version: 1, data: { count: 261 }, mode: 'merge' });
  await retractEntity(
    context,
    'facility',
    (await createEntity(context, 'facility', build.facility(source.id))).id,
    { version: 1, reason: 'wrong country' },
  );
}

describe('export and import-bundle', () => {
  for (const [from, to] of [
    ['sqlite', 'sqlite'],
    ['postgres', 'postgres'],
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const) {
    it(`round-trips byte for byte [${from} → ${to}]`, async () => {
      const original = await freshApplication(from);
      const restored = await freshApplication(to);
      try {
        await populate(original);
        const first = await exportText(original);
        const counts = await importDocument(restored.context(ADMIN), JSON.parse(first));
        expect(counts).toMatchObject({
          sources: 1,
          persons: 1,
          'person-records': 1,
          facilities: 2,
          'reported-counts': 1,
        });
        expect(await exportText(restored)).toBe(first);
        const audit = await restored.store.auditEntries({ limit: 100 });
        expect(audit.every((entry) => entry.action === 'restore')).toBe(true);
        expect(audit).toHaveLength(counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 0);
      } finally {
        await original.close();
        await restored.close();
      }
    });
  }

  it.each(DIALECTS)(
    'refuses a non-empty database, or a broken document, and writes nothing [%s]',
    async (dialect) => {
      const original = await freshApplication(dialect);
      const target = await freshApplication(dialect);
      try {
        await populate(original);
        const document = JSON.parse(await exportText(original));
        await expect(importDocument(original.context(ADMIN), document)).rejects.toSatisfy(
          (error) => error instanceof DomainError && error.code === 'database_not_empty',
        );
        const broken = structuredClone(document);
        broken.entities.transfers[0].data.personId = 'per_missing';
        broken.entities['reported-counts'][0].data.dateFrom = '2025-02-30';
        const failure = await importDocument(target.context(ADMIN), broken).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(DomainError);
        const paths = (failure as DomainError).details.issues?.map((issue) => issue.path.join('.'));
        expect(paths).toEqual(
          expect.arrayContaining([
            'entities.reported-counts.0.data.dateFrom',
            'entities.transfers.0.data.personId',
          ]),
        );
        expect(await target.store.isEmpty()).toBe(true);
      } finally {
        await original.close();
        await target.close();
      }
    },
  );
});
