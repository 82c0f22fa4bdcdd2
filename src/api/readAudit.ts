import type { Actor, AuditEvent, Store } from '../core/ports/store.js';

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

/** The longest an entry waits for the reads still running to join it. */
const LONGEST_WAIT_MS = 5;
/** A group this large is written at once. */
const GROUP = 128;
/** Read entries are indexed by person in batches this large, after the answers that wrote them are sent. */
const INDEX_BATCH = 2000;

/**
 * Writes the audit entries of reads of person data in groups (group commit). A commit costs far more than a row
 * (SQLite in WAL mode: about 45 µs a commit, 3 µs a row, bench:access), so entries wait for the reads of person
 * data still running in this process to add theirs, then go out in one statement: at once when no other such read
 * is running (a lone user waits for nothing), at most 5 ms otherwise. Each request still waits for its own entries
 * to be committed before its answer is sent, so no read leaves unaudited. The queue is this process's own and
 * holds nothing between writes.
 */
export class ReadAuditWriter {
  private queued: Array<{ actor: Actor; at: string; event: AuditEvent }> = [];
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  /** Reads of person data that passed the access check and have not yet recorded their entries or failed. */
  private running = 0;
  /** Entries written since the person index last caught up, and whether it is catching up now. */
  private unindexed = INDEX_BATCH;
  private indexing: Promise<void> | null = null;

  constructor(private readonly store: Store) {}

  /** A read of person data begins: a group being gathered waits for it (within the longest wait). */
  begin(): void {
    this.running += 1;
  }

  /** A read that began will record nothing (it failed, or its answer held no person). */
  abandon(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.queued.length > 0) this.schedule();
  }

  /** Resolves once these entries are committed; rejects (and the request fails) if they could not be. */
  record(actor: Actor, at: string, events: readonly AuditEvent[]): Promise<void> {
    this.running = Math.max(0, this.running - 1);
    if (events.length === 0) {
      if (this.queued.length > 0) this.schedule();
      return Promise.resolve();
    }
    for (const event of events) this.queued.push({ actor, at, event });
    const committed = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.schedule();
    return committed;
  }

  private schedule(): void {
    if (this.writing || this.queued.length === 0) return; // the write in progress schedules the next one
    if (this.queued.length >= GROUP) {
      this.writeNow();
      return;
    }
    this.timer ??= setTimeout(() => this.writeNow(), LONGEST_WAIT_MS);
    if (this.running === 0 && !this.checking) {
      // Requests that arrived meanwhile are still unread on their sockets: SQLite answers synchronously, so a read
      // runs to its end without letting them in. One turn of the event loop reads them (and runs what it can of
      // them) before the group is closed; a lone user waits that turn only.
      this.checking = true;
      setImmediate(() => {
        this.checking = false;
        if (this.running === 0) this.writeNow();
      });
    }
  }

  private writeNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing || this.queued.length === 0) return;
    this.writing = this.writeQueued().finally(() => {
      this.writing = null;
      this.schedule();
    });
  }

  private async writeQueued(): Promise<void> {
    const entries = this.queued;
    const waiting = this.waiting;
    this.queued = [];
    this.waiting = [];
    try {
      await this.store.appendAudit(entries);
      for (const waiter of waiting) waiter.resolve();
    } catch (error) {
      for (const waiter of waiting) waiter.reject(error);
      return;
    }
    this.unindexed += entries.length;
    if (this.unindexed >= INDEX_BATCH) void this.catchUp();
  }

  /**
   * Indexes the queued read entries by person, a batch at a time, off the path of any answer. A failure leaves
   * them queued (they are still found by person) for the next try.
   */
  private catchUp(): Promise<void> {
    this.indexing ??= (async () => {
      this.unindexed = 0;
      try {
        while ((await this.store.indexPersonReads(INDEX_BATCH)) === INDEX_BATCH) {
          // a backlog (another process's, or one left by a restart): keep going, a batch at a time
        }
      } catch {
        this.unindexed = INDEX_BATCH;
      } finally {
        this.indexing = null;
      }
    })();
    return this.indexing;
  }

  /** Resolves once no write or indexing of this writer is under way (the API waits for it when it closes). */
  async settle(): Promise<void> {
    await this.writing;
    await this.indexing;
  }
}
