import type { Actor } from '../../src/core/ports/store.js';
import type { Application } from '../../src/app.js';
import { createEntity } from '../../src/core/usecases/writeEntities.js';

export const ADMIN: Actor = { id: 'test-admin', role: 'admin' };

let counter = 0;
const next = () => (counter += 1);

/** Minimal valid inputs for each kind, overridable field by field. */
export const build = {
  source: (overrides: Record<string, unknown> = {}) => ({
    kind: 'news_report',
    publisher: 'Test Wire',
    title: `Report ${next()}`,
    publishedOn: '2025-03-16',
    ...overrides,
  }),
  facility: (sourceId: string, overrides: Record<string, unknown> = {}) => ({
    name: `Facility ${next()}`,
    country: 'SLV',
    kind: 'maximum_security_prison',
    sourceIds: [sourceId],
    ...overrides,
  }),
  agreement: (sourceId: string, overrides: Record<string, unknown> = {}) => ({
    name: `Agreement ${next()}`,
    sendingCountry: 'USA',
    receivingCountry: 'SLV',
    kind: 'prisoner_housing',
    statusHistory: [{ status: 'announced', date: '2025-02-03', sourceIds: [sourceId] }],
    sourceIds: [sourceId],
    ...overrides,
  }),
  personRecord: (sourceId: string, overrides: Record<string, unknown> = {}) => ({
    givenNames: 'José Luis',
    familyNames: 'García López',
    birthDate: '1995-04',
    nationalities: ['VEN'],
    sourceIds: [sourceId],
    ...overrides,
  }),
  transfer: (sourceId: string, personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    legalBasis: 'AEA',
    fromCountry: 'USA',
    toCountry: 'SLV',
    date: '2025-03-15',
    sourceIds: [sourceId],
    ...overrides,
  }),
  custodyEvent: (sourceId: string, personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    type: 'detained',
    date: '2025-03-16',
    country: 'SLV',
    sourceIds: [sourceId],
    ...overrides,
  }),
  reportedCount: (sourceId: string, overrides: Record<string, unknown> = {}) => ({
    count: 238,
    toCountry: 'SLV',
    fromCountry: 'USA',
    dateFrom: '2025-03-15',
    dateTo: '2025-03-16',
    sourceIds: [sourceId],
    ...overrides,
  }),
};

/** A source, and a person with one record citing it: the smallest world most tests need. */
export async function seedPerson(application: Application) {
  const context = application.context(ADMIN);
  const source = await createEntity(context, 'source', build.source());
  const record = await createEntity(context, 'personRecord', build.personRecord(source.id));
  return { context, source, record, personId: record.data.personId as string };
}
