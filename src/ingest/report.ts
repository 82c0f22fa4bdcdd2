import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DomainError } from '../core/errors.js';
import type { ImportProblem } from '../core/importing/types.js';
import type { ImportLedgerReader, NumberedProblem } from '../core/ports/imports.js';
import { csvField as plainCsvField } from '../csv/csvField.js';

export const REPORT_COLUMNS = ['sheet', 'row', 'column', 'value', 'reason', 'severity', 'factId'] as const;

/** A CSV field (RFC 4180), with formula-looking text defused for spreadsheets. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // A value such as `=HYPERLINK(…)` from an untrusted file must not run as a formula where the report is opened.
  return plainCsvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** An import's whole report from the ledger, a page at a time, in order. */
export async function* reportPages(
  reader: ImportLedgerReader,
  importId: string,
  pageSize = 5000,
): AsyncGenerator<NumberedProblem[]> {
  let afterSeq = 0;
  for (;;) {
    const page = await reader.importProblems(importId, { afterSeq, limit: pageSize });
    if (page.length > 0) yield page;
    const last = page[page.length - 1];
    if (page.length < pageSize || !last) return;
    afterSeq = last.seq;
  }
}

/** The report as CSV: one line per problem, row and column as a person finds them in the file. */
export function reportCsv(problems: readonly ImportProblem[]): string {
  const lines = [REPORT_COLUMNS.join(',')];
  for (const problem of problems) {
    lines.push(REPORT_COLUMNS.map((column) => csvField(problem[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Checks that a report file is named `.csv` or `.json` (before an import starts, so a typo changes nothing). */
export function checkReportPath(path: string): '.csv' | '.json' {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    throw new DomainError('invalid_input', `--report ${path}: name a .csv or .json file`, {
      issues: [{ path: ['--report'], message: 'expected a .csv or .json file name' }],
    });
  }
  return extension;
}

/** Writes the report to a `.csv` or `.json` file, by its extension. */
export async function writeReport(path: string, problems: readonly ImportProblem[]): Promise<void> {
  const extension = checkReportPath(path);
  const text = extension === '.csv' ? reportCsv(problems) : `${JSON.stringify(problems, null, 2)}\n`;
  await writeFile(path, text, 'utf8');
}
