import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { SMALL_COUNT_THRESHOLD } from '../../src/core/access/disclosure.js';
import { reportedCountFigures } from '../../src/core/figures/reportedFigureTables.js';
import type { ReportedFigure } from '../../src/core/figures/reportedFigures.js';
import { getAgreementAt } from '../../src/core/usecases/agreementView.js';
import { insertDataset } from '../../src/core/usecases/insertDataset.js';
import { listAll } from '../../src/core/usecases/listAll.js';
import { reconciliationByAgreement } from '../../src/core/usecases/reconciliationByAgreement.js';
import type { PartialDate } from '../../src/core/values/partialDate.js';
import { buildDemoData } from '../../src/demo/index.js';
import { AGR } from '../../src/demo/public/agreementsUs.js';
import { CNT } from '../../src/demo/public/counts.js';
import { accountWithToken } from '../helpers/access.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field

/** Each agreement's figure on the demo, and the counts it rests on: what the items add, what they only list. */
interface Expected {
  min: number;
  max: number;
  qualifier: string;
  events: number;
  unknownSizeEvents?: number;
  /** Per item: the count naming it, its later moves of the same persons, its breakdowns. */
  items: Array<{ event: string; samePersons?: string[]; breakdowns?: string[] }>;
}

const NONE: Expected = { min: 0, max: 0, qualifier: 'exact', events: 0, items: [] };

const EXPECTED: Record<string, Expected> = {
  // 238 Venezuelans and 23 Salvadorans; the 137 (by basis) and the 32 / 6 / 130 (by record) are of the 238.
  [AGR.usSlv]: {
    min: 261,
    max: 261,
    qualifier: 'exact',
    events: 2,
    items: [
      { event: CNT.salvadorans23 },
      {
        event: CNT.venezuelans238,
        breakdowns: [CNT.aea137, CNT.convicted32, CNT.immigration130, CNT.violent6],
      },
    ],
  },
  [AGR.usPan]: {
    min: 300,
    max: 300,
    qualifier: 'about',
    events: 1,
    items: [{ event: 'cnt_2025_02_12_panama_300' }],
  },
  [AGR.usCri]: {
    min: 200,
    max: 200,
    qualifier: 'about',
    events: 1,
    items: [{ event: CNT.costaRica200, breakdowns: [CNT.costaRicaChildren81] }],
  },
  // Eight men held in Djibouti, then the same eight sent on to South Sudan: 8, not 16.
  [AGR.usSsd]: {
    min: 8,
    max: 8,
    qualifier: 'exact',
    events: 1,
    items: [{ event: CNT.djibouti8, samePersons: [CNT.southSudan8] }],
  },
  // Five men, then a second group reported without a number: at least 5, over two events.
  [AGR.usSwz]: {
    min: 5,
    max: 5,
    qualifier: 'at_least',
    events: 2,
    unknownSizeEvents: 1,
    items: [{ event: CNT.eswatini5 }, { event: CNT.eswatiniSecondGroup }],
  },
  [AGR.usRwa]: { min: 7, max: 7, qualifier: 'exact', events: 1, items: [{ event: 'cnt_2025_08_rwanda_7' }] },
  [AGR.usGha]: { min: 14, max: 14, qualifier: 'exact', events: 1, items: [{ event: CNT.ghana14 }] },
  [AGR.usGtmAca]: {
    min: 945,
    max: 945,
    qualifier: 'about',
    events: 1,
    items: [{ event: 'cnt_2019_aca_guatemala_945' }],
  },
  [AGR.itaAlb]: {
    min: 16,
    max: 16,
    qualifier: 'exact',
    events: 1,
    items: [{ event: 'cnt_2024_10_16_albania_16' }],
  },
  [AGR.usGtm]: NONE,
  [AGR.usXkx]: NONE,
  [AGR.usUga]: NONE,
  [AGR.usHnd]: NONE,
  [AGR.ukRwa]: NONE,
  [AGR.ausNru]: NONE,
};
/** What a figure adds and lists, in the shape of EXPECTED. */
function shapeOf(figure: ReportedFigure): Expected {
  return {
    min: figure.min as number,
    max: figure.max as number,
    qualifier: figure.qualifier,
    events: figure.events,
    ...(figure.unknownSizeEvents > 0 ? { unknownSizeEvents: figure.unknownSizeEvents } : {}),
    items: figure.items.map((item) => ({
      event: item.event,
      ...(item.samePersons.length > 0 ? { samePersons: item.samePersons.map((event) => event.event) } : {}),
      ...(item.breakdowns.length > 0
        ? { breakdowns: item.breakdowns.map((event) => event.event).sort() }
        : {}),
    })),
  };
}

