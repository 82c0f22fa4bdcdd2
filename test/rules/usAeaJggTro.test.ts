import { describe, expect, it } from 'vitest';
import { outcomesUnderAmendedRule } from './amendedPack.js';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'US-AEA-JGG-TRO';
const NAMED = '2025-03-15T13:40:00Z';
const ORAL = '2025-03-15T22:45:00Z';
const WRITTEN = '2025-03-15T23:26:00Z';
const VACATED = '2025-04-07T00:00:00Z';

type Changes = Parameters<typeof bundle>[0] & object;

/** An AEA designee removed to El Salvador, departing and handed over at the given instants. */
function designee(departureAt: string | undefined, custodyTransferAt?: string | null, changes: Changes = {}) {
  return bundle({
    person: { nationalities: ['VEN'], aeaDesignatedAt: '2025-03-14T12:00:00Z' },
    ...changes,
    transfer: {
      authority: 'AEA',
      destination: 'SLV',
      departureAt,
      ...(custodyTransferAt === undefined ? {} : { custodyTransferAt }),
      ...changes.transfer,
    },
  });
}

/** A named plaintiff: a `this_person` order identifying J.G.G. */
const plaintiff: Changes = {
  courtOrders: [{ id: 'jgg-tro-named', case: 'J.G.G. v. Trump', scope: 'this_person', writtenAt: NAMED }],
};

describe(RULE, () => {
  it('is a violation for a designee departing at or after the written order, noting the vacatur', () => {
    expect(outcomesOf(RULE, designee(WRITTEN))).toEqual(['violation:departedUnderWrittenOrder']);
    expect(outcomesOf(RULE, designee(shift(WRITTEN, 1)))).toEqual(['violation:departedUnderWrittenOrder']);
    expect(outcomesOf(RULE, designee(shift(VACATED, -1)))).toEqual(['violation:departedUnderWrittenOrder']);
    expect(outcomesOf(RULE, designee(VACATED))).toEqual([]);
    const findings = findingsOf(RULE, designee(shift(WRITTEN, 60)));
    expect(findings[0]).toMatchObject({ authorityStatus: 'vacated', contested: false });
    expect(findings[0]?.explanation).toContain('vacated on 2025-04-07T00:00:00Z');
    expect(findings[0]?.citations).toEqual([
      'J.G.G. v. Trump, No. 25-cv-766 (D.D.C.), temporary restraining orders of 2025-03-15',
      'Trump v. J.G.G., No. 24A931 (U.S. 2025-04-07)',
    ]);
    expectWellFormed(findings);
  });

  it('is a contested violation for a designee departing between the oral and the written order', () => {
    expect(outcomesOf(RULE, designee(ORAL))).toEqual(['violation:departedUnderOralOrder']);
    expect(outcomesOf(RULE, designee(shift(WRITTEN, -1)))).toEqual(['violation:departedUnderOralOrder']);
    const findings = findingsOf(RULE, designee(shift(ORAL, 60)));
    expect(findings[0]).toMatchObject({ contested: true, authorityStatus: 'vacated' });
    expectWellFormed(findings);
  });

  it('is a contested violation for a designee who departed before but was handed over after the order', () => {
    const before = shift(ORAL, -1);
    expect(outcomesOf(RULE, designee(before, shift(ORAL, -1)))).toEqual([]);
    expect(outcomesOf(RULE, designee(before, ORAL))).toEqual(['violation:handedOverAfterOrder']);
    expect(outcomesOf(RULE, designee(before, shift(ORAL, 1)))).toEqual(['violation:handedOverAfterOrder']);
    expect(outcomesOf(RULE, designee(before, shift(VACATED, -1)))).toEqual([
      'violation:handedOverAfterOrder',
    ]);
    expect(outcomesOf(RULE, designee(before, VACATED))).toEqual([]);
    expect(outcomesOf(RULE, designee(before, null))).toEqual([]);
    const findings = findingsOf(RULE, designee('2025-03-15T22:25:00Z', '2025-03-16T01:30:00Z'));
    expect(findings[0]).toMatchObject({ contested: true, authorityStatus: 'vacated' });
    expectWellFormed(findings);
  });

  it('covers designees removed under any authority, and nobody else', () => {
    const ina = designee(shift(WRITTEN, 60), undefined, { transfer: { authority: 'INA241' } });
    expect(outcomesOf(RULE, ina)).toEqual(['violation:departedUnderWrittenOrder']);
    const notDesignated = bundle({ transfer: { departureAt: shift(WRITTEN, 60) } });
    expect(outcomesOf(RULE, notDesignated)).toEqual([]);
    const byAuthority = bundle({ transfer: { authority: 'AEA', departureAt: shift(WRITTEN, 60) } });
    expect(outcomesOf(RULE, byAuthority)).toEqual(['violation:departedUnderWrittenOrder']);
  });

  it('covers the named plaintiffs from the morning order', () => {
    expect(outcomesOf(RULE, designee(NAMED, undefined, plaintiff))).toEqual([
      'violation:departedUnderWrittenOrder',
    ]);
    expect(outcomesOf(RULE, designee(shift(NAMED, 1), undefined, plaintiff))).toEqual([
      'violation:departedUnderWrittenOrder',
    ]);
    expect(outcomesOf(RULE, designee(shift(NAMED, -1), shift(NAMED, -1), plaintiff))).toEqual([]);
    expect(outcomesOf(RULE, designee(shift(NAMED, -1), NAMED, plaintiff))).toEqual([
      'violation:handedOverAfterOrder',
    ]);
    expect(outcomesOf(RULE, designee('2025-03-15T20:00:00Z', '2025-03-15T21:00:00Z'))).toEqual([]);
    const onlyNamed = bundle({
      ...plaintiff,
      transfer: { authority: 'INA241', departureAt: '2025-03-15T20:00:00Z' },
    });
    expect(outcomesOf(RULE, onlyNamed)).toEqual(['violation:departedUnderWrittenOrder']);
    expect(findingsOf(RULE, onlyNamed)[0]?.facts).toMatchObject({ namedPlaintiff: true, orderFrom: NAMED });
  });

  it('gives info when the departure, or the hand-over of an earlier departure, is not recorded', () => {
    expect(findingsOf(RULE, designee(undefined))).toMatchObject([
      { severity: 'info', missingFacts: ['transfer.departureAt'], potentialSeverity: 'violation' },
    ]);
    expect(findingsOf(RULE, designee(shift(ORAL, -1)))[0]?.missingFacts).toEqual([
      'transfer.custodyTransferAt',
    ]);
    expectWellFormed(findingsOf(RULE, designee(shift(ORAL, -1))));
  });

  it('reads its windows from the rule data', () => {
    const later = (rule: Parameters<Parameters<typeof outcomesUnderAmendedRule>[1]>[0]) => ({
      ...rule,
      windows: { ...rule.windows, writtenOrder: { from: WRITTEN, to: '2025-05-01T00:00:00Z' } },
    });
    expect(outcomesUnderAmendedRule(RULE, later, designee(VACATED))).toEqual([
      'violation:departedUnderWrittenOrder',
    ]);
  });
});
