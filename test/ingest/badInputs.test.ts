import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Application } from '../../src/app.js';
import { DomainError } from '../../src/core/errors.js';
import { BUILT_IN_PROFILES } from '../../src/core/importing/profiles/index.js';
import type { ImportProfile } from '../../src/core/importing/types.js';
import { parseCount } from '../../src/core/importing/values.js';
import { excerpt, sizeText } from '../../src/csv/messageText.js';
import { importFile, type ImportOptions } from '../../src/ingest/importFile.js';
import { JsonArraySplitter } from '../../src/ingest/readers/json/arraySplitter.js';
import { parseByteSize, type ReadLimits } from '../../src/ingest/readers/limits.js';
import { openTable, type TableOptions } from '../../src/ingest/readers/table.js';
import { adminApi } from '../helpers/access.js';
import { factsOf } from '../helpers/facts.js';
import { DIALECTS, freshApplication } from '../helpers/stores.js';
import { BAD_INPUTS, HEADER, ROW, writeBadInputs } from './badInputFiles.js';
import { writeXlsx } from './readers/xlsxWriter.js';

/**
 * Bad input files are refused with one short message that names the file (and the line, row, element or cell),
 * quotes at most a short printable excerpt, and leaves nothing behind: no source, no import in the ledger, no
 * fact. Through the real importer on SQLite and PostgreSQL, and over HTTP with a 400.
 */

