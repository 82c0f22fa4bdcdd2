/**
 * A small streaming XML scanner for the parts of an XLSX file: it reports element starts and ends and the text
 * between them, from text that arrives in chunks. Written by hand rather than taken from a general parser, since
 * a worksheet of a million rows is tens of millions of tags and a general parser's events cost several times the
 * scanning. It checks what a reader needs to trust the data (tags close in order, nothing is cut off) and no
 * more; DOCTYPEs are refused, so no entity is ever expanded.
 */
import { excerpt, sizeText } from '../errors.js';

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;

/** A well-formedness problem, in words for a person. */
export class XmlError extends Error {}

/** More text without the end of a tag (or of a worksheet value) than the scanner holds. */
export class XmlTooLong extends XmlError {}

/** The most text the scanner holds while it waits for a tag's end, and the flag that raises it. */
export interface PendingLimit {
  characters: number;
  flag: string;
}

/**
 * What a part's reader does with the elements. Elements are told by their position in the list of names given
 * to the scanner (their local names: `x:row` is `row`), -1 for any other, and attributes and text are handed
 * over as a range of the text, so that the worksheet reader slices out only the values it keeps.
 */
export interface XmlHandler {
  /** Whether the text between tags is wanted now. */
  readonly capturing: boolean;
  /** A start tag; its attributes are `text` from `from` to `to`. */
  open(element: number, text: string, from: number, to: number, selfClosing: boolean): void;
  close(element: number): void;
  /** Raw text, entities not yet decoded (see {@link decodeEntities}); one run of text may come in pieces. */
  text(text: string, from: number, to: number): void;
}

export class XmlScanner {
  private rest = '';
  /** The elements open: a listed element by its number, any other by its name. */
  private readonly open: Array<number | string> = [];
  private readonly lengths: number[];
  private readonly firstCodes: number[];

  constructor(
    private readonly handler: XmlHandler,
    private readonly names: readonly string[],
    private readonly limit: PendingLimit = { characters: Infinity, flag: '' },
  ) {
    this.lengths = names.map((name) => name.length);
    this.firstCodes = names.map((name) => name.charCodeAt(0));
  }

  feed(chunk: string): void {
    const text = this.rest.length > 0 ? this.rest + chunk : chunk;
    const handler = this.handler;
    let position = 0;
    while (position < text.length) {
      // Tags often follow one another: look at the next character before searching.
      const start = text.charCodeAt(position) === LESS_THAN ? position : text.indexOf('<', position);
      if (start < 0) {
        if (handler.capturing) handler.text(text, position, text.length);
        position = text.length;
        break;
      }
      if (start > position && handler.capturing) handler.text(text, position, start);
      const end = this.tag(text, start);
      if (end < 0) {
        position = start;
        break;
      }
      position = end;
    }
    this.rest = position < text.length ? text.slice(position) : '';
    // A tag that never ends would otherwise be carried, and copied, chunk after chunk without bound.
    if (this.rest.length > this.limit.characters) {
      const message = `more than ${sizeText(this.limit.characters)} of XML without the end of a tag or value (it starts ${excerpt(this.rest)}); raise ${this.limit.flag} if this is expected`;
      throw new XmlTooLong(message);
    }
  }

  /** At the end of the part: every element must be closed. */
  finish(): void {
    if (this.rest.trim() !== '') throw new XmlError('the XML ends inside a tag (is the file damaged?)');
    const unclosed = this.open[this.open.length - 1];
    if (unclosed !== undefined) {
      throw new XmlError(`the XML ends before </${this.nameOf(unclosed)}> (is the file damaged?)`);
    }
  }

  /**
   * Handles the tag at `start`; returns where the text after it begins, or -1 when the tag is not complete.
   * Subclasses may handle the tags they know best first.
   */
  protected tag(text: string, start: number): number {
    const next = text.charCodeAt(start + 1);
    if (next === 0x3f) return endAfter(text, '?>', start);
    if (next === 0x21) return this.declaration(text, start);
    const closing = next === SLASH;
    const nameStart = closing ? start + 2 : start + 1;
    let nameEnd = nameStart;
    let localStart = nameStart;
    for (let code = text.charCodeAt(nameEnd); isNameCode(code); code = text.charCodeAt(nameEnd)) {
      nameEnd += 1;
      if (code === COLON) localStart = nameEnd;
    }
    if (nameEnd >= text.length) return -1;
    if (nameEnd === nameStart) {
      throw new XmlError(
        `malformed XML: "<" is followed by ${JSON.stringify(text.slice(start + 1, start + 11))}`,
      );
    }
    const element = this.elementOf(text, localStart, nameEnd);
    if (closing) {
      const end = text.indexOf('>', nameEnd);
      if (end < 0) return -1;
      this.closeElement(element < 0 ? text.slice(localStart, nameEnd) : element);
      return end + 1;
    }
    const end = tagEnd(text, nameEnd);
    if (end < 0) return -1;
    const selfClosing = text.charCodeAt(end - 1) === SLASH;
    if (!selfClosing) this.open.push(element < 0 ? text.slice(localStart, nameEnd) : element);
    this.handler.open(element, text, nameEnd, selfClosing ? end - 1 : end, selfClosing);
    return end + 1;
  }

