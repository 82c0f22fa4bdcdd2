import { describe, expect, it } from 'vitest';
import { isThirdCountry } from '../../src/core/rules/core/helpers.js';
import { bundle, outcomesOf } from './bundles.js';

/** A removal of a person of these nationalities to a destination, names or codes as a source writes them. */
function removal(nationalities: string[], destination: string) {
  return bundle({ person: { nationalities }, transfer: { destination } });
}

describe('third-country rules and states that no longer exist', () => {
  it('cannot tell whether a successor of a former state is a third country', () => {
    expect(isThirdCountry(removal(['USSR'], 'RUS'))).toBeUndefined();
    expect(isThirdCountry(removal(['SUN'], 'USA'))).toBeUndefined();
    expect(isThirdCountry(removal(['UKR'], 'YUGOSLAVIA'))).toBeUndefined();
    expect(isThirdCountry(removal(['SUN', 'UKR'], 'UKR'))).toBe(false);
    expect(isThirdCountry(removal(['CZECHOSLOVAKIA'], 'CSK'))).toBe(false);
    expect(isThirdCountry(removal(['VEN'], 'SSD'))).toBe(true);
  });

  it('keeps third-country rules silent for a Soviet citizen removed to Russia', () => {
    expect(outcomesOf('US-3C-ICE-NOTICE', removal(['SUN'], 'RUS'))).toEqual([]);
    expect(outcomesOf('US-3C-ICE-NOTICE', removal(['VEN'], 'SSD'))).not.toEqual([]);
  });
});
