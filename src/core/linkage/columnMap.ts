import { DomainError, type Issue } from '../errors.js';

/**
 * Which columns of a file to link hold what, as given on the command line
 * (`--left-map "record_id=id,given=given_names,surnames=family_names,dob=birth_date,a_number=identifier"`):
 * parsed once, bound to a file's header, then applied to each row. Files from different sources name their
 * columns differently; the map is how the person who knows the file says what each column means.
 */

/** What a column holds. `identifier` (A-number, passport, case number…) and `extra` may be given to many columns. */
export type LinkageRole =
  | 'id'
  | 'given_names'
  | 'family_names'
  | 'full_name'
  | 'birth_date'
  | 'sex'
  | 'nationality'
  | 'identifier'
  | 'extra';

/** Every role, in the order they are listed to someone who gave an unknown one. */
export const LINKAGE_ROLES: readonly LinkageRole[] = [
  'id',
  'given_names',
  'family_names',
  'full_name',
  'birth_date',
  'sex',
  'nationality',
  'identifier',
  'extra',
];

const REPEATABLE_ROLES: ReadonlySet<LinkageRole> = new Set<LinkageRole>(['identifier', 'extra']);
const NAME_ROLES: readonly LinkageRole[] = ['given_names', 'family_names', 'full_name'];

/** One `column=role` entry of a map. */
export interface ColumnMapping {
  column: string;
  role: LinkageRole;
}

/** A parsed map, before it meets a file; `argumentName` (`--left-map`) is kept to name it in later errors. */
export interface ColumnMap {
  argumentName: string;
  mappings: readonly ColumnMapping[];
}

/** A mapping resolved against a header: `header` is the column's name as the file writes it, `index` its place. */
export interface BoundColumn extends ColumnMapping {
  header: string;
  index: number;
}

/** A map bound to one file's header, ready for {@link recordFromRow}. */
export interface BoundColumnMap {
  argumentName: string;
  fileLabel: string;
  columns: readonly BoundColumn[];
}

/**
 * One row as the linkage engine receives it: raw text, trimmed, with empty cells left out (the engine parses
 * dates and normalises names and identifiers itself). `identifiers` lists the non-empty identifier columns in
 * the map's order; `extras` is keyed by the column's name in the file. `id` is absent when no column is mapped
 * to `id` or the cell is empty: the caller then identifies the record by its line number in the file.
 */
export interface LinkageInputRow {
  id?: string;
  givenNames?: string;
  familyNames?: string;
  fullName?: string;
  birthDate?: string;
  sex?: string;
  nationality?: string;
  identifiers: string[];
  extras: Record<string, string>;
}

type SingleValueRole = Exclude<LinkageRole, 'identifier' | 'extra'>;
type SingleValueField = Exclude<keyof LinkageInputRow, 'identifiers' | 'extras'>;

const FIELD_OF_ROLE: Readonly<Record<SingleValueRole, SingleValueField>> = {
  id: 'id',
  given_names: 'givenNames',
  family_names: 'familyNames',
  full_name: 'fullName',
  birth_date: 'birthDate',
  sex: 'sex',
  nationality: 'nationality',
};

const EXAMPLE = 'record_id=id,given=given_names,surnames=family_names,dob=birth_date';

/**
 * Parses `column=role,column=role,…`. Column names may hold spaces (`first name=given_names`); a name that
 * holds `,` or `=` is written in double quotes, with `""` for a quote inside (`"Last, name"=family_names`).
 * Roles are case-insensitive. Every problem is reported at once, each naming the entry: an empty map or entry,
 * an entry without `=`, an unknown role, a single-value role given twice, a column given twice, and a map with
 * no name at all (one of given_names, family_names or full_name is needed to link people).
 */
