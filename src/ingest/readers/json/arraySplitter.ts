/**
 * Finds the elements of a JSON array of objects in text that arrives in chunks, without parsing the whole file:
 * only one element's text is held at a time (in pieces until it ends, so a long one is neither copied nor scanned
 * again with every chunk), and each is handed on to be parsed by JSON.parse, which is native and faster than any
 * tokenizer written in JavaScript. The array is the top-level value, or the first property
 * of a top-level object whose value is an array of objects (`{"data": [{…}, …]}`).
 */

import {
  BYTE_ORDER_MARK,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  describeValue,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  scalarEnd,
  skipWhitespace,
  stringEnd,
  trailingBackslashes,
} from './jsonText.js';
import { excerpt, sizeText } from '../errors.js';
import { LIMIT_FLAGS } from '../limits.js';

type Phase =
  | 'start'
  | 'firstMember'
  | 'member'
  | 'skippingValue'
  | 'afterMember'
  | 'firstElement'
  | 'element'
  | 'inElement'
  | 'afterElement'
  | 'afterArray'
  | 'done';

/** A structural problem, with the 1-based element it is at or after when the array was reached. */
export class JsonShapeError extends Error {
  constructor(
    message: string,
    readonly element?: number,
  ) {
    super(message);
  }
}

/** Receives each element's text and its 1-based position in the array. */
export type ElementHandler = (text: string, element: number) => void;

/** What a member of the wrapper object starts: the rows, an empty array, or another value to skip. */
type MemberHead = { key: string; next: number; kind: 'rows' | 'empty' | 'other' };

export class JsonArraySplitter {
  /** Text not yet consumed; positions below are indexes into it. */
  private text = '';
  private position = 0;
  private phase: Phase = 'start';
  /** Where the element being scanned starts, how far the scan got, and its bracket depth there. */
  private elementStart = 0;
  private scan = 0;
  private depth = 0;
  /** The scan is inside a string, and just after a backslash in it, at the end of the text so far. */
  private inString = false;
  private escaped = false;
  /** The text of the element being scanned from earlier chunks, joined when it ends. */
  private pieces: string[] = [];
  private piecesLength = 0;
  private elements = 0;
  private readonly keys: string[] = [];
  private emptyArraySeen = false;
  /** The property holding the rows, when they are inside a wrapper object. */
  arrayKey: string | undefined;

  /** `maxText`: the most text held at once, which bounds an element (or a skipped value) in characters. */
  constructor(
    private readonly onElement: ElementHandler,
    private readonly maxText = Infinity,
  ) {}

  /** How many elements were handed on. */
  get elementsRead(): number {
    return this.elements;
  }

  /** True once the array is closed and nothing after it matters (the rest of a wrapper object is not read). */
  get finished(): boolean {
    return this.phase === 'done';
  }

  feed(chunk: string): void {
    this.text = this.text.length > 0 ? this.text + chunk : chunk;
    while (this.phase !== 'done' && this.step()) {
      // each step consumed something; stop when one needs more text
    }
    if (this.phase === 'inElement') {
      this.setAside();
      return;
    }
    const keep = this.position;
    this.text = this.text.slice(keep);
    this.position -= keep;
    this.scan -= keep;
    this.elementStart -= keep;
    if (this.text.length > this.maxText) throw this.tooLong();
  }

  /** Sets the element's text so far aside; the scan goes on in the next chunk where it stopped. */
  private setAside(): void {
    this.pieces.push(this.text.slice(this.elementStart));
    this.piecesLength += this.text.length - this.elementStart;
    this.text = '';
    this.position = this.scan = this.elementStart = 0;
    if (this.piecesLength > this.maxText) throw this.tooLong();
  }

