import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-3C-DVD';
const DAY = 86_400;
const TRO = '2025-03-28T00:00:00Z';
const INJUNCTION = '2025-04-18T00:00:00Z';
const REMEDY_ORDER = '2025-05-21T00:00:00Z';
const STAY = '2025-06-23T00:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;

/**
 * A D.V.D. class member (final INA §240 order naming Venezuela) removed to South Sudan, with every safeguard met:
 * notice in Spanish to the person 11 days before departure, no counsel, no fear claims or screenings.
 */
function classMember(departureAt: string, changes: Changes = {}) {
  return bundle({
    removalOrder: { authority: 'INA240', finalAt: '2025-02-10T00:00:00Z', countriesNamed: ['VEN'] },
    notices: [
      {
        servedAt: shift(departureAt, -11 * DAY),
        toPerson: true,
        toCounsel: false,
        language: 'es',
        namesCountry: 'SSD',
        kind: 'third_country',
      },
    ],
    fearClaims: [],
    screenings: [],
    reopenMotions: [],
    ...changes,
    person: { nationalities: ['VEN'], languages: ['es'], hasCounsel: false, ...changes.person },
    transfer: { destination: 'SSD', departureAt, ...changes.transfer },
  });
}

const inInjunction = '2025-05-01T12:00:00Z';
const afterStay = '2025-08-01T16:00:00Z';

describe(`${RULE}: scope`, () => {
  it('says nothing when every safeguard was met, in any window', () => {
    for (const at of [TRO, inInjunction, REMEDY_ORDER, afterStay])
      expect(outcomesOf(RULE, classMember(at))).toEqual([]);
  });

  it('does not apply before the TRO, to people outside class C, or to a nationality', () => {
    expect(outcomesOf(RULE, classMember(shift(TRO, -1), { notices: [] }))).toEqual([]);
    expect(outcomesOf(RULE, classMember(TRO, { notices: [] }))).toEqual(['violation:tro']);
    const named = {
      authority: 'INA240' as const,
      finalAt: '2025-02-10T00:00:00Z',
      countriesNamed: ['VEN', 'SSD'],
    };
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], removalOrder: named }))).toEqual([]);
    const expedited = {
      authority: 'ER235b1' as const,
      finalAt: '2025-02-10T00:00:00Z',
      countriesNamed: ['VEN'],
    };
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], removalOrder: expedited }))).toEqual([]);
    const inWriting = { ...named, countriesNamed: ['VEN'], countriesIdentifiedInWriting: ['SSD'] };
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], removalOrder: inWriting }))).toEqual([]);
    const nationality = classMember(TRO, { notices: [], person: { nationalities: ['VEN', 'SSD'] } });
    expect(outcomesOf(RULE, nationality)).toEqual([]);
  });

  it('stays silent when class membership cannot be established (no order, order not yet final, no departure)', () => {
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], removalOrder: undefined }))).toEqual([]);
    const notFinal = { authority: 'INA240' as const, finalAt: shift(TRO, 1), countriesNamed: ['VEN'] };
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], removalOrder: notFinal }))).toEqual([]);
    expect(outcomesOf(RULE, classMember(TRO, { notices: [], transfer: { departureAt: undefined } }))).toEqual(
      [],
    );
  });
});

describe(`${RULE}: temporary restraining order`, () => {
  it('is one violation without written notice to the person, from the TRO to one second before the injunction', () => {
    for (const at of [TRO, shift(TRO, 1), shift(INJUNCTION, -1)]) {
      expect(outcomesOf(RULE, classMember(at, { notices: [] }))).toEqual(['violation:tro']);
    }
    const toCounselOnly = classMember(TRO, {
      notices: [{ servedAt: shift(TRO, -DAY), toPerson: false, toCounsel: true, namesCountry: 'SSD' }],
    });
    expect(outcomesOf(RULE, toCounselOnly)).toEqual(['violation:tro']);
    const [finding] = findingsOf(RULE, classMember(TRO, { notices: [] }));
    expect(finding).toMatchObject({ authorityStatus: 'binding', contested: false });
    expect(finding?.citations[0]).toContain('temporary restraining order (2025-03-28)');
    expectWellFormed(findingsOf(RULE, classMember(TRO, { notices: [] })));
  });

  it('is a violation when a fear claim about the country was never decided before departure', () => {
    const input = classMember(TRO, { fearClaims: [{ raisedAt: shift(TRO, -DAY), country: 'SSD' }] });
    expect(outcomesOf(RULE, input)).toEqual(['violation:tro']);
    const decided = classMember(TRO, {
      fearClaims: [{ raisedAt: shift(TRO, -DAY), country: 'SSD' }],
      screenings: [
        { kind: 'third_country_fear', decidedAt: shift(TRO, -1), outcome: 'negative', country: 'SSD' },
      ],
    });
    expect(outcomesOf(RULE, decided)).toEqual([]);
  });

  it('counts only notices naming the destination served before departure', () => {
    const late = classMember(TRO, { notices: [{ servedAt: TRO, toPerson: true, namesCountry: 'SSD' }] });
    expect(outcomesOf(RULE, late)).toEqual(['violation:tro']);
    const other = classMember(TRO, {
      notices: [{ servedAt: shift(TRO, -1), toPerson: true, namesCountry: 'MEX' }],
    });
    expect(outcomesOf(RULE, other)).toEqual(['violation:tro']);
    const justBefore = classMember(TRO, {
      notices: [{ servedAt: shift(TRO, -1), toPerson: true, namesCountry: 'SSD' }],
    });
    expect(outcomesOf(RULE, justBefore)).toEqual([]);
  });

  it('cannot decide without the notices, and says what is missing', () => {
    const [finding] = findingsOf(RULE, classMember(TRO, { notices: undefined }));
    expect(finding).toMatchObject({ severity: 'info', outcome: 'unknown', potentialSeverity: 'violation' });
    expect(finding?.missingFacts).toEqual(['notices']);
    const vague = classMember(TRO, { notices: [{ servedAt: shift(TRO, -DAY), namesCountry: 'SSD' }] });
    expect(findingsOf(RULE, vague)[0]?.missingFacts).toEqual(['notices[0].toPerson']);
  });
});

