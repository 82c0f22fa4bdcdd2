import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-ICE-NOTICE';
const HOUR = 3600;
const MEMO = '2025-07-09T00:00:00Z';
const departure = '2025-08-01T16:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;

/** A Spanish-speaking Venezuelan removed to South Sudan, served notice naming it `secondsBefore` departure. */
function noticed(secondsBefore: number, changes: Changes = {}, at = departure) {
  return bundle({
    notices: [
      {
        servedAt: shift(at, -secondsBefore),
        toPerson: true,
        language: 'es',
        namesCountry: 'SSD',
        kind: 'third_country',
      },
    ],
    ...changes,
    person: { nationalities: ['VEN'], languages: ['es'], ...changes.person },
    transfer: {
      destination: 'SSD',
      departureAt: at,
      exigent: false,
      attorneyAccess: true,
      ...changes.transfer,
    },
  });
}

describe(RULE, () => {
  it('measures the time from notice to departure against the thresholds', () => {
    expect(outcomesOf(RULE, noticed(6 * HOUR - 1))).toEqual(['violation:underMinimum']);
    expect(outcomesOf(RULE, noticed(6 * HOUR))).toEqual(['warning:short']);
    expect(outcomesOf(RULE, noticed(6 * HOUR + 1))).toEqual(['warning:short']);
    expect(outcomesOf(RULE, noticed(24 * HOUR - 1))).toEqual(['warning:short']);
    expect(outcomesOf(RULE, noticed(24 * HOUR))).toEqual(['info:adequate']);
    expect(outcomesOf(RULE, noticed(24 * HOUR + 1))).toEqual(['info:adequate']);
    const findings = [6 * HOUR - 1, 12 * HOUR, 30 * HOUR].flatMap((seconds) =>
      findingsOf(RULE, noticed(seconds)),
    );
    expect(findings.map((finding) => finding.authorityStatus)).toEqual([
      'agency_policy',
      'agency_policy',
      'agency_policy',
    ]);
    expect(findings[1]?.facts.hoursBetweenNoticeAndDeparture).toBe(12);
    expect(findings[1]?.explanation).toContain('12 hours');
    expect(findings[1]?.es.explanation).toContain('12 horas');
    expectWellFormed(findings);
  });

  it('accepts a short notice as info only when exigent and the person had access to counsel', () => {
    const exigent = { exigent: true, attorneyAccess: true };
    expect(outcomesOf(RULE, noticed(12 * HOUR, { transfer: exigent }))).toEqual(['info:shortExigent']);
    expect(outcomesOf(RULE, noticed(12 * HOUR, { transfer: { ...exigent, attorneyAccess: false } }))).toEqual(
      ['warning:short'],
    );
    expect(outcomesOf(RULE, noticed(12 * HOUR, { transfer: { ...exigent, attorneyAccess: null } }))).toEqual([
      'warning:short',
    ]);
    expect(outcomesOf(RULE, noticed(5 * HOUR, { transfer: exigent }))).toEqual(['violation:underMinimum']);
    const unknown = findingsOf(
      RULE,
      noticed(12 * HOUR, { transfer: { exigent: true, attorneyAccess: undefined } }),
    );
    expect(unknown[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.attorneyAccess'],
      potentialSeverity: 'warning',
    });
  });

  it('warns of a removal with no notice naming the country in a language the person understands', () => {
    expect(outcomesOf(RULE, noticed(30 * HOUR, { notices: [] }))).toEqual(['warning:noNotice']);
    const english = noticed(30 * HOUR);
    const notices = english.notices?.map((notice) => ({ ...notice, language: 'en' }));
    expect(outcomesOf(RULE, { ...english, notices })).toEqual(['warning:noNotice']);
    const other = noticed(30 * HOUR, {
      notices: [
        { servedAt: shift(departure, -30 * HOUR), toPerson: true, language: 'es', namesCountry: 'MEX' },
      ],
    });
    expect(outcomesOf(RULE, other)).toEqual(['warning:noNotice']);
    expect(outcomesOf(RULE, noticed(0))).toEqual(['warning:noNotice']);
    expect(outcomesOf(RULE, noticed(1))).toEqual(['violation:underMinimum']);
    expectWellFormed(findingsOf(RULE, noticed(30 * HOUR, { notices: [] })));
  });

  it('uses the earliest qualifying notice', () => {
    const input = noticed(30 * HOUR);
    const notices = [
      ...(input.notices ?? []),
      { ...input.notices?.[0], servedAt: shift(departure, -2 * HOUR) },
    ];
    expect(outcomesOf(RULE, { ...input, notices })).toEqual(['info:adequate']);
  });

  it('applies from the ICE memorandum on, to third countries without a credible assurance', () => {
    const at = (instant: string) => noticed(HOUR, {}, instant);
    expect(outcomesOf(RULE, at(shift(MEMO, -1)))).toEqual([]);
    expect(outcomesOf(RULE, at(MEMO))).toEqual(['violation:underMinimum']);
    expect(outcomesOf(RULE, at(shift(MEMO, 1)))).toEqual(['violation:underMinimum']);
    expect(outcomesOf(RULE, noticed(HOUR, { person: { nationalities: ['SSD'] } }))).toEqual([]);
    const assurance = (deemedCredibleAt: string) =>
      noticed(HOUR, { assurances: [{ country: 'SSD', kind: 'blanket', deemedCredibleAt }] });
    expect(outcomesOf(RULE, assurance(departure))).toEqual([]);
    expect(outcomesOf(RULE, assurance(shift(departure, 1)))).toEqual(['violation:underMinimum']);
  });

  it('cannot decide without the notices or the person’s languages', () => {
    const noNotices = findingsOf(RULE, noticed(HOUR, { notices: undefined }));
    expect(noNotices[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['notices'],
      potentialSeverity: 'violation',
    });
    const noLanguages = findingsOf(RULE, noticed(HOUR, { person: { languages: undefined } }));
    expect(noLanguages[0]?.missingFacts).toEqual(['person.languages']);
    const untimed = noticed(HOUR);
    const notices = untimed.notices?.map((notice) => ({ ...notice, servedAt: undefined }));
    expect(findingsOf(RULE, { ...untimed, notices })[0]?.missingFacts).toEqual(['notices[0].servedAt']);
    const noDeparture = findingsOf(RULE, noticed(HOUR, { transfer: { departureAt: undefined } }));
    expect(noDeparture[0]).toMatchObject({
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'violation',
    });
    expectWellFormed([...noNotices, ...noLanguages, ...noDeparture]);
  });
});
