/**
 * The text of a string item (`<si>` in the shared strings, `<is>` in an inline-string cell): its `<t>` and the
 * `<t>` of its rich-text runs (`<r>`), without the phonetic readings (`<rPh>`) that Japanese workbooks add.
 */
import { decodeEntities, decodeOoxmlEscapes } from './xmlScanner.js';

export class RichText {
  /** Whether the text between tags belongs to the item now. */
  capturing = false;
  private raw = '';
  private inPhonetic = false;

  /** `text` and `phonetic` are the scanner's numbers for `<t>` and `<rPh>`. */
  constructor(
    private readonly textElement: number,
    private readonly phoneticElement: number,
  ) {}

  /** Follows the elements inside the item; others are ignored. */
  open(element: number, selfClosing: boolean): void {
    if (element === this.textElement) this.capturing = !selfClosing && !this.inPhonetic;
    else if (element === this.phoneticElement) this.inPhonetic = !selfClosing;
  }

  close(element: number): void {
    if (element === this.textElement) this.capturing = false;
    else if (element === this.phoneticElement) this.inPhonetic = false;
  }

  text(text: string, from: number, to: number): void {
    this.raw += text.slice(from, to);
  }

  /** The item's text so far, in characters as written (entities not yet decoded), for the cell limit. */
  get length(): number {
    return this.raw.length;
  }

  /** The start of the item's text so far, for a message. */
  start(): string {
    return this.raw.slice(0, 50);
  }

  /** The item's text, decoded, as it is kept (spaces included, whatever `xml:space` says); starts the next. */
  take(): string {
    const text = decodeOoxmlEscapes(decodeEntities(this.raw));
    this.raw = '';
    this.capturing = false;
    this.inPhonetic = false;
    return text;
  }
}
