import { describe, expect, it } from 'vitest';
import { resolveNationality } from '../../src/core/values/nationality.js';

describe('resolveNationality', () => {
  it('reads English demonyms in any case and number', () => {
    const expected: Record<string, string> = {
      Iranian: 'IRN',
      Afghan: 'AFG',
      Afghans: 'AFG',
      Venezuelan: 'VEN',
      Salvadoran: 'SLV',
      Salvadorean: 'SLV',
      Guatemalan: 'GTM',
      Honduran: 'HND',
      MEXICAN: 'MEX',
      Cuban: 'CUB',
      Haitian: 'HTI',
      Nicaraguan: 'NIC',
      Colombian: 'COL',
      Ecuadorian: 'ECU',
      Peruvian: 'PER',
      Chinese: 'CHN',
      Indian: 'IND',
      Russian: 'RUS',
      Uzbek: 'UZB',
      Kazakh: 'KAZ',
      Turkish: 'TUR',
      Vietnamese: 'VNM',
      Laotian: 'LAO',
      Cambodian: 'KHM',
      Jamaican: 'JAM',
      Somali: 'SOM',
      Sudanese: 'SDN',
      'South Sudanese': 'SSD',
      Eritrean: 'ERI',
      Ethiopian: 'ETH',
      'Venezuelan nationals': 'VEN',
    };
    for (const [text, code] of Object.entries(expected)) expect(resolveNationality(text), text).toBe(code);
  });

  it('reads Spanish demonyms in either gender and number, with or without accents', () => {
    expect(resolveNationality('venezolano')).toBe('VEN');
    expect(resolveNationality('venezolana')).toBe('VEN');
    expect(resolveNationality('venezolanos')).toBe('VEN');
    expect(resolveNationality('Venezolanas')).toBe('VEN');
    expect(resolveNationality('SALVADOREÑOS')).toBe('SLV');
    expect(resolveNationality('salvadorenas')).toBe('SLV');
    expect(resolveNationality('marroquíes')).toBe('MAR');
    expect(resolveNationality('francesa')).toBe('FRA');
    expect(resolveNationality('alemanes')).toBe('DEU');
    expect(resolveNationality('estadounidenses')).toBe('USA');
    expect(resolveNationality('dominicanos')).toBe('DOM');
  });

  it('accepts a country name or code in place of a nationality', () => {
    expect(resolveNationality('Honduras')).toBe('HND');
    expect(resolveNationality('HND')).toBe('HND');
    expect(resolveNationality('Somalia')).toBe('SOM');
  });

  it('names no country for words that fit none, or more than one', () => {
    expect(resolveNationality('Various')).toBeUndefined();
    expect(resolveNationality('Kurdish')).toBeUndefined();
    expect(resolveNationality('')).toBeUndefined();
    // Either Congo, the Dominican Republic or Dominica, either Korea: the source must say which.
    expect(resolveNationality('Congolese')).toBeUndefined();
    expect(resolveNationality('Dominican')).toBeUndefined();
    expect(resolveNationality('Korean')).toBeUndefined();
    expect(resolveNationality('Congolese (DRC)')).toBe('COD');
    expect(resolveNationality('South Korean')).toBe('KOR');
  });
});
