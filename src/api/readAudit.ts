import type { Actor, AuditEvent, Store } from '../core/ports/store.js';

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

/** Entries wait at most this long for others to join them: PostgreSQL's `commit_delay` idea, for audit rows. */
const GATHER_MS = 2;
/** A group this large is written at once. */
const GROUP = 64;

/**
 * Writes the audit entries of reads of person data in groups (group commit): entries that arrive within a couple
 * of milliseconds of each other, or while a write is being made, go out together in one statement. Each request
 * still waits for its own entries to be committed before its answer is sent, so no read leaves unaudited; under
 * load one statement carries many requests' entries instead of one each (bench:access: a statement per request
 * cost a fifth of an audited read on PostgreSQL). The queue is this process's own and holds nothing between
 * writes.
 */
export class ReadAuditWriter {
  private queued: Array<{ actor: Actor; at: string; event: AuditEvent }> = [];
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;
  private scheduled = false;

  constructor(private readonly store: Store) {}

  /** Resolves once these entries are committed; rejects (and the request fails) if they could not be. */
  record(actor: Actor, at: string, events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    for (const event of events) this.queued.push({ actor, at, event });
    const committed = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.schedule();
    return committed;
  }

  private timer: NodeJS.Timeout | null = null;

  private schedule(): void {
    if (this.writing) return; // the write in progress schedules the next one when it ends
    if (this.queued.length >= GROUP) {
      this.writeNow();
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer = setTimeout(() => this.writeNow(), GATHER_MS);
  }

  private writeNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.scheduled = false;
    this.writing = this.writeQueued().finally(() => {
      this.writing = null;
      if (this.waiting.length > 0) this.schedule();
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
    }
  }
}
