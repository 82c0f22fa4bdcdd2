/**
 * A test-only XLSX writer: just enough of the format to build workbooks with several sheets, shared and inline
 * strings, rich text, numbers, dates under date styles, booleans, formulas, errors, sparse cells and missing
 * rows, with parts laid out as Excel lays them out.
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: strings go to the shared string table unless written inline. */
export type XlsxCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { inline: string }
  | { runs: string[]; phonetic?: string }
  | { number: number | string; style: XlsxStyle }
  | { formula: string; text: string }
  | { error: string }
  /** The whole `<c>` element, as written. */
  | { raw: string };

/** The cell styles the writer's styles.xml defines, by what they show. */
export type XlsxStyle = 'date' | 'dateTime' | 'customDate' | 'time' | 'days' | 'percent' | 'elapsed';

const STYLES: Record<XlsxStyle, number> = {
  date: 1,
  dateTime: 2,
  customDate: 3,
  time: 4,
  days: 5,
  percent: 6,
  elapsed: 7,
};

/** A row: its cells from column A, or sparse cells by column letter with an explicit row number. */
export type XlsxRow = XlsxCell[] | { row: number; cells: Record<string, XlsxCell> } | null;

export interface XlsxSheet {
  name: string;
  /** Row n of the array is row n+1 of the sheet; null leaves a row out of the XML. */
  rows?: XlsxRow[];
  /** The whole worksheet part, as written (rows are then ignored). */
  xml?: string;
  /** A chart sheet: listed in the workbook, holds no cells. */
  chart?: boolean;
}

export interface XlsxOptions {
  date1904?: boolean;
  /** Writes every worksheet element with this namespace prefix (`x:`), as some .NET libraries do. */
  prefix?: string;
  /** Omits xl/sharedStrings.xml (when every string is inline). */
  noSharedStrings?: boolean;
}

export function writeXlsx(sheets: XlsxSheet[], options: XlsxOptions = {}): Uint8Array {
  const shared = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, index) => {
    const part = sheet.chart ? `xl/chartsheets/sheet${index + 1}.xml` : `xl/worksheets/sheet${index + 1}.xml`;
    const xml = sheet.chart
      ? CHART_SHEET
      : (sheet.xml ?? worksheetXml(sheet.rows ?? [], shared, options.prefix));
    files[part] = strToU8(xml);
  });
  files['[Content_Types].xml'] = strToU8(CONTENT_TYPES);
  files['_rels/.rels'] = strToU8(ROOT_RELATIONSHIPS);
  files['xl/workbook.xml'] = strToU8(workbookXml(sheets, options.date1904 ?? false));
  files['xl/_rels/workbook.xml.rels'] = strToU8(workbookRelationships(sheets, !options.noSharedStrings));
  files['xl/styles.xml'] = strToU8(STYLES_XML);
  if (!options.noSharedStrings) files['xl/sharedStrings.xml'] = strToU8(shared.xml());
  return zipSync(files);
}