export function parseColumnMap(text: string, argumentName: string): ColumnMap {
  if (text.trim() === '') {
    throw mapError(argumentName, [`${argumentName} is empty: give column=role pairs, e.g. "${EXAMPLE}"`]);
  }
  const { entries, problems } = splitEntries(text);
  const mappings: ColumnMapping[] = [];
  for (const entry of entries) {
    const mapping = checkedEntry(entry, problems);
    if (mapping) mappings.push(mapping);
  }
  problems.push(...repetitionProblems(mappings));
  // A misspelt role may be the name's: say that no name is mapped only when every entry was understood.
  if (problems.length === 0) problems.push(...missingNameProblems(mappings));
  if (problems.length > 0) throw mapError(argumentName, problems);
  return { argumentName, mappings };
}

/**
 * Finds each mapped column in a file's header: the exact name first, then the same name ignoring case and
 * spaces at the ends or repeated inside. Columns the map does not name are ignored. A column the header lacks,
 * a name that matches several columns, and two entries that find the same column are errors naming the file
 * and listing its columns.
 */
export function bindColumnMap(map: ColumnMap, header: readonly string[], fileLabel: string): BoundColumnMap {
  const problems: string[] = [];
  const columns: BoundColumn[] = [];
  const boundBy = new Map<number, string>();
  for (const mapping of map.mappings) {
    const index = findColumn(mapping.column, header, fileLabel, problems);
    if (index === undefined) continue;
    const earlier = boundBy.get(index);
    if (earlier !== undefined) {
      problems.push(
        `"${earlier}" and "${mapping.column}" are the same column "${header[index]}" of ${fileLabel}`,
      );
      continue;
    }
    boundBy.set(index, mapping.column);
    columns.push({ ...mapping, header: header[index] ?? mapping.column, index });
  }
  if (problems.length > 0) {
    const listing = `the columns of ${fileLabel} are ${header.map((name) => `"${name}"`).join(', ')}`;
    throw mapError(map.argumentName, [...problems, listing]);
  }
  return { argumentName: map.argumentName, fileLabel, columns };
}

/**
 * The mapped values of one row. Cells are trimmed and empty ones left out; a row shorter than the header
 * simply lacks its last cells (whether that is an error is the caller's decision, made with the line number).
 */
export function recordFromRow(bound: BoundColumnMap, values: readonly string[]): LinkageInputRow {
  // No prototype, so a column named `__proto__` or `constructor` is a key like any other.
  const extras = Object.create(null) as Record<string, string>;
  const row: LinkageInputRow = { identifiers: [], extras };
  for (const column of bound.columns) {
    const value = values[column.index]?.trim();
    if (!value) continue;
    if (column.role === 'identifier') row.identifiers.push(value);
    else if (column.role === 'extra') extras[column.header] = value;
    else row[FIELD_OF_ROLE[column.role]] = value;
  }
  return row;
}

interface RawEntry {
  /** The entry as written, for messages. */
  text: string;
  column: string;
  role: string | undefined;
}

/** Splits the map at commas outside quotes, each entry at its `=`. */
function splitEntries(text: string): { entries: RawEntry[]; problems: string[] } {
  const entries: RawEntry[] = [];
  const problems: string[] = [];
  let index = 0;
  while (index <= text.length) {
    const start = index;
    const column = readColumn(text, index);
    index = column.end;
    let role: string | undefined;
    if (text[index] === '=') {
      const end = nextComma(text, index + 1);
      role = text.slice(index + 1, end).trim();
      index = end;
    }
    const written = text.slice(start, index).trim();
    if (column.problem) problems.push(`${column.problem} in "${written}"`);
    else entries.push({ text: written, column: column.name, role });
    index += 1; // past the comma, or past the end
  }
  return { entries, problems };
}

