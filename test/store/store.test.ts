import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { KINDS } from '../../src/core/entities/index.js';
import { DomainError } from '../../src/core/errors.js';
import { cursorCodec } from '../../src/core/access/cursors.js';
import { listEntities } from '../../src/core/usecases/listEntities.js';
import { createEntity, retractEntity, updateEntity } from '../../src/core/usecases/writeEntities.js';
import { COMMON_COLUMNS, TABLE_COLUMNS } from '../../src/store/schema.js';
import { ADMIN, build, seedPerson } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

/** Cursors of these tests, sealed with a key of their own. */
const cursors = cursorCodec(randomBytes(32));

function expectCode(promise: Promise<unknown>, code: string) {
  return expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);
}

it('declares every index column a kind extracts in the migration tables', () => {
  for (const kind of Object.values(KINDS)) {
    const columns = TABLE_COLUMNS[kind.table];
    expect(columns, kind.table).toBeDefined();
    expect(Object.keys(kind.columns).sort()).toEqual([...(columns ?? [])].sort());
    expect(COMMON_COLUMNS).toContain('data');
  }
});

describe.each(DIALECTS)('store [%s]', (dialect) => {
  let application: Application;
  beforeEach(async () => {
    application = await freshApplication(dialect);
  });
  afterEach(async () => {
    await application.close();
  });

  it('creates a person for a person record that names none, marked fictional when its sources are', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(
      context,
      'source',
      build.source({ kind: 'synthetic', fictional: true }),
    );
    const record = await createEntity(context, 'personRecord', build.personRecord(source.id));
    const person = await application.store.get('person', record.data.personId as string);
    expect(person?.data.fictional).toBe(true);
    expect(record.version).toBe(1);
    expect(record.data.nationalities).toEqual(['VEN']);
  });

  it('stores countries as alpha-3 whatever was written, and keeps partial dates partial', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    const facility = await createEntity(
      context,
      'facility',
      build.facility(source.id, { country: 'el salvador', openedOn: '2023' }),
    );
    expect(facility.data.country).toBe('SLV');
    expect(facility.data.openedOn).toBe('2023');
    const again = await application.store.get('facility', facility.id);
    expect(again?.data).toEqual(facility.data);
  });

  it('keeps an instant in UTC with the offset the source wrote', async () => {
    const { context, source, personId } = await seedPerson(application);
    const transfer = await createEntity(
      context,
      'transfer',
      build.transfer(source.id, personId, { departureAt: '2025-03-15T17:45:00-05:00' }),
    );
    expect(transfer.data.departureAt).toEqual({ utc: '2025-03-15T22:45:00.000Z', offset: '-05:00' });
  });

  it('refuses a fact that cites no source, or a source that does not exist, and writes nothing', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    await expectCode(
      createEntity(context, 'facility', build.facility(source.id, { sourceIds: [] })),
      'invalid_input',
    );
    await expectCode(createEntity(context, 'facility', build.facility('src_missing')), 'reference_not_found');
    expect(await application.store.count('facility')).toBe(0);
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    const facility = await createEntity(context, 'facility', build.facility(source.id));
    const updated = await updateEntity(context, 'facility', facility.id, {
      version: 1,
      data: { reportedCapacity: { value: 40000 } },
      mode: 'merge',
    });
    expect(updated.version).toBe(2);
    await expectCode(
      updateEntity(context, 'facility', facility.id, {
        version: 1,
        data: { name: 'Lost update' },
        mode: 'merge',
      }),
      'version_conflict',
    );
    const stored = await application.store.get('facility', facility.id);
    expect(stored?.version).toBe(2);
    expect(stored?.data.name).toBe(facility.data.name);
    expect(stored?.data.reportedCapacity).toEqual({ value: 40000 });
  });

  it('retracts with a reason instead of deleting, and hides retracted facts from lists unless asked', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    const facility = await createEntity(context, 'facility', build.facility(source.id));
    const retracted = await retractEntity(context, 'facility', facility.id, {
      version: 1,
      reason: 'duplicate of another entry',
    });
    expect(retracted.retracted?.reason).toBe('duplicate of another entry');
    expect(
      (await listEntities(application.store, 'facility', { filters: {} }, cursors)).page.items,
    ).toHaveLength(0);
    const all = await listEntities(
      application.store,
      'facility',
      { filters: {}, includeRetracted: true },
      cursors,
    );
    expect(all.page.items.map((item) => item.id)).toEqual([facility.id]);
    await expectCode(
      updateEntity(context, 'facility', facility.id, { version: 2, data: { name: 'x' }, mode: 'merge' }),
      'already_retracted',
    );
  });

  it('appends one audit entry per write, in the same transaction, with before and after', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    await updateEntity(context, 'source', source.id, {
      version: 1,
      data: { title: 'Corrected title' },
      mode: 'merge',
    });
    await expectCode(
      updateEntity(context, 'source', source.id, { version: 1, data: { title: 'stale' }, mode: 'merge' }),
      'version_conflict',
    );
    const entries = await application.store.auditEntries({ limit: 10, entityId: source.id });
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]?.actorId).toBe('test-admin');
    expect((entries[1]?.before as { data: { title: string } }).data.title).toBe(source.data.title);
    expect((entries[1]?.after as { data: { title: string } }).data.title).toBe('Corrected title');
  });

  it('filters lists by country, date range and token columns, and pages with cursors without gaps', async () => {
    const context = application.context(ADMIN);
    const source = await createEntity(context, 'source', build.source());
    const dates = ['2025', '2025-03', '2025-03-15', '2025-03-16', '2025-04-01', '2024-12-31'];
    for (const date of dates) {
      await createEntity(
        context,
        'reportedCount',
        build.reportedCount(source.id, {
          dateFrom: date,
          dateTo: undefined,
          toCountry: date === '2025-04-01' ? 'CRI' : 'SLV',
        }),
      );
    }
    const march = await listEntities(
      application.store,
      'reportedCount',
      {
        filters: {},
        from: '2025-03',
        to: '2025-03',
      },
      cursors,
    );
    expect(march.page.items.map((item) => item.data.dateFrom).sort()).toEqual([
      '2025-03',
      '2025-03-15',
      '2025-03-16',
    ]);
    const overlapping = await listEntities(
      application.store,
      'reportedCount',
      {
        filters: {},
        from: '2025-03',
        to: '2025-03',
        dateMatch: 'overlaps',
      },
      cursors,
    );
    expect(overlapping.page.items.map((item) => item.data.dateFrom).sort()).toEqual([
      '2025',
      '2025-03',
      '2025-03-15',
      '2025-03-16',
    ]);
    const costaRica = await listEntities(
      application.store,
      'reportedCount',
      {
        filters: { destination: 'Costa Rica' },
      },
      cursors,
    );
    expect(costaRica.page.items).toHaveLength(1);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { page, nextCursor } = await listEntities(
        application.store,
        'reportedCount',
        {
          filters: {},
          limit: 4,
          cursor,
          sort: '-date',
        },
        cursors,
      );
      seen.push(...page.items.map((item) => item.data.dateFrom));
      cursor = nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['2025-04-01', '2025-03-16', '2025-03-15', '2025-03', '2025', '2024-12-31']);
  });

  it('treats filter values as data, never as SQL or patterns', async () => {
    const context = application.context(ADMIN);
    await createEntity(context, 'source', build.source({ publisher: 'A%' }));
    await createEntity(context, 'source', build.source({ publisher: "O'Brien; drop table sources;--" }));
    const quote = await listEntities(
      application.store,
      'source',
      {
        filters: { publisher: "O'Brien; drop table sources;--" },
      },
      cursors,
    );
    expect(quote.page.items).toHaveLength(1);
    const percent = await listEntities(application.store, 'source', { filters: { sourceId: '%' } }, cursors);
    expect(percent.page.items).toHaveLength(0);
    expect(await application.store.count('source')).toBe(2);
  });
});
