import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { CLI_ACTOR } from '../../src/app.js';
import { KIND_ORDER, type KindName } from '../../src/core/entities/index.js';
import { BUILT_IN_PROFILES } from '../../src/core/importing/profiles/index.js';
import { parseMapping } from '../../src/core/importing/mapping.js';
import { startSheet } from '../../src/core/importing/sheetMapper.js';
import type { ImportProfile } from '../../src/core/importing/types.js';
import { importFile, type ImportOptions } from '../../src/ingest/importFile.js';
import { readCsv } from '../../src/csv/csvReader.js';
import { factsOf, firstPage } from '../helpers/facts.js';
import { writeXlsx, type XlsxRow } from './readers/xlsxWriter.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { fixturePath } from './profiles/harness.js';
import { adminApi } from '../helpers/access.js';

const work = mkdtempSync(join(tmpdir(), 'custodia-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function profile(name: string): ImportProfile {
  const found = BUILT_IN_PROFILES.get(name);
  if (!found) throw new Error(`no profile ${name}`);
  return found;
}

const STINTS = fixturePath('ice-detention-stints.csv');

async function countOf(application: Application, kind: KindName): Promise<number> {
  return application.store.count(kind);
}

describe.each(DIALECTS)('importing files on %s', (dialect) => {
  let application: Application;
  const run = (path: string, options: Partial<ImportOptions> & { profile: ImportProfile }) =>
    importFile(application.context(CLI_ACTOR), path, { currentYear: 2025, fictional: true, ...options });

  beforeEach(async () => {
    application = await freshApplication(dialect);
    return () => application.close();
  });

  it('creates a source for the file and ties every fact to it and to its row', async () => {
    const result = await run(STINTS, { profile: profile('ice-detention-stints') });
    expect(result.state.status).toBe('completed');
    const source = await application.store.get('source', result.state.sourceId);
    expect(source?.data).toMatchObject({
      kind: 'foia_release',
      title: 'ice-detention-stints.csv',
      fictional: true,
      checksum: result.state.checksum,
    });
    expect(source?.data.note).toContain(`by ${CLI_ACTOR.id}`);
    expect(result.state.size).toBe(readFileSync(STINTS).length);
    for (const event of await firstPage(application, 'custodyEvent')) {
      expect(event.data.sourceIds).toEqual([result.state.sourceId]);
      expect(event.data.origin?.sourceId).toBe(result.state.sourceId);
      expect(event.data.origin?.row).toBeGreaterThan(1);
    }
    // Lines 6 and 9 are rejected, the junk at the end is skipped and reported, nothing else is.
    const problems = await application.store.importProblems(result.state.id, { limit: 100 });
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.row)).toEqual([
      6, 9,
    ]);
    expect(problems.find((problem) => problem.row === 6)).toMatchObject({
      column: 'detention_book_in_date_and_time',
      value: '02/30/2024 10:00',
    });
    expect(
      problems.filter((problem) => problem.severity === 'skipped').map((problem) => problem.row),
    ).toEqual([17, 18, 19]);
    // The blank line before them is not even a row.
    expect(result.state.counts).toMatchObject({ rejected: 2, junk: 3 });
    // A person record per release identifier, a person of its own for each (they name nobody).
    const records = await countOf(application, 'personRecord');
    expect(records).toBe(await countOf(application, 'person'));
    expect(result.state.counts.created.personRecord).toBe(records);
  });

  it("serves an imported person's timeline, whereabouts and provenance, as each role may see them", async () => {
    const result = await run(STINTS, { profile: profile('ice-detention-stints') });
    const record = (await firstPage(application, 'personRecord')).find(
      (candidate) => candidate.data.sourceRecordId === 'A0001',
    );
    const { api } = await adminApi(application);
    try {
      const person = await api.inject({ method: 'GET', url: `/api/persons/${record?.data.personId}` });
      expect(person.statusCode).toBe(200);
      expect(person.body).toContain('"type":"returned"');
      const timeline = await api.inject({
        method: 'GET',
        url: `/api/persons/${record?.data.personId}/timeline`,
      });
      expect(timeline.statusCode).toBe(200);
      expect(timeline.body).toContain(result.state.sourceId);
      const asViewer = await api.inject({
        method: 'GET',
        url: `/api/person-records/${record?.id}`,
        headers: { 'x-custodia-role': 'viewer' },
      });
      expect(asViewer.statusCode).toBe(200);
      expect(asViewer.body).not.toContain('A0001');
    } finally {
      await api.close();
    }
  });

  it('creates nothing when the same file is imported again', async () => {
    await run(STINTS, { profile: profile('ice-detention-stints') });
    const before = await factsOf(application);
    const audit = await application.store.auditEntries({ limit: 100_000 });
    const again = await run(STINTS, { profile: profile('ice-detention-stints') });
    expect(again.alreadyImported).toBe(true);
    // A copy under another name is the same content: nothing new either, and no second source.
    const copy = join(work, `copy-${dialect}.csv`);
    copyFileSync(STINTS, copy);
    expect((await run(copy, { profile: profile('ice-detention-stints') })).alreadyImported).toBe(true);
    expect(await factsOf(application)).toEqual(before);
    expect(await countOf(application, 'source')).toBe(1);
    expect(await application.store.auditEntries({ limit: 100_000 })).toHaveLength(audit.length);
  });

  it('updates what a corrected file changed, records the change, and adds what it added', async () => {
    const first = await run(STINTS, { profile: profile('ice-detention-stints') });
    const before = await factsOf(application);
    const corrected = await run(fixturePath('ice-detention-stints-corrected.csv'), {
      profile: profile('ice-detention-stints'),
    });
    expect(corrected.state.counts.updated).toEqual({ personRecord: 1, custodyEvent: 1 });
    const after = await factsOf(application);
    const changed = [...before.keys()].filter(
      (key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key)),
    );
    expect(changed).toHaveLength(2);
    // The changed person record (A0005's birth year) keeps its person, cites both files, and the audit has it.
    const recordKey = changed.find((key) => key.startsWith('personRecord'));
    const recordId = recordKey?.split(' ')[1] ?? '';
    const record = await application.store.get('personRecord', recordId);
    expect(record?.version).toBe(2);
    expect(record?.data.birthDate).toBe('1986');
    expect(record?.data.sourceIds).toEqual([first.state.sourceId, corrected.state.sourceId]);
    const history = await application.store.auditEntries({ entityId: recordId, limit: 10 });
    expect(history.map((entry) => entry.action)).toEqual(['update']);
    expect(history[0]?.before).toMatchObject({ data: { birthDate: '1985' } });
    // Three new rows: new facts; nothing duplicated.
    expect(corrected.state.counts.created.personRecord).toBe(3);
    expect(after.size - before.size).toBe(
      Object.values(corrected.state.counts.created).reduce((sum, value) => sum + (value ?? 0), 0) +
        (corrected.state.counts.created.personRecord ?? 0), // each new record brings its person
    );
  });

  it('does not duplicate the facts two overlapping files share', async () => {
    await run(STINTS, { profile: profile('ice-detention-stints') });
    const records = await countOf(application, 'personRecord');
    const overlap = await run(fixturePath('ice-detention-stints-overlap.csv'), {
      profile: profile('ice-detention-stints'),
    });
    expect(overlap.state.counts.created.personRecord).toBe(5);
    expect(overlap.state.counts.unchanged.personRecord).toBe(4);
    expect(await countOf(application, 'personRecord')).toBe(records + 5);
  });

  it('rejects the whole file with --stop-on-error, writing nothing', async () => {
    const result = await run(STINTS, { profile: profile('ice-detention-stints'), stopOnError: true });
    expect(result.state.status).toBe('rejected');
    expect(result.problems.filter((problem) => problem.severity === 'error')).toHaveLength(2);
    for (const kind of KIND_ORDER) expect(await countOf(application, kind)).toBe(0);
    expect(await application.store.listImports({ limit: 10 })).toEqual([]);
  });

  it('imports a clean file with --stop-on-error', async () => {
    const result = await run(fixturePath('ice-detention-stints-overlap.csv'), {
      profile: profile('ice-detention-stints'),
      stopOnError: true,
    });
    expect(result.state.status).toBe('completed');
    expect(await countOf(application, 'personRecord')).toBe(9);
  });

  it('writes nothing on a dry run, and reports what it would do', async () => {
    const result = await run(STINTS, { profile: profile('ice-detention-stints'), dryRun: true });
    expect(result.state.counts.mapped).toBeGreaterThan(10);
    expect(result.problems.some((problem) => problem.row === 6)).toBe(true);
    for (const kind of KIND_ORDER) expect(await countOf(application, kind)).toBe(0);
  });

  it('resumes a failed import from its last committed batch and ends with the facts of one clean run', async () => {
    const clean = await freshApplication(dialect);
    try {
      await importFile(clean.context(CLI_ACTOR), STINTS, {
        profile: profile('ice-detention-stints'),
        currentYear: 2025,
        fictional: true,
      });
      const options = { profile: profile('ice-detention-stints'), batchRows: 3 };
      await expect(
        importFile(
          application.context(CLI_ACTOR),
          STINTS,
          { ...options, currentYear: 2025, fictional: true },
          {
            afterBatch: (batch) => {
              if (batch === 2) throw new Error('power cut');
            },
          },
        ),
      ).rejects.toThrow('power cut');
      const [failed] = await application.store.listImports({ limit: 1 });
      expect(failed?.status).toBe('failed');
      expect(failed?.position).toBeGreaterThan(0);
      // A dry run of the same file meanwhile only reads: it neither takes the import over nor writes.
      const before = await factsOf(application);
      expect((await run(STINTS, { ...options, dryRun: true })).state.status).toBe('dry_run');
      expect(await factsOf(application)).toEqual(before);
      expect((await application.store.getImport(failed?.id ?? ''))?.status).toBe('failed');
      const resumed = await run(STINTS, options);
      expect(resumed.resumed).toBe(true);
      expect(resumed.state.status).toBe('completed');
      expect(await factsOf(application)).toEqual(await factsOf(clean));
      const problems = await application.store.importProblems(resumed.state.id, { limit: 100 });
      const [cleanImport] = await clean.store.listImports({ limit: 1 });
      const cleanProblems = await clean.store.importProblems(cleanImport?.id ?? '', { limit: 100 });
      expect(problems.map(({ seq: _seq, ...problem }) => problem)).toEqual(
        cleanProblems.map(({ seq: _seq, ...problem }) => problem),
      );
      expect(resumed.state.counts).toEqual(cleanImport?.counts);
    } finally {
      await clean.close();
    }
  });

  it('refuses to run the same import twice at once', async () => {
    let second: unknown;
    await importFile(
      application.context(CLI_ACTOR),
      STINTS,
      { profile: profile('ice-detention-stints'), batchRows: 4, currentYear: 2025 },
      {
        afterBatch: async (batch) => {
          if (batch !== 1) return;
          second = await run(STINTS, { profile: profile('ice-detention-stints') }).catch(
            (error: unknown) => error,
          );
        },
      },
    );
    expect(second).toMatchObject({ code: 'import_in_progress' });
    expect(String((second as Error).message)).toMatch(
      /ice-detention-stints\.csv is being imported \(import imp_/,
    );
    const [only] = await application.store.listImports({ limit: 5 });
    expect(only?.status).toBe('completed');
    expect(only?.owner).toBeNull();
  });

  it('lets one process only take over an abandoned import', async () => {
    await expect(
      run(STINTS, {
        profile: profile('ice-detention-stints'),
        batchRows: 3,
      }).then(() => undefined),
    ).resolves.toBeUndefined();
    const [done] = await application.store.listImports({ limit: 1 });
    // As if a process on another machine had been writing it and stopped an hour ago.
    const abandoned = {
      ...(done as NonNullable<typeof done>),
      status: 'running' as const,
      owner: { host: 'elsewhere', pid: 1 },
      updatedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: null,
    };
    await application.store.transaction(CLI_ACTOR, (unitOfWork) => unitOfWork.putImport(abandoned));
    const [first, second] = await application.store.transaction(CLI_ACTOR, async (unitOfWork) => [
      await unitOfWork.claimImport(abandoned, { ...abandoned, owner: { host: 'a', pid: 2 } }),
      await unitOfWork.claimImport(abandoned, { ...abandoned, owner: { host: 'b', pid: 3 } }),
    ]);
    expect([first, second]).toEqual([true, false]);
  });

  it('imports every built-in layout from its fixture', async () => {
    const expected: Record<string, Partial<Record<KindName, number>>> = {
      'ice-enforcement.csv': { personRecord: 1, transfer: 1, legalEvent: 1, custodyEvent: 1 },
      'ice-air-arts.csv': { personRecord: 1, movement: 1, transfer: 1, allegation: 1 },
      'frontex-returns.csv': { reportedCount: 1 },
      'removal-tracker.csv': { reportedCount: 1 },
    };
    const names: Record<string, string> = {
      'ice-enforcement.csv': 'ice-enforcement',
      'ice-air-arts.csv': 'ice-air-arts',
      'frontex-returns.csv': 'frontex-returns',
      'removal-tracker.csv': 'removal-tracker',
    };
    for (const [file, kinds] of Object.entries(expected)) {
      const result = await run(fixturePath(file), { profile: profile(names[file] as string) });
      expect(result.state.status, file).toBe('completed');
      for (const kind of Object.keys(kinds) as KindName[]) {
        expect(result.state.counts.created[kind] ?? 0, `${file} ${kind}`).toBeGreaterThan(0);
        expect(await countOf(application, kind)).toBeGreaterThan(0);
      }
      expect(result.state.counts.rejected, file).toBeGreaterThan(0);
    }
    // The transfers are evaluated by the rules as they arrive.
    const ids = (await firstPage(application, 'transfer')).map((transfer) => transfer.id);
    expect(ids.length).toBeGreaterThan(0);
    expect((await application.store.getEvaluations(ids)).length).toBe(ids.length);
  });

  it('reads the same layout compressed and as NDJSON', async () => {
    const gz = join(work, `stints-${dialect}.csv.gz`);
    writeFileSync(gz, gzipSync(readFileSync(STINTS)));
    const result = await run(gz, { profile: profile('ice-detention-stints') });
    expect(result.state.counts.mapped).toBeGreaterThan(10);
    expect(result.state.counts.rejected).toBe(2);
  });

  it('reads the same layout from a workbook: real dates and numbers, a title row, a sheet of notes', async () => {
    const rows: XlsxRow[] = [['Frontex return operations (compiled by Statewatch)'], null];
    for await (const record of readCsv(fixturePath('frontex-returns.csv'))) {
      rows.push(
        record.values.map((value) => {
          const iso = /^(\d{4})-(\d{2})-(\d{2})T00:00:00Z$/.exec(value);
          if (iso && !value.startsWith('2013-06-31')) {
            const serial = (Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!) - Date.UTC(1899, 11, 30)) / 86_400_000;
            return { number: serial, style: 'date' as const };
          }
          return /^\d{1,3}(,\d{3})+$/.test(value) ? Number(value.replace(/,/g, '')) : value;
        }),
      );
    }
    const workbook = join(work, `frontex-${dialect}.xlsx`);
    writeFileSync(
      workbook,
      writeXlsx([
        { name: 'Notes', rows: [['Compiled from Frontex answers to access-to-documents requests.']] },
        { name: 'Operations', rows },
      ]),
    );
    const fromWorkbook = await run(workbook, { profile: profile('frontex-returns'), dataset: 'xlsx' });
    const viaCsv = await freshApplication(dialect);
    try {
      await importFile(viaCsv.context(CLI_ACTOR), fixturePath('frontex-returns.csv'), {
        profile: profile('frontex-returns'),
        dataset: 'xlsx',
        currentYear: 2025,
        fictional: true,
      });
      // The warnings a fact carries quote its cell as the file holds it: a workbook's date cell is a real date.
      const withoutRows = (facts: Map<string, unknown>) =>
        new Map(
          [...facts].map(([key, value]) => {
            const fact = value as { warnings?: Array<Record<string, unknown>> };
            const warnings = fact.warnings?.map((warning) => ({ ...warning, value: undefined }));
            return [key, { ...(value as object), row: undefined, warnings }];
          }),
        );
      expect(withoutRows(await factsOf(application))).toEqual(withoutRows(await factsOf(viaCsv)));
    } finally {
      await viaCsv.close();
    }
    expect(fromWorkbook.state.counts.sheetsSkipped).toBe(1);
    // A workbook where no sheet has the profile's columns is refused before anything is written.
    const sources = await countOf(application, 'source');
    await expect(run(workbook, { profile: profile('ice-detention-stints') })).rejects.toThrow(
      /sheet Notes: no header row .*; sheet Operations: no header row/,
    );
    expect(await countOf(application, 'source')).toBe(sources);
    const problems = await application.store.importProblems(fromWorkbook.state.id, { limit: 50 });
    expect(problems[0]).toMatchObject({ sheet: 'Notes', severity: 'skipped' });
    expect(problems.find((problem) => problem.severity === 'error')?.sheet).toBe('Operations');
  });

  it("imports Custodia's own entities, linking facts to records by key", async () => {
    const file = join(work, `entities-${dialect}.ndjson`);
    const lines = [
      { kind: 'personRecord', key: 'r1', data: { fullName: 'Ana María Pérez Gómez', birthDate: '1990-04' } },
      {
        kind: 'transfer',
        key: 't1',
        personKey: 'r1',
        data: { legalBasis: 'INA241', fromCountry: 'USA', toCountry: 'SLV', date: '2025-03-15' },
      },
      {
        kind: 'transfer',
        key: 't2',
        personKey: 'nobody',
        data: { legalBasis: 'AEA', fromCountry: 'USA', toCountry: 'SLV', date: '2025-03-15' },
      },
      { kind: 'transfer', key: 't3', personKey: 'r1', data: { legalBasis: 'AEA', toCountry: 'SLV' } },
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const result = await run(file, { profile: profile('custodia') });
    expect(result.state.counts.created).toMatchObject({ personRecord: 1, transfer: 1 });
    const problems = await application.store.importProblems(result.state.id, { limit: 10 });
    expect(
      problems.map((problem) => [problem.row, problem.severity]).sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [3, 'error'],
      [4, 'error'],
      [4, 'error'],
    ]);
    expect(problems.find((problem) => problem.row === 3)?.reason).toMatch(/no person record nobody/);
    expect(problems.find((problem) => problem.row === 4)?.reason).toMatch(/transfer (fromCountry|date)/);
    const [record] = await firstPage(application, 'personRecord');
    const [transfer] = await firstPage(application, 'transfer');
    expect(transfer?.data.personId).toBe(record?.data.personId);
  });

  it("imports a user's own layout through a mapping file", async () => {
    const mapping = parseMapping(readFileSync(fixturePath('ngo-case-list.mapping.json'), 'utf8'));
    const file = fixturePath('ngo-case-list.csv');
    const result = await run(file, { profile: mapping, profileId: 'mapping:test' });
    expect(result.state.counts).toMatchObject({ mapped: 1, rejected: 2 });
    const [transfer] = await firstPage(application, 'transfer');
    expect(transfer?.data).toMatchObject({ toCountry: 'SLV', date: '2025-03-15', status: 'completed' });
    const problems = await application.store.importProblems(result.state.id, { limit: 10 });
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'Nombre'],
      [4, 'Nacimiento'],
      [4, 'Nacionalidad'],
    ]);
  });
});

