/**
 * The bytes of a file, gunzipped as they are read when the file is gzip-compressed, and its first bytes for
 * detecting the format.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { unreadable } from './errors.js';

// 64 KiB, as src/csv/csvReader.ts reads: larger chunks make the parsed rows outlive young-generation collections.
const CHUNK_BYTES = 1 << 16;

/** A file's bytes from the start each time it is called; read failures (and truncated gzip) are DomainErrors. */
export type ByteSource = () => AsyncIterable<Buffer>;

export function fileBytes(path: string, compressed: boolean): ByteSource {
  return () => readBytes(path, compressed);
}

async function* readBytes(path: string, compressed: boolean): AsyncGenerator<Buffer, void, undefined> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = compressed ? createGunzip({ chunkSize: CHUNK_BYTES }) : undefined;
  // pipeline hands a read failure on to the gunzip stream, which the loop below then throws; its own callback
  // only hears of that again, or of an early close when the reader stops.
  if (gunzip) pipeline(file, gunzip, () => {});
  const stream = gunzip ?? file;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    stream.destroy();
    file.destroy();
  }
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Whether the bytes start with the gzip signature. */
export function isGzip(head: Buffer): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** Up to `length` bytes from the start of the file (decompressed when `compressed`), for format detection. */
export async function headBytes(path: string, length: number, compressed: boolean): Promise<Buffer> {
  if (!compressed) return readStart(path, length);
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of readBytes(path, true)) {
    parts.push(chunk);
    total += chunk.length;
    if (total >= length) break;
  }
  return Buffer.concat(parts).subarray(0, length);
}

async function readStart(path: string, length: number): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(path, error);
  }
}
