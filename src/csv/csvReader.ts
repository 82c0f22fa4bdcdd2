/**
 * Reading delimited text files (CSV, semicolon- or tab-separated) as records, for importers and `custodia link`.
 * Streams the file, so files of hundreds of megabytes are read in constant memory. Follows RFC 4180 and the
 * habits of spreadsheets that export such files (a UTF-8 byte-order mark, `;` where `,` is the decimal mark,
 * Windows-1252 text). Every malformed file gives a DomainError naming the file and the line.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { TextDecoder } from 'node:util';
import { DomainError, type Issue } from '../core/errors.js';
import { excerpt, sizeText } from './messageText.js';

/** One record: its values as written (not trimmed) and the physical line it starts on (the first line is 1). */
export interface CsvRow {
  line: number;
  values: string[];
}

/**
 * `latin1` decodes as Windows-1252, the superset of ISO-8859-1 that Windows spreadsheets write (and that the
 * WHATWG encoding standard means by `latin1`): `€`, `–` and curly quotes come out right.
 */
export type CsvEncoding = 'utf8' | 'latin1';

/**
 * Where a file's bytes come from when they are not the file's own, such as a decompressed `.csv.gz`. It is called
 * once to detect the encoding and once more to parse, so each call must start again from the first byte. Its
 * failures should be DomainErrors; any other error is reported as the file being unreadable.
 */
export type CsvByteSource = () => AsyncIterable<Buffer>;

/** When not given, the delimiter is detected from the header line and the encoding from the bytes. */
export interface CsvOptions {
  delimiter?: string | undefined;
  encoding?: CsvEncoding | undefined;
  /** Read these bytes instead of the file at the path, which then only names the file in errors. */
  bytes?: CsvByteSource | undefined;
  /**
   * The longest record, in characters, a quoted field's line breaks included; a longer one is an error naming its
   * line, raised as soon as the record passes the limit, so memory stays flat. A record may also hold at most one
   * field per {@link BYTES_PER_FIELD} characters of the limit, since a field costs memory however short it is.
   * Default: no limit.
   */
  maxLineBytes?: number | undefined;
  /** The longest field, in characters; a longer one is an error naming its line and column. Default: no limit. */
  maxCellBytes?: number | undefined;
}

/** An opened file: its checked header, what was detected, and its data rows. */
export interface CsvFile {
  /** The column names, trimmed; none empty, none repeated. */
  header: string[];
  headerLine: number;
  delimiter: string;
  encoding: CsvEncoding;
  /**
   * The data rows, in order, read as they are iterated; iterable once. A row with more or fewer values than the
   * header is yielded as it is, never padded or cut: the caller decides whether that is an error, and can name
   * the row's line when it is.
   */
  rows: AsyncIterable<CsvRow>;
  /** Closes the file; needed only when the rows are not iterated to the end or left with `break`. */
  close(): Promise<void>;
}

/**
 * A short field takes about 20 bytes of memory besides its text: without a bound on their number, a line of
 * 8 MiB of `1,1,1,…` would take 80 MB. One field per 16 characters of the line limit is more than any table has.
 */
export const BYTES_PER_FIELD = 16;

/** The delimiters detected, in the order that breaks a tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

// 64 KiB: with 1 MiB chunks the rows of a chunk outlive young-generation collections and parsing runs at a third
// of the speed (measured: 1.1 M against 0.45 M rows/s on an 8-column file).
const CHUNK_BYTES = 1 << 16;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Opens a delimited file and reads its header (the first non-blank record), checking that every column has a
 * name and no name is repeated. The rows are then read as they are iterated. A malformed record (an unclosed
 * quote, text after a closing quote) ends the reading with an error naming its line; since the file is parsed
 * 64 KiB at a time, one in the first few hundred lines can make `openCsv` itself fail.
 */
export async function openCsv(path: string, options: CsvOptions = {}): Promise<CsvFile> {
  const reader = new CsvRecordReader(path, options);
  const { delimiter, encoding } = await reader.prepare();
  const first = await reader.next();
  if (first.done) throw csvError(path, 'the file is empty: there is no header line');
  const header = await closingOnError(reader, () => checkedHeader(first.value, path));
  return {
    header,
    headerLine: first.value.line,
    delimiter,
    encoding,
    rows: reader,
    close: async () => {
      await reader.return();
    },
  };
}

/**
 * Every record of a delimited file, the header line included and not checked (use {@link openCsv} to have the
 * header checked and kept apart). Rows are yielded as written, whatever their number of values. Each iteration
 * reads the file afresh.
 */
