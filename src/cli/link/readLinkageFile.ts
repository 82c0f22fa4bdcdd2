import { basename } from 'node:path';
import { DomainError, type Issue } from '../../core/errors.js';
import { bindColumnMap, recordFromRow, type ColumnMap } from '../../core/linkage/columnMap.js';
import type { LinkageRecord } from '../../core/linkage/engine/record.js';
import { detectConventions, readLinkageRow, type LinkageInputRow } from '../../core/linkage/readRecords.js';
import { openCsv } from '../../csv/csvReader.js';

/** How many problems an error lists before it says how many more there are. */
const LISTED_PROBLEMS = 10;

/** What reading a file gave: the engine's records, and the birth dates that could not be read (when allowed). */
export interface LinkageFile {
  label: string;
  records: LinkageRecord[];
  unreadableDates: number;
}

function rowProblems(label: string, problems: Issue[]): DomainError {
  const listed = problems
    .slice(0, LISTED_PROBLEMS)
    .map((problem) => `${problem.path.join(' ')}: ${problem.message}`);
  const more = problems.length > LISTED_PROBLEMS ? `; and ${problems.length - LISTED_PROBLEMS} more` : '';
  return new DomainError(
    'invalid_input',
    `${label} has rows that cannot be read: ${listed.join('; ')}${more}`,
    {
      issues: problems,
    },
  );
}

/**
 * Reads a CSV file for linkage with its column map: every row must have as many values as the header, ids
 * must be unique, and birth dates must be readable (or, with `ignoreBadDates`, are treated as missing and
 * counted). Nothing is linked from a file with problems: the error lists them by line.
 */
export async function readLinkageFile(
  path: string,
  map: ColumnMap,
  options: { ignoreBadDates: boolean },
): Promise<LinkageFile> {
  const label = basename(path);
  const file = await openCsv(path);
  const bound = bindColumnMap(map, file.header, label);
  const rows: Array<{ line: number; row: LinkageInputRow }> = [];
  const problems: Issue[] = [];
  for await (const { line, values } of file.rows) {
    if (values.length !== file.header.length) {
      problems.push({
        path: [`line ${line}`],
        message: `has ${values.length} values where the header has ${file.header.length} columns`,
      });
      continue;
    }
    rows.push({ line, row: recordFromRow(bound, values) });
  }
  const conventions = detectConventions(rows.map(({ row }) => row));
  const seen = new Map<string, number>();
  const records: LinkageRecord[] = [];
  let unreadableDates = 0;
  for (const { line, row } of rows) {
    const { record, issues } = readLinkageRow(row, `line-${line}`, conventions);
    const earlier = seen.get(record.id);
    if (earlier !== undefined) {
      problems.push({ path: [`line ${line}`], message: `id ${record.id} repeats the id of line ${earlier}` });
    }
    seen.set(record.id, line);
    for (const issue of issues) {
      if (options.ignoreBadDates) unreadableDates += 1;
      else problems.push({ path: [`line ${line}`, ...issue.path], message: issue.message });
    }
    records.push(record);
  }
  if (problems.length > 0) throw rowProblems(label, problems);
  return { label, records, unreadableDates };
}
