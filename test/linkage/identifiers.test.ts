import { describe, expect, it } from 'vitest';
import {
  canonicalANumber,
  canonicalPassport,
  identifierDistance,
} from '../../src/core/linkage/identifiers.js';

describe('canonicalANumber', () => {
  it.each([
    ['A012345678', '012345678'],
    ['A-012-345-678', '012345678'],
    ['a 12345678', '012345678'],
    ['12345678', '012345678'],
    ['012345678', '012345678'],
    ['A# 012 345 678', '012345678'],
    ['A#:012345678', '012345678'],
    ['A-Number: 012345678', '012345678'],
    ['A No. 12345678', '012345678'],
    ['Alien # 12345678', '012345678'],
    ['A.012.345.678', '012345678'],
    ['A-0123-45678', '012345678'],
    ['  A012345678  ', '012345678'],
    ['A 1234567', '001234567'],
    ['A212345678', '212345678'],
  ])('%j → %s', (written, canonical) => {
    expect(canonicalANumber(written)).toBe(canonical);
  });

  it.each([
    ['A123456', 'six digits'],
    ['A0123456789', 'ten digits'],
    ['A000000000', 'all zeros'],
    ['0000000', 'all zeros'],
    ['(b)(6)', 'a FOIA redaction'],
    ['A(b)(6)', 'a FOIA redaction after the label'],
    ['(b)(6), (b)(7)(C)', 'several redactions'],
    ['XXX-XXX-123', 'masked digits'],
    ['A***345678', 'masked digits'],
    ['[redacted]', 'a redaction note'],
    ['unknown', 'a placeholder'],
    ['', 'nothing'],
    ['A', 'a label alone'],
    ['B12345678', 'another letter'],
    ['A12345678 / A87654321', 'two numbers'],
  ])('rejects %j (%s)', (written) => {
    expect(canonicalANumber(written)).toBeUndefined();
  });

  it('gives every written form of one number the same key', () => {
    const forms = ['A012345678', 'A-012-345-678', 'a 12345678', '12345678', 'A# 012 345 678'];
    expect(new Set(forms.map(canonicalANumber))).toEqual(new Set(['012345678']));
  });
});

describe('canonicalPassport', () => {
  it.each([
    ['g 1234-5678', undefined, 'G12345678'],
    ['G12345678', 'MX', 'G12345678'],
    ['MEX-G12345678', 'MEX', 'G12345678'],
    ['mex g12345678', 'mex', 'G12345678'],
    ['SV: A1234567', 'SV', 'A1234567'],
    ['SVA1234567', 'SV', 'SVA1234567'], // no separator: the letters may be the number's own
    ['MEX-G12345678', undefined, 'MEXG12345678'],
    ['A 123.456.7', 'GT', 'A1234567'],
  ])('%j (%s) → %s', (written, country, canonical) => {
    expect(canonicalPassport(written, country)).toBe(canonical);
  });

  it.each(['N/A', 'none', 'DESCONOCIDO', '(b)(6)', 'XXXXXXXX', '***', '000000', '', '  ', 'A12'])(
    'rejects %j',
    (written) => {
      expect(canonicalPassport(written)).toBeUndefined();
    },
  );
});

describe('identifierDistance', () => {
  it.each([
    ['012345678', '012345678', 'exact'],
    ['012345678', '012345679', 'one_digit'],
    ['012345678', '912345678', 'one_digit'],
    ['012345678', '102345678', 'one_digit'],
    ['012345678', '012345687', 'one_digit'],
    ['G12345678', 'G12345678', 'exact'],
    ['G12345678', 'C12345678', 'one_digit'],
    ['012345678', '012345699', 'different'],
    ['012345678', '812345670', 'different'], // first and last swapped: not adjacent
    ['012345678', '021345687', 'different'], // two transpositions
    ['012345678', '12345678', 'different'],
    ['012345678', '0123456789', 'different'],
    ['', '', 'different'],
    ['012345678', '', 'different'],
  ])('%s / %s → %s', (left, right, agreement) => {
    expect(identifierDistance(left, right)).toBe(agreement);
    expect(identifierDistance(right, left)).toBe(agreement);
  });
});
