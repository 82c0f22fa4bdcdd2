import { sql, type Kysely } from 'kysely';
import { KIND_ORDER, kindOf } from '../core/entities/index.js';
import type {
  Actor,
  AuditEntry,
  AuditEvent,
  AuditQuery,
  FindingFigures,
  FindingFiguresQuery,
  Stats,
  Store,
  UnitOfWork,
} from '../core/ports/store.js';
import { appendAuditRowsHot, auditRows } from './auditQueries.js';
import { entityEntrySeqs, indexPersonReads } from './personReads.js';
import { sqliteHotQueries, type HotQueries } from './hotQueries.js';
import type { ApiToken, Session, User } from '../core/ports/accounts.js';
import * as accounts from './accountQueries.js';
import { listLocateRequests } from './locatorQueries.js';
import type { LocateRequest } from '../core/ports/locator.js';
import type { TransferCount, TransferCountQuery } from '../core/figures/crossTab.js';
import type { DialectCapabilities } from './dialect.js';
import { EntityQueries, type AnyDb } from './entityQueries.js';
import { migrate } from './migrator.js';
import { countTransfersBy } from './crossTabQueries.js';
import { computeStats, findingFigures } from './stats.js';
import { KyselyUnitOfWork } from './unitOfWork.js';
import { postgresBulkInsert, type BulkInsert } from './bulkInsert.js';

/** The registry over any Kysely database; the engine-specific parts are the capability flags. */
export class KyselyStore extends EntityQueries implements Store {
  constructor(
    db: AnyDb,
    dialect: DialectCapabilities,
    private readonly clock: () => Date,
    private readonly onClose: () => Promise<void> = async () => {},
    private readonly bulk: BulkInsert = postgresBulkInsert,
    private readonly hot: HotQueries = sqliteHotQueries(db),
  ) {
    super(db, dialect);
  }

  override sessionByHash(hash: string): Promise<{ session: Session; user: User } | undefined> {
    return accounts.sessionByHashHot(this.hot, hash);
  }

  override tokenByHash(hash: string): Promise<{ token: ApiToken; user: User } | undefined> {
    return accounts.tokenByHashHot(this.hot, hash);
  }

  get dialect(): 'sqlite' | 'postgres' {
    return this.capabilities.name;
  }

  transaction<T>(actor: Actor, work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T> {
    return this.db
      .transaction()
      .execute((transaction) =>
        work(
          new KyselyUnitOfWork(
            transaction,
            this.capabilities,
            actor,
            () => this.clock().toISOString(),
            this.bulk,
          ),
        ),
      );
  }

  stats(statuses: readonly string[]): Promise<Stats> {
    return computeStats(this.db, statuses);
  }

  findingFigures(query: FindingFiguresQuery): Promise<FindingFigures> {
    return findingFigures(this.db, query);
  }

  countTransfersBy(query: TransferCountQuery): Promise<TransferCount[]> {
    return countTransfersBy(this.db, query);
  }

  async auditEntries(query: AuditQuery): Promise<AuditEntry[]> {
    let builder = this.db.selectFrom('audit_entries').selectAll().orderBy('seq').limit(query.limit);
    if (query.afterSeq !== undefined) builder = builder.where('seq', '>', query.afterSeq);
    // Changes through the entity index; reads of a person through the person index and its queue.
    if (query.entityId !== undefined)
      builder = builder.where('seq', 'in', sql`(${entityEntrySeqs(query.entityId)})` as never);
    if (query.actorId !== undefined) builder = builder.where('actor_id', '=', query.actorId);
    if (query.actions !== undefined) builder = builder.where('action', 'in', [...query.actions]);
    const rows = (await builder.execute()) as Array<Record<string, string | number | null>>;
    return rows.map((row) => ({
      seq: Number(row.seq),
      at: String(row.at),
      actorId: String(row.actor_id),
      actorRole: String(row.actor_role),
      actorVia: row.actor_via === null || row.actor_via === undefined ? null : String(row.actor_via),
      action: row.action as AuditEntry['action'],
      kind: row.kind as AuditEntry['kind'],
      entityId: String(row.entity_id),
      version: Number(row.version),
      before: row.before_data === null ? null : JSON.parse(String(row.before_data)),
      after: row.after_data === null ? null : JSON.parse(String(row.after_data)),
    }));
  }

  async appendAudit(entries: ReadonlyArray<{ actor: Actor; at: string; event: AuditEvent }>): Promise<void> {
    if (entries.length === 0) return;
    await appendAuditRowsHot(
      this.hot,
      this.capabilities.name,
      auditRows(entries.map(({ actor, at, event }) => ({ actor, entry: { ...event, at } }))),
    );
  }

  indexPersonReads(limit: number): Promise<number> {
    return indexPersonReads(this.db, this.capabilities, limit);
  }

  listLocateRequests(options: {
    limit: number;
    before?: { createdAt: string; id: string } | undefined;
  }): Promise<LocateRequest[]> {
    return listLocateRequests(this.db, options);
  }

  touchSession(hash: string, at: string): Promise<void> {
    return accounts.touchSession(this.db, hash, at);
  }

  touchToken(id: string, at: string): Promise<void> {
    return accounts.touchToken(this.db, id, at);
  }

  countHits(bucket: string, windowStart: string, hits: number): Promise<number> {
    return accounts.countHits(this.db, bucket, windowStart, hits);
  }

  pruneRateLimits(before: string): Promise<void> {
    return accounts.pruneRateLimits(this.db, before);
  }

  sharedKey(name: string, make: () => string, at: string): Promise<string> {
    return accounts.sharedKey(this.db, name, make, at);
  }

  async isEmpty(): Promise<boolean> {
    for (const kind of KIND_ORDER) {
      const row = await this.db.selectFrom(kindOf(kind).table).select('id').limit(1).executeTakeFirst();
      if (row) return false;
    }
    return true;
  }

  migrate(): Promise<string[]> {
    return migrate(this.db as Kysely<unknown>, this.capabilities);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}
