import { describe, expect, it } from 'vitest';
import { canonicalGivenNames, parseName } from '../../src/core/linkage/normalize.js';
import { doubleMetaphone, spanishPhoneticKey } from '../../src/core/linkage/phonetic.js';
import { jaroWinkler, levenshtein } from '../../src/core/linkage/strings.js';

// The building blocks together, on pairs of names as two sources wrote one person's: what the comparison levels
// of the linkage engine will be built from.

const full = (fullName: string) => parseName({ fullName });
const soundsAlike = (left: string, right: string) => spanishPhoneticKey(left) === spanishPhoneticKey(right);
const givenMeets = (left: string, right: string) =>
  [...canonicalGivenNames(left)].some((name) => canonicalGivenNames(right).has(name));

describe('one person, two sources', () => {
  it('José Luis García López / GARCIA LOPEZ, JOSE L.: same surnames, same first name, initial fits', () => {
    const left = full('José Luis García López');
    const right = full('GARCIA LOPEZ, JOSE L.');
    expect(right.family).toEqual(left.family);
    expect(right.given[0]).toBe(left.given[0]);
    expect(left.given[1]?.startsWith(right.initials[1] ?? '?')).toBe(true);
  });

  it('José García / Jose Garsia: the surname sounds the same', () => {
    const left = full('José García');
    const right = full('Jose Garsia');
    expect(left.given).toEqual(right.given);
    expect(soundsAlike(left.family[0] ?? '', right.family[0] ?? '')).toBe(true);
    expect(jaroWinkler(left.family[0] ?? '', right.family[0] ?? '')).toBeGreaterThan(0.9);
  });

  it('José García / Pepe García: the nickname stands for the name', () => {
    const left = full('José García');
    const right = full('Pepe García');
    expect(givenMeets(left.given[0] ?? '', right.given[0] ?? '')).toBe(true);
  });

  it('Chema Ruiz / José María Ruiz: a nickname for two given names', () => {
    const left = full('Chema Ruiz');
    const right = full('José María Ruiz Soto');
    expect(canonicalGivenNames(left.given[0] ?? '').has(right.given.join(' '))).toBe(true);
  });

  it('María de la Cruz / MARIA DELACRUZ / Ana María Cruz: joined and bare surname keys', () => {
    expect(full('María de la Cruz').family).toEqual(full('MARIA DELACRUZ').family);
    const bare = full('María de la Cruz').familyKeys;
    expect(bare).toContain(full('María Cruz').family[0]);
  });

  it('Hernández Ruiz, Juan / Juan Ruiz Hernandez: the surnames swapped', () => {
    const left = full('Hernández Ruiz, Juan');
    const right = full('Juan Ruiz Hernandez');
    expect(left.family).toEqual([...right.family].reverse());
  });

  it('Juan Carlos Pérez / Juan Carlos Pérez Gómez: the maternal surname dropped', () => {
    const left = full('Juan Carlos Pérez');
    const right = full('Juan Carlos Pérez Gómez');
    const oneSurname = left.alternatives.find((reading) => reading.family.length === 1);
    expect(oneSurname).toEqual({ given: ['juan', 'carlos'], family: ['perez'], familyBare: ['perez'] });
    expect(right.family[0]).toBe(oneSurname?.family[0]);
  });

  it('Yáñez / Llanes, Velázquez / Belasques, Ximena / Jimena: Spanish spellings of one sound', () => {
    expect(soundsAlike('Yáñez', 'Llanes')).toBe(true);
    expect(soundsAlike('Velázquez', 'Belasques')).toBe(true);
    expect(soundsAlike('Ximena', 'Jimena')).toBe(true);
  });

  it('Rodríguez / Rodrigeuz, Gutiérrez / Guiterrez: typing slips stay close', () => {
    expect(levenshtein('rodriguez', 'rodrigeuz', 2)).toBe(2);
    expect(jaroWinkler('rodriguez', 'rodrigeuz')).toBeGreaterThan(0.95);
    expect(jaroWinkler('gutierrez', 'guiterrez')).toBeGreaterThan(0.95);
  });

  it('Schmidt / Smith, Jiménez / Gimenez: Double Metaphone for names said the English way', () => {
    const shares = (left: string, right: string) =>
      doubleMetaphone(left).some((key) => doubleMetaphone(right).includes(key));
    expect(shares('Schmidt', 'Smith')).toBe(true);
    expect(shares('Jiménez', 'Gimenez')).toBe(true);
  });
});