  /** Starts scanning a nested value at `at`. */
  private startScan(at: number): void {
    this.scan = at;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  /** At the end of the text: the array must have been closed. */
  finish(): void {
    switch (this.phase) {
      case 'afterArray':
      case 'done':
        return;
      case 'start':
        throw new JsonShapeError('the file is empty; it should hold a JSON array of objects');
      case 'inElement':
        throw new JsonShapeError('the file ends inside this element (is it truncated?)', this.elements + 1);
      case 'firstElement':
      case 'element':
      case 'afterElement':
        throw new JsonShapeError(
          'the file ends before the array is closed (is it truncated?)',
          this.elements || undefined,
        );
      case 'firstMember':
      case 'member':
      case 'skippingValue':
      case 'afterMember':
        throw new JsonShapeError('the file ends inside the top-level object (is it truncated?)');
    }
  }

  /** One move; false when the text so far is not enough to make it. */
  private step(): boolean {
    switch (this.phase) {
      case 'start':
        return this.atStart();
      case 'firstMember':
      case 'member':
        return this.atMember();
      case 'skippingValue':
        return this.skippingValue();
      case 'afterMember':
        return this.afterMember();
      case 'firstElement':
      case 'element':
        return this.atElement();
      case 'inElement':
        return this.inElement();
      case 'afterElement':
        return this.afterElement();
      case 'afterArray':
        return this.afterArray();
      case 'done':
        return false;
    }
  }

  private atStart(): boolean {
    const code = this.nextCode(true);
    if (code < 0) return false;
    if (code === OPEN_BRACKET) this.phase = 'firstElement';
    else if (code === OPEN_BRACE) this.phase = 'firstMember';
    else
      throw new JsonShapeError(
        `the file should hold a JSON array of objects, but it starts with ${this.shown()}`,
      );
    this.position += 1;
    return true;
  }

  private atMember(): boolean {
    const code = this.nextCode();
    if (code < 0) return false;
    if (code === CLOSE_BRACE && this.phase === 'firstMember') return this.endOfWrapper();
    const head = this.memberHead();
    if (!head) return false;
    if (this.keys.length < 20) this.keys.push(head.key);
    this.position = head.next;
    if (head.kind === 'rows') {
      this.arrayKey = head.key;
      this.phase = 'firstElement';
    } else {
      this.emptyArraySeen ||= head.kind === 'empty';
      this.startScan(this.position);
      this.phase = 'skippingValue';
    }
    return true;
  }

  /**
   * `"key" : value-start` at the position, and for an array what its first element starts with; undefined when
   * more text is needed to tell.
   */
  private memberHead(): MemberHead | undefined {
    const text = this.text;
    if (text.charCodeAt(this.position) !== QUOTE) throw this.unexpected('a property name in quotes');
    const keyEnd = stringEnd(text, this.position + 1);
    if (keyEnd < 0) return undefined;
    const key = JSON.parse(text.slice(this.position, keyEnd + 1)) as string;
    const colon = skipWhitespace(text, keyEnd + 1);
    if (colon >= text.length) return undefined;
    if (text.charCodeAt(colon) !== COLON) throw this.unexpected('":" after a property name', colon);
    const value = skipWhitespace(text, colon + 1);
    if (value >= text.length) return undefined;
    if (text.charCodeAt(value) !== OPEN_BRACKET) return { key, next: value, kind: 'other' };
    const first = skipWhitespace(text, value + 1);
    if (first >= text.length) return undefined;
    const code = text.charCodeAt(first);
    if (code === OPEN_BRACE) return { key, next: value + 1, kind: 'rows' };
    return { key, next: value, kind: code === CLOSE_BRACKET ? 'empty' : 'other' };
  }

  /** Skips a value of the wrapper that does not hold the rows; the text skipped is not kept. */
  private skippingValue(): boolean {
    const text = this.text;
    const code = text.charCodeAt(this.scan);
    if (this.depth === 0 && code === QUOTE) {
      const end = stringEnd(text, this.scan + 1);
      if (end < 0) return false;
      this.position = end + 1;
    } else if (this.depth > 0 || code === OPEN_BRACE || code === OPEN_BRACKET) {
      const end = this.scanNested();
      this.position = this.depth > 0 ? this.scan : end;
      if (end < 0) return false;
    } else {
      const end = scalarEnd(text, this.scan);
      if (end < 0) return false;
      this.position = end;
    }
    this.phase = 'afterMember';
    return true;
  }

  private afterMember(): boolean {
    const code = this.nextCode();
    if (code < 0) return false;
    this.position += 1;
    if (code === COMMA) this.phase = 'member';
    else if (code === CLOSE_BRACE) return this.endOfWrapper();
    else throw this.unexpected('"," or "}" after a property of the top-level object', this.position - 1);
    return true;
  }

  /** The wrapper object closed without an array of objects: none at all is an error, an empty one no rows. */
  private endOfWrapper(): boolean {
    if (this.emptyArraySeen) {
      this.phase = 'done';
      return false;
    }
    const keys = this.keys.length
      ? `; its properties are ${this.keys.map((key) => JSON.stringify(key)).join(', ')}`
      : '';
    throw new JsonShapeError(`the top-level object has no property holding an array of objects${keys}`);
  }

  private atElement(): boolean {
    const code = this.nextCode();
    if (code < 0) return false;
    if (code === CLOSE_BRACKET && this.phase === 'firstElement') {
      this.position += 1;
      this.phase = 'afterArray';
      return true;
    }
    if (code !== OPEN_BRACE) {
      const element = this.elements + 1;
      throw new JsonShapeError(`the element is ${describeValue(code)}, not an object`, element);
    }
    this.elementStart = this.position;
    this.startScan(this.position);
    this.phase = 'inElement';
    return true;
  }

  private inElement(): boolean {
    const end = this.scanNested();
    if (end < 0) return false;
    const tail = this.text.slice(this.elementStart, end);
    const text = this.pieces.length > 0 ? this.pieces.join('') + tail : tail;
    if (text.length > this.maxText) throw this.tooLong(text);
    this.pieces = [];
    this.piecesLength = 0;
    this.elements += 1;
    this.onElement(text, this.elements);
    this.position = end;
    this.phase = 'afterElement';
    return true;
  }

  private afterElement(): boolean {
    const code = this.nextCode();
    if (code < 0) return false;
    this.position += 1;
    if (code === COMMA) this.phase = 'element';
    else if (code === CLOSE_BRACKET) this.phase = this.arrayKey === undefined ? 'afterArray' : 'done';
    else {
      const message = `expected "," or "]" after this element, found ${this.shown(this.position - 1)}`;
      throw new JsonShapeError(message, this.elements);
    }
    return true;
  }

  /** After a top-level array only whitespace may follow. */
  private afterArray(): boolean {
    const code = this.nextCode();
    if (code < 0) return false;
    throw new JsonShapeError(`unexpected ${this.shown()} after the end of the array`);
  }

  /**
   * Scans an object or array from `scan` to its end, across calls: the end's index, or -1 when the text so far
   * ends first. Strings are skipped whole, so brackets inside them do not count. Where the scan stands (its depth,
   * inside a string, after a backslash) is kept between calls, so no text is scanned twice.
   */
  private scanNested(): number {
    const text = this.text;
    let index = this.scan;
    let depth = this.depth;
    while (index < text.length) {
      if (this.inString) {
        const end = this.closingQuote(text, index);
        if (end < 0) {
          index = text.length;
          break;
        }
        this.inString = false;
        index = end + 1;
        continue;
      }
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        this.inString = true;
        index += 1;
        continue;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
      else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && (depth -= 1) === 0) {
        this.scan = index + 1;
        this.depth = 0;
        return index + 1;
      }
      index += 1;
    }
    this.scan = index;
    this.depth = depth;
    return -1;
  }

