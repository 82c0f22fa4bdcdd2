import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-241B-DESTINATION';

type Changes = Parameters<typeof bundle>[0] & object;
type Acceptance = NonNullable<Changes['destinationAcceptance']>;

/** A Venezuelan whose order names Venezuela, removed under INA §241 to El Salvador. */
function sentTo(destination: string, changes: Changes = {}, acceptance?: Acceptance | null) {
  return bundle({
    removalOrder: {
      authority: 'INA240',
      issuedAt: '2025-01-10',
      finalAt: '2025-02-10',
      countriesNamed: ['VEN'],
    },
    ...(acceptance === undefined ? {} : { destinationAcceptance: acceptance }),
    ...changes,
    transfer: { destination, ...changes.transfer },
  });
}

const refused = { recorded: false, earlierOptionsImpracticable: false };

describe(RULE, () => {
  it('warns on a destination neither named on the order nor a nationality, without acceptance on record', () => {
    const findings = findingsOf(RULE, sentTo('SLV', {}, refused));
    expect(findings).toMatchObject([
      { severity: 'warning', outcome: 'notDesignated', authorityStatus: 'binding' },
    ]);
    expect(findings[0]?.citations).toEqual([
      '8 U.S.C. §1231(b)(2)(E)(vii)',
      'Jama v. Immigration and Customs Enforcement, 543 U.S. 335 (2005-01-12)',
    ]);
    expect(findings[0]?.explanation).toContain('SLV');
    expectWellFormed(findings);
    expect(outcomesOf(RULE, sentTo('SLV', {}, null))).toEqual(['warning:notDesignated']);
  });

  it('needs both the acceptance and the impracticability of the earlier options', () => {
    expect(
      outcomesOf(RULE, sentTo('SLV', {}, { recorded: true, earlierOptionsImpracticable: true })),
    ).toEqual([]);
    expect(
      outcomesOf(RULE, sentTo('SLV', {}, { recorded: true, earlierOptionsImpracticable: false })),
    ).toEqual(['warning:notDesignated']);
    expect(
      outcomesOf(RULE, sentTo('SLV', {}, { recorded: null, earlierOptionsImpracticable: true })),
    ).toEqual(['warning:notDesignated']);
    expect(findingsOf(RULE, sentTo('SLV', {}, { recorded: true }))).toMatchObject([
      {
        severity: 'info',
        missingFacts: ['destinationAcceptance.earlierOptionsImpracticable'],
        potentialSeverity: 'warning',
      },
    ]);
    expect(findingsOf(RULE, sentTo('SLV'))[0]?.missingFacts).toEqual([
      'destinationAcceptance.recorded',
      'destinationAcceptance.earlierOptionsImpracticable',
    ]);
  });

  it('does not apply to a country named on the order, identified in writing, or of nationality', () => {
    expect(outcomesOf(RULE, sentTo('VEN', {}, refused))).toEqual([]);
    const named = { removalOrder: { countriesNamed: ['VEN', 'SLV'] } };
    expect(outcomesOf(RULE, sentTo('SLV', named, refused))).toEqual([]);
    const writing = { removalOrder: { countriesNamed: ['VEN'], countriesIdentifiedInWriting: ['SLV'] } };
    expect(outcomesOf(RULE, sentTo('SLV', writing, refused))).toEqual([]);
    const dual = { person: { nationalities: ['VEN', 'COL'] } };
    expect(outcomesOf(RULE, sentTo('COL', dual, refused))).toEqual([]);
  });

  it('counts a missing order as naming no country', () => {
    expect(outcomesOf(RULE, sentTo('SLV', { removalOrder: null }, refused))).toEqual([
      'warning:notDesignated',
    ]);
  });

  it('gives info when the named countries, the nationalities or the order are not recorded', () => {
    const unnamed = sentTo('SLV', { removalOrder: { authority: 'INA240' } }, refused);
    expect(findingsOf(RULE, unnamed)[0]?.missingFacts).toEqual(['removalOrder.countriesNamed']);
    const stateless = sentTo('SLV', { person: undefined }, refused);
    expect(findingsOf(RULE, stateless)[0]?.missingFacts).toEqual(['person.nationalities']);
    const noOrder = bundle({ destinationAcceptance: refused, transfer: { destination: 'SLV' } });
    expect(findingsOf(RULE, noOrder)).toMatchObject([
      { severity: 'info', missingFacts: ['removalOrder'], potentialSeverity: 'warning' },
    ]);
    expectWellFormed(findingsOf(RULE, noOrder));
  });

  it('applies only to removals under INA §241', () => {
    expect(outcomesOf(RULE, sentTo('SLV', { transfer: { authority: 'AEA' } }, refused))).toEqual([]);
  });
});
