import { describe, expect, it } from 'vitest';
import { CORE_PACK, CORE_PREDICATES } from '../../src/core/rules/core/pack.js';
import { compilePack } from '../../src/core/rules/engine.js';
import { rulePackSchema } from '../../src/core/rules/packSchema.js';

const CATALOGUE = [
  'US-241B3-PROTECTED-COUNTRY',
  'US-CAT-ASSURANCE',
  'US-FINAL-ORDER',
  'US-STAY',
  'US-COURT-ORDER',
  'US-241B-DESTINATION',
  'US-ER-FEAR',
  'US-ZADVYDAS',
  'US-3C-DVD',
  'US-3C-POLICY-ASSURANCE',
  'US-3C-ICE-NOTICE',
  'US-3C-ICE-FEAR',
  'US-3C-CHAIN-REFOULEMENT',
  'US-3C-RECEIVING-DETENTION',
  'US-AEA-SCOPE',
  'US-AEA-JGG-TRO',
  'US-AEA-NOTICE',
  'US-AEA-AARP-INJ',
  'INT-NONREFOULEMENT',
  'INT-TRANSFER-ARRANGEMENT',
  'UK-RWANDA',
  'EU-IT-ALB',
  'CR-RECEIVING-DETENTION',
];

describe('pack core', () => {
  it('holds every rule of the RULES.md catalogue, in its order, with a predicate each', () => {
    expect(CORE_PACK).toMatchObject({ id: 'core', version: '2026.11' });
    expect(CORE_PACK.rules.map((rule) => rule.id)).toEqual(CATALOGUE);
    expect(compilePack(CORE_PACK, CORE_PREDICATES)).toHaveLength(CATALOGUE.length);
  });

  it('is valid data: window edges are instants, texts exist in English and Spanish, citations are given', () => {
    const result = rulePackSchema.safeParse(CORE_PACK);
    expect(result.success, result.error?.message).toBe(true);
    for (const rule of CORE_PACK.rules) expect(rule.citations.length, rule.id).toBeGreaterThan(0);
  });

  it('refuses a pack whose window edge is not an instant, naming it', () => {
    const broken = structuredClone(CORE_PACK);
    const rule = broken.rules.find((item) => Object.keys(item.windows).length > 0)!;
    const name = Object.keys(rule.windows)[0]!;
    rule.windows[name] = { from: '2025-13-01' };
    const result = rulePackSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([
      'rules',
      broken.rules.indexOf(rule),
      'windows',
      name,
      'from',
    ]);
  });
});

describe('finding words', () => {
  it('writes decimals the Spanish way in Spanish and the English way in English', async () => {
    const { toFinding } = await import('../../src/core/rules/engine.js');
    const rule = CORE_PACK.rules[0]!;
    const outcome = Object.keys(rule.outcomes)[0]!;
    const finding = toFinding(rule, { outcome, facts: { hours: 1.5 } }, CORE_PACK.version);
    expect(finding.explanation).toContain('hours = 1.5');
    expect(finding.es.explanation).toContain('hours = 1,5');
  });
});
