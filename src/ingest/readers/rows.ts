/**
 * The rows of a table as one async iterator, whatever the format: each format's reader produces rows a chunk's
 * worth at a time, and this hands them out one by one.
 */
import type { TableRow } from './table.js';

/**
 * Hands out rows that come in batches. A hand-written iterator rather than an async generator per row: a
 * generator's per-row suspension costs more than parsing a CSV row (as in src/csv/csvReader.ts). Iterable once;
 * ending early, or a failure, closes the batches and then calls `release` (to close the file).
 */
export class BatchedRows implements AsyncIterableIterator<TableRow> {
  private batch: TableRow[] = [];
  private index = 0;
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly batches: AsyncIterator<TableRow[], unknown, undefined>,
    private readonly release: () => Promise<void> = async () => {},
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<TableRow, undefined>> {
    const row = this.batch[this.index];
    if (row === undefined) return this.refill();
    this.index += 1;
    return Promise.resolve({ value: row, done: false });
  }

  async return(): Promise<IteratorResult<TableRow, undefined>> {
    await this.close();
    return { value: undefined, done: true };
  }

  /** Stops reading and closes the file; safe to call more than once, and after the end. */
  close(): Promise<void> {
    this.closed = true;
    this.batch = [];
    this.closing ??= this.closeAll();
    return this.closing;
  }

  private async closeAll(): Promise<void> {
    try {
      await this.batches.return?.();
    } finally {
      await this.release();
    }
  }

  private async refill(): Promise<IteratorResult<TableRow, undefined>> {
    while (this.index >= this.batch.length) {
      if (this.closed) return { value: undefined, done: true };
      let result: IteratorResult<TableRow[], unknown>;
      try {
        result = await this.batches.next();
      } catch (error) {
        // A consumer's `for await` does not close an iterator whose next() threw.
        await this.close();
        throw error;
      }
      if (result.done) {
        await this.close();
        return { value: undefined, done: true };
      }
      this.batch = result.value;
      this.index = 0;
    }
    const row = this.batch[this.index] as TableRow;
    this.index += 1;
    return { value: row, done: false };
  }
}
