import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import { type CsvRow, detectDelimiter, openCsv, openCsvBatches, readCsv } from '../../src/csv/csvReader.js';

// The reader parses 64 KiB chunks; tests that cross chunk boundaries build files around this size.
const CHUNK = 1 << 16;

let directory = '';
let fileNumber = 0;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'custodia-csv-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function fileWith(content: string | Buffer, name = `file${(fileNumber += 1)}.csv`): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
}

async function collect(rows: AsyncIterable<CsvRow>): Promise<CsvRow[]> {
  const collected: CsvRow[] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

async function open(content: string | Buffer, options = {}) {
  const file = await openCsv(await fileWith(content), options);
  return { ...file, all: await collect(file.rows) };
}

async function failureOf(work: () => Promise<unknown>): Promise<DomainError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

async function openFailure(content: string | Buffer, options = {}): Promise<DomainError> {
  const path = await fileWith(content);
  return failureOf(async () => collect((await openCsv(path, options)).rows));
}

describe('openCsv: records', () => {
  it('reads the header and the rows with their line numbers', async () => {
    const file = await open('id,name,dob\n1,Ana,1990\n2,Luis,1985\n');
    expect(file.header).toEqual(['id', 'name', 'dob']);
    expect(file.headerLine).toBe(1);
    expect(file.delimiter).toBe(',');
    expect(file.encoding).toBe('utf8');
    expect(file.all).toEqual([
      { line: 2, values: ['1', 'Ana', '1990'] },
      { line: 3, values: ['2', 'Luis', '1985'] },
    ]);
  });

  it('reads a last line without a line break', async () => {
    const file = await open('id,name\n1,Ana\n2,Luis');
    expect(file.all).toEqual([
      { line: 2, values: ['1', 'Ana'] },
      { line: 3, values: ['2', 'Luis'] },
    ]);
  });

  it('keeps values as written, spaces included, and empty values empty', async () => {
    const file = await open('a,b,c\n  x , ,\n,,\n');
    expect(file.all).toEqual([
      { line: 2, values: ['  x ', ' ', ''] },
      { line: 3, values: ['', '', ''] },
    ]);
  });

  it('keeps an empty last value after a delimiter at the end of the file', async () => {
    const file = await open('a,b\n1,');
    expect(file.all).toEqual([{ line: 2, values: ['1', ''] }]);
  });

  it('reads a file with only a header as having no rows', async () => {
    const file = await open('id,name\n');
    expect(file.header).toEqual(['id', 'name']);
    expect(file.all).toEqual([]);
  });

  it('trims header names', async () => {
    const file = await open(' id ,\tname\t,"date of birth" \n1,Ana,1990\n');
    expect(file.header).toEqual(['id', 'name', 'date of birth']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line endings', async (_name, end) => {
    const file = await open(['id,name', '1,Ana', '2,Luis', ''].join(end));
    expect(file.all).toEqual([
      { line: 2, values: ['1', 'Ana'] },
      { line: 3, values: ['2', 'Luis'] },
    ]);
  });

  it('reads mixed line endings, each counted as one line', async () => {
    const file = await open('id\r\n1\n2\r3\r\n4');
    expect(file.all.map((row) => [row.line, row.values[0]])).toEqual([
      [2, '1'],
      [3, '2'],
      [4, '3'],
      [5, '4'],
    ]);
  });

  it('skips blank and whitespace-only lines but counts them', async () => {
    const file = await open('\n\nid,name\n\n1,Ana\n   \n\r\n2,Luis\n\n\n');
    expect(file.headerLine).toBe(3);
    expect(file.all).toEqual([
      { line: 5, values: ['1', 'Ana'] },
      { line: 8, values: ['2', 'Luis'] },
    ]);
  });

  it('yields a line of only delimiters (it is not blank)', async () => {
    const file = await open('a,b\n,\n');
    expect(file.all).toEqual([{ line: 2, values: ['', ''] }]);
  });

  it('yields rows with more or fewer values than the header as they are', async () => {
    const file = await open('a,b,c\n1,2\n1,2,3,4\n1\n');
    expect(file.all).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['1', '2', '3', '4'] },
      { line: 4, values: ['1'] },
    ]);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const file = await open('\uFEFFid,name\n1,José\n');
    expect(file.header).toEqual(['id', 'name']);
    expect(file.all).toEqual([{ line: 2, values: ['1', 'José'] }]);
  });
});

