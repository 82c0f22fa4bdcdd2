import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, createApplication, type Application } from '../../src/app.js';
import { outcomesApart } from '../../src/core/usecases/findingFiguresView.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { openCsv } from '../../src/csv/csvReader.js';
import { buildDemoData } from '../../src/demo/index.js';
import type { StoreConfig } from '../../src/store/open.js';
import { adminApi } from '../helpers/access.js';
import { DIALECTS, freshPostgresUrl, type DialectName } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

const ANCHOR = new Date('2026-12-07T12:00:00Z');
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A store this test can also query over a connection of its own (SQLite: a file, not :memory:). */
async function reachableConfig(dialect: DialectName): Promise<StoreConfig> {
  if (dialect === 'postgres') return { kind: 'postgres', url: await freshPostgresUrl(), poolSize: 2 };
  const directory = mkdtempSync(join(tmpdir(), 'custodia-crosstab-'));
  directories.push(directory);
  return { kind: 'sqlite', file: join(directory, 'test.db') };
}

function rawDatabase(config: StoreConfig): Kysely<unknown> {
  return new Kysely<unknown>({
    dialect:
      config.kind === 'sqlite'
        ? new SqliteDialect({ database: new Database(config.file, { readonly: true }) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 1 }) }),
  });
}

/** A CSV answer read back by the repository's own reader: the header and the rows. */
async function parseCsv(body: string): Promise<{ header: string[]; rows: string[][] }> {
  const file = await openCsv('answer.csv', {
    bytes: async function* () {
      yield Buffer.from(body, 'utf8');
    },
  });
  const rows: string[][] = [];
  for await (const row of file.rows) rows.push(row.values);
  return { header: file.header, rows };
}

/** The same months as the API's, written out again: a month, a whole year, or a range of months. */
const MONTH = sql`case
  when date_lo is null then null
  when substr(date_lo, 1, 7) = substr(date_hi, 1, 7) then substr(date_lo, 1, 7)
  when substr(date_lo, 1, 4) = substr(date_hi, 1, 4) and substr(date_lo, 6, 5) = '01-01'
    and substr(date_hi, 6, 5) = '12-31' then substr(date_lo, 1, 4)
  else substr(date_lo, 1, 7) || '/' || substr(date_hi, 1, 7)
end`;

type Counts = Map<string, number>;
const cellKey = (row: string | null, column: string | null) => `${row ?? '(none)'} × ${column ?? '(none)'}`;

async function grouped(db: Kysely<unknown>, query: ReturnType<typeof sql>): Promise<Counts> {
  const result = await query.execute(db);
  return new Map(
    (result.rows as Array<{ row: string | null; col: string | null; n: number | string }>).map((row) => [
      cellKey(row.row, row.col),
      Number(row.n),
    ]),
  );
}

function cellsOf(answer: Json): Counts {
  return new Map(
    (answer.cells as Json[]).map((cell) => [cellKey(cell.row, cell.column), cell.value as number]),
  );
}

