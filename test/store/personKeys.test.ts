import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApplication, type Application } from '../../src/app.js';
import { personRecordKeys } from '../../src/core/linkage/searchKeys.js';
import { exportDocument, importDocument } from '../../src/core/usecases/exportImport.js';
import { createEntity, retractEntity, updateEntity } from '../../src/core/usecases/writeEntities.js';
import type { StoreConfig } from '../../src/store/open.js';
import { keyLookupQuery } from '../../src/store/personKeysQueries.js';
import { ADMIN, build } from '../helpers/factories.js';
import { DIALECTS, freshPostgresUrl, type DialectName } from '../helpers/stores.js';

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A store on a database this test can also reach with its own connection (SQLite: a file, not :memory:). */
async function reachableConfig(dialect: DialectName): Promise<StoreConfig> {
  if (dialect === 'postgres') return { kind: 'postgres', url: await freshPostgresUrl(), poolSize: 2 };
  const directory = mkdtempSync(join(tmpdir(), 'custodia-keys-'));
  directories.push(directory);
  return { kind: 'sqlite', file: join(directory, 'test.db') };
}

/** Runs raw statements on the store's database over a connection of the test's own. */
async function withRawDatabase<T>(
  config: StoreConfig,
  work: (db: Kysely<unknown>) => Promise<T>,
): Promise<T> {
  const db = new Kysely<unknown>({
    dialect:
      config.kind === 'sqlite'
        ? new SqliteDialect({ database: new Database(config.file) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function recordIdsByKeys(application: Application, data: Parameters<typeof personRecordKeys>[0]) {
  const hits = await application.store.personRecordsByKeys(personRecordKeys(data), 50);
  return new Set(hits.map((hit) => `${hit.recordId}@${hit.personId}`));
}

describe.each(DIALECTS)('person record keys [%s]', (dialect) => {
  it('keeps the keys in step with every update and retraction, in the same transaction', async () => {
    const application = await createApplication(await reachableConfig(dialect));
    try {
      const context = application.context(ADMIN);
      const source = await createEntity(context, 'source', build.source());
      const first = { givenNames: 'Pepe', familyNames: 'de la Cruz', birthDate: '1990' };
      const record = await createEntity(context, 'personRecord', build.personRecord(source.id, first));
      const personId = record.data.personId as string;
      expect(await recordIdsByKeys(application, first)).toEqual(new Set([`${record.id}@${personId}`]));
      expect(personRecordKeys(first)).toEqual(
        expect.arrayContaining([
          's:delakrus',
          's:krus',
          'g:pepe',
          'c:jose',
          'x:krus|jose',
          'y:delakrus|jose|1990',
        ]),
      );

      const renamed = { givenNames: 'Wilmer', familyNames: 'Ulloa' };
      const other = await createEntity(context, 'person', { fictional: false });
      const updated = await updateEntity(context, 'personRecord', record.id, {
        version: 1,
        data: { ...renamed, personId: other.id },
        mode: 'merge',
      });
      expect(await recordIdsByKeys(application, first)).toEqual(new Set());
      expect(await recordIdsByKeys(application, renamed)).toEqual(new Set([`${record.id}@${other.id}`]));

      await retractEntity(context, 'personRecord', record.id, {
        version: updated.version,
        reason: 'entered twice',
      });
      expect(await recordIdsByKeys(application, renamed)).toEqual(new Set());
    } finally {
      await application.close();
    }
  });

  it('backfills the keys of records stored before the migration', async () => {
    const config = await reachableConfig(dialect);
    const application = await createApplication(config);
    const data = {
      givenNames: 'Xiomara',
      familyNames: 'Benavides',
      identifiers: [{ kind: 'passport', value: 'G1234567' }],
    };
    let recordId = '';
    try {
      const context = application.context(ADMIN);
      const source = await createEntity(context, 'source', build.source());
      recordId = (await createEntity(context, 'personRecord', build.personRecord(source.id, data))).id;
      // Back to the schema before 004: its tables gone and the migration not yet applied.
      await withRawDatabase(config, async (db) => {
        for (const table of ['person_record_keys', 'person_matches', 'person_cannot_links'])
          await db.schema.dropTable(table).execute();
        await db
          .deleteFrom('custodia_migrations' as never)
          .where('name' as never, '=', '004_person_linkage' as never)
          .execute();
      });
      expect(await application.store.migrate()).toEqual(['004_person_linkage']);
      const hits = await application.store.personRecordsByKeys(
        ['i:passport:G1234567', 's:benabides', 'c:jiomara'],
        10,
      );
      expect(hits.map((hit) => [hit.key, hit.recordId])).toEqual(
        expect.arrayContaining([
          ['i:passport:G1234567', recordId],
          ['s:benabides', recordId],
          ['c:jiomara', recordId],
        ]),
      );
    } finally {
      await application.close();
    }
  });

  it('gives restored (imported) records their keys, except retracted ones', async () => {
    const origin = await createApplication(await reachableConfig(dialect));
    const target = await createApplication(await reachableConfig(dialect));
    try {
      const context = origin.context(ADMIN);
      const source = await createEntity(context, 'source', build.source());
      const kept = await createEntity(
        context,
        'personRecord',
        build.personRecord(source.id, { familyNames: 'Arévalo' }),
      );
      const gone = await createEntity(
        context,
        'personRecord',
        build.personRecord(source.id, { familyNames: 'Arévalo', givenNames: 'Otto' }),
      );
      await retractEntity(context, 'personRecord', gone.id, { version: 1, reason: 'duplicate entry' });
      let text = '';
      for await (const chunk of exportDocument(origin.store)) text += chunk;
      await importDocument(target.context(ADMIN), JSON.parse(text));
      const hits = await target.store.personRecordsByKeys(['s:arebalo'], 10);
      expect(hits.map((hit) => hit.recordId)).toEqual([kept.id]);
    } finally {
      await origin.close();
      await target.close();
    }
  });

  it('looks keys up by the primary key alone, whatever the number of keys', async () => {
    const config = await reachableConfig(dialect);
    const application = await createApplication(config);
    try {
      const plan = await withRawDatabase(config, async (db) => {
        const query = keyLookupQuery(['s:garsia', 'x:garsia|jose'], 201).compile(db);
        if (dialect === 'sqlite') {
          const rows = await db.executeQuery({ ...query, sql: `explain query plan ${query.sql}` });
          return rows.rows.map((row) => (row as { detail: string }).detail).join('\n');
        }
        // An empty table is read whole by choice; with scans off the planner shows the index it would use.
        return db.transaction().execute(async (transaction) => {
          await sql`set local enable_seqscan = off`.execute(transaction);
          await sql`set local enable_bitmapscan = off`.execute(transaction);
          const rows = await transaction.executeQuery({ ...query, sql: `explain ${query.sql}` });
          return rows.rows.map((row) => Object.values(row as object)[0] as string).join('\n');
        });
      });
      expect(plan).toMatch(
        dialect === 'sqlite'
          ? /SEARCH person_record_keys USING PRIMARY KEY \(key=\?\)/
          : /Index Only Scan using person_record_keys_pkey/,
      );
      expect(plan).not.toMatch(/SCAN person_record_keys|Seq Scan/);
    } finally {
      await application.close();
    }
  });
});