  /** The position of the local name from `from` to `to` in the names listed, -1 when it is not listed. */
  private elementOf(text: string, from: number, to: number): number {
    const length = to - from;
    const first = text.charCodeAt(from);
    for (let index = 0; index < this.lengths.length; index += 1) {
      if (this.lengths[index] !== length || this.firstCodes[index] !== first) continue;
      if (length === 1 || text.startsWith(this.names[index] as string, from)) return index;
    }
    return -1;
  }

  /** Notes a start tag (not self-closing) that a subclass handled itself. */
  protected opened(element: number): void {
    this.open.push(element);
  }

  /** Checks an end tag against the element open, and reports it. */
  protected closeElement(element: number | string): void {
    const expected = this.open.pop();
    if (expected !== element) {
      const instead = expected === undefined ? 'no element is open' : `<${this.nameOf(expected)}> is open`;
      throw new XmlError(`malformed XML: </${this.nameOf(element)}> where ${instead}`);
    }
    this.handler.close(typeof element === 'number' ? element : -1);
  }

  private nameOf(element: number | string): string {
    return typeof element === 'number' ? (this.names[element] ?? '?') : element;
  }

  /** Comments, CDATA (handed on as text), and DOCTYPEs (refused). */
  private declaration(text: string, start: number): number {
    if (text.startsWith('<!--', start)) return endAfter(text, '-->', start);
    if (text.startsWith('<![CDATA[', start)) {
      const end = text.indexOf(']]>', start);
      if (end < 0) return -1;
      if (this.handler.capturing) {
        const escaped = escapeText(text.slice(start + 9, end));
        this.handler.text(escaped, 0, escaped.length);
      }
      return end + 3;
    }
    if (text.length - start < 9) return -1;
    throw new XmlError('the XML has a DOCTYPE or another declaration, which a workbook never has');
  }
}

/** Where a start tag's `>` is, skipping quoted attribute values (which may hold `>`); -1 when cut off. */
function tagEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === GREATER_THAN) return index;
    if (code === QUOTE || code === APOSTROPHE) {
      index = text.indexOf(code === QUOTE ? '"' : "'", index + 1);
      if (index < 0) return -1;
    } else if (code === LESS_THAN) {
      throw new XmlError(
        `malformed XML: a tag is not closed before ${JSON.stringify(text.slice(index, index + 10))}`,
      );
    }
  }
  return -1;
}

function endAfter(text: string, terminator: string, start: number): number {
  const end = text.indexOf(terminator, start);
  return end < 0 ? -1 : end + terminator.length;
}

function isNameCode(code: number): boolean {
  // Letters, digits, `_`, `-`, `.`, `:` and anything beyond ASCII; the end of the text (NaN) is not.
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x3a) ||
    code === 0x5f ||
    code === 0x2d ||
    code === 0x2e ||
    code > 0x7f
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A tag's attributes as [qualified name, value] pairs, values with their entities decoded. */
export function allAttributes(text: string, from = 0, to = text.length): Array<[string, string]> {
  const attributes = from === 0 && to === text.length ? text : text.slice(from, to);
  const entries: Array<[string, string]> = [];
  let index = 0;
  for (;;) {
    const equals = attributes.indexOf('=', index);
    if (equals < 0) return entries;
    const quoteAt = skipSpaces(attributes, equals + 1);
    const quote = attributes[quoteAt];
    if (quote !== '"' && quote !== "'") return entries;
    const valueEnd = attributes.indexOf(quote, quoteAt + 1);
    if (valueEnd < 0) return entries;
    entries.push([
      attributes.slice(index, equals).trim(),
      decodeEntities(attributes.slice(quoteAt + 1, valueEnd)),
    ]);
    index = valueEnd + 1;
  }
}

/** The value of one attribute, matched by its whole qualified name (`r` does not find `xr:r`). */
export function attribute(text: string, from: number, to: number, name: string): string | undefined {
  for (const [key, value] of allAttributes(text, from, to)) if (key === name) return value;
  return undefined;
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && text.charCodeAt(index) <= 0x20) index += 1;
  return index;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces the five XML entities and character references; text without `&` is returned as it is. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.charCodeAt(0) !== 0x23) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The escapes by which OOXML writes characters XML cannot hold (`_x000D_` for a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