export function readCsv(path: string, options: CsvOptions = {}): AsyncIterable<CsvRow> {
  return { [Symbol.asyncIterator]: () => new CsvRecordReader(path, options) };
}

/** Records handed out a chunk's worth at a time, with the delimiter and encoding settled before the first. */
export interface CsvBatches {
  delimiter: string;
  encoding: CsvEncoding;
  /** The next records, never an empty array; undefined at the end of the file. */
  next(): Promise<CsvRow[] | undefined>;
  /** Closes the file; needed only when the batches are not read to the end. */
  close(): Promise<void>;
}

/**
 * Every record, as {@link readCsv} yields them, in batches: for callers that turn each record into another
 * object, where awaiting every record a second time would cost more than parsing it.
 */
export async function openCsvBatches(path: string, options: CsvOptions = {}): Promise<CsvBatches> {
  const reader = new CsvRecordReader(path, options);
  const { delimiter, encoding } = await reader.prepare();
  return {
    delimiter,
    encoding,
    next: () => reader.nextBatch(),
    close: async () => {
      await reader.return();
    },
  };
}

/**
 * The delimiter of a file from its first line: the candidate ({@link CSV_DELIMITERS}) that occurs most often
 * outside quotes, `,` when none does (a file with one column).
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best: string = ',';
  for (const candidate of CSV_DELIMITERS) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

function checkDelimiterOption(delimiter: string | undefined): void {
  if (delimiter === undefined) return;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    const message = `the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`;
    throw new DomainError('invalid_input', message, { issues: [{ path: ['delimiter'], message }] });
  }
}

function decoderLabel(encoding: CsvEncoding): string {
  return encoding === 'utf8' ? 'utf-8' : 'windows-1252';
}

/**
 * The file's first 64 KiB (for delimiter detection), however a byte source cuts its chunks, and its encoding:
 * the one asked for, else UTF-8 when every byte of the file is valid UTF-8, else Latin-1. The whole file is
 * checked, since one accented name written by a Latin-1 program can sit on line 90,000; the check reads at
 * several GB/s.
 */
async function inspect(path: string, options: CsvOptions): Promise<{ encoding: CsvEncoding; head: Buffer }> {
  const encoding = options.encoding;
  let head: Buffer = Buffer.alloc(0);
  let carry: Buffer = Buffer.alloc(0);
  let valid = true;
  for await (const chunk of chunks(path, options.bytes)) {
    if (head.length < CHUNK_BYTES) head = head.length ? Buffer.concat([head, chunk]) : chunk;
    if (encoding && head.length >= CHUNK_BYTES) break;
    if (encoding) continue;
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTail(bytes);
    valid = isUtf8(bytes.subarray(0, complete));
    if (!valid) break;
    carry = bytes.subarray(complete);
  }
  return { encoding: encoding ?? (valid && carry.length === 0 ? 'utf8' : 'latin1'), head };
}

/** How many bytes at the end start a UTF-8 sequence that the next chunk completes (0 when none does). */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * The file's bytes, or those of the source given instead, with read failures (missing file, no permission, a
 * directory) made domain errors.
 */
async function* chunks(path: string, source?: CsvByteSource): AsyncGenerator<Buffer, void, undefined> {
  const file = source === undefined ? createReadStream(path, { highWaterMark: CHUNK_BYTES }) : undefined;
  const bytes: AsyncIterable<Buffer> = file ?? (source as CsvByteSource)();
  try {
    for await (const chunk of bytes) yield chunk;
  } catch (error) {
    throw error instanceof DomainError ? error : unreadable(path, error);
  } finally {
    file?.destroy();
  }
}

/**
 * Reads records a chunk at a time and hands them out one by one. A hand-written iterator rather than an async
 * generator: a generator's per-record suspensions cost more than the parsing (about twice the time in all).
 */
class CsvRecordReader implements AsyncIterableIterator<CsvRow> {
  private setup: Promise<{ delimiter: string; encoding: CsvEncoding }> | undefined;
  private source: AsyncGenerator<Buffer, void, undefined> | undefined;
  private decoder: ChunkDecoder | undefined;
  private splitter: RecordSplitter | undefined;
  private batch: CsvRow[] = [];
  private index = 0;
  private finished = false;

