/**
 * What an XLSX workbook holds, from its package parts: the worksheets in tab order with the part each is in,
 * the date system, and where the shared strings and styles are. Parts are found through the relationship files
 * as the Open Packaging Conventions say, falling back on the usual names.
 */
import { posix } from 'node:path';
import { tableError } from '../errors.js';
import type { ZipArchive } from './zip.js';
import { allAttributes } from './xmlScanner.js';

export interface WorkbookSheet {
  name: string;
  part: string;
}

export interface Workbook {
  /** The worksheets in tab order; chart sheets, which hold no cells, are left out. */
  sheets: WorkbookSheet[];
  /** Serials count days from 1904-01-01 (old Mac workbooks) instead of 1900-01-01. */
  date1904: boolean;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
}

interface Relationship {
  type: string;
  target: string;
}

export async function readWorkbook(archive: ZipArchive, path: string): Promise<Workbook> {
  const workbookPart = await officeDocumentPart(archive);
  if (!archive.has(workbookPart)) {
    const message = `not an XLSX workbook: the zip archive has no ${workbookPart} (is it a .docx, an .ods or another kind of zip file?)`;
    throw tableError(path, message);
  }
  const relationships = await readRelationships(archive, workbookPart);
  const { sheets, date1904 } = await readSheetList(archive, workbookPart);
  const worksheets: WorkbookSheet[] = [];
  for (const sheet of sheets) {
    const relationship = relationships.get(sheet.relationshipId);
    if (!relationship) {
      throw tableError(path, `the workbook names no part for sheet ${JSON.stringify(sheet.name)}`);
    }
    if (relationship.type.endsWith('/worksheet'))
      worksheets.push({ name: sheet.name, part: relationship.target });
  }
  const partOfType = (suffix: string, usual: string): string | undefined => {
    const found = [...relationships.values()].find((relationship) => relationship.type.endsWith(suffix));
    const part = found?.target ?? usual;
    return archive.has(part) ? part : undefined;
  };
  return {
    sheets: worksheets,
    date1904,
    sharedStringsPart: partOfType('/sharedStrings', 'xl/sharedStrings.xml'),
    stylesPart: partOfType('/styles', 'xl/styles.xml'),
  };
}

/** The workbook part named by the package's root relationships; `xl/workbook.xml` when there are none. */
async function officeDocumentPart(archive: ZipArchive): Promise<string> {
  const relationships = await readRelationships(archive, '');
  const found = [...relationships.values()].find((relationship) =>
    relationship.type.endsWith('/officeDocument'),
  );
  return found?.target ?? 'xl/workbook.xml';
}

/** The relationships of a part (of the package for ''), by id, with targets resolved to part names. */
async function readRelationships(archive: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const folder = posix.dirname(part);
  const relationshipsPart = posix.join(folder, '_rels', `${posix.basename(part)}.rels`);
  const relationships = new Map<string, Relationship>();
  if (!archive.has(relationshipsPart)) return relationships;
  await scanPart(archive, relationshipsPart, ['Relationship'], (_element, attributes) => {
    const values = new Map(attributes);
    const id = values.get('Id');
    const target = values.get('Target');
    if (id === undefined || target === undefined || values.get('TargetMode') === 'External') return;
    const resolved = target.startsWith('/') ? target.slice(1) : posix.join(folder, target);
    relationships.set(id, { type: values.get('Type') ?? '', target: posix.normalize(resolved) });
  });
  return relationships;
}

async function readSheetList(
  archive: ZipArchive,
  workbookPart: string,
): Promise<{ sheets: Array<{ name: string; relationshipId: string }>; date1904: boolean }> {
  const sheets: Array<{ name: string; relationshipId: string }> = [];
  let date1904 = false;
  await scanPart(archive, workbookPart, ['workbookPr', 'sheet'], (element, attributes) => {
    const values = new Map(attributes);
    if (element === 0) {
      date1904 = values.get('date1904') === '1' || values.get('date1904') === 'true';
    } else {
      // The relationship id is `r:id`, whatever prefix the file gives the relationships namespace.
      const relationshipId = attributes.find(([key]) => key.endsWith(':id'))?.[1] ?? '';
      sheets.push({ name: values.get('name') ?? '', relationshipId });
    }
  });
  return { sheets, date1904 };
}

/** Streams a part, handing the start tags of the elements named to `onOpen` with their attributes. */
function scanPart(
  archive: ZipArchive,
  part: string,
  elements: readonly string[],
  onOpen: (element: number, attributes: Array<[string, string]>) => void,
): Promise<void> {
  return archive.scan(
    part,
    {
      capturing: false,
      open: (element, text, from, to) => {
        if (element >= 0) onOpen(element, allAttributes(text, from, to));
      },
      close: () => {},
      text: () => {},
    },
    elements,
  );
}