describe.each(DIALECTS)('cross-tabs of transfers on the demo registry [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let raw: FastifyInstance;
  let db: Kysely<unknown>;

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const answer = await api.inject({ method: 'GET', url, headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer;
  };

  beforeAll(async () => {
    const config = await reachableConfig(dialect);
    application = await createApplication(config, () => ANCHOR);
    await insertDataset(application.context(CLI_ACTOR), buildDemoData(ANCHOR));
    ({ api, raw } = await adminApi(application));
    db = rawDatabase(config);
  });
  afterAll(async () => {
    await db.destroy();
    await api.close();
    await application.close();
  });

  it('answers month × basis to El Salvador as a CSV grid with the counts of a GROUP BY written by hand', async () => {
    const expected = await grouped(
      db,
      sql`select ${MONTH} as row, legal_basis as col, count(*) as n
        from transfers
        where retracted_at is null and status = 'completed' and to_country = 'SLV'
        group by 1, 2`,
    );
    expect(expected.size).toBeGreaterThan(1);
    const answer = await get('/api/stats?rows=month&columns=basis&destination=SLV&format=csv');
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(answer.body.startsWith('\uFEFF')).toBe(true);
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="custodia-stats_rows-month_columns-basis_destination-SLV_20261207T120000Z\.csv"$/,
    );
    const { header, rows } = await parseCsv(answer.body);
    const bases = [...new Set([...expected.keys()].map((key) => key.split(' × ')[1] as string))].sort();
    expect(header).toEqual(['month', ...bases, 'total']);
    const months = [...new Set([...expected.keys()].map((key) => key.split(' × ')[0] as string))].sort();
    expect(rows.map((row) => row[0])).toEqual([...months, 'total']);
    let total = 0;
    for (const row of rows.slice(0, -1)) {
      const values = bases.map((basis) => expected.get(`${row[0]} × ${basis}`) ?? 0);
      const sum = values.reduce((left, right) => left + right, 0);
      total += sum;
      expect(row, row[0]).toEqual([row[0], ...values.map(String), String(sum)]);
    }
    const columnTotals = bases.map((basis) =>
      months.reduce((sum, month) => sum + (expected.get(`${month} × ${basis}`) ?? 0), 0),
    );
    expect(rows.at(-1)).toEqual(['total', ...columnTotals.map(String), String(total)]);

    const json = (await get('/api/stats?rows=month&columns=basis&destination=SLV')).json() as Json;
    expect(json).toMatchObject({
      rows: 'month',
      columns: 'basis',
      statuses: ['completed'],
      filters: { destination: ['SLV'] },
      total,
      overlaps: null,
    });
    expect(cellsOf(json)).toEqual(expected);
    expect(json.rowTotals.map((cell: Json) => cell.key)).toEqual(months);
    expect(json.columnTotals).toEqual(bases.map((key, index) => ({ key, value: columnTotals[index] })));
  });

  it('filters by statuses, dates, agreement and basis, and answers CSV to Accept: text/csv', async () => {
    const expected = await grouped(
      db,
      sql`select legal_basis as row, status as col, count(*) as n
        from transfers
        where retracted_at is null and status in ('completed', 'halted')
          and date_lo >= '2025-03-01' and date_hi <= '2025-06-30~'
        group by 1, 2`,
    );
    expect([...expected.keys()].some((key) => key.endsWith('halted'))).toBe(true);
    const url = '/api/stats?rows=basis&columns=status&status=completed,halted&from=2025-03&to=2025-06';
    const json = (await get(url)).json() as Json;
    expect(cellsOf(json)).toEqual(expected);
    expect(json.filters).toEqual({ from: '2025-03', to: '2025-06' });
    const csv = await get(url, { accept: 'text/csv' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect((await parseCsv(csv.body)).header).toEqual([
      'basis',
      ...json.columnTotals.map((cell: Json) => cell.key),
      'total',
    ]);
    const preferred = await get(url, { accept: 'text/csv;q=0.5, application/json' });
    expect(preferred.headers['content-type']).toMatch(/^application\/json/);

    const agreement = 'agr_us_slv_2025';
    const byAgreement = (
      await get(`/api/stats?rows=destination&columns=agreement&agreement=${agreement}&basis=AEA,INA241`)
    ).json() as Json;
    const expectedByAgreement = await grouped(
      db,
      sql`select to_country as row, agreement_id as col, count(*) as n from transfers
        where retracted_at is null and status = 'completed' and agreement_id = ${agreement}
          and legal_basis in ('AEA', 'INA241')
        group by 1, 2`,
    );
    expect(expectedByAgreement.size).toBeGreaterThan(0);
    expect(cellsOf(byAgreement)).toEqual(expectedByAgreement);
  });

  it('counts a transfer under each severity in force, and every total once', async () => {
    const apart = outcomesApart(application.rules.pack);
    expect(apart.length).toBeGreaterThan(0);
    const answer = (await get('/api/stats?rows=severity&columns=destination')).json() as Json;
    expect(answer.overlaps).toBe('rows');
    const completed = await grouped(
      db,
      sql`select to_country as row, null as col, count(*) as n from transfers
        where retracted_at is null and status = 'completed' group by 1`,
    );
    expect(answer.columnTotals).toEqual(
      [...completed]
        .map(([key, value]) => ({ key: key.split(' × ')[0], value }))
        .sort((left, right) => String(left.key).localeCompare(String(right.key))),
    );
    const total = [...completed.values()].reduce((sum, value) => sum + value, 0);
    expect(answer.total).toBe(total);
    const inForce = sql`f.transfer_id = t.id and not (f.rule_id || '#' || f.outcome) in (${sql.join(apart)})`;
    const bySeverity = await grouped(
      db,
      sql`select f.severity as row, null as col, count(distinct t.id) as n
        from transfers t join findings f on ${inForce}
        where t.retracted_at is null and t.status = 'completed' group by 1`,
    );
    const [none] = (
      await sql<{ n: number | string }>`select count(*) as n from transfers t
        where t.retracted_at is null and t.status = 'completed'
          and not exists (select 1 from findings f where ${inForce})`.execute(db)
    ).rows;
    const expectedRows: Array<{ key: string | null; value: number }> = [...bySeverity]
      .map(([key, value]) => ({ key: key.split(' × ')[0] as string, value }))
      .sort((left, right) => (left.key < right.key ? -1 : 1));
    if (Number(none?.n) > 0) expectedRows.push({ key: null, value: Number(none?.n) });
    expect(answer.rowTotals).toEqual(expectedRows);
    // A transfer with a violation and a warning is in both rows: the rows add up to more than the total.
    expect(expectedRows.reduce((sum, row) => sum + row.value, 0)).toBeGreaterThanOrEqual(total);
  });

  it('refuses bad dimensions, filters and combinations with 400 naming the parameter', async () => {
    const cases: Array<[string, string]> = [
      ['rows=bogus&columns=basis', 'rows'],
      ['rows=month&columns=month', 'columns'],
      ['rows=month', 'columns'],
      ['columns=basis', 'rows'],
      ['destination=SLV', 'destination'],
      ['from=2025', 'from'],
      ['rows=month&columns=basis&destination=Narnia', 'destination'],
      ['rows=month&columns=basis&nationality=XX1', 'nationality'],
      ['rows=month&columns=basis&basis=FOO', 'basis'],
      ['rows=month&columns=basis&agreement=1%3Bdrop%20table%20transfers', 'agreement'],
      ['rows=month&columns=basis&from=2025-13', 'from'],
      ['rows=month&columns=basis&from=2025-05&to=2025-03', 'to'],
      ['rows=month&columns=basis&status=done', 'status'],
      ['rows=month&columns=basis&colums=status', 'colums'],
      ['rows=month;drop&columns=basis', 'rows'],
      ['format=xml', 'format'],
    ];
    for (const [query, parameter] of cases) {
      const answer = await api.inject({ method: 'GET', url: `/api/stats?${query}` });
      expect(answer.statusCode, query).toBe(400);
      const paths = (answer.json().error.issues as Json[]).map((issue) => issue.path.slice(0, 2));
      expect(paths, query).toContainEqual(['querystring', parameter]);
      expect(answer.headers['content-type'], query).toMatch(/^application\/json/);
    }
  });

  it('refuses a cross-tab to the public with 403 and gives it the fixed tables, as CSV too', async () => {
    for (const url of [
      '/api/stats?rows=month&columns=basis',
      '/api/stats?rows=nationality&columns=destination&format=csv',
    ]) {
      const refused = await raw.inject({ method: 'GET', url });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
    }
    const viewer = await api.inject({
      method: 'GET',
      url: '/api/stats?rows=month&columns=basis',
      headers: { 'x-custodia-role': 'viewer' },
    });
    expect(viewer.statusCode).toBe(200);
    const fixed = await raw.inject({ method: 'GET', url: '/api/stats?format=csv' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const { header, rows } = await parseCsv(fixed.body);
    expect(header).toEqual(['table', 'key', 'value', 'note']);
    const tables = new Set(rows.map((row) => row[0]));
    expect(tables).toContain('individualTransfers.byMonth');
    expect(tables).not.toContain('individualTransfers.leftOut');
    expect(tables).not.toContain('individualTransfers.byStatus');
    const json = (await raw.inject({ method: 'GET', url: '/api/stats' })).json() as Json;
    const byMonth = (json.individualTransfers.byMonth as Json[]).map((cell) => [
      cell.key ?? '(none)',
      cell.value === null ? '' : String(cell.value),
      cell.suppressed ? 'suppressed' : '',
    ]);
    expect(rows.filter((row) => row[0] === 'individualTransfers.byMonth').map((row) => row.slice(1))).toEqual(
      byMonth,
    );
  });
});
