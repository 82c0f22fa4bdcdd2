/**
 * Which cell styles show numbers as dates, from `xl/styles.xml`: a cell's `s` is an index into `cellXfs`, whose
 * `numFmtId` is a built-in format or one of the workbook's own `numFmt`s.
 */
import type { ZipArchive } from './zip.js';
import { attribute, type XmlHandler } from './xmlScanner.js';

// ECMA-376 Part 1, 18.8.30: 14-22 and 45-47 are dates and times in every locale; 27-36 and 50-58 are the
// East Asian date formats, which only files from those locales use.
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** For each cell style index, whether its number format is a date or a time. */
export async function readDateStyles(archive: ZipArchive, part: string): Promise<boolean[]> {
  const handler = new StylesHandler();
  await archive.scan(part, handler, ELEMENTS);
  return handler.formatIds.map((id) => {
    const code = handler.customFormats.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(code);
  });
}

/**
 * Whether a format code shows a date or time: it has d, m, y, h or s outside quoted text, `[…]` (colours,
 * locales, elapsed-time counts), escaped characters and the spacing and fill characters after `_` and `*`.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare);
}

const ELEMENTS = ['numFmt', 'cellXfs', 'xf'];
const NUMBER_FORMAT = 0;
const CELL_FORMATS = 1;
const FORMAT = 2;

class StylesHandler implements XmlHandler {
  readonly capturing = false;
  readonly customFormats = new Map<number, string>();
  readonly formatIds: number[] = [];
  private inCellFormats = false;

  open(element: number, text: string, from: number, to: number, selfClosing: boolean): void {
    if (element === NUMBER_FORMAT) {
      const id = Number(attribute(text, from, to, 'numFmtId'));
      const code = attribute(text, from, to, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) this.customFormats.set(id, code);
    } else if (element === CELL_FORMATS) {
      this.inCellFormats = !selfClosing;
    } else if (element === FORMAT && this.inCellFormats) {
      this.formatIds.push(Number(attribute(text, from, to, 'numFmtId') ?? 0));
    }
  }

  close(element: number): void {
    if (element === CELL_FORMATS) this.inCellFormats = false;
  }

  text(): void {}
}
