/**
 * The shared string table (`xl/sharedStrings.xml`), which cells of type `s` index into. It is loaded whole:
 * tens of megabytes at most, and a cell can refer to any string at any time. A string longer than the cell limit
 * is refused as it is read.
 */
import { excerpt, sizeText, tableError } from '../errors.js';
import { LIMIT_FLAGS } from '../limits.js';
import { RichText } from './richText.js';
import type { ZipArchive } from './zip.js';
import type { XmlHandler } from './xmlScanner.js';

const ELEMENTS = ['si', 't', 'rPh'];
const ITEM = 0;

export async function readSharedStrings(
  archive: ZipArchive,
  part: string,
  limit: { path: string; maxCellBytes: number },
): Promise<string[]> {
  const handler = new SharedStringsHandler(limit.path, limit.maxCellBytes);
  await archive.scan(part, handler, ELEMENTS);
  return handler.strings;
}

class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private readonly item = new RichText(1, 2);
  private inItem = false;

  constructor(
    private readonly path: string,
    private readonly maxCellBytes: number,
  ) {}

  get capturing(): boolean {
    return this.inItem && this.item.capturing;
  }

  open(element: number, _text: string, _from: number, _to: number, selfClosing: boolean): void {
    if (element === ITEM) {
      this.inItem = !selfClosing;
      if (selfClosing) this.strings.push('');
    } else if (this.inItem) this.item.open(element, selfClosing);
  }

  close(element: number): void {
    if (element === ITEM) {
      this.strings.push(this.item.take());
      this.inItem = false;
    } else if (this.inItem) this.item.close(element);
  }

  text(text: string, from: number, to: number): void {
    this.item.text(text, from, to);
    if (this.item.length > this.maxCellBytes) {
      const message = `shared string ${this.strings.length + 1} is longer than ${sizeText(this.maxCellBytes)} (it starts ${excerpt(this.item.start())}); raise ${LIMIT_FLAGS.maxCellBytes} if this is expected`;
      throw tableError(this.path, message);
    }
  }
}