describe('openCsv: quoted fields', () => {
  it('reads doubled quotes, delimiters and line breaks inside quotes', async () => {
    const file = await open('id,note\n1,"He said ""hola"", then left"\n2,"two\nlines"\n3,"a\r\nb"\n4,x\n');
    expect(file.all).toEqual([
      { line: 2, values: ['1', 'He said "hola", then left'] },
      { line: 3, values: ['2', 'two\nlines'] },
      { line: 5, values: ['3', 'a\r\nb'] },
      { line: 7, values: ['4', 'x'] },
    ]);
  });

  it('reads empty quoted fields and a line holding only one', async () => {
    const file = await open('a,b\n"",""\n""\n');
    expect(file.all).toEqual([
      { line: 2, values: ['', ''] },
      { line: 3, values: [''] },
    ]);
  });

  it('reads a quoted last field at the end of the file', async () => {
    const file = await open('a,b\n1,"x ""y"""');
    expect(file.all).toEqual([{ line: 2, values: ['1', 'x "y"'] }]);
  });

  it('allows spaces between a closing quote and the delimiter', async () => {
    const file = await open('a,b\n"x" ,"y"  \n');
    expect(file.all).toEqual([{ line: 2, values: ['x', 'y'] }]);
  });

  it('keeps a quote inside an unquoted field as a character', async () => {
    const file = await open('a,b\nO"Brien,5" tall\n');
    expect(file.all).toEqual([{ line: 2, values: ['O"Brien', '5" tall'] }]);
  });

  it('refuses an unterminated quoted field, naming the line where it starts', async () => {
    const error = await openFailure('id,note\n1,ok\n2,"never\nclosed\n3,x\n');
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/line 3: unterminated quoted field/);
    expect(error.details.issues).toEqual([
      {
        path: [expect.stringMatching(/\.csv$/), 3],
        message: expect.stringMatching(/^unterminated quoted field/),
      },
    ]);
  });

  it('does not take a quote after spaces as opening a quoted field (RFC 4180)', async () => {
    const file = await open('a,b,c\n1, "x, y"\n');
    expect(file.all).toEqual([{ line: 2, values: ['1', ' "x', ' y"'] }]);
  });

  it('refuses text after a closing quote, naming the line and the field', async () => {
    const error = await openFailure('a,b\n1,2\n3,"He said "hi" to me"\n');
    expect(error.message).toMatch(
      /line 3: unexpected "h" after the closing quote of field 2; a quote inside a quoted field must be doubled/,
    );
  });

  it('closes the file when a bad record stops the reading', async () => {
    const path = await fileWith(`a\n${'1\n'.repeat(CHUNK)}"bad"x\n`);
    const file = await openCsv(path);
    await expect(collect(file.rows)).rejects.toThrow(`line ${CHUNK + 2}: unexpected "x"`);
    await expect(file.rows[Symbol.asyncIterator]().next()).resolves.toEqual({ value: undefined, done: true });
  });
});

