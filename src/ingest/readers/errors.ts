/**
 * Errors of the table readers: every unreadable file becomes an `invalid_input` DomainError whose message names
 * the file and, where known, the sheet and the row, line or element a person can look up.
 */
import { DomainError } from '../../core/errors.js';

export { excerpt, sizeText } from '../../csv/messageText.js';

/** Where in a file a problem is; each part is given only when it is known. */
export interface Place {
  sheet?: string | undefined;
  /** An XLSX row number. */
  row?: number | undefined;
  /** An XLSX cell reference such as `C5`. */
  cell?: string | undefined;
  /** A 1-based line of a text file. */
  line?: number | undefined;
  /** A 1-based element of a JSON array. */
  element?: number | undefined;
  /** A column: its position, with its name when known (`5 (N_RETURNEES)`), or a JSON key. */
  column?: string | undefined;
}

/** An `invalid_input` error about a file, or a place in it: `data.xlsx sheet "2019" row 5: …`. */
export function tableError(path: string, message: string, place: Place = {}): DomainError {
  const where: string[] = [path];
  const issuePath: Array<string | number> = [path];
  if (place.sheet !== undefined) {
    where.push(`sheet ${JSON.stringify(place.sheet)}`);
    issuePath.push(place.sheet);
  }
  for (const [label, value] of [
    ['row', place.row],
    ['cell', place.cell],
    ['line', place.line],
    ['element', place.element],
    ['column', place.column],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${label} ${value}`);
    issuePath.push(value);
  }
  return new DomainError('invalid_input', `${where.join(' ')}: ${message}`, {
    issues: [{ path: issuePath, message }],
  });
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  Z_BUF_ERROR: 'the gzip data ends too early (is the file truncated?)',
  Z_DATA_ERROR: 'the gzip data is corrupt',
};

/**
 * A failure to read or decompress the file as a domain error, DomainErrors passing as they are; the cause is said
 * in words for the common ones, so no stack trace reaches the person importing.
 */
export function unreadable(path: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  const reason = (code && READ_FAILURES[code]) ?? (error instanceof Error ? error.message : String(error));
  return tableError(path, `cannot read the file: ${reason}`);
}