/** The demo's 238 of March 2025 reconciles to this many fictional persons identified in its scope. */
const IDENTIFIED_OF_238 = 110;

describe.each(DIALECTS)('the reported counts of the demo [%s]', (dialect) => {
  let application: Application;
  let api: FastifyInstance;
  let viewer: Record<string, string>;

  beforeAll(async () => {
    application = await freshApplication(dialect, () => new Date('2026-01-01T00:00:00Z'));
    await insertDataset(application.context(CLI_ACTOR), buildDemoData());
    api = await application.api({ access: { publicRequestsPerMinute: 100_000 } });
    viewer = (await accountWithToken(application, 'viewer')).headers;
  }, 240_000);
  afterAll(async () => {
    await api.close();
    await application.close();
  });

  it('make the March 2025 flights to El Salvador 261 (238 + 23), never 566', async () => {
    const counts = await listAll(application.store, 'reportedCount', []);
    const toSalvador = counts.filter((count) => count.data.toCountry === 'SLV');
    expect(toSalvador.reduce((sum, count) => sum + (count.data.count ?? 0), 0)).toBe(566);
    const view = await getAgreementAt(application.store, AGR.usSlv, '2025-04' as PartialDate, 'viewer');
    const figure = view.reportedCounts.personsReported;
    expect(figure).toMatchObject({ min: 261, max: 261, qualifier: 'exact', events: 2, breakdowns: 4 });
    const venezuelans = figure.items.find((item) => item.event === CNT.venezuelans238);
    expect(venezuelans?.counts.map((count) => count.count)).toEqual([238]);
    expect(
      Object.fromEntries(
        venezuelans?.breakdowns.map((event) => [event.event, [event.min, event.partOf]]) ?? [],
      ),
    ).toEqual({
      [CNT.aea137]: [137, [CNT.venezuelans238]],
      [CNT.convicted32]: [32, [CNT.venezuelans238]],
      [CNT.violent6]: [6, [CNT.convicted32]],
      [CNT.immigration130]: [130, [CNT.venezuelans238]],
    });
    const bySalvador = reportedCountFigures(counts).byDestination.find((row) => row.key === 'SLV');
    expect(bySalvador?.figure).toMatchObject({ min: 261, max: 261, events: 2 });
  });

  it('give every agreement a figure that adds no breakdown to its whole and no person twice', async () => {
    const agreements = await listAll(application.store, 'agreement', []);
    expect(agreements.map((agreement) => agreement.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const agreement of agreements) {
      const view = await getAgreementAt(application.store, agreement.id, '2026' as PartialDate, 'public');
      const figure = view.reportedCounts.personsReported;
      expect(shapeOf(figure), agreement.id).toEqual(EXPECTED[agreement.id]);
      // It rests on every count of the agreement, and adds only those not part of another of them.
      expect([...figure.countIds].sort()).toEqual(view.reportedCounts.items.map((item) => item.id).sort());
      const counted = figure.items.flatMap((item) =>
        [item, ...item.samePersons].flatMap((event) => event.counts),
      );
      const ids = new Set(figure.countIds);
      for (const count of counted)
        expect(count.partOf === undefined || !ids.has(count.partOf), count.id).toBe(true);
    }
  });

  it('reconcile the 238 of March 2025 with the fictional persons on those flights; the public gets no list', async () => {
    const url = `/api/reported-counts/${CNT.venezuelans238}/reconciliation`;
    const asViewer = await api.inject({ method: 'GET', url, headers: viewer });
    expect(asViewer.statusCode, asViewer.body).toBe(200);
    const answer = asViewer.json() as Json;
    expect(answer.identified).toBeGreaterThan(0);
    expect(answer.identified).toBe(IDENTIFIED_OF_238);
    expect(answer.share).toBeCloseTo(IDENTIFIED_OF_238 / 238, 10);
    expect(answer.moreIdentifiedThanReported).toBe(false);
    expect(answer.persons).toHaveLength(IDENTIFIED_OF_238);
    for (const person of answer.persons as Json[]) {
      expect(person.personId).toMatch(/^per_/);
      for (const transfer of person.transfers as Json[])
        expect(transfer).toMatchObject({
          personId: person.personId,
          toCountry: 'SLV',
          agreementId: AGR.usSlv,
        });
    }
    const asPublic = await api.inject({ method: 'GET', url });
    expect(asPublic.statusCode).toBe(200);
    const published = asPublic.json() as Json;
    expect(published).toMatchObject({ identified: IDENTIFIED_OF_238, suppressed: false });
    expect(published.persons).toBeUndefined();
    expect(asPublic.body).not.toMatch(/per_/);
  });

  it('reconcile each agreement in the stats: persons identified in the scopes its figure adds, once each', async () => {
    const rows = await reconciliationByAgreement(application.store, 'viewer');
    expect(rows.map((row) => [row.agreementId, row.reported.min, row.identified])).toEqual([
      [AGR.itaAlb, 16, 0],
      [AGR.usCri, 200, 11],
      [AGR.usGha, 14, 0],
      [AGR.usGtmAca, 945, 0],
      [AGR.usPan, 300, 19],
      // Fictional persons on the flights the counts cover: the demo does not invent the real 7, 8 or 5.
      [AGR.usRwa, 7, 1],
      // 110 Venezuelans in the scope of the 238, 20 Salvadorans in that of the 23.
      [AGR.usSlv, 261, 130],
      [AGR.usSsd, 8, 0],
      [AGR.usSwz, 5, 0],
    ]);
    expect(rows.find((row) => row.agreementId === AGR.usSlv)).toMatchObject({
      share: 130 / 261,
      moreIdentifiedThanReported: false,
    });
    // The public: a number from 1 to 4 is suppressed, with what would give it back.
    const published = await reconciliationByAgreement(application.store, 'public');
    expect(published.find((row) => row.agreementId === AGR.usRwa)).toMatchObject({
      identified: null,
      suppressed: true,
      share: null,
      moreIdentifiedThanReported: null,
    });
    for (const row of published.filter((each) => each.agreementId !== AGR.usRwa))
      expect(row.identified).toBe(rows.find((each) => each.agreementId === row.agreementId)?.identified);
    expect(SMALL_COUNT_THRESHOLD).toBe(5);
  });

  it('give the same figures in /api/stats: tables and map arrows of figures, never sums, for every role', async () => {
    for (const headers of [viewer, {}]) {
      const answer = await api.inject({ method: 'GET', url: '/api/stats', headers });
      expect(answer.statusCode, answer.body).toBe(200);
      const reported = (answer.json() as Json).reportedCounts as Json;
      const counts = await listAll(application.store, 'reportedCount', []);
      expect(reported.records).toBe(counts.length);
      expect(reported.byDestination.find((row: Json) => row.key === 'SLV').figure).toMatchObject({
        min: 261,
        max: 261,
        events: 2,
        breakdowns: 4,
      });
      expect(reported.byAgreement.find((row: Json) => row.key === AGR.usSlv).figure.min).toBe(261);
      expect(reported.flows).toContainEqual({
        from: 'USA',
        to: 'SLV',
        figure: expect.objectContaining({ min: 261, max: 261 }),
      });
      // The whole adds each distinct event once: never more than the sum of the counts that are no breakdown.
      const wholes = counts.filter((count) => count.data.partOf === undefined);
      expect(reported.personsReported.max).toBeLessThanOrEqual(
        wholes.reduce((sum, count) => sum + (count.data.count ?? 0), 0),
      );
      expect(
        reported.reconciliationByAgreement.find((row: Json) => row.agreementId === AGR.usSlv),
      ).toMatchObject({
        identified: 130,
      });
    }
    const csv = await api.inject({ method: 'GET', url: '/api/stats?format=csv', headers: viewer });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('reportedCounts.byDestination,SLV,261,');
  });

  it('find the same persons as the demo data says were on those flights', () => {
    const data = buildDemoData();
    const venezuelan = new Set(
      data.personRecord
        .filter((record) => record.data.nationalities.includes('VEN' as never))
        .map((record) => record.data.personId),
    );
    const onFlights = data.transfer.filter(
      ({ data: transfer }) =>
        transfer.status === 'completed' &&
        transfer.agreementId === AGR.usSlv &&
        transfer.fromCountry === 'USA' &&
        transfer.toCountry === 'SLV' &&
        transfer.toFacilityId === 'fac_cecot' &&
        transfer.date >= '2025-03-15' &&
        transfer.date <= '2025-03-16' &&
        venezuelan.has(transfer.personId),
    );
    expect(new Set(onFlights.map((transfer) => transfer.data.personId)).size).toBe(IDENTIFIED_OF_238);
  });
});
