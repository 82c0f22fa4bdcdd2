import { reportedFiguresView } from '../../src/core/usecases/reportedFiguresView.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { SMALL_COUNT_THRESHOLD } from '../../src/core/access/disclosure.js';
import { addUser } from '../../src/core/usecases/access/addUser.js';
import { createApiToken } from '../../src/core/usecases/access/apiTokens.js';
import { findingFiguresView, outcomesApart } from '../../src/core/usecases/findingFiguresView.js';
import { publicFiguresOf } from '../../src/core/usecases/publicFigures.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { createEntity } from '../../src/core/usecases/writeEntities.js';
import { buildDemoData } from '../../src/demo/index.js';
import { attack, type CellStatement, type SeenFamily } from '../helpers/disclosureAttacker.js';
import { ADMIN, build } from '../helpers/factories.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

const TRANSFER_TABLES = ['byAgreement', 'byDestination', 'byMonth', 'byBasis'];
const FINDING_TABLES = ['bySeverity', 'byRule'];

/** The public: no credentials. The role header is what made such a caller public before sign-in existed. */
const AS_PUBLIC = { 'x-custodia-role': 'public' };

/** A viewer's API token: without credentials the role header no longer makes anyone a viewer. */
async function viewerHeaders(application: Application): Promise<Record<string, string>> {
  const context = application.context(ADMIN);
  const { user } = await addUser(context, { email: 'viewer@example.org', role: 'viewer' });
  const { token } = await createApiToken(context, user, { scope: 'read', expires: '730d' });
  return { authorization: `Bearer ${token}`, 'x-custodia-role': 'viewer' };
}

