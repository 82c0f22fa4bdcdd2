/**
 * Receiving a file for an import: the request body, raw or as the `file` part of a multipart form, streamed to a
 * temporary file in a directory of its own (never held in memory), with the size limit enforced as it arrives.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.js';
import type { ReceivedFile } from '../ingest/importJob.js';

/** The content types of a raw body: what the readers know, and generic bytes (the name or content then tells). */
export const RAW_IMPORT_TYPES = [
  'text/csv',
  'text/tab-separated-values',
  'application/json',
  'application/x-ndjson',
  'application/gzip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
] as const;

/** A mapping file is a page of JSON: anything larger is not one. */
export const MAPPING_LIMIT = 1024 * 1024;

export interface Upload {
  file: ReceivedFile;
  /** The media type the file came with (the body's, or the part's), lower case without parameters. */
  contentType: string;
  /** The text of the form's `mapping` part, when one was sent. */
  mapping?: string | undefined;
}

function bodyIssue(path: Array<string | number>, message: string): DomainError {
  return new DomainError('invalid_input', `${path.join('.')}: ${message}`, { issues: [{ path, message }] });
}

function tooLarge(what: string, limit: number): DomainError {
  return new DomainError('payload_too_large', `${what} is larger than this server accepts (${limit} bytes)`, {
    limit,
  });
}

/** The media type of a request, lower case without parameters; '' when it has none. */
export function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * A name for the temporary copy: the sender's, reduced to harmless characters, so that the readers still see
 * its extension (`.csv.gz`, `.xlsx`) and the importer's messages still name the file as its sender knows it.
 */
function diskName(fileName: string): string {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  const safe = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()+-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(-150);
  return safe === '' ? 'upload' : safe;
}

/** Passes bytes through until more than `limit` have come, then fails with payload_too_large. */
function byteLimit(limit: number, what: string): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > limit) callback(tooLarge(what, limit));
      else callback(null, chunk);
    },
  });
}

/** A stream error that is the sender's doing (a connection cut short, a malformed form), as a domain error. */
function asUploadError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'FST_MP_PREMATURE_CLOSE' || code === 'ECONNRESET') {
    return new DomainError('invalid_input', 'the upload ended before the whole file arrived');
  }
  if (typeof code === 'string' && code.startsWith('FST_')) {
    return new DomainError('invalid_input', `the multipart form is not valid: ${(error as Error).message}`);
  }
  if (error instanceof Error && /multipart|part terminated|malformed/i.test(error.message)) {
    return new DomainError('invalid_input', `the multipart form is not valid: ${error.message}`);
  }
  return error;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * Gives a gzipped copy a `.gz` name when its sender's name lacked one. The readers tell gzip by its bytes anyway,
 * but the importer's row estimate goes by the name, and would count line breaks in compressed bytes.
 */
async function markGzip(path: string): Promise<string> {
  if (path.toLowerCase().endsWith('.gz')) return path;
  const handle = await open(path, 'r');
  const head = Buffer.alloc(2);
  try {
    await handle.read(head, 0, 2, 0);
  } finally {
    await handle.close();
  }
  if (!head.equals(GZIP_MAGIC)) return path;
  await rename(path, `${path}.gz`);
  return `${path}.gz`;
}

async function saveStream(
  source: Readable,
  fileName: string,
  limit: number,
  partPath: Array<string | number>,
): Promise<ReceivedFile> {
  const directory = await mkdtemp(join(tmpdir(), 'custodia-upload-'));
  const path = join(directory, diskName(fileName));
  const limiter = byteLimit(limit, 'the file');
  const target = createWriteStream(path, { flags: 'wx' });
  // The source is piped, not made part of the pipeline: a failure must not destroy the request, whose socket
  // still has to carry the answer. A sender that hangs up ends the source early, which `finished` reports.
  const written = Promise.all([finished(source), pipeline(limiter, target)]);
  source.pipe(limiter);
  try {
    await written;
    if ((await stat(path)).size === 0) throw bodyIssue(partPath, 'the file is empty');
    return { directory, path: await markGzip(path), fileName };
  } catch (error) {
    source.unpipe(limiter);
    limiter.destroy();
    target.destroy();
    await rm(directory, { recursive: true, force: true });
    throw asUploadError(error);
  }
}

/** A raw body: the whole body is the file, its name from the `fileName` query parameter. */
export async function receiveRawBody(
  request: FastifyRequest,
  options: { limit: number; fileName: string },
): Promise<Upload> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.limit) throw tooLarge('the file', options.limit);
  const file = await saveStream(request.raw, options.fileName, options.limit, ['body']);
  return { file, contentType: mediaTypeOf(request) };
}

async function readText(part: MultipartFile | MultipartValue, limit: number): Promise<string> {
  if (part.type === 'field') {
    // The form parser has read a part sent as application/json already: write it back as text.
    const text = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
    if (part.valueTruncated || Buffer.byteLength(text) > limit)
      throw tooLarge(`the ${part.fieldname} part`, limit);
    return text;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(`the ${part.fieldname} part`, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A multipart form: the file in a part named `file` (its name from the part, unless `fileName` is given), and
 * optionally a user's mapping file in a part named `mapping`, in any order. Any other part is refused by name.
 */
export async function receiveMultipart(
  request: FastifyRequest,
  options: { limit: number; fileName?: string | undefined },
): Promise<Upload> {
  let upload: Omit<Upload, 'mapping'> | undefined;
  let mapping: string | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: options.limit + 1, fieldSize: MAPPING_LIMIT + 1, files: 2, fields: 2, parts: 4 },
    });
    for await (const part of parts) {
      const path = ['body', part.fieldname];
      if (part.fieldname === 'mapping' && mapping === undefined) {
        mapping = await readText(part, MAPPING_LIMIT);
      } else if (part.fieldname === 'file' && part.type === 'file' && upload === undefined) {
        const fileName = options.fileName ?? part.filename;
        if (!fileName || fileName.length > 255 || fileName.includes('\u0000')) {
          throw bodyIssue(path, 'name the file: a file name in the part, or the fileName query parameter');
        }
        const file = await saveStream(part.file, fileName, options.limit, path);
        if (part.file.truncated) {
          await rm(file.directory, { recursive: true, force: true });
          throw tooLarge('the file', options.limit);
        }
        upload = { file, contentType: part.mimetype.split(';')[0]?.trim().toLowerCase() ?? '' };
      } else {
        throw bodyIssue(
          path,
          'unexpected part: send one file part named "file" and at most one named "mapping"',
        );
      }
    }
  } catch (error) {
    if (upload) await rm(upload.file.directory, { recursive: true, force: true });
    throw asUploadError(error);
  }
  if (!upload) throw bodyIssue(['body', 'file'], 'send the file in a form part named "file"');
  return { ...upload, mapping };
}
