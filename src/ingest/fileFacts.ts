import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DomainError } from '../core/errors.js';
import type { TableOptions } from './readers/table.js';

/** What one read of a file tells before its rows are parsed. */
export interface FileFacts {
  /** `sha256:…`: what names an import and its source. */
  checksum: string;
  size: number;
  /** Rows in a plain CSV or NDJSON file, from its line breaks (quoted ones make it an estimate); else null. */
  estimatedRows: number | null;
}

/**
 * Reads the file once for its checksum and, while at it, counts its line breaks. A compressed file (known by its
 * first bytes, whatever its name), a workbook or a JSON array has no row count to be told without parsing it.
 */
export async function fileFacts(path: string, options: TableOptions): Promise<FileFacts> {
  const info = await stat(path).catch(() => {
    throw new DomainError('invalid_input', `${path}: no such file`, { path: ['file'] });
  });
  const hash = createHash('sha256');
  let lines = 0;
  let first: Buffer | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    first ??= buffer;
    hash.update(buffer);
    for (let index = buffer.indexOf(10); index !== -1; index = buffer.indexOf(10, index + 1)) lines += 1;
  }
  const compressed = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
  const countable =
    !compressed && !/\.(xlsx|json)$/i.test(path) && options.format !== 'xlsx' && options.format !== 'json';
  return {
    checksum: `sha256:${hash.digest('hex')}`,
    size: info.size,
    estimatedRows: countable ? Math.max(0, lines - 1) : null,
  };
}
