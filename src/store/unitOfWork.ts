import { kindOf, type EntityDataByKind, type KindName } from '../core/entities/index.js';
import { DomainError, notFound, versionConflict } from '../core/errors.js';
import { canonical } from '../core/values/canonical.js';
import type { CannotLink, MatchStatus, PersonMatch } from '../core/ports/personLinkage.js';
import type { ApiToken, Session, User } from '../core/ports/accounts.js';
import type {
  Actor,
  AuditEntry,
  AuditEvent,
  Stored,
  TransferEvaluation,
  UnitOfWork,
} from '../core/ports/store.js';
import * as accounts from './accountQueries.js';
import * as locator from './locatorQueries.js';
import type { LocateRequest } from '../core/ports/locator.js';
import { auditRows, insertAuditRows } from './auditQueries.js';
import type { DialectCapabilities } from './dialect.js';
import { EntityQueries, type AnyDb } from './entityQueries.js';
import { saveEvaluations } from './findingsQueries.js';
import { insertKeyRows, keyRowsOf, syncKeyRows } from './personKeysQueries.js';
import * as matches from './personMatchQueries.js';
import { toRow, type Row } from './rows.js';
import type { BulkInsert } from './bulkInsert.js';
import * as imports from './importQueries.js';
import type { ImportState, NumberedProblem } from '../core/ports/imports.js';

/**
 * Writes inside one database transaction. Each write appends its audit entry in the same transaction, so a
 * change and its record of who made it land together or not at all.
 */
export class KyselyUnitOfWork extends EntityQueries implements UnitOfWork {
  constructor(
    db: AnyDb,
    dialect: DialectCapabilities,
    readonly actor: Actor,
    private readonly now: () => string,
    private readonly bulk: BulkInsert,
  ) {
    super(db, dialect);
  }

  putImport(state: ImportState): Promise<void> {
    return imports.putImport(this.db, state);
  }

  claimImport(seen: ImportState, claimed: ImportState): Promise<boolean> {
    return imports.claimImport(this.db, seen, claimed);
  }

  addImportProblems(importId: string, problems: readonly NumberedProblem[]): Promise<void> {
    return imports.addImportProblems(this.db, importId, problems);
  }

  async importFacts<K extends KindName>(
    kind: K,
    entities: ReadonlyArray<Stored<K>>,
    audit: { importId: string; sourceId: string; batch: number; at: string },
  ): Promise<void> {
    if (entities.length === 0) return;
    const rows = entities.map((entity) => toRow(kind, entity));
    await this.bulk.insert(this.db, kindOf(kind).table, rows);
    if (kind === 'personRecord') {
      await insertKeyRows(this.db, (entities as ReadonlyArray<Stored<'personRecord'>>).flatMap(keyRowsOf));
    }
    await this.appendAudit([
      {
        action: 'import',
        kind,
        entityId: audit.sourceId,
        version: audit.batch,
        before: null,
        after: { import: audit.importId, created: entities.map((entity) => entity.id) },
        at: audit.at,
      },
    ]);
  }

  async insert<K extends KindName>(
    kind: K,
    entity: { id: string; data: EntityDataByKind[K] },
  ): Promise<Stored<K>> {
    const at = this.now();
    const stored: Stored<K> = {
      id: entity.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
      retracted: null,
      data: canonical(entity.data),
    };
    await this.db.insertInto(kindOf(kind).table).values(toRow(kind, stored)).execute();
    if (isRecord(kind, stored)) await insertKeyRows(this.db, keyRowsOf(stored));
    await this.appendAudit([
      { action: 'create', kind, entityId: stored.id, version: 1, before: null, after: stored, at },
    ]);
    return stored;
  }

  async update<K extends KindName>(
    kind: K,
    id: string,
    expectedVersion: number,
    data: EntityDataByKind[K],
  ): Promise<Stored<K>> {
    const before = await this.requireCurrent(kind, id, expectedVersion);
    const at = this.now();
    const after: Stored<K> = { ...before, version: before.version + 1, updatedAt: at, data: canonical(data) };
    await this.compareAndSet(kind, before, after);
    await this.syncKeys(kind, before, after);
    await this.appendAudit([
      { action: 'update', kind, entityId: id, version: after.version, before, after, at },
    ]);
    return after;
  }

