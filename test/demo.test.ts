import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData, validateDemoData, type DemoData } from '../src/demo/index.js';

/** A fixed seeding time: the recent cases are dated back from it, so two calls compare only with the same one. */
const ANCHOR = new Date('2026-12-07T12:00:00Z');

let data: DemoData;

beforeAll(() => {
  data = buildDemoData(ANCHOR);
});

function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((entity) => entity.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

function agreementTo(country: string, sending = 'USA') {
  const found = data.agreement.find(
    (a) => a.data.receivingCountry === country && a.data.sendingCountry === sending,
  );
  if (!found) throw new Error(`no agreement ${sending}–${country}`);
  return found.data;
}

describe('demo data', () => {
  it('passes every schema and every reference resolves', () => {
    expect(() => validateDemoData(data)).not.toThrow();
  });

  it('is the same on every call with the same anchor, and is dated from now without one', () => {
    expect(buildDemoData(ANCHOR)).toEqual(data);
    expect(() => validateDemoData(buildDemoData())).not.toThrow();
  });

  it('names the field of a broken reference', () => {
    const broken = structuredClone(data);
    const transfer = broken.transfer[0];
    if (!transfer) throw new Error('no transfer');
    transfer.data.movementId = 'mov_missing';
    expect(() => validateDemoData(broken)).toThrow(/movementId: no movement with id mov_missing/);
  });
});

describe('fictional persons', () => {
  it('are at least 300, all fictional, each with a record from a fictional source', () => {
    const fictionalSources = new Set(data.source.filter((s) => s.data.fictional).map((s) => s.id));
    expect(data.person.length).toBeGreaterThanOrEqual(300);
    expect(data.person.every((person) => person.data.fictional)).toBe(true);
    for (const person of data.person) {
      const records = data.personRecord.filter((record) => record.data.personId === person.id);
      expect(records.length).toBeGreaterThanOrEqual(1);
      expect(records.every((record) => record.data.sourceIds.every((id) => fictionalSources.has(id)))).toBe(
        true,
      );
    }
  });

  it('cite only fictional sources, and the fictional sources say so in their title', () => {
    const fictional = data.source.filter((source) => source.data.fictional);
    expect(
      fictional.every((s) => s.data.kind === 'synthetic' && s.data.title.includes('not real people')),
    ).toBe(true);
    const fictionalIds = new Set(fictional.map((s) => s.id));
    const personal = [
      ...data.personRecord,
      ...data.allegation,
      ...data.legalEvent,
      ...data.transfer,
      ...data.custodyEvent,
    ];
    expect(personal.every((entity) => entity.data.sourceIds.every((id) => fictionalIds.has(id)))).toBe(true);
  });

  it('have records from several sources, written differently', () => {
    const sourcesByPerson = new Map<string, Set<string>>();
    for (const record of data.personRecord) {
      const personId = record.data.personId ?? '';
      const sources = sourcesByPerson.get(personId) ?? new Set<string>();
      record.data.sourceIds.forEach((id) => sources.add(id));
      sourcesByPerson.set(personId, sources);
    }
    expect([...sourcesByPerson.values()].some((sources) => sources.size >= 2)).toBe(true);
    const aNumbers = data.personRecord.flatMap((record) =>
      record.data.identifiers.map((identifier) => identifier.value),
    );
    expect(aNumbers.some((value) => /^A\d{9}$/.test(value))).toBe(true);
    expect(aNumbers.some((value) => /^A-\d{3}-\d{3}-\d{3}$/.test(value))).toBe(true);
    expect(aNumbers.some((value) => /^\d{7,9}$/.test(value))).toBe(true);
    expect(data.personRecord.some((record) => /^[A-Z -]+, [A-Z]/.test(record.data.fullName ?? ''))).toBe(
      true,
    );
    expect(data.personRecord.some((record) => record.data.birthDate?.length === 4)).toBe(true);
  });

  it('keep allegations apart from convictions', () => {
    const kinds = new Set(data.allegation.map((a) => `${a.data.kind}/${a.data.status}`));
    expect(kinds).toContain('allegation/alleged');
    expect(kinds).toContain('conviction/convicted');
    expect(kinds).toContain('allegation/dismissed');
  });

  it('have a spread of legal events', () => {
    const types = new Set(data.legalEvent.map((event) => event.data.type));
    for (const type of [
      'removal_order',
      'appeal',
      'stay',
      'petition_for_review',
      'protection_grant',
      'court_order',
      'notice_served',
      'fear_claim',
      'screening',
      'habeas_petition',
      'assurance',
      'aea_designation',
    ] as const) {
      expect(types).toContain(type);
    }
  });

  it('include AEA removals on the March flights and third-country removals after 2025-07-09', () => {
    const aea = data.transfer.filter(
      (t) => t.data.legalBasis === 'AEA' && t.data.movementId?.startsWith('mov_2025_03_15'),
    );
    expect(aea.some((t) => (t.data.departureAt?.utc ?? '') >= '2025-03-15T23:26:00.000Z')).toBe(true);
    const late = data.transfer.filter((t) => (t.data.departureAt?.utc ?? '') >= '2025-07-09');
    for (const country of ['SSD', 'SWZ', 'GHA'])
      expect(late.some((t) => t.data.toCountry === country)).toBe(true);
  });
});

describe('public facts', () => {
  it('cite only public, non-fictional sources', () => {
    const publicIds = new Set(data.source.filter((s) => !s.data.fictional).map((s) => s.id));
    const facts = [...data.agreement, ...data.facility, ...data.movement, ...data.reportedCount];
    expect(facts.every((fact) => fact.data.sourceIds.every((id) => publicIds.has(id)))).toBe(true);
  });

  it('include CECOT and the US–El Salvador arrangement with its reported terms', () => {
    const cecot = byId(data.facility, 'fac_cecot').data;
    expect(cecot).toMatchObject({
      country: 'SLV',
      kind: 'maximum_security_prison',
      credibleTortureReports: true,
    });
    expect(cecot.reportedCapacity?.value).toBe(40000);
    const agreement = byId(data.agreement, 'agr_us_slv_2025').data;
    expect(agreement.statusHistory).toContainEqual(
      expect.objectContaining({ status: 'announced', date: '2025-02-03' }),
    );
    expect(agreement.terms).toContainEqual(
      expect.objectContaining({ type: 'payment', amount: 6_000_000, per: 'year' }),
    );
    expect(agreement.terms).toContainEqual(expect.objectContaining({ type: 'cap', persons: 300 }));
    expect(agreement.terms).toContainEqual(
      expect.objectContaining({ type: 'duration', months: 12, renewable: true }),
    );
    expect(agreement.terms).toContainEqual(
      expect.objectContaining({ type: 'facilities', facilityIds: ['fac_cecot'] }),
    );
  });

  it('include the reported counts, as counts', () => {
    const counts = data.reportedCount.map((c) => c.data);
    expect(counts).toContainEqual(
      expect.objectContaining({ count: 238, toCountry: 'SLV', nationalities: ['VEN'] }),
    );
    expect(counts).toContainEqual(expect.objectContaining({ count: 23, nationalities: ['SLV'] }));
    expect(counts).toContainEqual(expect.objectContaining({ count: 137, basis: 'AEA' }));
    expect(counts).toContainEqual(
      expect.objectContaining({ count: 252, fromCountry: 'SLV', toCountry: 'VEN' }),
    );
    expect(counts).toContainEqual(
      expect.objectContaining({ count: 945, qualifier: 'about', toCountry: 'GTM' }),
    );
    expect(counts).toContainEqual(
      expect.objectContaining({
        count: 16,
        fromCountry: 'ITA',
        toCountry: 'ALB',
        nationalities: ['BGD', 'EGY'],
      }),
    );
    expect(counts).toContainEqual(
      expect.objectContaining({ count: 300, qualifier: 'about', toCountry: 'PAN' }),
    );
  });

  it('include the three March flights from Texas to San Salvador', () => {
    for (const id of ['mov_2025_03_15_flight1', 'mov_2025_03_15_flight2', 'mov_2025_03_15_flight3']) {
      const movement = byId(data.movement, id).data;
      expect(movement.departure).toMatchObject({ country: 'USA', airport: 'HRL' });
      expect(movement.arrival).toMatchObject({ country: 'SLV', airport: 'SAL' });
    }
  });

  it('include every arrangement of PUBLIC-FACTS', () => {
    for (const country of ['SLV', 'PAN', 'CRI', 'GTM', 'XKX', 'SSD', 'SWZ', 'RWA', 'UGA', 'GHA', 'HND']) {
      expect(agreementTo(country).sendingCountry).toBe('USA');
    }
    expect(agreementTo('SWZ').terms).toContainEqual(expect.objectContaining({ type: 'cap', persons: 160 }));
    expect(agreementTo('SWZ').terms).toContainEqual(
      expect.objectContaining({ type: 'payment', amount: 5_100_000 }),
    );
    expect(agreementTo('RWA').terms).toContainEqual(expect.objectContaining({ type: 'cap', persons: 250 }));
    expect(agreementTo('UGA').terms).toContainEqual(
      expect.objectContaining({ accepts: ['no_criminal_history', 'no_unaccompanied_minors'] }),
    );
    expect(agreementTo('RWA', 'GBR').statusHistory.map((entry) => entry.status)).toContain('struck_down');
    expect(agreementTo('ALB', 'ITA').terms).toContainEqual(
      expect.objectContaining({ facilityIds: ['fac_shengjin', 'fac_gjader'] }),
    );
    expect(agreementTo('NRU', 'AUS').kind).toBe('offshore_processing');
    expect(byId(data.agreement, 'agr_us_gtm_aca_2019').data.kind).toBe('safe_third_country');
  });
});