describe(`${RULE}: preliminary injunction`, () => {
  it('starts at the injunction: no notice is then both (a) and (b), each its own violation', () => {
    expect(outcomesOf(RULE, classMember(shift(INJUNCTION, -1), { notices: [] }))).toEqual(['violation:tro']);
    for (const at of [INJUNCTION, shift(INJUNCTION, 1)]) {
      const findings = findingsOf(RULE, classMember(at, { notices: [] }));
      expect(findings.map((finding) => finding.outcome)).toEqual(['notice', 'opportunity']);
      expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set([RULE]));
      expectWellFormed(findings);
    }
  });

  it('(a) requires the notice in a language the person understands, and to counsel when they have one', () => {
    const english = classMember(inInjunction, { person: { languages: ['es'] } });
    const notices = english.notices?.map((notice) => ({ ...notice, language: 'en' }));
    expect(outcomesOf(RULE, { ...english, notices })).toEqual(['violation:notice']);
    const regional = english.notices?.map((notice) => ({ ...notice, language: 'es-VE' }));
    expect(outcomesOf(RULE, { ...english, notices: regional })).toEqual([]);
    expect(outcomesOf(RULE, classMember(inInjunction, { person: { hasCounsel: true } }))).toEqual([
      'violation:notice',
    ]);
    const told = classMember(inInjunction, { person: { hasCounsel: true } });
    const both = told.notices?.map((notice) => ({ ...notice, toCounsel: true }));
    expect(outcomesOf(RULE, { ...told, notices: both })).toEqual([]);
  });

  it('(a) cannot decide without the person’s languages or whether they have counsel', () => {
    const noLanguages = classMember(inInjunction, { person: { languages: undefined } });
    expect(findingsOf(RULE, noLanguages).map((finding) => finding.missingFacts)).toEqual([
      ['person.languages'],
    ]);
    const counselUnknown = findingsOf(RULE, classMember(inInjunction, { person: { hasCounsel: undefined } }));
    expect(counselUnknown.map((finding) => `${finding.severity}:${finding.outcome}`)).toEqual([
      'info:unknown',
    ]);
    expect(counselUnknown[0]?.missingFacts).toEqual(['person.hasCounsel']);
    expect(counselUnknown[0]?.explanation).toContain('written notice to the person and to counsel');
    expect(counselUnknown[0]?.es.explanation).toContain('notificación escrita a la persona y a su abogado');
  });

  it('(b) from the remedy order needs the threshold in days between notice and departure', () => {
    const fiveDays = (at: string) =>
      classMember(at, {
        notices: [{ servedAt: shift(at, -5 * DAY), toPerson: true, language: 'es', namesCountry: 'SSD' }],
      });
    expect(outcomesOf(RULE, fiveDays(shift(REMEDY_ORDER, -1)))).toEqual([]);
    expect(outcomesOf(RULE, fiveDays(REMEDY_ORDER))).toEqual(['violation:opportunity']);
    expect(outcomesOf(RULE, fiveDays(shift(REMEDY_ORDER, 1)))).toEqual(['violation:opportunity']);
    const at = '2025-06-01T12:00:00Z';
    const served = (seconds: number) =>
      classMember(at, {
        notices: [{ servedAt: shift(at, -seconds), toPerson: true, language: 'es', namesCountry: 'SSD' }],
      });
    expect(outcomesOf(RULE, served(10 * DAY - 1))).toEqual(['violation:opportunity']);
    expect(outcomesOf(RULE, served(10 * DAY))).toEqual([]);
    expect(outcomesOf(RULE, served(10 * DAY + 1))).toEqual([]);
    expect(findingsOf(RULE, served(10 * DAY - 1))[0]?.facts.daysBetweenNoticeAndDeparture).toBe(10);
  });

  it('(b) is breached when a fear claim about the country went undecided', () => {
    const input = classMember(inInjunction, {
      fearClaims: [{ raisedAt: shift(inInjunction, -DAY), country: 'SSD' }],
    });
    expect(outcomesOf(RULE, input)).toEqual(['violation:opportunity']);
    const otherCountry = classMember(inInjunction, {
      fearClaims: [{ raisedAt: shift(inInjunction, -DAY), country: 'VEN' }],
    });
    expect(outcomesOf(RULE, otherCountry)).toEqual([]);
    const noScreenings = classMember(inInjunction, {
      fearClaims: [{ raisedAt: shift(inInjunction, -DAY), country: 'SSD' }],
      screenings: undefined,
    });
    expect(findingsOf(RULE, noScreenings)[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['screenings'],
    });
  });

  it('(c) after a positive reasonable-fear finding requires a motion to reopen before departure', () => {
    const positive = [
      {
        kind: 'reasonable_fear' as const,
        decidedAt: '2025-04-25T00:00:00Z',
        outcome: 'positive' as const,
        country: 'SSD',
      },
    ];
    expect(outcomesOf(RULE, classMember(inInjunction, { screenings: positive }))).toEqual([
      'violation:reopen',
    ]);
    const filed = (filedAt: string) =>
      classMember(inInjunction, { screenings: positive, reopenMotions: [{ filedAt, by: 'DHS' }] });
    expect(outcomesOf(RULE, filed(shift(inInjunction, -1)))).toEqual([]);
    expect(outcomesOf(RULE, filed(inInjunction))).toEqual(['violation:reopen']);
    const unknown = findingsOf(
      RULE,
      classMember(inInjunction, { screenings: positive, reopenMotions: undefined }),
    );
    expect(unknown[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['reopenMotions'],
      potentialSeverity: 'violation',
    });
  });

  it('(d) after a negative finding requires the wait in days before departure', () => {
    const negative = (decidedAt: string | undefined) =>
      classMember(inInjunction, {
        screenings: [{ kind: 'third_country_fear', decidedAt, outcome: 'negative', country: 'SSD' }],
      });
    expect(outcomesOf(RULE, negative(shift(inInjunction, -15 * DAY + 1)))).toEqual([
      'violation:negativeWait',
    ]);
    expect(outcomesOf(RULE, negative(shift(inInjunction, -15 * DAY)))).toEqual([]);
    expect(outcomesOf(RULE, negative(shift(inInjunction, -15 * DAY - 1)))).toEqual([]);
    expect(findingsOf(RULE, negative(undefined))[0]).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['screenings[0].decidedAt'],
    });
    expectWellFormed(findingsOf(RULE, negative(shift(inInjunction, -DAY))));
  });
});