  async retract<K extends KindName>(
    kind: K,
    id: string,
    expectedVersion: number,
    reason: string,
  ): Promise<Stored<K>> {
    const before = await this.requireCurrent(kind, id, expectedVersion);
    const at = this.now();
    const after: Stored<K> = {
      ...before,
      version: before.version + 1,
      updatedAt: at,
      retracted: { at, reason },
    };
    await this.compareAndSet(kind, before, after);
    await this.syncKeys(kind, before, after);
    await this.appendAudit([
      { action: 'retract', kind, entityId: id, version: after.version, before, after, at },
    ]);
    return after;
  }

  async restore<K extends KindName>(kind: K, entities: Array<Stored<K>>): Promise<void> {
    if (entities.length === 0) return;
    const rows = entities.map((entity) => toRow(kind, { ...entity, data: canonical(entity.data) }));
    const perRow = Object.keys(rows[0] as Row).length;
    const chunkSize = Math.max(1, Math.floor(Math.min(this.capabilities.maxParameters, 30_000) / perRow));
    const at = this.now();
    for (let start = 0; start < rows.length; start += chunkSize) {
      await this.db
        .insertInto(kindOf(kind).table)
        .values(rows.slice(start, start + chunkSize))
        .execute();
      if (kind === 'personRecord') {
        const records = entities.slice(start, start + chunkSize) as Array<Stored<'personRecord'>>;
        await insertKeyRows(this.db, records.flatMap(keyRowsOf));
      }
      await this.appendAudit(
        entities.slice(start, start + chunkSize).map((entity) => ({
          action: 'restore' as const,
          kind,
          entityId: entity.id,
          version: entity.version,
          before: null,
          after: entity,
          at,
        })),
      );
    }
  }

  saveEvaluations(evaluations: TransferEvaluation[], removed: readonly string[] = []): Promise<void> {
    return saveEvaluations(this.db, evaluations, removed);
  }

  async lockTransfers(transferIds: readonly string[]): Promise<void> {
    if (!this.capabilities.rowLocks || transferIds.length === 0) return;
    // Sorted, so that two transactions locking overlapping sets cannot deadlock.
    const sorted = [...new Set(transferIds)].sort();
    for (let start = 0; start < sorted.length; start += 1000) {
      await this.db
        .selectFrom('transfers')
        .select('id')
        .where('id', 'in', sorted.slice(start, start + 1000))
        .orderBy('id')
        .forUpdate()
        .execute();
    }
  }

  async insertMatch(match: PersonMatch): Promise<void> {
    await matches.insertMatch(this.db, match);
    await this.appendAudit([
      {
        action: 'create',
        kind: 'personMatch',
        entityId: match.id,
        version: 1,
        before: null,
        after: match,
        at: this.now(),
      },
    ]);
  }

  async decideMatch(
    id: string,
    expectedVersion: number,
    decision: { status: Exclude<MatchStatus, 'pending'>; reason: string | null },
  ): Promise<PersonMatch> {
    const before = await matches.getMatch(this.db, id);
    if (!before) throw notFound('match', id);
    if (before.version !== expectedVersion)
      throw versionConflict('match', id, expectedVersion, before.version);
    const at = this.now();
    const after: PersonMatch = {
      ...before,
      ...decision,
      version: before.version + 1,
      decidedBy: this.actor.id,
      decidedAt: at,
    };
    if (!(await matches.compareAndSetMatch(this.db, before, after))) {
      const current = await matches.getMatch(this.db, id);
      throw versionConflict('match', id, expectedVersion, current?.version ?? before.version);
    }
    await this.appendAudit([
      { action: 'update', kind: 'personMatch', entityId: id, version: after.version, before, after, at },
    ]);
    return after;
  }