/** The namespace of SpreadsheetML parts. */
export const SPREADSHEET_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A worksheet part around `sheetData` written by hand; with a prefix such as `x:`, every element carries it. */
export function worksheetPart(sheetData: string, prefix = ''): string {
  const namespace = prefix
    ? `xmlns:${prefix.slice(0, -1)}="${SPREADSHEET_NAMESPACE}"`
    : `xmlns="${SPREADSHEET_NAMESPACE}"`;
  return `${XML_DECLARATION}<${prefix}worksheet ${namespace}><${prefix}sheetData>${sheetData}</${prefix}sheetData></${prefix}worksheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

class SharedStrings {
  private readonly items: string[] = [];
  private readonly positions = new Map<string, number>();
  private references = 0;

  /** The index of an `<si>` item's XML, added when new. */
  index(itemXml: string): number {
    this.references += 1;
    let position = this.positions.get(itemXml);
    if (position === undefined) {
      position = this.items.length;
      this.items.push(itemXml);
      this.positions.set(itemXml, position);
    }
    return position;
  }

  xml(): string {
    const items = this.items.map((item) => `<si>${item}</si>`).join('');
    return `${XML_DECLARATION}<sst xmlns="${MAIN}" count="${this.references}" uniqueCount="${this.items.length}">${items}</sst>`;
  }
}

function worksheetXml(rows: XlsxRow[], shared: SharedStrings, prefix = ''): string {
  const rowsXml = rows
    .map((row, index) => {
      if (row === null) return '';
      const number = Array.isArray(row) ? index + 1 : row.row;
      const cells = Array.isArray(row)
        ? row.map((cell, column) => [columnLetters(column), cell] as const)
        : Object.entries(row.cells);
      const cellsXml = cells.map(([column, cell]) => cellXml(`${column}${number}`, cell, shared)).join('');
      return `<row r="${number}">${cellsXml}</row>`;
    })
    .join('');
  const xml = `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetData>${rowsXml}</sheetData></worksheet>`;
  if (prefix === '') return XML_DECLARATION + xml;
  const prefixed = xml
    .replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`)
    .replace('xmlns=', `xmlns:${prefix.slice(0, -1)}=`);
  return XML_DECLARATION + prefixed;
}

function cellXml(reference: string, cell: XlsxCell, shared: SharedStrings): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    return `<c r="${reference}" t="s"><v>${shared.index(textXml(cell))}</v></c>`;
  }
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${reference}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ('raw' in cell) return cell.raw;
  if ('inline' in cell) return `<c r="${reference}" t="inlineStr"><is>${textXml(cell.inline)}</is></c>`;
  if ('runs' in cell) {
    const runs = cell.runs.map((run) => `<r><rPr><b/></rPr>${textXml(run)}</r>`).join('');
    const phonetic = cell.phonetic === undefined ? '' : `<rPh sb="0" eb="1">${textXml(cell.phonetic)}</rPh>`;
    return `<c r="${reference}" t="s"><v>${shared.index(runs + phonetic)}</v></c>`;
  }
  if ('number' in cell) return `<c r="${reference}" s="${STYLES[cell.style]}"><v>${cell.number}</v></c>`;
  if ('formula' in cell) {
    return `<c r="${reference}" t="str"><f>${escapeXml(cell.formula)}</f><v>${escapeXml(cell.text)}</v></c>`;
  }
  return `<c r="${reference}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
}

function textXml(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

function workbookXml(sheets: XlsxSheet[], date1904: boolean): string {
  const sheetsXml = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join('');
  const properties = date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="166925"/>';
  return `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${properties}<sheets>${sheetsXml}</sheets></workbook>`;
}

function workbookRelationships(sheets: XlsxSheet[], sharedStrings: boolean): string {
  const sheetRelationships = sheets.map((sheet, index) => {
    const kind = sheet.chart ? 'chartsheet' : 'worksheet';
    const folder = sheet.chart ? 'chartsheets' : 'worksheets';
    return `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/${kind}" Target="${folder}/sheet${index + 1}.xml"/>`;
  });
  const count = sheets.length;
  const others = [`<Relationship Id="rId${count + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`];
  if (sharedStrings) {
    others.push(
      `<Relationship Id="rId${count + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  }
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${[...sheetRelationships, ...others].join('')}</Relationships>`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

const ROOT_RELATIONSHIPS = `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const CHART_SHEET = `${XML_DECLARATION}<chartsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;

// cellXfs: 0 General, 1 built-in date (14), 2 custom date-time, 3 custom date with escapes and a locale,
// 4 built-in time (21), 5 a number with "d" only inside quotes, 6 built-in percent (10), 7 elapsed hours.
const STYLES_XML = `${XML_DECLARATION}<styleSheet xmlns="${MAIN}"><numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/><numFmt numFmtId="165" formatCode="[$-409]d/m/yyyy;@"/><numFmt numFmtId="166" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="167" formatCode="[h]&quot;h&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
