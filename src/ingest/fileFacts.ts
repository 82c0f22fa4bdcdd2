import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { DomainError } from '../core/errors.js';
import type { TableOptions } from './readers/table.js';

/** A file's SHA-256 (`sha256:…`, what names an import and its source) and size. */
export async function fileDigest(path: string): Promise<{ checksum: string; size: number }> {
  const info = await stat(path).catch(() => {
    throw new DomainError('invalid_input', `${path}: no such file`, { path: ['file'] });
  });
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { checksum: `sha256:${hash.digest('hex')}`, size: info.size };
}

/** Rows in a plain CSV or NDJSON file, from its line breaks (quoted line breaks make it an estimate). */
export async function estimateRows(path: string, options: TableOptions): Promise<number | null> {
  if (/\.(xlsx|json)$/i.test(path) || options.format === 'xlsx' || options.format === 'json') return null;
  // Compressed (by its first bytes, whatever its name): its line breaks cannot be counted without inflating it.
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    await handle.read(magic, 0, 2, 0);
    if (magic[0] === 0x1f && magic[1] === 0x8b) return null;
  } finally {
    await handle.close();
  }
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    let index = buffer.indexOf(10);
    while (index !== -1) {
      lines += 1;
      index = buffer.indexOf(10, index + 1);
    }
  }
  return Math.max(0, lines - 1);
}