  addCannotLinks(matchId: string, left: readonly string[], right: readonly string[]): Promise<void> {
    const links = left.flatMap((recordId) =>
      right.map((otherRecordId) => ({ recordId, otherRecordId, matchId })),
    );
    return matches.addCannotLinks(this.db, links);
  }

  async restoreLinkage(restored: readonly PersonMatch[], cannotLinks: readonly CannotLink[]): Promise<void> {
    const at = this.now();
    for (const match of restored) await matches.insertMatch(this.db, match);
    await this.appendAudit(
      restored.map((match) => ({
        action: 'restore' as const,
        kind: 'personMatch' as const,
        entityId: match.id,
        version: match.version,
        before: null,
        after: match,
        at,
      })),
    );
    await matches.addCannotLinks(this.db, cannotLinks);
  }

  insertUser(user: User): Promise<void> {
    return accounts.insertUser(this.db, user);
  }

  updateUser(user: User): Promise<void> {
    return accounts.updateUser(this.db, user);
  }

  insertSession(session: Session): Promise<void> {
    return accounts.insertSession(this.db, session);
  }

  endSessions(
    filter: { userId: string; except?: string } | { id: string },
    at: string,
    reason: string,
  ): Promise<number> {
    return accounts.endSessions(this.db, filter, at, reason);
  }

  insertToken(token: ApiToken): Promise<void> {
    return accounts.insertToken(this.db, token);
  }

  revokeTokens(filter: { userId: string } | { id: string }, at: string): Promise<number> {
    return accounts.revokeTokens(this.db, filter, at);
  }

  insertLocateRequest(request: LocateRequest): Promise<void> {
    return locator.insertLocateRequest(this.db, request);
  }

  audit(entries: AuditEvent[]): Promise<void> {
    const at = this.now();
    return this.appendAudit(entries.map((entry) => ({ ...entry, at })));
  }

  /** A person record's search keys change with it, in the same transaction, so they are never out of date. */
  private async syncKeys<K extends KindName>(kind: K, before: Stored<K>, after: Stored<K>): Promise<void> {
    if (isRecord(kind, before) && isRecord(kind, after)) await syncKeyRows(this.db, before, after);
  }

  /** The current entity, or the error that says why the caller's view of it is stale or wrong. */
  private async requireCurrent<K extends KindName>(
    kind: K,
    id: string,
    expectedVersion: number,
  ): Promise<Stored<K>> {
    const current = await this.get(kind, id);
    if (!current) throw notFound(kindOf(kind).label, id);
    if (current.version !== expectedVersion)
      throw versionConflict(kindOf(kind).label, id, expectedVersion, current.version);
    if (current.retracted) {
      throw new DomainError(
        'already_retracted',
        `${kindOf(kind).label} ${id} was retracted: ${current.retracted.reason}`,
        {
          kind: kindOf(kind).label,
          id,
        },
      );
    }
    return current;
  }

  /**
   * Writes `after` only if the row still has `before`'s version. Another process may have written between our
   * read and this statement; the version in the WHERE clause makes that a conflict instead of a lost update.
   */
  private async compareAndSet<K extends KindName>(
    kind: K,
    before: Stored<K>,
    after: Stored<K>,
  ): Promise<void> {
    const { id: _id, created_at: _created, ...changes } = toRow(kind, after);
    const result = await this.db
      .updateTable(kindOf(kind).table)
      .set(changes)
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      const current = await this.get(kind, before.id);
      throw versionConflict(
        kindOf(kind).label,
        before.id,
        before.version,
        current?.version ?? before.version,
      );
    }
  }

  private async appendAudit(
    entries: Array<Omit<AuditEntry, 'seq' | 'actorId' | 'actorRole' | 'actorVia'>>,
  ): Promise<void> {
    await insertAuditRows(this.db, auditRows(entries.map((entry) => ({ actor: this.actor, entry }))));
  }
}

function isRecord(kind: KindName, _stored: Stored): _stored is Stored<'personRecord'> {
  return kind === 'personRecord';
}
