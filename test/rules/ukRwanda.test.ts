import { describe, expect, it } from 'vitest';
import { bundle, findingsOf, outcomesOf, shift } from './bundles.js';
import { expectWellFormed } from './wellFormed.js';

const RULE = 'UK-RWANDA';
const AAA = '2023-11-15T00:00:00Z';
const ACT = '2024-04-25T00:00:00Z';

type Transfer = NonNullable<Parameters<typeof bundle>[0]>['transfer'];

/** A Sudanese asylum-seeker transferred by force from the United Kingdom to Rwanda. */
function toRwanda(departureAt: string | undefined, transfer: Transfer = {}) {
  return bundle({
    person: { nationalities: ['SDN'] },
    transfer: {
      authority: 'UK_ENFORCED',
      from: 'GBR',
      destination: 'RWA',
      departureAt,
      interimMeasureInForce: false,
      ...transfer,
    },
  });
}

describe(RULE, () => {
  it('is a violation from the Supreme Court’s judgment to the Act, and nothing before it', () => {
    expect(outcomesOf(RULE, toRwanda(shift(AAA, -1)))).toEqual([]);
    expect(outcomesOf(RULE, toRwanda(AAA))).toEqual(['violation:unlawfulTransfer']);
    expect(outcomesOf(RULE, toRwanda(shift(AAA, 1)))).toEqual(['violation:unlawfulTransfer']);
    expect(outcomesOf(RULE, toRwanda(shift(ACT, -1)))).toEqual(['violation:unlawfulTransfer']);
    const [finding] = findingsOf(RULE, toRwanda(AAA));
    expect(finding?.citations).toEqual(['R (AAA) v SSHD [2023] UKSC 42 (2023-11-15)']);
    expectWellFormed([finding!]);
  });

  it('from the Act gives info plus a warning under Article 3, both contested', () => {
    for (const at of [ACT, shift(ACT, 1)]) {
      const findings = findingsOf(RULE, toRwanda(at));
      expect(
        findings.map((finding) => `${finding.severity}:${finding.outcome}:${finding.contested}`),
      ).toEqual(['info:deemedSafe:true', 'warning:article3Risk:true']);
      expect(findings[1]?.citations).toContain('European Convention on Human Rights, art. 3');
      expectWellFormed(findings);
    }
  });

  it('is a violation to remove while a Rule 39 interim measure is in force, at any time', () => {
    expect(outcomesOf(RULE, toRwanda('2022-06-14T21:30:00Z', { interimMeasureInForce: true }))).toEqual([
      'violation:interimMeasure',
    ]);
    expect(outcomesOf(RULE, toRwanda(AAA, { interimMeasureInForce: true }))).toEqual([
      'violation:unlawfulTransfer',
      'violation:interimMeasure',
    ]);
    const findings = findingsOf(RULE, toRwanda('2022-06-14T21:30:00Z', { interimMeasureInForce: true }));
    expect(findings[0]?.citations.join(' ')).toContain('Rule 39');
    expectWellFormed(findings);
  });

  it('applies only to enforced transfers from the UK to Rwanda', () => {
    expect(outcomesOf(RULE, toRwanda(AAA, { authority: 'OTHER' }))).toEqual([]);
    expect(outcomesOf(RULE, toRwanda(AAA, { destination: 'UGA' }))).toEqual([]);
    expect(outcomesOf(RULE, toRwanda(AAA, { from: 'DNK' }))).toEqual([]);
    expect(outcomesOf(RULE, toRwanda(AAA, { from: undefined }))).toEqual(['violation:unlawfulTransfer']);
  });

  it('cannot place the transfer in time without its departure', () => {
    const [finding] = findingsOf(RULE, toRwanda(undefined));
    expect(finding).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['transfer.departureAt'],
      potentialSeverity: 'violation',
    });
    expectWellFormed([finding!]);
  });
});
