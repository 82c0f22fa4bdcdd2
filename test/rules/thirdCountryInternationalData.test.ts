import { describe, expect, it } from 'vitest';
import { CORE_PACK } from '../../src/core/rules/core/pack.js';
import { INTERNATIONAL_RULES } from '../../src/core/rules/core/international.rules.js';
import { US_THIRD_COUNTRY_RULES } from '../../src/core/rules/core/usThirdCountry.rules.js';

const GROUPS = {
  usThirdCountry: [
    'US-3C-DVD',
    'US-3C-POLICY-ASSURANCE',
    'US-3C-ICE-NOTICE',
    'US-3C-ICE-FEAR',
    'US-3C-CHAIN-REFOULEMENT',
    'US-3C-RECEIVING-DETENTION',
  ],
  international: [
    'INT-NONREFOULEMENT',
    'INT-TRANSFER-ARRANGEMENT',
    'UK-RWANDA',
    'EU-IT-ALB',
    'CR-RECEIVING-DETENTION',
  ],
};
const RULES = [...US_THIRD_COUNTRY_RULES, ...INTERNATIONAL_RULES];

describe('the US third-country and international rules as data', () => {
  it('come in catalogue order, and the pack holds them in that order', () => {
    expect(US_THIRD_COUNTRY_RULES.map((rule) => rule.id)).toEqual(GROUPS.usThirdCountry);
    expect(INTERNATIONAL_RULES.map((rule) => rule.id)).toEqual(GROUPS.international);
    const ids = CORE_PACK.rules.map((rule) => rule.id);
    const positions = [...GROUPS.usThirdCountry, ...GROUPS.international].map((id) => ids.indexOf(id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });

  it('declare windows as UTC instants, from before to, and thresholds named with their unit', () => {
    for (const rule of RULES) {
      for (const window of Object.values(rule.windows)) {
        for (const edge of [window.from, window.to].filter((value) => value !== undefined)) {
          expect(edge, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        }
        if (window.from && window.to) expect(Date.parse(window.from)).toBeLessThan(Date.parse(window.to));
      }
      for (const [name, value] of Object.entries(rule.thresholds)) {
        expect(name, rule.id).toMatch(/(Hours|Days)$/);
        expect(value).toBeGreaterThan(0);
      }
    }
  });

  it('say every outcome in English and Spanish, with citations carrying dates where the catalogue gives them', () => {
    for (const rule of RULES) {
      expect(rule.title.es).not.toBe(rule.title.en);
      expect(rule.requires.es).not.toBe(rule.requires.en);
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const [name, outcome] of Object.entries(rule.outcomes)) {
        expect(outcome.explanation.en, `${rule.id}/${name}`).not.toBe('');
        expect(outcome.explanation.es, `${rule.id}/${name}`).not.toBe(outcome.explanation.en);
      }
      expect(Object.keys(rule.outcomes)).toContain('unknown');
    }
  });
});