  /**
   * The quote closing the string being scanned, from `from` on, or -1 when the text ends first (noting whether it
   * ends just after a backslash, which escapes the first character of the next chunk).
   */
  private closingQuote(text: string, from: number): number {
    let start = from;
    if (this.escaped) {
      this.escaped = false;
      start += 1;
    }
    for (let index = start; ;) {
      const quote = text.indexOf('"', index);
      if (quote < 0) {
        this.escaped = trailingBackslashes(text, start) % 2 === 1;
        return -1;
      }
      if (trailingBackslashes(text, start, quote) % 2 === 0) return quote;
      index = quote + 1;
    }
  }

  /** The next character after whitespace (and a byte-order mark at the start), or -1 when more text is needed. */
  private nextCode(atStart = false): number {
    this.position = skipWhitespace(this.text, this.position);
    if (atStart && this.text.charCodeAt(this.position) === BYTE_ORDER_MARK) {
      this.position = skipWhitespace(this.text, this.position + 1);
    }
    return this.position < this.text.length ? this.text.charCodeAt(this.position) : -1;
  }

  private shown(at = this.position): string {
    return JSON.stringify(this.text.slice(at, at + 20));
  }

  /** An element, or a value of the wrapper object, that does not end within the limit. */
  private tooLong(element?: string): JsonShapeError {
    const limit = sizeText(this.maxText);
    const hint = `raise ${LIMIT_FLAGS.maxLineBytes} if this is expected`;
    if (this.phase !== 'inElement') {
      return new JsonShapeError(`a value of the top-level object is longer than ${limit}; ${hint}`);
    }
    const start = excerpt((element ?? this.pieces.join('')).slice(0, 50));
    return new JsonShapeError(
      `the element is longer than ${limit} (it starts ${start}); ${hint}`,
      this.elements + 1,
    );
  }

  private unexpected(expected: string, at = this.position): JsonShapeError {
    return new JsonShapeError(`expected ${expected}, found ${this.shown(at)}`);
  }
}
