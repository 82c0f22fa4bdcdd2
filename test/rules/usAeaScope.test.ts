import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-AEA-SCOPE';
const departure = '2025-03-15T23:30:00Z';
const CONTESTED = 'warning:invocationContested';

type Changes = Parameters<typeof bundle>[0] & object;
type Person = NonNullable<Changes['person']>;

/** A person removed under the Alien Enemies Act to El Salvador; by default within the proclamation. */
function aea(person: Person = {}, at = departure) {
  return bundle({
    person: {
      nationalities: ['VEN'],
      birthDate: '1995-04',
      lawfulPermanentResident: false,
      usCitizen: false,
      ...person,
    },
    transfer: { authority: 'AEA', destination: 'SLV', departureAt: at },
  });
}

describe(RULE, () => {
  it('warns, contested, on every AEA removal', () => {
    const findings = findingsOf(RULE, aea());
    expect(findings).toMatchObject([
      { severity: 'warning', outcome: 'invocationContested', contested: true, authorityStatus: 'contested' },
    ]);
    expect(findings[0]?.citations).toEqual([
      'W.M.M. v. Trump, No. 25-10534 (5th Cir. 2025-09-02), vacated for rehearing en banc (5th Cir. 2025-09-30)',
    ]);
    expectWellFormed(findings);
  });

  it('is also a violation for a person outside the proclamation', () => {
    expect(outcomesOf(RULE, aea({ nationalities: ['COL'] }))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, aea({ nationalities: [] }))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, aea({ nationalities: ['COL', 'VEN'] }))).toEqual([CONTESTED]);
    expect(outcomesOf(RULE, aea({ lawfulPermanentResident: true }))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, aea({ usCitizen: true }))).toEqual(['violation:outsideProclamation', CONTESTED]);
    expect(outcomesOf(RULE, aea({ lawfulPermanentResident: null, usCitizen: null }))).toEqual([CONTESTED]);
    const [violation] = findingsOf(RULE, aea({ usCitizen: true }));
    expect(violation).toMatchObject({ authorityStatus: 'binding', contested: false });
    expect(violation?.citations).toContain('50 U.S.C. §21');
    expect(violation?.explanation).toContain('US citizen: yes');
    expect(violation?.es.explanation).toContain('ciudadano estadounidense: sí');
    expectWellFormed([violation!]);
  });

  it('is a violation for a person under 14 at departure: the 14th birthday starts at 00:00 UTC', () => {
    const birthday = '2025-03-16T00:00:00Z';
    const child = (at: string) => aea({ birthDate: '2011-03-16' }, at);
    expect(outcomesOf(RULE, child(shift(birthday, -1)))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, child(birthday))).toEqual([CONTESTED]);
    expect(outcomesOf(RULE, child(shift(birthday, 1)))).toEqual([CONTESTED]);
    expect(findingsOf(RULE, child(shift(birthday, -1)))[0]?.facts.underMinimumAgeAtDeparture).toBe(true);
  });

  it('decides the age from a partial birth date only when every day it may denote agrees', () => {
    const month = (at: string) => aea({ birthDate: '2011-03' }, at);
    expect(outcomesOf(RULE, month(shift('2025-03-01T00:00:00Z', -1)))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, month('2025-03-01T00:00:00Z'))).toEqual(['info:unknown', CONTESTED]);
    expect(outcomesOf(RULE, month(shift('2025-03-31T00:00:00Z', -1)))).toEqual(['info:unknown', CONTESTED]);
    expect(outcomesOf(RULE, month('2025-03-31T00:00:00Z'))).toEqual([CONTESTED]);
    const year = (at: string) => aea({ birthDate: '2011' }, at);
    expect(outcomesOf(RULE, year(shift('2025-01-01T00:00:00Z', -1)))).toEqual([
      'violation:outsideProclamation',
      CONTESTED,
    ]);
    expect(outcomesOf(RULE, year('2025-07-01T00:00:00Z'))).toEqual(['info:unknown', CONTESTED]);
    expect(outcomesOf(RULE, year('2025-12-31T00:00:00Z'))).toEqual([CONTESTED]);
    expect(findingsOf(RULE, month('2025-03-15T00:00:00Z'))[0]).toMatchObject({
      missingFacts: ['person.birthDate'],
      potentialSeverity: 'violation',
    });
  });

  it('gives info listing every missing fact of the scope test, unless a known one already decides', () => {
    const unknown = bundle({ person: undefined, transfer: { authority: 'AEA', destination: 'SLV' } });
    const findings = findingsOf(RULE, unknown);
    expect(findings.map((finding) => finding.outcome)).toEqual(['unknown', 'invocationContested']);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      missingFacts: [
        'person.nationalities',
        'person.birthDate',
        'person.lawfulPermanentResident',
        'person.usCitizen',
      ],
      potentialSeverity: 'violation',
    });
    expectWellFormed(findings);
    const decided = aea({ nationalities: ['COL'], birthDate: undefined, usCitizen: undefined });
    expect(outcomesOf(RULE, decided)).toEqual(['violation:outsideProclamation', CONTESTED]);
    const noDeparture = bundle({
      person: { nationalities: ['VEN'], birthDate: '1995', lawfulPermanentResident: false, usCitizen: false },
      transfer: { authority: 'AEA', departureAt: undefined },
    });
    expect(findingsOf(RULE, noDeparture)[0]?.missingFacts).toEqual(['transfer.departureAt']);
  });

  it('does not apply to removals under other authorities', () => {
    expect(outcomesOf(RULE, bundle({ person: { aeaDesignatedAt: '2025-03-14T12:00:00Z' } }))).toEqual([]);
  });
});
