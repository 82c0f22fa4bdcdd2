/**
 * How much the readers take in before they refuse a file as bad input, checked while streaming: a gzip bomb, a
 * line with no end or a cell of 50 MB is refused with a short message, in flat memory, before the import writes
 * anything, instead of ending after minutes in `Invalid string length` or gigabytes of memory.
 */
import { sizeText, tableError } from './errors.js';

export interface ReadLimits {
  /** A gzipped file, and each part of an XLSX zip, may decompress to this many bytes at most. */
  maxDecompressedBytes: number;
  /** Once more than {@link RATIO_CHECK_AFTER} bytes have come out, at most this many per compressed byte. */
  maxCompressionRatio: number;
  /** The longest CSV record, NDJSON line, JSON array element or XML tag, in characters as decoded. */
  maxLineBytes: number;
  /** The longest single value: a CSV field, a JSON string, an XLSX cell or shared string. */
  maxCellBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * Generous: the largest public releases we know decompress to a few GB, with lines of a few KB; 200:1 is far above
 * what a real table compresses to (CSV 5–20:1, a repetitive sheet 50:1) and far below a bomb's 1,000:1.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxDecompressedBytes: 16 * GiB,
  maxCompressionRatio: 200,
  maxLineBytes: 8 * MiB,
  maxCellBytes: 1 * MiB,
};

/** The ratio is judged only past this much output, so that small, very regular files (fixtures) never trip it. */
export const RATIO_CHECK_AFTER = 64 * MiB;

/** The flag (of `custodia import` and `custodia serve`) that raises each limit, named in the refusals. */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, string>> = {
  maxDecompressedBytes: '--max-decompressed',
  maxCompressionRatio: '--max-compression-ratio',
  maxLineBytes: '--max-line-bytes',
  maxCellBytes: '--max-cell-bytes',
};

/** The limits in force: those given, the defaults for the rest. */
export function readLimits(options: Partial<Record<keyof ReadLimits, number | undefined>>): ReadLimits {
  return {
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_READ_LIMITS.maxDecompressedBytes,
    maxCompressionRatio: options.maxCompressionRatio ?? DEFAULT_READ_LIMITS.maxCompressionRatio,
    maxLineBytes: options.maxLineBytes ?? DEFAULT_READ_LIMITS.maxLineBytes,
    maxCellBytes: options.maxCellBytes ?? DEFAULT_READ_LIMITS.maxCellBytes,
  };
}

const UNITS: Readonly<Record<string, number>> = { '': 1, K: KiB, M: MiB, G: GiB, T: 1024 * GiB };

/**
 * A size as people write it on a command line: `8388608`, `8M`, `8MiB`, `16G`, `1.5G` (K, M, G, T are powers of
 * 1024); undefined when it is none.
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([KMGT])(?:i?B)?|B)?\s*$/i.exec(text);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? 1));
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/**
 * Follows what a decompressor has put out against what it has taken in, and refuses the file as soon as either
 * limit is passed. `what` names the compressed thing in the refusal (`the file`, `the workbook part …`).
 */
export class DecompressionGuard {
  private output = 0;

  constructor(
    private readonly path: string,
    private readonly limits: ReadLimits,
    private readonly what = 'the file',
  ) {}

  /** Adds `bytes` of output; `input` is how many compressed bytes the decompressor has taken in so far. */
  add(bytes: number, input: number): void {
    this.output += bytes;
    const { maxDecompressedBytes, maxCompressionRatio } = this.limits;
    if (this.output > maxDecompressedBytes) {
      const message = `${this.what} decompresses to more than ${sizeText(maxDecompressedBytes)}; raise ${LIMIT_FLAGS.maxDecompressedBytes} if this is expected`;
      throw tableError(this.path, message);
    }
    if (this.output <= RATIO_CHECK_AFTER || input <= 0) return;
    const ratio = this.output / input;
    if (ratio > maxCompressionRatio) {
      const message =
        `${this.what} decompresses to more than ${sizeText(RATIO_CHECK_AFTER)} ` +
        `(ratio ${Math.round(ratio)}:1, above ${maxCompressionRatio}:1), as a decompression bomb does; ` +
        `raise ${LIMIT_FLAGS.maxCompressionRatio} if this is expected`;
      throw tableError(this.path, message);
    }
  }
}
