/**
 * The bytes of a file, gunzipped as they are read when the file is gzip-compressed (within the read limits), and
 * its first bytes for detecting the format.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { unreadable } from './errors.js';
import { DEFAULT_READ_LIMITS, DecompressionGuard, type ReadLimits } from './limits.js';

// 64 KiB, as src/csv/csvReader.ts reads: larger chunks make the parsed rows outlive young-generation collections.
const CHUNK_BYTES = 1 << 16;

/** A file's bytes from the start each time it is called; read failures (and truncated gzip) are DomainErrors. */
export type ByteSource = () => AsyncIterable<Buffer>;

/**
 * The file's bytes, decompressed when `compressed`; a file that decompresses beyond the limits is refused (an
 * `invalid_input` DomainError) as soon as it does, without reading on.
 */
export function fileBytes(
  path: string,
  compressed: boolean,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ByteSource {
  return () => readBytes(path, compressed, limits);
}

async function* readBytes(
  path: string,
  compressed: boolean,
  limits: ReadLimits,
): AsyncGenerator<Buffer, void, undefined> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const gunzip = compressed ? createGunzip({ chunkSize: CHUNK_BYTES }) : undefined;
  // pipeline hands a read failure on to the gunzip stream, which the loop below then throws; its own callback
  // only hears of that again, or of an early close when the reader stops.
  if (gunzip) pipeline(file, gunzip, () => {});
  const stream = gunzip ?? file;
  const guard = gunzip ? new DecompressionGuard(path, limits) : undefined;
  try {
    for await (const chunk of stream) {
      // bytesWritten: the compressed bytes the gunzip stream has taken in, not those read ahead from the file.
      if (guard && gunzip) guard.add((chunk as Buffer).length, gunzip.bytesWritten);
      yield chunk as Buffer;
    }
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    stream.destroy();
    file.destroy();
  }
}

/**
 * Reads a gzipped file through to its end without keeping anything, so that one that decompresses beyond the
 * limits is refused before an import writes its first batch (the limits would otherwise stop it part-way).
 * A plain file has nothing to check.
 */
export async function checkDecompressedSize(
  path: string,
  compressed: boolean,
  limits: ReadLimits,
): Promise<void> {
  if (!compressed) return;
  for await (const _chunk of readBytes(path, true, limits)) {
    // Only the guard inside readBytes looks at the bytes.
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
  for await (const chunk of readBytes(path, true, DEFAULT_READ_LIMITS)) {
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
