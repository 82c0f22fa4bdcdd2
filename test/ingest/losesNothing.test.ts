/**
 * Imports that lose nothing on real files (issue 13): the shapes real public files have, each of which lost or
 * doubled events before. Every case runs on SQLite and PostgreSQL through the real importer and, where figures or
 * roles matter, the HTTP API in-process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app.js';
import { CLI_ACTOR } from '../../src/app.js';
import type { ReportedCount } from '../../src/core/entities/index.js';
import { parseMapping } from '../../src/core/importing/mapping.js';
import { BUILT_IN_PROFILES } from '../../src/core/importing/profiles/index.js';
import type { ImportProfile } from '../../src/core/importing/types.js';
import type { Stored } from '../../src/core/ports/store.js';
import { importFile, type ImportOptions } from '../../src/ingest/importFile.js';
import { accountWithToken } from '../helpers/access.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { fixturePath } from './profiles/harness.js';

const work = mkdtempSync(join(tmpdir(), 'custodia-nothing-lost-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
function csv(lines: string[]): string {
  files += 1;
  const path = join(work, `file-${files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function profile(name: string): ImportProfile {
  const found = BUILT_IN_PROFILES.get(name);
  if (!found) throw new Error(`no profile ${name}`);
  return found;
}

const ICE_REMOVALS_MAPPING = readFileSync(
  new URL('../../docs/ice-removals.mapping.json', import.meta.url),
  'utf8',
);
const TRACKER_HEADER =
  'destination_country,date,date_range_end,number_removed,origin_nationalities,source_urls,notes';
const FRONTEX_HEADER = 'ROID,DATE,MSNAME,DEST,N_RETURNEES';

describe.each(DIALECTS)('imports that lose nothing, on %s', (dialect) => {
  let application: Application;
  const run = (path: string, options: Partial<ImportOptions> & { profile: ImportProfile }) =>
    importFile(application.context(CLI_ACTOR), path, { currentYear: 2025, fictional: true, ...options });
  const counts = async () => {
    const found: Array<Stored<'reportedCount'>> = [];
    for await (const page of application.store.scan('reportedCount', 1000)) found.push(...page);
    return found.sort((a, b) => (a.data.origin?.row ?? 0) - (b.data.origin?.row ?? 0));
  };
  const problems = async (importId: string) => application.store.importProblems(importId, { limit: 1000 });

  beforeEach(async () => {
    application = await freshApplication(dialect);
    return () => application.close();
  });

  it('makes one fact per row of a release of one person per row, with the mapping the README gives', async () => {
    const mapping = parseMapping(ICE_REMOVALS_MAPPING, 'ice-removals.mapping.json');
    const first = await run(fixturePath('ice-removals-per-person.csv'), { profile: mapping });
    expect(first.state.counts).toMatchObject({ rows: 13, mapped: 12, rejected: 0, junk: 1 });
    expect(first.state.counts.created).toEqual({ reportedCount: 12 });
    const stored = await counts();
    expect(stored).toHaveLength(12);
    expect(stored.every((count) => count.data.count === 1 && count.data.individual === true)).toBe(true);
    expect(stored.filter((count) => count.data.toCountry === 'MEX')).toHaveLength(8);
    expect(stored.filter((count) => count.data.toCountry === 'HND')).toHaveLength(2);
    expect(stored.find((count) => count.data.toCountry === 'VEN')?.data.nationalities).toEqual(['VEN']);

    // An overlapping release of the same data set repeats the eight identical rows and adds three more of them:
    // only the three are new.
    const row = '10/04/2022,MEXICO,MEXICO,Male,[16] Reinstated Final Order,(b)(6),1990,"(b)(6), (b)(7)(C)"';
    const overlap = csv([
      'Departed_Date,Departure_Country,Citizenship_Country,Gender,Case_Category,Birth_Date,Birth_Year,Alien_File_Number',
      ...Array.from({ length: 11 }, () => row),
    ]);
    const second = await run(overlap, { profile: mapping, dataset: mapping.name });
    expect(second.state.counts.created).toEqual({ reportedCount: 3 });
    expect(second.state.counts.unchanged).toEqual({ reportedCount: 8 });
    expect(await application.store.count('reportedCount')).toBe(15);
  });

  it('keeps two rows of one Frontex operation and route as two counts, warned, and the agency rows skipped', async () => {
    const result = await run(
      csv([
        FRONTEX_HEADER,
        'RO-03044,2019-05-14T00:00:00Z,Italy,Nigeria,15',
        'RO-03044,2019-05-14T00:00:00Z,Italy,Nigeria,31',
        'RO-03044,2019-05-14T00:00:00Z,Frontex,Nigeria,0',
        'RO-03045,2019-05-20T00:00:00Z,Germany,Albania,',
      ]),
      { profile: profile('frontex-returns') },
    );
    const stored = await counts();
    expect(stored.map((count) => [count.data.fromCountry, count.data.count])).toEqual([
      ['ITA', 15],
      ['ITA', 31],
      ['DEU', null],
    ]);
    expect(stored[1]?.data.warnings?.[0]?.reason).toMatch(
      /^return operation RO-03044 from ITA to NGA appears again \(first at row 2\)/,
    );
    const report = await problems(result.state.id);
    expect(report.map((line) => [line.row, line.severity, line.reason.slice(0, 40)])).toEqual([
      [3, 'warning', 'return operation RO-03044 from ITA to NG'],
      [4, 'skipped', 'skipped: the sending state is the agency'],
      [5, 'warning', 'no count given: the event is kept, its s'],
    ]);
    expect(result.state.counts).toMatchObject({ mapped: 3, junk: 1, rejected: 0, warnings: 2 });

    const { api, viewer } = await apis(application);
    const stats = (await api.inject({ url: '/api/stats', headers: viewer })).json();
    expect(stats.reportedCounts.personsReported).toMatchObject({
      min: 46,
      max: 46,
      qualifier: 'at_least',
      events: 3,
      unknownSizeEvents: 1,
    });
  });

  it('corrects a tracker count in place, and keeps two removals of one day apart', async () => {
    const first = csv([
      TRACKER_HEADER,
      'EGYPT,2025-08-01,,20,Sudanese,https://example.org/1,',
      'EGYPT,2025-08-01,,31,Eritrean,https://example.org/2,',
    ]);
    await run(first, { profile: profile('removal-tracker') });
    expect((await counts()).map((count) => count.data.count)).toEqual([20, 31]);

    const corrected = csv([
      TRACKER_HEADER,
      'EGYPT,2025-08-01,,25,Sudanese,https://example.org/1,',
      'EGYPT,2025-08-01,,31,Eritrean,https://example.org/2,',
    ]);
    const second = await run(corrected, { profile: profile('removal-tracker') });
    expect(second.state.counts.updated).toEqual({ reportedCount: 1 });
    expect(second.state.counts.unchanged).toEqual({ reportedCount: 1 });
    const stored = await counts();
    expect(stored.map((count) => count.data.count)).toEqual([25, 31]);
    expect(stored[0]?.data.sourceIds).toHaveLength(2);
    expect(stored[0]?.version).toBe(2);
  });

  it('keeps a removal without a count as an event of unknown size, and a withheld one as withheld', async () => {
    const result = await run(
      csv([
        TRACKER_HEADER,
        'SOUTH SUDAN,2025-07-05,,,Various,https://example.org/1,',
        'GUATEMALA,2025-07-10,,(b)(6),Various,https://example.org/2,',
        'RWANDA,2025-08-15,,unknown,Various,https://example.org/3,',
        'HONDURAS,2025-08-20,,a few,Various,https://example.org/4,',
      ]),
      { profile: profile('removal-tracker') },
    );
    expect(result.state.counts).toMatchObject({ mapped: 4, rejected: 0 });
    const stored = await counts();
    expect(stored.map((count) => [count.data.toCountry, count.data.count, count.data.withheld])).toEqual([
      ['SSD', null, undefined],
      ['GTM', null, ['count']],
      ['RWA', null, undefined],
      ['HND', null, undefined],
    ]);
    expect(stored[0]?.data.warnings).toEqual([
      {
        column: 'number_removed',
        value: '',
        reason: 'no count given: the event is kept, its size unknown',
      },
    ]);
    expect(stored[3]?.data.warnings?.[0]?.reason).toBe(
      'a few: not a count: the event is kept, its size unknown',
    );
  });

  it('keeps both readings where the notes contradict the count, and counts the range', async () => {
    await run(
      csv([
        TRACKER_HEADER,
        'MEXICO,2025-06-01,2025-06-30,6,Venezuelan,https://example.org/1,"At least 6,500 deported to Mexico since June."',
        'PANAMA,2025-02-13,,299,Various,https://example.org/2,"299 people on three flights, 2 of them chartered."',
      ]),
      { profile: profile('removal-tracker') },
    );
    const [mexico, panama] = await counts();
    expect(mexico?.data).toMatchObject({ count: 6, qualifier: 'exact' });
    expect(mexico?.data.alternatives).toEqual([
      {
        values: { count: 6500, qualifier: 'at_least' },
        sourceId: mexico?.data.sourceIds[0],
        row: 2,
        column: 'notes',
        reason: 'the notes say "At least 6,500 deported" where the count cell says 6',
      },
    ]);
    expect(mexico?.data.warnings?.[0]).toMatchObject({
      column: 'notes',
      reason:
        "the notes give At least 6,500 deported where number_removed gives 6: both readings are kept, the notes' as an alternative",
    });
    // Notes that give the count itself explain it: no second reading.
    expect(panama?.data.alternatives).toBeUndefined();

    const { api, viewer } = await apis(application);
    const stats = (await api.inject({ url: '/api/stats', headers: viewer })).json();
    const byDestination = stats.reportedCounts.byDestination as Array<{
      key: string;
      figure: { min: number; max: number };
    }>;
    expect(byDestination.find((row) => row.key === 'MEX')?.figure).toMatchObject({ min: 6, max: 6500 });
  });

  it('keeps the other values of a fact two rows give as an alternative, shown and counted as a range', async () => {
    const mapping = parseMapping(
      JSON.stringify({
        name: 'flight-counts',
        source: { publisher: 'A tracker of our own' },
        facts: [
          {
            kind: 'reportedCount',
            key: ['Flight'],
            fields: {
              count: { column: 'People', type: 'count' },
              toCountry: { column: 'To', type: 'country' },
              dateFrom: { column: 'Date', type: 'date', dateFormat: 'YYYY-MM-DD' },
            },
          },
        ],
      }),
    );
    const result = await run(
      csv(['Flight,People,To,Date', 'F1,40,Honduras,2025-03-01', 'F1,44,Honduras,2025-03-01']),
      { profile: mapping },
    );
    const [stored, ...rest] = await counts();
    expect(rest).toEqual([]);
    expect(stored?.data.count).toBe(40);
    expect(stored?.data.alternatives).toEqual([
      expect.objectContaining({ values: { count: 44 }, row: 3, sourceId: result.state.sourceId }),
    ]);
    expect(result.state.counts.conflicts).toBe(1);
    const report = await problems(result.state.id);
    expect(report[0]).toMatchObject({ row: 3, severity: 'warning', value: 'count 44' });

    const { api, viewer } = await apis(application);
    const stats = (await api.inject({ url: '/api/stats', headers: viewer })).json();
    expect(stats.reportedCounts.personsReported).toMatchObject({ min: 40, max: 44 });
    const shown = (await api.inject({ url: `/api/reported-counts/${stored?.id}`, headers: viewer })).json();
    expect(shown.alternatives[0].values).toEqual({ count: 44 });
  });

  it('skips link text scraped with the page as junk, not as errors', async () => {
    const result = await run(
      csv([
        TRACKER_HEADER,
        'ESWATINI,2025-07-16,,5,Various,https://example.org/1,',
        'Read more,,,,,,',
        'Hard-G History,,,,,https://hard-g.example.org/history,',
      ]),
      { profile: profile('removal-tracker') },
    );
    expect(result.state.counts).toMatchObject({ mapped: 1, rejected: 0, junk: 2 });
    const report = await problems(result.state.id);
    expect(report.map((line) => [line.row, line.severity, line.reason])).toEqual([
      [3, 'skipped', 'skipped: link text scraped with the page (Read more): no country, date or count'],
      [4, 'skipped', 'skipped: link text scraped with the page (Hard-G History): no country, date or count'],
    ]);
  });

  it('shows counts made from one row per person to the public only through the suppressed tables', async () => {
    const mapping = parseMapping(ICE_REMOVALS_MAPPING, 'ice-removals.mapping.json');
    await run(fixturePath('ice-removals-per-person.csv'), { profile: mapping });
    await run(csv([TRACKER_HEADER, 'EGYPT,2025-08-01,,20,Sudanese,https://example.org/1,']), {
      profile: profile('removal-tracker'),
    });
    const individual = (await counts()).find((count) => count.data.individual === true);
    const { api, viewer } = await apis(application);

    const publicList = (await api.inject({ url: '/api/reported-counts' })).json();
    expect(publicList.items.map((item: ReportedCount) => item.toCountry)).toEqual(['EGY']);
    expect((await api.inject({ url: `/api/reported-counts/${individual?.id}` })).statusCode).toBe(404);
    expect(
      (await api.inject({ url: `/api/reported-counts/${individual?.id}/reconciliation` })).statusCode,
    ).toBe(404);
    const publicStats = (await api.inject({ url: '/api/stats' })).json();
    expect(publicStats.reportedCounts.personsReported).toMatchObject({ min: 20, max: 20, events: 1 });
    expect(JSON.stringify(publicStats)).not.toContain('MEX');

    const viewerList = (await api.inject({ url: '/api/reported-counts?limit=100', headers: viewer })).json();
    expect(viewerList.items).toHaveLength(13);
    const viewerStats = (await api.inject({ url: '/api/stats', headers: viewer })).json();
    expect(viewerStats.reportedCounts.personsReported).toMatchObject({ min: 32, max: 32 });
  });

  it('says what this run did when the same file is imported again', async () => {
    const path = csv([TRACKER_HEADER, 'EGYPT,2025-08-01,,20,Sudanese,https://example.org/1,']);
    const first = await run(path, { profile: profile('removal-tracker') });
    expect(first.thisRun.created).toEqual({ reportedCount: 1 });
    const again = await run(path, { profile: profile('removal-tracker') });
    expect(again.alreadyImported).toBe(true);
    expect(again.thisRun).toMatchObject({ rows: 0, created: {}, updated: {}, unchanged: {} });
    expect(again.state.id).toBe(first.state.id);
  });

  it('counts every warning line of the report in `warnings`', async () => {
    const result = await run(
      csv([
        TRACKER_HEADER,
        // Two warnings on one row: a nationality it cannot place, and no count.
        'EGYPT,2025-08-01,,,Kurdish,https://example.org/1,',
        'NARNIA,2025-08-01,,3,Various,https://example.org/2,',
      ]),
      { profile: profile('removal-tracker') },
    );
    const report = await problems(result.state.id);
    expect(result.state.counts.warnings).toBe(report.filter((line) => line.severity === 'warning').length);
    expect(result.state.counts.warnings).toBe(2);
  });
});

/** The API in-process, and a viewer's headers. */
async function apis(application: Application) {
  const api = await application.api();
  const viewer = (await accountWithToken(application, 'viewer')).headers;
  return { api, viewer };
}