/** A column name, quoted or not, from `start` to the `=` or `,` after it. */
function readColumn(text: string, start: number): { name: string; end: number; problem?: string } {
  const open = skipSpaces(text, start);
  if (text[open] !== '"') {
    const end = Math.min(nextComma(text, start), nextEquals(text, start));
    return { name: text.slice(start, end).trim(), end };
  }
  let name = '';
  let index = open + 1;
  for (; index < text.length; index += 1) {
    if (text[index] !== '"') name += text[index];
    else if (text[index + 1] === '"') name += text[(index += 1)];
    else break;
  }
  if (index >= text.length) return { name, end: text.length, problem: 'a quote that is not closed' };
  const end = skipSpaces(text, index + 1);
  if (end < text.length && text[end] !== '=' && text[end] !== ',') {
    return { name, end: nextComma(text, end), problem: 'text after the closing quote of a column name' };
  }
  return { name, end };
}

function skipSpaces(text: string, start: number): number {
  let index = start;
  while (text[index] === ' ' || text[index] === '\t') index += 1;
  return index;
}

function nextComma(text: string, start: number): number {
  const comma = text.indexOf(',', start);
  return comma < 0 ? text.length : comma;
}

function nextEquals(text: string, start: number): number {
  const equals = text.indexOf('=', start);
  return equals < 0 ? text.length : equals;
}

/** The entry's mapping, or undefined after adding its problem. */
function checkedEntry(entry: RawEntry, problems: string[]): ColumnMapping | undefined {
  if (entry.text === '') problems.push('an empty entry (two commas in a row, or a comma at an end)');
  else if (entry.role === undefined) problems.push(`"${entry.text}" has no "=": write column=role`);
  else if (entry.column === '') problems.push(`"${entry.text}" has no column name before "="`);
  else if (entry.role.includes('=')) {
    problems.push(`"${entry.text}" has more than one "=": quote a column name that holds "=" or ","`);
  } else if (entry.role === '') problems.push(`"${entry.text}" has no role after "="`);
  else {
    const role = entry.role.toLowerCase();
    if (isLinkageRole(role)) return { column: entry.column, role };
    problems.push(
      `"${entry.role}" (for column "${entry.column}") is not a role; the roles are ${LINKAGE_ROLES.join(', ')}`,
    );
  }
  return undefined;
}

function isLinkageRole(text: string): text is LinkageRole {
  return (LINKAGE_ROLES as readonly string[]).includes(text);
}

function repetitionProblems(mappings: readonly ColumnMapping[]): string[] {
  const problems: string[] = [];
  const columnSeen = new Set<string>();
  const roleColumn = new Map<LinkageRole, string>();
  for (const { column, role } of mappings) {
    if (columnSeen.has(column)) problems.push(`the column "${column}" is mapped more than once`);
    columnSeen.add(column);
    const earlier = roleColumn.get(role);
    if (earlier !== undefined && !REPEATABLE_ROLES.has(role)) {
      problems.push(
        `the role ${role} is given to two columns ("${earlier}" and "${column}"); only identifier and extra can be repeated`,
      );
    }
    if (earlier === undefined) roleColumn.set(role, column);
  }
  return problems;
}

function missingNameProblems(mappings: readonly ColumnMapping[]): string[] {
  if (mappings.some((mapping) => NAME_ROLES.includes(mapping.role))) return [];
  return ['no column holds a name: map at least one column to given_names, family_names or full_name'];
}

function findColumn(
  column: string,
  header: readonly string[],
  fileLabel: string,
  problems: string[],
): number | undefined {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const key = looseKey(column);
  const matches = header.flatMap((name, index) => (looseKey(name) === key ? [index] : []));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) problems.push(`${fileLabel} has no column "${column}"`);
  else {
    const names = matches.map((index) => `"${header[index]}"`).join(', ');
    problems.push(
      `"${column}" matches several columns of ${fileLabel} (${names}); write it exactly as in the file`,
    );
  }
  return undefined;
}

function looseKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function mapError(argumentName: string, problems: readonly string[]): DomainError {
  const issues: Issue[] = problems.map((message) => ({ path: [argumentName], message }));
  return new DomainError('invalid_input', `${argumentName}: ${problems.join('; ')}`, { issues });
}