  constructor(
    private readonly path: string,
    private readonly options: CsvOptions,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Checks the options, settles the encoding and delimiter, and opens the file for parsing (once). */
  prepare(): Promise<{ delimiter: string; encoding: CsvEncoding }> {
    this.setup ??= this.open();
    return this.setup;
  }

  next(): Promise<IteratorResult<CsvRow, undefined>> {
    const row = this.batch[this.index];
    if (row === undefined) return this.refill();
    this.index += 1;
    return Promise.resolve({ value: row, done: false });
  }

  async return(): Promise<IteratorResult<CsvRow, undefined>> {
    this.finished = true;
    this.batch = [];
    await this.source?.return();
    return { value: undefined, done: true };
  }

  private async open(): Promise<{ delimiter: string; encoding: CsvEncoding }> {
    checkDelimiterOption(this.options.delimiter);
    const { encoding, head } = await inspect(this.path, this.options);
    const delimiter =
      this.options.delimiter ?? detectDelimiter(new TextDecoder(decoderLabel(encoding)).decode(head));
    this.decoder = chunkDecoder(encoding, this.options.encoding === undefined);
    const line = this.options.maxLineBytes ?? Infinity;
    this.splitter = new RecordSplitter(delimiter.charCodeAt(0), this.path, {
      line,
      cell: this.options.maxCellBytes ?? Infinity,
      fields: Math.max(1024, Math.floor(line / BYTES_PER_FIELD)),
    });
    this.source = chunks(this.path, this.options.bytes);
    return { delimiter, encoding };
  }

  private async refill(): Promise<IteratorResult<CsvRow, undefined>> {
    await this.prepare();
    // A consumer's `for await` does not close an iterator whose next() threw, so a bad record closes the file.
    return closingOnError(this, () => this.nextFromFile());
  }

  /** The records not yet handed out, reading chunks until there are some; undefined at the end. */
  async nextBatch(): Promise<CsvRow[] | undefined> {
    await this.prepare();
    return closingOnError(this, async () => {
      if (!(await this.fill())) return undefined;
      const rows = this.index === 0 ? this.batch : this.batch.slice(this.index);
      this.batch = [];
      this.index = 0;
      return rows;
    });
  }

  private async nextFromFile(): Promise<IteratorResult<CsvRow, undefined>> {
    if (!(await this.fill())) return { value: undefined, done: true };
    const row = this.batch[this.index] as CsvRow;
    this.index += 1;
    return { value: row, done: false };
  }

  /** Parses chunks until the batch has a record not yet handed out; false at the end of the file. */
  private async fill(): Promise<boolean> {
    while (this.index >= this.batch.length) {
      if (this.finished || !this.source || !this.decoder || !this.splitter) return false;
      const chunk = await this.source.next();
      this.batch = [];
      this.index = 0;
      const text = decoded(this.decoder, chunk.done ? undefined : chunk.value, this.splitter.line, this.path);
      this.splitter.feed(text, this.batch);
      if (chunk.done) {
        this.splitter.finish(this.batch);
        this.finished = true;
      }
    }
    return true;
  }
}

async function closingOnError<T>(reader: CsvRecordReader, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await reader.return();
    throw error;
  }
}

/** Decodes chunk after chunk, and what is left at the end (undefined). */
type ChunkDecoder = (chunk: Buffer | undefined) => string;

/**
 * UTF-8 that {@link inspect} checked whole is decoded by StringDecoder, which is several times faster than
 * TextDecoder (0.04 against 0.3 s for 170 MB) but neither fails on bad bytes nor drops a byte-order mark; other
 * text (Windows-1252, or UTF-8 given rather than checked) by a TextDecoder that fails on bytes it cannot decode.
 */
function chunkDecoder(encoding: CsvEncoding, checked: boolean): ChunkDecoder {
  if (encoding === 'utf8' && checked) {
    const decoder = new StringDecoder('utf8');
    let first = true;
    return (chunk) => {
      if (!chunk) return decoder.end();
      const text = decoder.write(chunk);
      if (!first || text === '') return text;
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    };
  }
  const decoder = new TextDecoder(decoderLabel(encoding), { fatal: true });
  return (chunk) => (chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode());
}

function decoded(decoder: ChunkDecoder, chunk: Buffer | undefined, line: number, path: string): string {
  try {
    return decoder(chunk);
  } catch {
    const message = `bytes after line ${line} are not valid UTF-8; if the file was saved as Latin-1 or Windows-1252, give the encoding latin1`;
    throw csvError(path, message, line);
  }
}