async function get(api: FastifyInstance, url: string, headers: Record<string, string>): Promise<Json> {
  const response = await api.inject({ method: 'GET', url, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Json;
}

/** Everything the public can read about counts of people: the stats and every agreement's page. */
async function publicAnswers(api: FastifyInstance) {
  const stats = await get(api, '/api/stats', AS_PUBLIC);
  const agreements = (await get(api, '/api/agreements?limit=500', AS_PUBLIC)).items as Json[];
  expect(agreements.length).toBeLessThan(500);
  const pages: Json[] = [];
  for (const agreement of agreements)
    pages.push(await get(api, `/api/agreements/${agreement.id}`, AS_PUBLIC));
  return { stats, pages };
}

function seenFamily(name: string, family: Json, tables: string[]): SeenFamily {
  return {
    name,
    total: family.total,
    tables: tables.map((table) => ({
      name: table,
      withheld: family.withheld.includes(table),
      cells: family[table],
    })),
  };
}

/** Feeds every public answer to the attacker and checks nothing is bounded beyond "suppressed". */
async function expectNothingGivenAway(answers: { stats: Json; pages: Json[] }) {
  const families = [
    seenFamily('individualTransfers', answers.stats.individualTransfers, TRANSFER_TABLES),
    seenFamily('findings', answers.stats.findings.inForce, FINDING_TABLES),
    seenFamily('findingsStayedOrVacated', answers.stats.findings.stayedOrVacated, FINDING_TABLES),
    seenFamily('transfersWithViolation', answers.stats.findings.transfersWithViolation, ['byAgreement']),
  ];
  const statements: CellStatement[] = answers.pages.map((page) => ({
    family: 'individualTransfers',
    table: 'byAgreement',
    key: page.id,
    value: page.transfers.total,
    suppressed: page.transfers.suppressed,
  }));
  const result = await attack(families, statements);
  for (const bounds of [...result.cells, ...result.totals]) {
    expect(bounds.lower, JSON.stringify(bounds)).toBeLessThanOrEqual(1);
    expect(bounds.upper, JSON.stringify(bounds)).toBeGreaterThanOrEqual(SMALL_COUNT_THRESHOLD - 1);
  }
  return result;
}

/** Each agreement's page says what the public by-agreement table says of it, and no more. */
function expectPagesMatchTable(answers: { stats: Json; pages: Json[] }) {
  const family = answers.stats.individualTransfers;
  for (const page of answers.pages) {
    if (family.withheld.includes('byAgreement')) {
      expect(page.transfers).toEqual({ total: null, withheld: true, first: [] });
      continue;
    }
    const cell = (family.byAgreement as Json[]).find((candidate) => candidate.key === page.id);
    if (!cell) expect(page.transfers).toEqual({ total: 0, first: [] });
    else if (cell.suppressed) expect(page.transfers).toEqual({ total: null, suppressed: true, first: [] });
    else expect(page.transfers).toEqual({ total: cell.value, first: [] });
  }
}

/** Visible public cells are the true counts and never small; the viewer sees the true counts. */
async function expectViewerExactAndPublicTrue(
  application: Application,
  api: FastifyInstance,
  asViewer: Record<string, string>,
  stats: Json,
) {
  const truth = await application.store.stats(['completed']);
  const findings = findingFiguresView(
    await application.store.findingFigures({
      statuses: ['completed'],
      apart: outcomesApart(application.rules.pack),
    }),
    ['completed'],
  );
  const viewer = await get(api, '/api/stats', asViewer);
  expect(viewer.individualTransfers).toEqual(truth.transfers);
  expect(viewer.findings).toEqual(findings);
  const reported = await reportedFiguresView(application.store, 'viewer');
  expect(viewer.reportedCounts).toEqual(reported);
  // Published aggregates pass to the public unchanged; only how many persons the registry identifies is protected.
  const { reconciliationByAgreement: _exact, ...published } = reported;
  expect(stats.reportedCounts).toMatchObject(published);
  const exactTables: Array<[Json, Json, string[]]> = [
    [stats.individualTransfers, truth.transfers, TRANSFER_TABLES],
    [stats.findings.inForce, findings.inForce, FINDING_TABLES],
    [stats.findings.stayedOrVacated, findings.stayedOrVacated, FINDING_TABLES],
    [stats.findings.transfersWithViolation, findings.transfersWithViolation, ['byAgreement']],
  ];
  for (const [published, exact, tables] of exactTables) {
    for (const table of tables) {
      for (const cell of published[table] as Json[]) {
        if (cell.suppressed) continue;
        expect(cell).toEqual((exact[table] as Json[]).find((candidate) => candidate.key === cell.key));
        expect(cell.value === 0 || cell.value >= SMALL_COUNT_THRESHOLD).toBe(true);
      }
    }
  }
  for (const row of truth.transfers.byAgreement.filter((candidate) => candidate.key !== null)) {
    const page = await get(api, `/api/agreements/${row.key}`, asViewer);
    expect(page.transfers.total).toBe(row.value);
  }
}

describe('public figures from counts read while the registry changed', () => {
  it('are withheld whole when the tables of a family do not add up to one total', () => {
    const rows = (...values: number[]) => values.map((value, index) => ({ key: `k${index}`, value }));
    const figures = publicFiguresOf(
      {
        transfers: {
          statuses: ['completed'],
          total: 20,
          leftOut: 0,
          byStatus: rows(20),
          byAgreement: rows(10, 10),
          byDestination: rows(10, 11),
          byMonth: rows(20),
          byBasis: rows(20),
        },
      },
      {
        statuses: ['completed'],
        inForce: { total: 7, bySeverity: rows(7), byRule: rows(3, 3) },
        stayedOrVacated: { total: 0, bySeverity: [], byRule: [] },
        transfersWithViolation: { total: 0, byRule: [], byAgreement: [] },
      },
    );
    const withheld = { cells: [], withheld: true };
    expect(figures.individualTransfers).toEqual({
      total: null,
      tables: { byAgreement: withheld, byDestination: withheld, byMonth: withheld, byBasis: withheld },
    });
    expect(figures.findings).toEqual({ total: null, tables: { bySeverity: withheld, byRule: withheld } });
  });
});

describe.each(DIALECTS)('public figures [%s]', (dialect) => {
  describe('on the demo registry', () => {
    let application: Application;
    let api: FastifyInstance;
    let asViewer: Record<string, string>;

    beforeAll(async () => {
      application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
      await insertDataset(application.context(CLI_ACTOR), buildDemoData());
      api = await application.api();
      asViewer = await viewerHeaders(application);
    });
    afterAll(async () => {
      await api.close();
      await application.close();
    });

    it('give the attacker no suppressed count, from the stats and every agreement together', async () => {
      const answers = await publicAnswers(api);
      expect(answers.stats.suppressionThreshold).toBe(SMALL_COUNT_THRESHOLD);
      const result = await expectNothingGivenAway(answers);
      expect(result.cells.length).toBeGreaterThan(5);
      expectPagesMatchTable(answers);
      await expectViewerExactAndPublicTrue(application, api, asViewer, answers.stats);
    });
  });

  describe('on a small registry', () => {
    let application: Application;
    let api: FastifyInstance;
    let asViewer: Record<string, string>;
    const agreements: Record<'a' | 'b' | 'c' | 'none', string> = { a: '', b: '', c: '', none: '' };
    let addTransfers: (
      agreement: keyof typeof agreements | null,
      count: number,
      extra: Json,
    ) => Promise<void>;

    beforeAll(async () => {
      application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
      api = await application.api();
      asViewer = await viewerHeaders(application);
      const context = application.context(ADMIN);
      const source = await createEntity(context, 'source', build.source());
      for (const [name, country] of [
        ['a', 'SLV'],
        ['b', 'CRI'],
        ['c', 'PAN'],
        ['none', 'GTM'],
      ] as const) {
        const agreement = build.agreement(source.id, { receivingCountry: country });
        agreements[name] = (await createEntity(context, 'agreement', agreement)).id;
      }
      const record = await createEntity(context, 'personRecord', build.personRecord(source.id));
      addTransfers = async (agreement, count, extra) => {
        for (let index = 0; index < count; index += 1) {
          const agreementId = agreement === null ? {} : { agreementId: agreements[agreement] };
          const transfer = build.transfer(source.id, record.data.personId as string, {
            ...agreementId,
            ...extra,
          });
          await createEntity(context, 'transfer', transfer);
        }
      };
    });
    afterAll(async () => {
      await api.close();
      await application.close();
    });

    it('withhold every table, and the total, while there are fewer transfers than the threshold', async () => {
      await addTransfers('a', 2, { toCountry: 'SLV', date: '2025-03-15' });
      await addTransfers('b', 1, { toCountry: 'CRI', date: '2025-04-02', legalBasis: 'INA241' });
      const answers = await publicAnswers(api);
      expect(answers.stats.individualTransfers).toEqual({
        statuses: ['completed'],
        total: null,
        byAgreement: [],
        byDestination: [],
        byMonth: [],
        byBasis: [],
        withheld: TRANSFER_TABLES,
      });
      await expectNothingGivenAway(answers);
      expectPagesMatchTable(answers);
      await expectViewerExactAndPublicTrue(application, api, asViewer, answers.stats);
    });

    it('hide small counts with the fewest people besides them, and an agreement without transfers shows 0', async () => {
      await addTransfers('a', 10, { toCountry: 'SLV', date: '2025-03-15' });
      await addTransfers('b', 2, { toCountry: 'CRI', date: '2025-04-02', legalBasis: 'INA241' });
      await addTransfers('c', 1, { toCountry: 'PAN', date: '2025-05-20', legalBasis: 'INA241' });
      await addTransfers(null, 6, { toCountry: 'VEN', date: '2025-06', legalBasis: 'OTHER' });
      await addTransfers(null, 9, { toCountry: 'SLV', date: '2025-03-16', legalBasis: 'OTHER' });
      const answers = await publicAnswers(api);
      const transfers = answers.stats.individualTransfers;
      expect(transfers.total).toBe(31);
      // b (3) and c (1) are small; together they could be 1 and 3 exactly, so a, the smallest other, is hidden.
      expect(transfers.byAgreement).toHaveLength(4);
      expect(transfers.byAgreement).toEqual(
        expect.arrayContaining([
          { key: null, value: 15 },
          { key: agreements.a, value: null, suppressed: true },
          { key: agreements.b, value: null, suppressed: true },
          { key: agreements.c, value: null, suppressed: true },
        ]),
      );
      const pageOf = (id: string) => answers.pages.find((page) => page.id === id)?.transfers;
      expect(pageOf(agreements.a)).toEqual({ total: null, suppressed: true, first: [] });
      expect(pageOf(agreements.none)).toEqual({ total: 0, first: [] });
      await expectNothingGivenAway(answers);
      expectPagesMatchTable(answers);
      await expectViewerExactAndPublicTrue(application, api, asViewer, answers.stats);
    });
  });
});
