/** What the table reader tests share: files in a temporary folder, gzip, collecting rows, catching errors. */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { DomainError } from '../../../src/core/errors.js';
import {
  type OpenedTable,
  openTable,
  type TableOptions,
  type TableRow,
} from '../../../src/ingest/readers/table.js';

/** A temporary folder for the calling test file, removed after its tests. */
export function temporaryFiles(): { write(name: string, content: string | Uint8Array): Promise<string> } {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'custodia-readers-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });
  return {
    async write(name, content) {
      const path = join(directory, name);
      await writeFile(path, content);
      return path;
    },
  };
}

export function gzip(content: string | Uint8Array): Buffer {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content);
}

export async function collect(rows: AsyncIterable<TableRow>): Promise<TableRow[]> {
  const collected: TableRow[] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

/** Opens the file and reads every row. */
export async function readTable(
  path: string,
  options: TableOptions = {},
): Promise<OpenedTable & { all: TableRow[] }> {
  const table = await openTable(path, options);
  return { ...table, all: await collect(table.rows) };
}

/** The values of each row, for comparing what was read with what is in the file. */
export function valuesOf(rows: TableRow[]): string[][] {
  return rows.map((row) => row.values);
}

/** The DomainError that opening the file and reading all of its rows ends with. */
export async function readFailure(path: string, options: TableOptions = {}): Promise<DomainError> {
  try {
    await readTable(path, options);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but the file was read');
}

/** How many file descriptors this process has open (Linux), to check that nothing is left open. */
export function openDescriptors(): number {
  return readdirSync('/proc/self/fd').length;
}
