import { describe, expect, it } from 'vitest';
import { outcomesUnderAmendedRule } from './amendedPack.js';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-AEA-NOTICE';
const HOUR = 3600;
const DAY = 24 * HOUR;
const departure = '2025-05-01T12:00:00Z';
const AARP = 'A.A.R.P. v. Trump, No. 24A1007 (U.S. 2025-05-16)';

type Changes = Parameters<typeof bundle>[0] & object;
type Notice = NonNullable<Changes['notices']>[number];

/** An AEA designee held in `district`, served an AEA notice `secondsBefore` departure. */
function noticed(secondsBefore: number, district: string | null = 'S.D. Tex.', notice: Notice = {}) {
  return bundle({
    person: {
      nationalities: ['VEN'],
      ...(district ? { confinement: [{ district, from: '2025-04-01T00:00:00Z', to: null }] } : {}),
    },
    notices: [
      {
        kind: 'aea',
        servedAt: shift(departure, -secondsBefore),
        toPerson: true,
        explainsHowToChallenge: true,
        ...notice,
      },
    ],
    transfer: { authority: 'AEA', destination: 'SLV', departureAt: departure },
  });
}

describe(RULE, () => {
  it('measures the notice against 24 hours and 21 days', () => {
    expect(outcomesOf(RULE, noticed(24 * HOUR - 1))).toEqual(['violation:underMinimumNotice']);
    expect(outcomesOf(RULE, noticed(24 * HOUR))).toEqual(['warning:shortNotice']);
    expect(outcomesOf(RULE, noticed(24 * HOUR + 1))).toEqual(['warning:shortNotice']);
    expect(outcomesOf(RULE, noticed(21 * DAY - 1))).toEqual(['warning:shortNotice']);
    expect(outcomesOf(RULE, noticed(21 * DAY))).toEqual([]);
    expect(outcomesOf(RULE, noticed(21 * DAY + 1))).toEqual([]);
    expect(outcomesOf(RULE, noticed(0))).toEqual(['violation:underMinimumNotice']);
    const [short] = findingsOf(RULE, noticed(24 * HOUR - 1));
    expect(short?.citations).toEqual([AARP, 'Trump v. J.G.G., No. 24A931 (U.S. 2025-04-07)']);
    expect(short?.facts.noticeHours).toBe(23.9);
    const [warning] = findingsOf(RULE, noticed(5 * DAY));
    expect(warning?.citations).toEqual([
      'Trump v. J.G.G., No. 24A931 (U.S. 2025-04-07)',
      'J.G.G. v. Trump, No. 25-cv-766 (D.D.C. 2025-12-22)',
    ]);
    expect(warning?.explanation).toContain('S.D. Tex.');
    expectWellFormed([short!, warning!]);
  });

  it('requires 21 days for people held in D. Colo. or W.D. Pa.', () => {
    for (const district of ['D. Colo.', 'W.D. Pa.']) {
      expect(outcomesOf(RULE, noticed(21 * DAY - 1, district))).toEqual(['violation:underDistrictNotice']);
      expect(outcomesOf(RULE, noticed(24 * HOUR, district))).toEqual(['violation:underDistrictNotice']);
      expect(outcomesOf(RULE, noticed(21 * DAY, district))).toEqual([]);
      expect(outcomesOf(RULE, noticed(24 * HOUR - 1, district))).toEqual(['violation:underMinimumNotice']);
    }
    const findings = findingsOf(RULE, noticed(5 * DAY, 'D. Colo.'));
    expect(findings[0]?.explanation).toContain('D. Colo.');
    expectWellFormed(findings);
  });

  it('warns, and says what it cannot tell, when the place of detention is not recorded', () => {
    const findings = findingsOf(RULE, noticed(5 * DAY, null));
    expect(findings.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'warning:shortNotice',
      'info:districtUnknown',
    ]);
    expect(findings[1]).toMatchObject({
      missingFacts: ['person.confinement'],
      potentialSeverity: 'violation',
    });
    expectWellFormed(findings);
    expect(outcomesOf(RULE, noticed(21 * DAY, null))).toEqual([]);
  });

  it('is a violation when the notice does not explain how to challenge', () => {
    expect(outcomesOf(RULE, noticed(30 * DAY, 'S.D. Tex.', { explainsHowToChallenge: false }))).toEqual([
      'violation:noHowToChallenge',
    ]);
    expect(outcomesOf(RULE, noticed(30 * DAY, 'S.D. Tex.', { explainsHowToChallenge: null }))).toEqual([
      'violation:noHowToChallenge',
    ]);
    expect(outcomesOf(RULE, noticed(12 * HOUR, 'S.D. Tex.', { explainsHowToChallenge: false }))).toEqual([
      'violation:underMinimumNotice',
      'violation:noHowToChallenge',
    ]);
    const [finding] = findingsOf(RULE, noticed(30 * DAY, 'S.D. Tex.', { explainsHowToChallenge: false }));
    expect(finding?.citations).toContain(AARP);
    const unsaid = findingsOf(RULE, noticed(30 * DAY, 'S.D. Tex.', { explainsHowToChallenge: undefined }));
    expect(unsaid).toMatchObject([
      {
        severity: 'info',
        outcome: 'howToChallengeUnknown',
        missingFacts: ['notices[0].explainsHowToChallenge'],
        potentialSeverity: 'violation',
      },
    ]);
    expectWellFormed([finding!, ...unsaid]);
  });

  it('is a violation to remove with no notice served by departure', () => {
    const none = bundle({
      notices: [],
      transfer: { authority: 'AEA', destination: 'SLV', departureAt: departure },
    });
    expect(outcomesOf(RULE, none)).toEqual(['violation:noNotice']);
    expect(outcomesOf(RULE, noticed(-1))).toEqual(['violation:noNotice']);
    expect(outcomesOf(RULE, noticed(30 * DAY, 'S.D. Tex.', { toPerson: false }))).toEqual([
      'violation:noNotice',
    ]);
    expectWellFormed(findingsOf(RULE, none));
  });

  it('uses the AEA notice, else any notice given to the person', () => {
    const both = bundle({
      notices: [
        {
          kind: 'removal',
          servedAt: shift(departure, -30 * DAY),
          toPerson: true,
          explainsHowToChallenge: true,
        },
        { kind: 'aea', servedAt: shift(departure, -10 * HOUR), toPerson: true, explainsHowToChallenge: true },
      ],
      transfer: { authority: 'AEA', destination: 'SLV', departureAt: departure },
    });
    expect(outcomesOf(RULE, both)).toEqual(['violation:underMinimumNotice']);
    const other = (toPerson: boolean | undefined) =>
      bundle({
        person: { confinement: [{ district: 'S.D. Tex.', from: '2025-04-01T00:00:00Z', to: null }] },
        notices: [
          { kind: 'removal', servedAt: shift(departure, -30 * DAY), explainsHowToChallenge: true, toPerson },
        ],
        transfer: { authority: 'AEA', destination: 'SLV', departureAt: departure },
      });
    expect(outcomesOf(RULE, other(true))).toEqual([]);
    expect(outcomesOf(RULE, other(false))).toEqual(['violation:noNotice']);
    expect(findingsOf(RULE, other(undefined))[0]?.missingFacts).toEqual(['notices[0].toPerson']);
  });

  it('gives info when the notices, their time or the departure are not recorded', () => {
    const untold = bundle({ transfer: { authority: 'AEA', destination: 'SLV', departureAt: departure } });
    expect(findingsOf(RULE, untold)).toMatchObject([
      { severity: 'info', outcome: 'unknown', missingFacts: ['notices'], potentialSeverity: 'violation' },
    ]);
    expect(findingsOf(RULE, noticed(DAY, 'S.D. Tex.', { servedAt: undefined }))[0]?.missingFacts).toEqual([
      'notices[0].servedAt',
    ]);
    const noDeparture = bundle({ notices: [], transfer: { authority: 'AEA', departureAt: undefined } });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
    expectWellFormed(findingsOf(RULE, untold));
  });

  it('reads its thresholds and districts from the rule data', () => {
    const amended = (rule: Parameters<Parameters<typeof outcomesUnderAmendedRule>[1]>[0]) => ({
      ...rule,
      thresholds: { minimumNoticeHours: 48, districtNoticeDays: 30 },
      windows: { 'district:S.D. Tex.': {} },
    });
    expect(outcomesUnderAmendedRule(RULE, amended, noticed(30 * HOUR))).toEqual([
      'violation:underMinimumNotice',
    ]);
    expect(outcomesUnderAmendedRule(RULE, amended, noticed(25 * DAY))).toEqual([
      'violation:underDistrictNotice',
    ]);
    expect(outcomesUnderAmendedRule(RULE, amended, noticed(25 * DAY, 'D. Colo.'))).toEqual([
      'warning:shortNotice',
    ]);
  });

  it('applies only to AEA removals', () => {
    expect(outcomesOf(RULE, bundle({ notices: [] }))).toEqual([]);
  });
});
