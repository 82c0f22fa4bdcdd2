import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/ingest/readers/table.js';
import {
  collect,
  gzip,
  openDescriptors,
  readFailure,
  readTable,
  temporaryFiles,
  valuesOf,
} from './helpers.js';

const files = temporaryFiles();

// Objects big enough that a file of them crosses many 64 KiB chunks, with brackets, braces and escaped quotes
// inside strings to mislead a scanner that does not skip strings.
function tricky(index: number): Record<string, unknown> {
  return {
    id: index,
    name: `Ana "la }] {[ grande" \\ ${index}`,
    tags: ['a', { nested: [index, null] }],
    note: 'x'.repeat(index % 300),
  };
}

describe('openTable: JSON', () => {
  it('yields each object of a top-level array as a data row numbered by its position', async () => {
    const content = JSON.stringify([
      { id: 1, name: 'Ana', active: true, score: 6500, ratio: 0.25, missing: null },
      { id: 2, name: ' Luis ', active: false, nested: { a: [1, 'b'] } },
    ]);
    const table = await readTable(await files.write('people.json', content));
    expect(table).toMatchObject({ format: 'json', compressed: false, encoding: 'utf8', sheets: [null] });
    expect(table.all.map((row) => [row.sheet, row.row])).toEqual([
      [null, 1],
      [null, 2],
    ]);
    expect(valuesOf(table.all)).toEqual([
      ['1', 'Ana', 'true', '6500', '0.25', ''],
      ['2', ' Luis ', 'false', '', '', '', '{"a":[1,"b"]}'],
    ]);
    expect(table.header?.()).toEqual(['id', 'name', 'active', 'score', 'ratio', 'missing', 'nested']);
    expect(table.all[1]?.object).toEqual({ id: 2, name: ' Luis ', active: false, nested: { a: [1, 'b'] } });
  });

  it('grows the header as later objects bring new keys, in order of first appearance', async () => {
    const content = '[{"b":1,"a":2},\n {"c":3},\n {"a":4,"d":5,"b":6}]';
    const table = await openTable(await files.write('growing.json', content));
    const labelled: Array<Record<string, string>> = [];
    for await (const row of table.rows) {
      // The header read after a row names its values by position (it may already know later rows' keys).
      const header = table.header?.() ?? [];
      expect(header.length).toBeGreaterThanOrEqual(row.values.length);
      labelled.push(Object.fromEntries(row.values.map((value, index) => [header[index], value])));
    }
    expect(table.header?.()).toEqual(['b', 'a', 'c', 'd']);
    expect(labelled).toEqual([
      { b: '1', a: '2' },
      { b: '', a: '', c: '3' },
      { b: '6', a: '4', c: '', d: '5' },
    ]);
  });

  it('finds the rows in the first property of a wrapper object that holds an array of objects', async () => {
    const content = JSON.stringify({
      meta: { count: 2, fields: ['id', 'name'], note: 'rows: [{"fake":1}]' },
      errors: [],
      codes: [1, 2, 3],
      data: [
        { id: 1, name: 'Ana' },
        { id: 2, name: 'Luis' },
      ],
      rows: [{ id: 3 }],
    });
    const table = await readTable(await files.write('wrapped.json', content));
    expect(valuesOf(table.all)).toEqual([
      ['1', 'Ana'],
      ['2', 'Luis'],
    ]);
    expect(table.all.map((row) => row.row)).toEqual([1, 2]);
  });

  it('reads an empty array, and a wrapper whose only array is empty, as no rows', async () => {
    expect((await readTable(await files.write('empty.json', ' [ ] '))).all).toEqual([]);
    expect((await readTable(await files.write('empty-data.json', '{"total":0,"data":[]}'))).all).toEqual([]);
  });

  it('streams large files whose objects cross chunk boundaries, with tricky strings', async () => {
    const objects = Array.from({ length: 3000 }, (_, index) => tricky(index));
    const path = await files.write(
      'large.json',
      `\ufeff[\n${objects.map((object) => JSON.stringify(object, null, 2)).join(',\n')}\n]\n`,
    );
    const table = await readTable(path);
    expect(table.all).toHaveLength(3000);
    expect(table.all.map((row) => row.object)).toEqual(objects);
    expect(table.all[2999]?.values).toEqual([
      '2999',
      'Ana "la }] {[ grande" \\ 2999',
      '["a",{"nested":[2999,null]}]',
      'x'.repeat(2999 % 300),
    ]);
    expect(table.all[2999]?.row).toBe(3000);
  });

  it('reads gzipped JSON', async () => {
    const objects = Array.from({ length: 2000 }, (_, index) => tricky(index));
    const table = await readTable(
      await files.write('large.json.gz', gzip(JSON.stringify({ results: objects }))),
    );
    expect(table.compressed).toBe(true);
    expect(table.all.map((row) => row.object)).toEqual(objects);
  });

  it('names the element that is not an object', async () => {
    const error = await readFailure(await files.write('mixed.json', '[{"a":1},{"a":2},["x"],{"a":3}]'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/mixed\.json element 3: the element is an array, not an object/);
    expect(error.details.issues).toEqual([
      { path: [expect.stringMatching(/mixed\.json$/), 3], message: 'the element is an array, not an object' },
    ]);
    const scalar = await readFailure(await files.write('scalars.json', '[1, 2]'));
    expect(scalar.message).toMatch(/element 1: the element is a number, not an object/);
  });

  it('names the element that is not valid JSON, and the place after an element that is', async () => {
    const bad = await readFailure(await files.write('bad-element.json', '[{"a":1},\n{"a":tru}]'));
    expect(bad.message).toMatch(/bad-element\.json element 2: not valid JSON/);
    const missingComma = await readFailure(await files.write('no-comma.json', '[{"a":1} {"a":2}]'));
    expect(missingComma.message).toMatch(/element 1: expected "," or "]" after this element, found "\{/);
  });

  it('refuses files that hold no array of objects, saying what they hold', async () => {
    const object = await readFailure(await files.write('object.json', '{"count": 3, "names": ["a"]}'));
    expect(object.message).toMatch(
      /object\.json: the top-level object has no property holding an array of objects; its properties are "count", "names"/,
    );
    const text = await readFailure(await files.write('text.json', '"hello"'));
    expect(text.message).toMatch(/should hold a JSON array of objects, but it starts with "\\"hello\\""/);
    const empty = await readFailure(await files.write('nothing.json', '  \n'));
    expect(empty.message).toMatch(/nothing\.json: the file is empty/);
  });

  it('reports a file cut off inside an element, or before the array closes', async () => {
    const inside = await readFailure(await files.write('cut.json', '[{"a":1},{"a":"unfinished'));
    expect(inside.message).toMatch(
      /cut\.json element 2: the file ends inside this element \(is it truncated\?\)/,
    );
    const open = await readFailure(await files.write('open.json', '[{"a":1},'));
    expect(open.message).toMatch(/open\.json element 1: the file ends before the array is closed/);
    const content = JSON.stringify(Array.from({ length: 3000 }, (_, index) => tricky(index)));
    const whole = gzip(content);
    const truncated = await readFailure(
      await files.write('cut.json.gz', whole.subarray(0, whole.length - 100)),
    );
    expect(truncated.message).toMatch(/cut\.json\.gz: cannot read the file: the gzip data ends too early/);
  });

  it('refuses text after the array', async () => {
    const error = await readFailure(await files.write('after.json', '[{"a":1}] {"b":2}'));
    expect(error.message).toMatch(/after\.json: unexpected "\{\\"b\\":2\}" after the end of the array/);
  });

  it('reads Latin-1 when told, and names the element where UTF-8 fails', async () => {
    const bytes = Buffer.from('[{"name":"José"}]', 'latin1');
    const latin = await readTable(await files.write('latin.json', bytes), { encoding: 'latin1' });
    expect(latin.encoding).toBe('latin1');
    expect(latin.all[0]?.values).toEqual(['José']);
    const error = await readFailure(await files.write('latin-unsaid.json', bytes));
    expect(error.message).toMatch(/element 1: bytes here are not valid UTF-8; .* give the encoding latin1/);
  });
});

describe('openTable: NDJSON', () => {
  it('yields one row per line, numbered by line, skipping blank lines', async () => {
    const content = '{"id":1,"name":"Ana"}\n\n  \r\n{"id":2,"tags":["a"],"extra":null}\r\n{"name":"Eva"}';
    const table = await readTable(await files.write('people.ndjson', content));
    expect(table).toMatchObject({ format: 'ndjson', compressed: false, sheets: [null] });
    expect(table.all.map((row) => [row.row, row.values])).toEqual([
      [1, ['1', 'Ana']],
      [4, ['2', '', '["a"]', '']],
      [5, ['', 'Eva', '', '']],
    ]);
    expect(table.header?.()).toEqual(['id', 'name', 'tags', 'extra']);
    expect(table.all[1]?.object).toEqual({ id: 2, tags: ['a'], extra: null });
  });

  it('reads .jsonl and gzipped files across chunk boundaries', async () => {
    const objects = Array.from({ length: 4000 }, (_, index) => tricky(index));
    const content = objects.map((object) => JSON.stringify(object)).join('\n') + '\n';
    const plain = await readTable(await files.write('many.jsonl', content));
    expect(plain.format).toBe('ndjson');
    expect(plain.all.map((row) => row.object)).toEqual(objects);
    const compressed = await readTable(await files.write('many.ndjson.gz', gzip(content)));
    expect(compressed.compressed).toBe(true);
    expect(compressed.all.map((row) => row.row)).toEqual(objects.map((_, index) => index + 1));
  });

  it('names the line that is not JSON, or not an object', async () => {
    const bad = await readFailure(await files.write('bad.ndjson', '{"a":1}\n\n{"a":\n{"a":3}\n'));
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toMatch(/bad\.ndjson line 3: not valid JSON/);
    expect(bad.details.issues?.[0]?.path).toEqual([expect.stringMatching(/bad\.ndjson$/), 3]);
    const array = await readFailure(await files.write('array.ndjson', '{"a":1}\n[1,2]\n'));
    expect(array.message).toMatch(/array\.ndjson line 2: the line holds an array, not a JSON object/);
    const scalar = await readFailure(await files.write('null.ndjson', 'null\n'));
    expect(scalar.message).toMatch(/line 1: the line holds null, not a JSON object/);
  });

  it('names the line whose bytes are not UTF-8', async () => {
    const lines = Array.from({ length: 3000 }, (_, index) => `{"n":${index},"pad":"${'x'.repeat(40)}"}`);
    const bytes = Buffer.from(lines.join('\n'), 'utf8');
    const at = bytes.indexOf('"n":2500');
    bytes[at + 10] = 0xe9;
    const error = await readFailure(await files.write('bad-bytes.ndjson', bytes));
    expect(error.message).toMatch(/bad-bytes\.ndjson line 2501: bytes here are not valid UTF-8/);
  });
});

describe('openTable: JSON and NDJSON closing', () => {
  it('closes the file when iteration stops early', async () => {
    const objects = Array.from({ length: 5000 }, (_, index) => tricky(index));
    const json = await files.write('stop.json.gz', gzip(JSON.stringify(objects)));
    const ndjson = await files.write(
      'stop.ndjson',
      objects.map((object) => JSON.stringify(object)).join('\n'),
    );
    const before = openDescriptors();
    for (const path of [json, ndjson]) {
      const table = await openTable(path);
      for await (const row of table.rows) if (row.row === 2) break;
      const unread = await openTable(path);
      await unread.close();
      expect(await collect(unread.rows)).toEqual([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDescriptors()).toBe(before);
  });
});