function checkedHeader(row: CsvRow, path: string): string[] {
  const names = row.values.map((value) => value.trim());
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const column = index + 1;
    const first = seen.get(name);
    if (name === '') {
      const hint = column === names.length ? ' (is there a delimiter at the end of the header line?)' : '';
      issues.push({
        path: [path, row.line, column],
        message: `column ${column} of the header has no name${hint}`,
      });
    } else if (first !== undefined) {
      const message = `the column name "${name}" is repeated (columns ${first} and ${column})`;
      issues.push({ path: [path, row.line, column], message });
    } else seen.set(name, column);
  });
  if (issues.length === 0) return names;
  const summary = issues.map((issue) => issue.message).join('; ');
  throw new DomainError('invalid_input', `${path} line ${row.line}: ${summary}`, { issues });
}

/** An `invalid_input` error about the file, or about one line of it. */
function csvError(path: string, message: string, line?: number): DomainError {
  const where = line === undefined ? path : `${path} line ${line}`;
  const issuePath = line === undefined ? [path] : [path, line];
  return new DomainError('invalid_input', `${where}: ${message}`, { issues: [{ path: issuePath, message }] });
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

function unreadable(path: string, error: unknown): DomainError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  const reason = (code && READ_FAILURES[code]) ?? (error instanceof Error ? error.message : String(error));
  return csvError(path, `cannot read the file: ${reason}`);
}

// Where the splitter is within a record.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted field: a second quote makes it a literal quote, anything else closes. */
const QUOTE_SEEN = 3;
const AFTER_QUOTED = 4;

/**
 * Splits decoded text into records, chunk by chunk, carrying a field or record cut by a chunk boundary over to
 * the next chunk. Counts physical lines (CRLF, LF and CR each end one) including those inside quoted fields.
 */
class RecordSplitter {
  /** The physical line of the current position. */
  line = 1;
  private rowLine = 1;
  /** Where the text fed so far begins, and where the current record began, in characters from the start. */
  private offset = 0;
  private rowStart = 0;
  /** The first record's values, which name the columns in a message when the first record is the header. */
  private firstRecord: string[] | undefined;
  private quotedFieldLine = 1;
  private state = FIELD_START;
  private values: string[] = [];
  /** Text of the current field from earlier chunks, or from before a doubled quote. */
  private pending = '';
  private rowHasQuote = false;
  /** The last chunk ended in CR: a LF at the start of this one belongs to it. */
  private carriageReturnAtEnd = false;

  constructor(
    private readonly delimiter: number,
    private readonly path: string,
    private readonly limits: { line: number; cell: number; fields: number },
  ) {}

  feed(text: string, out: CsvRow[]): void {
    let index = 0;
    if (this.carriageReturnAtEnd && text.length > 0) {
      this.carriageReturnAtEnd = false;
      if (text.charCodeAt(0) === LF) index = 1;
    }
    let start = this.state === QUOTED ? 0 : index;
    while (index < text.length) {
      if (this.state === QUOTED) {
        const quote = text.indexOf('"', index);
        const end = quote < 0 ? text.length : quote;
        this.countLineBreaks(text, index, end);
        if (quote < 0) break;
        this.pending += text.slice(start, quote);
        index = start = quote + 1;
        this.state = QUOTE_SEEN;
      } else if (this.state === QUOTE_SEEN || this.state === AFTER_QUOTED) {
        index = start = this.afterQuote(text, index, out);
      } else if (this.state === FIELD_START && text.charCodeAt(index) === QUOTE) {
        this.openQuote();
        index = start = index + 1;
      } else {
        index = start = this.unquoted(text, index, start, out);
      }
    }
    if (this.state === QUOTED || this.state === UNQUOTED) this.pending += text.slice(start);
    // Checked chunk by chunk: a record or field without end is refused once it passes the limit, not at its end.
    if (this.offset + text.length - this.rowStart > this.limits.line) throw this.lineTooLong();
    if (this.values.length > this.limits.fields) throw this.lineTooLong();
    if (this.pending.length > this.limits.cell) throw this.cellTooLong(this.pending);
    this.offset += text.length;
  }

  /** Ends the input: the last record needs no line break, but a quoted field must be closed. */
  finish(out: CsvRow[]): void {
    if (this.state === QUOTED) {
      throw csvError(
        this.path,
        'unterminated quoted field (a quote opens a field that never closes)',
        this.quotedFieldLine,
      );
    }
    if (this.state !== FIELD_START || this.values.length > 0) {
      this.endField();
      this.endRow(out);
    }
  }

  private openQuote(): void {
    this.state = QUOTED;
    this.quotedFieldLine = this.line;
    this.rowHasQuote = true;
  }

