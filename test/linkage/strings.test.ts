import { describe, expect, it } from 'vitest';
import { jaroWinkler, levenshtein } from '../../src/core/linkage/strings.js';

describe('jaroWinkler', () => {
  it.each([
    // The examples of Winkler's papers, as quoted wherever the measure is described.
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896],
    ['CRATE', 'TRACE', 0.733], // no common prefix: Jaro alone
    ['garcia', 'garsia', 0.922],
    ['hernandez', 'fernandez', 0.926],
  ])('%s / %s ≈ %f', (left, right, similarity) => {
    expect(jaroWinkler(left, right)).toBeCloseTo(similarity, 3);
    expect(jaroWinkler(right, left)).toBeCloseTo(similarity, 3);
  });

  it('is 1 for identical strings and 0 for nothing in common', () => {
    expect(jaroWinkler('lopez', 'lopez')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('', 'lopez')).toBe(0);
    expect(jaroWinkler('lopez', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('boosts a common prefix only above a Jaro similarity of 0.7', () => {
    // g is the one character matched: Jaro (1/6 + 1/6 + 1) / 3, left as it is despite the shared first letter.
    expect(jaroWinkler('garcia', 'gxxxxx')).toBeCloseTo(4 / 9, 10);
    // Seven characters shared in front, four counted: Jaro 11/12, raised by 4 × 0.1 of what is left.
    expect(jaroWinkler('abcdefgh', 'abcdefgx')).toBeCloseTo(11 / 12 + 0.4 / 12, 10);
  });

  it('gives the same answers whatever was compared before (its scratch space is reused)', () => {
    const long = 'maria de los angeles guadalupe hernandez hernandez de la santisima trinidad';
    const first = jaroWinkler('garcia', 'garsia');
    jaroWinkler(long, long.split('').reverse().join(''));
    expect(jaroWinkler('garcia', 'garsia')).toBe(first);
    expect(jaroWinkler(long, `${long}x`)).toBeGreaterThan(0.99);
  });

  it('ranks spelling variants of one name above different names', () => {
    expect(jaroWinkler('gonzalez', 'gonzales')).toBeGreaterThan(jaroWinkler('gonzalez', 'gomez'));
    expect(jaroWinkler('rodriguez', 'rodrigues')).toBeGreaterThan(0.95);
    expect(jaroWinkler('martinez', 'martin')).toBeGreaterThan(jaroWinkler('martinez', 'ramirez'));
  });
});

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['saturday', 'sunday', 3],
    ['gumbo', 'gambol', 2],
    ['garcia', 'garsia', 1],
    ['garcia', 'garica', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['', '', 0],
    ['lopez', 'lopez', 0],
    ['hernandez', 'ernandes', 2],
  ])('%s / %s = %i', (left, right, distance) => {
    expect(levenshtein(left, right)).toBe(distance);
    expect(levenshtein(right, left)).toBe(distance);
  });

  it('stops early and returns max + 1 once the distance must exceed max', () => {
    expect(levenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(levenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(levenshtein('a', 'abcdefghij', 2)).toBe(3);
    expect(levenshtein('abcdefghij', 'klmnopqrst', 1)).toBe(2);
    expect(levenshtein('garcia', 'garsia', 0)).toBe(1);
    expect(levenshtein('garcia', 'garcia', 0)).toBe(0);
  });

  it('handles strings longer than its scratch space', () => {
    const long = 'x'.repeat(500);
    expect(levenshtein(long, `${long}y`)).toBe(1);
    expect(levenshtein(`a${long}`, `b${long}c`)).toBe(2);
    expect(levenshtein('ab', 'ba')).toBe(2);
  });
});