describe('mapping files', () => {
  it('reads the example of the documentation', () => {
    const text = readFileSync(new URL('../../docs/import-mapping.example.json', import.meta.url), 'utf8');
    expect(parseMapping(text).produces).toEqual(['personRecord', 'transfer']);
  });

  it('reads M as mujer in a column that also writes H, and as male otherwise', () => {
    const mapping = parseMapping(
      JSON.stringify({
        name: 'sexes',
        facts: [
          {
            kind: 'personRecord',
            key: ['id'],
            fields: { fullName: { column: 'n' }, sex: { column: 's', type: 'sex' } },
          },
        ],
      }),
    );
    const sexes = (values: string[]) => {
      const rows = [['id', 'n', 's'], ...values.map((value, index) => [`r${index}`, 'Ana Pérez', value])];
      const started = startSheet(
        mapping,
        rows.map((cells, index) => ({ sheet: null, row: index + 1, values: cells })),
      );
      if (!started.ok) throw new Error(started.reason);
      return rows.slice(1).map((cells, index) => {
        const outcome = started.mapper.map({ sheet: null, row: index + 2, values: cells });
        return outcome.status === 'mapped' ? outcome.facts[0]?.data.sex : outcome.status;
      });
    };
    expect(sexes(['H', 'M', 'F', 'U'])).toEqual(['male', 'female', 'female', 'unknown']);
    expect(sexes(['M', 'F', 'X'])).toEqual(['male', 'female', 'other']);
  });

  it('names the place of every mistake', () => {
    expect(() =>
      parseMapping('{"name":"x","facts":[{"kind":"transfer","key":[],"fields":{}}]}', 'm.json'),
    ).toThrow(/m\.json: facts\[0\]\.key: .*/);
    expect(() =>
      parseMapping(
        JSON.stringify({
          name: 'x',
          facts: [{ kind: 'transfer', key: ['a'], person: true, fields: { destination: { column: 'b' } } }],
        }),
        'm.json',
      ),
    ).toThrow(/facts\[0\]\.fields\.destination: transfer has no field destination/);
    expect(() =>
      parseMapping(
        JSON.stringify({
          name: 'x',
          facts: [{ kind: 'personRecord', key: ['a'], fields: { birthDate: { column: 'b', type: 'dat' } } }],
        }),
      ),
    ).toThrow(/facts\[0\]\.fields\.birthDate\.type/);
    expect(() => parseMapping('{nope', 'm.json')).toThrow(/m\.json: not JSON/);
    expect(() =>
      parseMapping(
        JSON.stringify({
          name: 'x',
          facts: [
            {
              kind: 'personRecord',
              key: ['a'],
              fields: { birthDate: { column: 'b', type: 'date', dateFormat: 'DD/YYYY/MM' } },
            },
          ],
        }),
      ),
    ).toThrow(/facts\[0\]\.fields\.birthDate\.dateFormat: expected a date format such as DD\/MM\/YYYY/);
    expect(() =>
      parseMapping(
        JSON.stringify({
          name: 'x',
          countries: { Foo: 'Narnia' },
          facts: [{ kind: 'reportedCount', key: ['a'], fields: {} }],
        }),
      ),
    ).toThrow(/countries\.Foo: Narnia is not a country/);
  });
});