  /** Scans an unquoted field to its end; returns where scanning resumes. */
  private unquoted(text: string, from: number, start: number, out: CsvRow[]): number {
    const delimiter = this.delimiter;
    let index = from;
    let code = 0;
    for (; index < text.length; index += 1) {
      code = text.charCodeAt(index);
      if (code === delimiter || code === LF || code === CR) break;
    }
    if (index === text.length) {
      this.pending += text.slice(start);
      this.state = UNQUOTED;
      return index;
    }
    const value = this.pending + text.slice(start, index);
    if (value.length > this.limits.cell) throw this.cellTooLong(value);
    this.values.push(value);
    this.pending = '';
    this.state = FIELD_START;
    return code === delimiter ? index + 1 : this.endLine(text, index, out);
  }

  /** After a quote in a quoted field: a doubled quote, the field's end, or a stray character (an error). */
  private afterQuote(text: string, index: number, out: CsvRow[]): number {
    const code = text.charCodeAt(index);
    if (this.state === QUOTE_SEEN && code === QUOTE) {
      this.pending += '"';
      this.state = QUOTED;
      return index + 1;
    }
    this.state = AFTER_QUOTED;
    if (code === this.delimiter || code === LF || code === CR) {
      this.endField();
      return code === this.delimiter ? index + 1 : this.endLine(text, index, out);
    }
    if (code === SPACE || code === TAB) return index + 1;
    const message = `unexpected ${JSON.stringify(text[index])} after the closing quote of field ${this.values.length + 1}; a quote inside a quoted field must be doubled ("")`;
    throw csvError(this.path, message, this.line);
  }

  private endField(): void {
    if (this.pending.length > this.limits.cell) throw this.cellTooLong(this.pending);
    this.values.push(this.pending);
    this.pending = '';
    this.state = FIELD_START;
  }

  /** At a line break outside quotes: ends the record and the line. */
  private endLine(text: string, index: number, out: CsvRow[]): number {
    if (this.offset + index - this.rowStart > this.limits.line || this.values.length > this.limits.fields)
      throw this.lineTooLong();
    this.endRow(out);
    const next = this.lineBreak(text, index);
    this.rowLine = this.line;
    this.rowStart = this.offset + next;
    return next;
  }

  private endRow(out: CsvRow[]): void {
    const values = this.values;
    const blank = values.length === 1 && !this.rowHasQuote && (values[0] ?? '').trim() === '';
    if (!blank) out.push({ line: this.rowLine, values });
    if (!blank) this.firstRecord ??= values;
    this.values = [];
    this.rowHasQuote = false;
    this.state = FIELD_START;
  }

  /** Counts the line break at `index` (CRLF as one, even when a chunk boundary splits it); returns what follows. */
  private lineBreak(text: string, index: number): number {
    this.line += 1;
    if (text.charCodeAt(index) !== CR) return index + 1;
    if (index + 1 === text.length) this.carriageReturnAtEnd = true;
    else if (text.charCodeAt(index + 1) === LF) return index + 2;
    return index + 1;
  }

  private lineTooLong(): DomainError {
    const start = excerpt(this.recordStart());
    const what =
      this.values.length > this.limits.fields
        ? `has more than ${this.limits.fields} fields`
        : `is longer than ${sizeText(this.limits.line)}`;
    const message = `the line ${what} (it starts ${start}); raise --max-line-bytes if this is expected`;
    return csvError(this.path, message, this.rowLine);
  }

  /** The start of the record read so far, for a message: its first fields as written, joined. */
  private recordStart(): string {
    let text = '';
    for (let index = 0; index <= this.values.length && text.length <= 40; index += 1) {
      const value = index < this.values.length ? (this.values[index] as string) : this.pending;
      text += (index === 0 ? '' : String.fromCharCode(this.delimiter)) + value.slice(0, 50);
    }
    return text;
  }

  /** A field over the limit, named by its line and its column's position (and name, from the first record). */
  private cellTooLong(value: string): DomainError {
    const column = this.values.length + 1;
    const name = this.firstRecord?.[column - 1]?.trim();
    const where = `${this.path} line ${this.rowLine} column ${column}${name ? ` (${excerpt(name)})` : ''}`;
    const message = `the value is longer than ${sizeText(this.limits.cell)} (it starts ${excerpt(value)}); raise --max-cell-bytes if this is expected`;
    return new DomainError('invalid_input', `${where}: ${message}`, {
      issues: [{ path: [this.path, this.rowLine, column], message }],
    });
  }

  private countLineBreaks(text: string, from: number, to: number): void {
    for (let index = from; index < to; index += 1) {
      const code = text.charCodeAt(index);
      if (code === CR || code === LF) index = this.lineBreak(text, index) - 1;
    }
  }
}