describe(`${RULE}: after the Supreme Court's stay`, () => {
  it('turns each failed test into info, authority stayed, from the stay on', () => {
    expect(outcomesOf(RULE, classMember(shift(STAY, -1), { notices: [] }))).toEqual([
      'violation:notice',
      'violation:opportunity',
    ]);
    for (const at of [STAY, shift(STAY, 1)]) {
      const findings = findingsOf(RULE, classMember(at, { notices: [] }));
      expect(
        findings.map((finding) => `${finding.severity}:${finding.outcome}:${finding.authorityStatus}`),
      ).toEqual(['info:noticeStayed:stayed', 'info:opportunityStayed:stayed']);
      expect(findings[0]?.citations.join(' ')).toContain('No. 24A1153');
      expectWellFormed(findings);
    }
  });

  it('keeps the 10-day test and the others, and says nothing where they pass', () => {
    expect(outcomesOf(RULE, classMember(afterStay))).toEqual([]);
    const short = classMember(afterStay, {
      notices: [{ servedAt: shift(afterStay, -DAY), toPerson: true, language: 'es', namesCountry: 'SSD' }],
      screenings: [
        { kind: 'reasonable_fear', decidedAt: shift(afterStay, -DAY), outcome: 'negative', country: 'SSD' },
      ],
    });
    expect(outcomesOf(RULE, short)).toEqual(['info:opportunityStayed', 'info:negativeWaitStayed']);
  });

  it('gives an unknown whose potential severity is info', () => {
    const [finding] = findingsOf(RULE, classMember(afterStay, { notices: undefined }));
    expect(finding).toMatchObject({
      severity: 'info',
      outcome: 'unknownStayed',
      authorityStatus: 'stayed',
      potentialSeverity: 'info',
    });
    expectWellFormed(findingsOf(RULE, classMember(afterStay, { notices: undefined })));
  });
});