const folder = mkdtempSync(join(tmpdir(), 'custodia-bad-inputs-'));
let paths = new Map<string, string>();
beforeAll(() => {
  paths = writeBadInputs(folder);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const FRONTEX = BUILT_IN_PROFILES.get('frontex-returns') as ImportProfile;

function pathOf(name: string): string {
  const path = paths.get(name);
  if (path === undefined) throw new Error(`no bad input ${name}`);
  return path;
}

function small(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

/** One line a person reads whole: short, printable, never the bad value itself. */
function expectShortAndPrintable(message: string): void {
  expect(message.length).toBeLessThan(400);
  // eslint-disable-next-line no-control-regex -- no NUL, escape or other control character may reach a terminal
  expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
  expect(message).not.toMatch(/(.)\1{60}/);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectNothingWritten(application: Application): Promise<void> {
  expect(await application.store.listImports({ limit: 10 })).toEqual([]);
  expect(await application.store.count('source')).toBe(0);
  expect([...(await factsOf(application)).keys()]).toEqual([]);
}

describe.each(DIALECTS)('bad input files through importFile on %s', (dialect) => {
  let application: Application;
  const run = (path: string, options: Partial<ImportOptions> = {}) =>
    importFile(application.context(CLI_ACTOR), path, { profile: FRONTEX, currentYear: 2025, ...options });

  beforeAll(async () => {
    application = await freshApplication(dialect);
  });
  afterAll(() => application.close());

  it.each(BAD_INPUTS.map((input) => [input.name, input] as const))(
    'refuses %s with a short message naming it, writing nothing',
    async (name, input) => {
      const error = await refusal(run(pathOf(name)));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(new RegExp(`${escaped(name)}${input.refusal.source}`));
      expectShortAndPrintable(error.message);
      await expectNothingWritten(application);
    },
  );

  it('takes each limit from the options, naming the flag that raises it', async () => {
    const cell = small('short-cell.csv', `${HEADER}RO-1,2013-01-24,Germany,Serbia,${'7'.repeat(2000)}\n`);
    expect((await refusal(run(cell, { maxCellBytes: 1000 }))).message).toMatch(
      /short-cell\.csv line 2 column 5 \("N_RETURNEES"\): the value is longer than 1000 bytes \(it starts "7{40}"…\); raise --max-cell-bytes/,
    );
    const line = small('short-line.csv', `${HEADER}RO-1,2013-01-24,Germany,Serbia,1${',x'.repeat(600)}\n`);
    expect((await refusal(run(line, { maxLineBytes: 1000 }))).message).toMatch(
      /short-line\.csv line 2: the line is longer than 1000 bytes .*--max-line-bytes/,
    );
    const gzipped = small('small.csv.gz', gzipSync(HEADER + ROW.repeat(5000)));
    expect((await refusal(run(gzipped, { maxDecompressedBytes: 100_000 }))).message).toMatch(
      /small\.csv\.gz: the file decompresses to more than 97\.7 KiB; raise --max-decompressed/,
    );
    await expectNothingWritten(application);
  });

  it('keeps the return of a count of 400 digits as one of unknown size: no count, nor Infinity', async () => {
    const digits = small(
      `digits-${dialect}.csv`,
      `${HEADER}RO-1,2013-01-24T00:00:00Z,Germany,Serbia,${'9'.repeat(400)}\n`,
    );
    const result = await run(digits);
    expect(result.state).toMatchObject({ status: 'completed', counts: { rows: 1, rejected: 0, mapped: 1 } });
    const problems = await application.store.importProblems(result.state.id, { limit: 10 });
    expect(problems.map((problem) => [problem.row, problem.column, problem.reason])).toEqual([
      [2, 'N_RETURNEES', 'not a count: 400 digits: the event is kept, its size unknown'],
    ]);
    for await (const page of application.store.scan('reportedCount', 10))
      expect(page.map((count) => count.data.count)).toEqual([null]);
  });
});

describe.each(DIALECTS)('bad input files over HTTP on %s', (dialect) => {
  let application: Application;

  beforeAll(async () => {
    application = await freshApplication(dialect);
  });
  afterAll(() => application.close());

  async function upload(name: string, content: Buffer, options: { readLimits?: Partial<ReadLimits> } = {}) {
    const { api } = await adminApi(application, await application.api({ readLimits: options.readLimits }));
    try {
      const response = await api.inject({
        method: 'POST',
        url: `/api/imports?profile=frontex-returns&fileName=${name}`,
        payload: content,
        headers: { 'content-type': 'application/octet-stream' },
      });
      return { status: response.statusCode, error: (response.json() as { error: DomainError }).error };
    } finally {
      await api.close();
    }
  }

  it.each(['header-only.csv', 'image.csv', 'zeros.csv.gz', 'cell.csv'])(
    'answers 400 to %s, naming it as its sender did, and records nothing',
    async (name) => {
      const answer = await upload(name, readFileSync(pathOf(name)));
      expect(answer.status).toBe(400);
      expect(answer.error.code).toBe('invalid_input');
      const input = BAD_INPUTS.find((candidate) => candidate.name === name);
      expect(answer.error.message).toMatch(new RegExp(`^${escaped(name)}${input?.refusal.source}`));
      expectShortAndPrintable(answer.error.message);
      await expectNothingWritten(application);
    },
  );

  it("holds uploads to the server's read limits (custodia serve --max-cell-bytes)", async () => {
    const content = Buffer.from(`${HEADER}RO-1,2013-01-24,Germany,Serbia,${'7'.repeat(500)}\n`);
    const answer = await upload('long-cell.csv', content, { readLimits: { maxCellBytes: 100 } });
    expect(answer.status).toBe(400);
    expect(answer.error.message).toMatch(/^long-cell\.csv line 2 column 5 .*longer than 100 bytes/);
    await expectNothingWritten(application);
  });
});

describe('the readers hold every value to the limits', () => {
  const read = async (path: string, options: TableOptions) => {
    const table = await openTable(path, options);
    try {
      for await (const row of table.rows) void row;
    } finally {
      await table.close();
    }
  };

  it('refuses an XLSX cell, inline string or number, longer than the cell limit, naming its cell', async () => {
    const header = HEADER.trim().split(',');
    const inline = small(
      'inline.xlsx',
      writeXlsx([{ name: 'S', rows: [header, ['a', 'b', 'c', 'd', { inline: 'x'.repeat(3000) }]] }]),
    );
    expect((await refusal(read(inline, { maxCellBytes: 1000 }))).message).toMatch(
      /inline\.xlsx sheet "S" row 2 cell E2: the value is longer than 1000 bytes \(it starts "x{40}"…\)/,
    );
    const number = small(
      'number.xlsx',
      writeXlsx([
        {
          name: 'S',
          rows: [header, ['a', 'b', 'c', 'd', { raw: `<c r="E2"><v>${'1'.repeat(3000)}</v></c>` }]],
        },
      ]),
    );
    expect((await refusal(read(number, { maxCellBytes: 1000 }))).message).toMatch(
      /number\.xlsx sheet "S" row 2 cell E2: .*longer than 1000 bytes/,
    );
  });

  it('splits JSON arrays alike wherever the chunks end, escapes and all, holding each element to the limit', () => {
    const objects = [
      { a: 'plain', b: [1, { c: '}' }] },
      { a: 'quote " and backslash \\', b: '\\\\"', c: '[{' },
      { a: '\\', b: '\\\\\\', c: '"\\"' },
      { a: 'é ✓ 😀', b: null },
    ];
    const splitAt = (text: string, sizes: (index: number) => number) => {
      const found: unknown[] = [];
      const splitter = new JsonArraySplitter((element) => found.push(JSON.parse(element)), 1000);
      for (let index = 0; index < text.length;) {
        const size = sizes(index);
        splitter.feed(text.slice(index, index + size));
        index += size;
      }
      splitter.finish();
      return found;
    };
    const text = JSON.stringify(objects);
    expect(splitAt(text, () => 1)).toEqual(objects);
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(
        splitAt(text, (index) => (index === 0 ? cut : text.length)),
        `cut at ${cut}`,
      ).toEqual(objects);
    }
    // An element of 1,001 characters is one too many, wherever the chunks cut it.
    const long = JSON.stringify([{ a: 1 }, { a: 'x'.repeat(1001 - 8) }]);
    for (const size of [1, 7, 100, long.length]) {
      expect(() => splitAt(long, () => size), `chunks of ${size}`).toThrow(
        /^the element is longer than 1000 bytes \(it starts "\{\\"a\\":\\"xxx/,
      );
    }
  });
});

describe('the pieces of a refusal', () => {
  it('reads sizes as people write them', () => {
    expect(
      ['8388608', '8M', '8MiB', '8mb', '16G', '1.5K', '2T', '100B'].map((text) => parseByteSize(text)),
    ).toEqual([
      8 * 1024 ** 2,
      8 * 1024 ** 2,
      8 * 1024 ** 2,
      8 * 1024 ** 2,
      16 * 1024 ** 3,
      1536,
      2 * 1024 ** 4,
      100,
    ]);
    expect(['', 'lots', '-1', '0', '8X', '1e9'].map((text) => parseByteSize(text))).toEqual(
      Array(6).fill(undefined),
    );
    expect([100, 102_400, 8 * 1024 ** 2, 16 * 1024 ** 3].map(sizeText)).toEqual([
      '100 bytes',
      '100 KiB',
      '8 MiB',
      '16 GiB',
    ]);
  });

  it('quotes at most 40 characters, escaping what a terminal would act on', () => {
    expect(excerpt('\u0000\u001b[31mred\u202e"\\')).toBe('"\\u0000\\u001b[31mred\\u202e\\"\\\\"');
    expect(excerpt('9'.repeat(1000))).toBe(`"${'9'.repeat(40)}"…`);
    expect(excerpt(`${'a'.repeat(39)}😀`)).toBe(`"${'a'.repeat(39)}"…`);
  });

  it('refuses counts of more than 12 digits, written in any way', () => {
    expect(parseCount('999999999999')).toEqual({ count: 999_999_999_999, qualifier: 'exact' });
    expect(parseCount('9'.repeat(400))).toEqual({ problem: 'not a count: 400 digits' });
    expect(parseCount(`about ${'1'.repeat(20)}`)).toEqual({ problem: 'not a count: 20 digits' });
    expect(parseCount('1,000,000,000,000,000')).toEqual({ problem: 'not a count: 16 digits' });
    expect(parseCount(`${'x'.repeat(100)}`)).toEqual({ problem: `${'x'.repeat(40)}…: not a count` });
  });
});