describe('openCsv: delimiters', () => {
  it.each([
    ['semicolon', 'id;name;dob\n1;Ana;1990\n', ';'],
    ['tab', 'id\tname\tdob\n1\tAna\t1990\n', '\t'],
    ['pipe', 'id|name|dob\n1|Ana|1990\n', '|'],
    ['comma', 'id,name,dob\n1,Ana,1990\n', ','],
  ])('detects the %s from the header', async (_name, content, delimiter) => {
    const file = await open(content);
    expect(file.delimiter).toBe(delimiter);
    expect(file.header).toEqual(['id', 'name', 'dob']);
    expect(file.all).toEqual([{ line: 2, values: ['1', 'Ana', '1990'] }]);
  });

  it('counts only delimiters outside quotes', async () => {
    const file = await open('"a;b;c",d,e\n1,2,3\n');
    expect(file.delimiter).toBe(',');
    expect(file.header).toEqual(['a;b;c', 'd', 'e']);
  });

  it('looks only at the header line', async () => {
    const file = await open('id;name\n1;"Pérez, Ana, de la"\n');
    expect(file.delimiter).toBe(';');
  });

  it('uses a comma for a one-column file', async () => {
    const file = await open('name\nAna\n');
    expect(file.delimiter).toBe(',');
    expect(file.all).toEqual([{ line: 2, values: ['Ana'] }]);
  });

  it('uses the delimiter it is given', async () => {
    const file = await open('id;name,x\n1;Ana,y\n', { delimiter: ';' });
    expect(file.header).toEqual(['id', 'name,x']);
    expect(file.all).toEqual([{ line: 2, values: ['1', 'Ana,y'] }]);
  });

  it.each([[''], [';;'], ['"'], ['\n']])('refuses the delimiter %j', async (delimiter) => {
    const error = await openFailure('a,b\n', { delimiter });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/the delimiter must be one character/);
    expect(error.details.issues?.[0]?.path).toEqual(['delimiter']);
  });

  it('detectDelimiter breaks ties in the order comma, semicolon, tab, pipe', () => {
    expect(detectDelimiter('a,b;c')).toBe(',');
    expect(detectDelimiter('a;b\tc')).toBe(';');
    expect(detectDelimiter('a|b\tc')).toBe('\t');
    expect(detectDelimiter('a;b;c,d\n1,2,3,4,5,6')).toBe(';');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('openCsv: header problems', () => {
  it('refuses repeated names, naming them and their columns', async () => {
    const error = await openFailure('id,name,dob,name\n1,a,b,c\n');
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/line 1: the column name "name" is repeated \(columns 2 and 4\)/);
    expect(error.details.issues).toEqual([
      { path: [expect.any(String), 1, 4], message: 'the column name "name" is repeated (columns 2 and 4)' },
    ]);
  });

  it('sees names that differ only in surrounding spaces as repeated', async () => {
    const error = await openFailure('id, id\n');
    expect(error.message).toMatch(/"id" is repeated \(columns 1 and 2\)/);
  });

  it('refuses empty names, every one of them at once', async () => {
    const error = await openFailure('id,,name, \n');
    expect(error.message).toMatch(/column 2 of the header has no name; column 4 of the header has no name/);
    expect(error.details.issues).toHaveLength(2);
  });

  it('suggests a trailing delimiter when the last name is empty', async () => {
    const error = await openFailure('id;name;\n1;Ana;\n');
    expect(error.message).toMatch(/column 3 of the header has no name \(is there a delimiter at the end/);
  });

  it('refuses an empty file and a file of blank lines', async () => {
    for (const content of ['', '\n\n  \r\n', '\uFEFF']) {
      const error = await openFailure(content);
      expect(error.message).toMatch(/: the file is empty: there is no header line$/);
    }
  });
});

describe('openCsv: files that cannot be read', () => {
  it('says when there is no such file', async () => {
    const path = join(directory, 'missing.csv');
    const error = await failureOf(() => openCsv(path));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(`${path}: cannot read the file: no such file`);
    expect(error.details.issues).toEqual([{ path: [path], message: 'cannot read the file: no such file' }]);
  });

  it('says when the path is a directory', async () => {
    const path = join(directory, 'a-directory.csv');
    await mkdir(path);
    const error = await failureOf(() => openCsv(path));
    expect(error.message).toBe(`${path}: cannot read the file: it is a directory`);
  });

  it('names the file as it was given', async () => {
    await fileWith('id,id\n', 'people.csv');
    const error = await failureOf(() => openCsv(join(directory, 'people.csv')));
    expect(error.message).toMatch(/\/people\.csv line 1: /);
  });
});

describe('openCsv: encodings', () => {
  it('reads UTF-8 accents', async () => {
    const file = await open('nombre\nJosé Núñez\nFrançois\n');
    expect(file.encoding).toBe('utf8');
    expect(file.all.map((row) => row.values[0])).toEqual(['José Núñez', 'François']);
  });

  it('falls back to Latin-1 (Windows-1252) when the bytes are not UTF-8', async () => {
    const bytes = Buffer.from('nombre;importe\nJos\xe9 N\xfa\xf1ez;\x80 5\n', 'latin1');
    const file = await open(bytes);
    expect(file.encoding).toBe('latin1');
    expect(file.delimiter).toBe(';');
    expect(file.all).toEqual([{ line: 2, values: ['José Núñez', '€ 5'] }]);
  });

  it('falls back to Latin-1 when the only non-UTF-8 byte is far into a large file', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => `${index},Ana`);
    const bytes = Buffer.concat([
      Buffer.from(`id,name\n${rows.join('\n')}\n`),
      Buffer.from('30000,Jos\xe9\n', 'latin1'),
    ]);
    expect(bytes.length).toBeGreaterThan(3 * CHUNK);
    const file = await open(bytes);
    expect(file.encoding).toBe('latin1');
    expect(file.all.at(-1)).toEqual({ line: 30_002, values: ['30000', 'José'] });
  });

  it('falls back to Latin-1 when the file ends inside a UTF-8 sequence', async () => {
    const file = await open(Buffer.concat([Buffer.from('a\nb'), Buffer.from([0xc3])]));
    expect(file.encoding).toBe('latin1');
    expect(file.all).toEqual([{ line: 2, values: ['bÃ'] }]);
  });

  it('reads a UTF-8 character cut by a chunk boundary as UTF-8', async () => {
    for (const offset of [1, 2, 3]) {
      const filler = 'x'.repeat(CHUNK - 'name\n'.length - offset);
      const file = await open(`name\n${filler}😀ñ\n`);
      expect(file.encoding).toBe('utf8');
      expect(file.all).toEqual([{ line: 2, values: [`${filler}😀ñ`] }]);
    }
  });

  it('uses the encoding it is given', async () => {
    const file = await open('nombre\nJosé\n', { encoding: 'latin1' });
    expect(file.encoding).toBe('latin1');
    expect(file.all).toEqual([{ line: 2, values: ['JosÃ©'] }]);
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is asked for', async () => {
    const bytes = Buffer.from('nombre\nJos\xe9\n', 'latin1');
    const error = await openFailure(bytes, { encoding: 'utf8' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(
      /line 1: bytes after line 1 are not valid UTF-8; .* give the encoding latin1/,
    );
  });
});

describe('openCsv: chunk boundaries', () => {
  it.each([
    ['CRLF', 'a\r', '\nb', [['a'], ['b']], 4],
    ['a doubled quote', '"x"', '"y"', [['x"y']], 3],
    ['a closing quote', '"x"', ',y', [['x', 'y']], 3],
    ['a quoted line break', '"x\r', '\ny"', [['x\r\ny']], 4],
  ])('reads %s cut by a chunk boundary', async (_name, before, after, values, lastLine) => {
    const prefix = 'h1,h2\n';
    const filler = 'f'.repeat(CHUNK - prefix.length - before.length - 1);
    const content = `${prefix}${filler},${before}${after}\nlast,row\n`;
    expect(Buffer.byteLength(`${prefix}${filler},${before}`)).toBe(CHUNK);
    const file = await open(content);
    const [first, ...others] = values;
    expect(file.all).toEqual([
      { line: 2, values: [filler, ...(first ?? [])] },
      ...others.map((rest, index) => ({ line: 3 + index, values: rest })),
      { line: lastLine, values: ['last', 'row'] },
    ]);
  });

  it('reads back any values written with RFC 4180 quoting, across many chunks', async () => {
    const { content, rows } = randomFile(12_000, 12345);
    expect(Buffer.byteLength(content)).toBeGreaterThan(4 * CHUNK);
    for (const ending of ['\n', '\r\n']) {
      const file = await open(content.replaceAll('\n', ending));
      const expected = rows.map((row) => ({
        ...row,
        values: row.values.map((v) => v.replaceAll('\n', ending)),
      }));
      expect(file.all).toEqual(expected);
    }
  });
});

describe('readCsv and closing', () => {
  it('yields every record, the header first, unchecked', async () => {
    const path = await fileWith('\nid,id\n1,2\n');
    expect(await collect(readCsv(path))).toEqual([
      { line: 2, values: ['id', 'id'] },
      { line: 3, values: ['1', '2'] },
    ]);
    expect(await collect(readCsv(path))).toHaveLength(2);
  });

  it('reports a missing file when iterated', async () => {
    await expect(collect(readCsv(join(directory, 'nope.csv')))).rejects.toThrow(
      /cannot read the file: no such file/,
    );
  });

  it('stops cleanly when the consumer breaks early', async () => {
    const path = await fileWith(`id\n${Array.from({ length: 50_000 }, (_, index) => index).join('\n')}\n`);
    const file = await openCsv(path);
    let seen = 0;
    for await (const row of file.rows) {
      seen += 1;
      if (row.values[0] === '9') break;
    }
    expect(seen).toBe(10);
    await expect(file.rows[Symbol.asyncIterator]().next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('can be closed without reading the rows', async () => {
    const file = await openCsv(await fileWith('id\n1\n'));
    await file.close();
    expect(await collect(file.rows)).toEqual([]);
  });
});

describe('byte sources and batches', () => {
  it('reads the bytes a source gives instead of the file, detecting delimiter and encoding from them', async () => {
    const bytes = Buffer.from('\ufeffnombre;país\nJosé;Perú\n', 'utf8');
    let calls = 0;
    const source = async function* (): AsyncGenerator<Buffer> {
      calls += 1;
      for (let index = 0; index < bytes.length; index += 3) yield bytes.subarray(index, index + 3);
    };
    const file = await openCsv('/not/read/export.csv', { bytes: source });
    expect(file).toMatchObject({ delimiter: ';', encoding: 'utf8', header: ['nombre', 'país'] });
    expect(await collect(file.rows)).toEqual([{ line: 2, values: ['José', 'Perú'] }]);
    expect(calls).toBe(2);
  });

  it("names the file in errors from the bytes, and passes on the source's own errors", async () => {
    const bad = async function* (): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n1,"x"y\n');
    };
    await expect(collect(readCsv('/virtual/data.csv', { bytes: bad }))).rejects.toThrow(
      /^\/virtual\/data\.csv line 2: unexpected "y"/,
    );
    const failing = async function* (): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n');
      throw new DomainError('invalid_input', 'data.csv.gz: the gzip data ends too early');
    };
    await expect(collect(readCsv('/virtual/data.csv', { bytes: failing }))).rejects.toThrow(
      'data.csv.gz: the gzip data ends too early',
    );
  });

  it('hands out every record in batches, after settling delimiter and encoding', async () => {
    const content = `id\tname\n${Array.from({ length: 20_000 }, (_, index) => `${index}\tnombre ${index}`).join('\n')}\n`;
    const batches = await openCsvBatches(await fileWith(content));
    expect(batches).toMatchObject({ delimiter: '\t', encoding: 'utf8' });
    const rows: CsvRow[] = [];
    let count = 0;
    for (let batch = await batches.next(); batch; batch = await batches.next()) {
      expect(batch.length).toBeGreaterThan(0);
      rows.push(...batch);
      count += 1;
    }
    expect(count).toBeGreaterThan(1);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toEqual({ line: 20_001, values: ['19999', 'nombre 19999'] });
    expect(await batches.next()).toBeUndefined();
  });

  it('closes when told, and reports a malformed record from a batch', async () => {
    const batches = await openCsvBatches(await fileWith(`a\n${'1\n'.repeat(50_000)}`));
    expect(await batches.next()).toBeDefined();
    await batches.close();
    expect(await batches.next()).toBeUndefined();
    const bad = await openCsvBatches(await fileWith('a,b\n1,"x\n'));
    expect(await bad.next()).toEqual([{ line: 1, values: ['a', 'b'] }]);
    await expect(bad.next()).rejects.toThrow(/line 2: unterminated quoted field/);
  });
});

/** A file of random values (delimiters, quotes, line breaks, accents) and the records it must read back as. */
function randomFile(count: number, seed: number): { content: string; rows: CsvRow[] } {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pieces = ['a', 'José', ',', '"', '\n', ' ', 'ñ', '😀', 'xyz', ';'];
  const value = (): string =>
    Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(
      '',
    );
  const quote = (text: string): string =>
    /[",\n]/.test(text) || text.trim() === '' ? `"${text.replaceAll('"', '""')}"` : text;
  let line = 2;
  let content = 'c1,c2,c3,c4\n';
  const rows: CsvRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const values = [value(), value(), value(), value()];
    rows.push({ line, values });
    content += `${values.map(quote).join(',')}\n`;
    line += values.join('').split('\n').length;
  }
  return { content, rows };
}
