import { describe, expect, it } from 'vitest';
import { serialToIso } from '../../../src/ingest/readers/xlsx/dates.js';
import { isDateFormatCode } from '../../../src/ingest/readers/xlsx/styles.js';
import {
  allAttributes,
  decodeEntities,
  decodeOoxmlEscapes,
  XmlError,
  type XmlHandler,
  XmlScanner,
} from '../../../src/ingest/readers/xlsx/xmlScanner.js';

const NAMES = ['a', 'b', 'c'];

/** Records what the scanner reports, capturing all text; elements not in NAMES show as `?`. */
function events(chunks: string[]): string[] {
  const seen: string[] = [];
  const nameOf = (element: number) => NAMES[element] ?? '?';
  const handler: XmlHandler = {
    capturing: true,
    open: (element, text, from, to, selfClosing) =>
      seen.push(`<${nameOf(element)}${text.slice(from, to)}${selfClosing ? '/' : ''}>`),
    close: (element) => seen.push(`</${nameOf(element)}>`),
    text: (text, from, to) => {
      const last = seen.length - 1;
      if (seen[last]?.startsWith('text:')) seen[last] += text.slice(from, to);
      else seen.push(`text:${text.slice(from, to)}`);
    },
  };
  const scanner = new XmlScanner(handler, NAMES);
  for (const chunk of chunks) scanner.feed(chunk);
  scanner.finish();
  return seen;
}

describe('XmlScanner', () => {
  const xml =
    '<?xml version="1.0"?><!-- a > comment --><x:a k="1>2" j=\'q"\'><b/>t&amp;1<![CDATA[<raw> & ]]><c >u</c ><other>v</other></x:a>';
  const expected = [
    '<a k="1>2" j=\'q"\'>',
    '<b/>',
    'text:t&amp;1&lt;raw> &amp; ',
    '<c >',
    'text:u',
    '</c>',
    '<?>',
    'text:v',
    '</?>',
    '</a>',
  ];

  it('reports tags without prefixes, text raw, CDATA escaped, comments and declarations skipped', () => {
    expect(events([xml])).toEqual(expected);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    for (let cut = 1; cut < xml.length; cut += 1) {
      expect(events([xml.slice(0, cut), xml.slice(cut)])).toEqual(expected);
    }
    expect(events(xml.split(''))).toEqual(expected);
  });

  it('refuses mismatched and unclosed elements, cut tags and DOCTYPEs', () => {
    expect(() => events(['<a><b></a>'])).toThrow(new XmlError('malformed XML: </a> where <b> is open'));
    expect(() => events(['<a><other></another></a>'])).toThrow(
      'malformed XML: </another> where <other> is open',
    );
    expect(() => events(['<a><b/>'])).toThrow(/the XML ends before <\/a>/);
    expect(() => events(['<a></a><b x="1'])).toThrow(/the XML ends inside a tag/);
    expect(() => events(['<!DOCTYPE a [<!ENTITY x "y">]><a/>'])).toThrow(/DOCTYPE/);
    expect(() => events(['<a>< b/></a>'])).toThrow(/"<" is followed by " b\/><\/a>"/);
  });
});

describe('XML text', () => {
  it('decodes the five entities and character references, leaving unknown ones', () => {
    expect(decodeEntities('a &amp; b &lt;&gt; &quot;&apos; &#65;&#x42;&#x1f600; &nbsp; &amp;amp;')).toBe(
      'a & b <> "\' AB😀 &nbsp; &amp;',
    );
    expect(decodeEntities('plain')).toBe('plain');
  });

  it('decodes OOXML escapes, an escaped underscore included', () => {
    expect(decodeOoxmlEscapes('a_x000D__x000A_b')).toBe('a\r\nb');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlEscapes('snake_x_case')).toBe('snake_x_case');
  });

  it('reads attributes with either quote, spaces around =, and entities', () => {
    expect(allAttributes('<x a="1" b = \'x &amp; y\' r:id="rId3">', 2, 36)).toEqual([
      ['a', '1'],
      ['b', 'x & y'],
      ['r:id', 'rId3'],
    ]);
  });
});

describe('Excel dates', () => {
  it('turns 1900-system serials into ISO text, with the phantom 1900-02-29', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(36526, false)).toBe('2000-01-01');
    expect(serialToIso(44927.25, false)).toBe('2023-01-01T06:00:00');
    expect(serialToIso(44927.99999999, false)).toBe('2023-01-02');
    expect(serialToIso(0.5, false)).toBe('12:00:00');
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(Number.NaN, false)).toBeUndefined();
    expect(serialToIso(2958466, false)).toBeUndefined();
  });

  it('counts 1904-system serials from 1904-01-01', () => {
    expect(serialToIso(1, true)).toBe('1904-01-02');
    expect(serialToIso(43465, true)).toBe('2023-01-01');
    expect(serialToIso(60, true)).toBe('1904-03-01');
  });

  it('tells date formats by their letters outside quotes, brackets and escapes', () => {
    for (const code of [
      'yyyy-mm-dd',
      'd/m/yy',
      'mmm d, yyyy',
      'h:mm AM/PM',
      '[$-409]dddd, mmmm d',
      'yyyy\\-mm',
      'ss.0',
    ]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, true]);
    }
    for (const code of [
      'General',
      '0.00',
      '#,##0 "days"',
      '[Red]0.0',
      '[h]"h"',
      '0\\d',
      '_-* #,##0_-',
      '@',
      '0.00E+00',
    ]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, false]);
    }
  });
});
