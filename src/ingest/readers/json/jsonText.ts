/** Character-level helpers for scanning JSON text without parsing it. */

export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const BYTE_ORDER_MARK = 0xfeff;
const BACKSLASH = 0x5c;

/** The index of the quote closing a string whose text starts at `from`, or -1 when the text ends first. */
export function stringEnd(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/** How many backslashes stand just before `end` (the text's end by default), counting back no further than `from`. */
export function trailingBackslashes(text: string, from: number, end = text.length): number {
  let count = 0;
  while (end - 1 - count >= from && text.charCodeAt(end - 1 - count) === BACKSLASH) count += 1;
  return count;
}

/** Where a number, `true`, `false` or `null` ends, or -1 when the text ends first. */
export function scalarEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) return index;
  }
  return -1;
}

export function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
  return index;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export function describeValue(code: number): string {
  if (code === OPEN_BRACKET) return 'an array';
  if (code === QUOTE) return 'a string';
  if (code === 0x74 || code === 0x66) return 'a boolean';
  if (code === 0x6e) return 'null';
  return 'a number';
}
