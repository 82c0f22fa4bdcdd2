/**
 * CSV answers of the API: which requests get one, how a cell is written, and how the reply carries it.
 *
 * A CSV answer is the JSON answer written another way, at serialization: the handler returns the same presented
 * object (so the read audit of person data sees exactly what JSON would carry), and a per-reply serializer turns
 * it into rows. What a role may not see is therefore never in a CSV either: the rows are made from presented items.
 *
 * The file holds data only, a header line then rows: no comment lines. Excel and LibreOffice Calc have no comment
 * syntax for CSV (a `# filters: …` line opens as a data row, split into cells at its commas, and the real header
 * becomes row 2), nor do most readers that take the first line as the header (pandas and R by default, csvkit,
 * our own src/csv/csvReader.ts). What shaped the answer goes where it survives and parses: the file name of
 * `Content-Disposition` (kept when the file is saved) names the export, its parameters and the time, and the
 * `X-Custodia-Query` and `X-Custodia-Exported-At` headers give them exactly, for scripts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { csvField } from '../csv/csvField.js';

/** `format=csv` asks for CSV as `Accept: text/csv` does; `format=json` asks for JSON whatever Accept says. */
export const formatParameter = z
  .enum(['json', 'csv'])
  .optional()
  .meta({ description: 'csv: answer text/csv (UTF-8 with a BOM), as Accept: text/csv does' });

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, tab and carriage return,
 * the full-width `＝＋－＠` that some versions of Excel read as their ASCII forms, and any of these after leading
 * spaces (which an import that trims spaces would remove).
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** One cell: text that could start a formula is prefixed with `'`, then quoted as RFC 4180 says. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/** A byte-order mark: without it Excel reads UTF-8 as the machine's code page and mangles accents. */
const BOM = '\uFEFF';

/** A whole CSV text: BOM, then one CRLF-terminated line per row. */
export function csvText(rows: ReadonlyArray<readonly CsvValue[]>): string {
  let text = BOM;
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}

function quality(accept: string, mediaType: string): number {
  let best = -1;
  for (const range of accept.toLowerCase().split(',')) {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim());
    if (type !== mediaType) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    best = Math.max(best, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return best;
}

/**
 * Whether to answer CSV: `format=` decides when given; otherwise an `Accept` that names `text/csv` (not through a
 * wildcard, which browsers send for everything) at least as strongly as `application/json`.
 */
export function wantsCsv(format: 'json' | 'csv' | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  if (accept === undefined) return false;
  const csv = quality(accept, 'text/csv');
  return csv > 0 && csv >= quality(accept, 'application/json');
}

/** Chooses the answer's format for a route that has both, and tells caches the answer depends on `Accept`. */
export function negotiate(
  request: FastifyRequest,
  reply: FastifyReply,
  format: 'json' | 'csv' | undefined,
): boolean {
  reply.header('vary', 'Accept');
  return wantsCsv(format, request.headers.accept);
}

/** How one CSV answer is named and paged. */
export interface CsvAnswer {
  /** What is exported, first in the file name: `stats`, `transfers`, `findings`… */
  name: string;
  /** When the answer was made (the registry's clock). */
  at: Date;
  /** The next page's cursor, if any: sent as a `Link: <…>; rel="next"` header. */
  nextCursor?: string | null | undefined;
}

/** The parameters of the request that shape the data (not its format nor its page): for names and headers. */
function shapingParameters(request: FastifyRequest): URLSearchParams {
  const parameters = new URL(request.url, 'http://custodia.invalid').searchParams;
  parameters.delete('format');
  parameters.delete('cursor');
  return parameters;
}

/** `custodia-stats_rows-month_destination-SLV_20261207T211200Z.csv`: ASCII only, safe in any file system. */
export function exportFileName(name: string, parameters: URLSearchParams, at: Date): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9.-]+/g, '-');
  const shaping = [...parameters].map(([key, value]) => `${safe(key)}-${safe(value)}`).join('_');
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const middle = shaping.length > 150 ? `${shaping.slice(0, 150)}-etc` : shaping;
  return `custodia-${safe(name)}${middle ? `_${middle}` : ''}_${stamp}.csv`;
}

/** The URL of the next page: this request's, with the next cursor. */
function nextLink(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, 'http://custodia.invalid');
  url.searchParams.set('cursor', cursor);
  return `<${url.pathname}?${url.searchParams.toString()}>; rel="next"`;
}

/**
 * Makes this reply a CSV answer of `payload` and returns the payload for the handler to return: Fastify then runs
 * the hooks on the object (the read audit) and serializes it with `rows`. Anything answered instead (an error
 * raised after this point) is still sent as JSON.
 */
export function replyCsv<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: T,
  rows: (payload: T) => ReadonlyArray<readonly CsvValue[]>,
  answer: CsvAnswer,
): T {
  const parameters = shapingParameters(request);
  reply
    .type('text/csv; charset=utf-8; header=present')
    .header(
      'content-disposition',
      `attachment; filename="${exportFileName(answer.name, parameters, answer.at)}"`,
    )
    .header('x-custodia-query', parameters.toString())
    .header('x-custodia-exported-at', answer.at.toISOString());
  if (answer.nextCursor) reply.header('link', nextLink(request, answer.nextCursor));
  reply.serializer((sent: unknown) => {
    if (reply.statusCode < 300) return csvText(rows(sent as T));
    for (const name of ['content-disposition', 'link', 'x-custodia-query', 'x-custodia-exported-at'])
      reply.removeHeader(name);
    reply.type('application/json; charset=utf-8');
    return JSON.stringify(sent);
  });
  return payload;
}
