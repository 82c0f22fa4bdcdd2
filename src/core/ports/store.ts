import type { EntityDataByKind, EntityMeta, KindName } from '../entities/index.js';
import type { TransferCount, TransferCountQuery } from '../figures/crossTab.js';
import type { Role } from '../roles.js';
import type { DecidedFinding } from '../rules/types.js';
import type { AccessState, AccountReader, AccountWriter } from './accounts.js';
import type { LocateRequest, LocatorStore } from './locator.js';
import type { ImportLedgerReader, ImportLedgerWriter } from './imports.js';
import type { PersonLinkageReader, PersonLinkageWriter } from './personLinkage.js';

/** An entity as stored: its data plus id, version, timestamps and retraction. */
export type Stored<K extends KindName = KindName> = EntityMeta & { data: EntityDataByKind[K] };

/**
 * Who is acting: recorded on every audit entry. `id` names the user (`usr_…`), or the local operator of the
 * command line (`cli:<os user>`) while no account exists, or an engine acting on its own (`rules-engine`);
 * `via` says how they were authenticated (`session:…`, `token:tok_…`, `cli`).
 */
export interface Actor {
  id: string;
  role: Role;
  via?: string | undefined;
}

/** One filter condition, built by the core from a kind's filter specs; column names never come from users. */
export type Condition =
  | { op: 'eq'; column: string; value: string | number }
  | { op: 'in'; column: string; values: string[] }
  | { op: 'token'; column: string; value: string }
  | { op: 'exists'; table: string; foreignKey: string; column: string; match: 'eq' | 'token'; value: string };

export type SortField = 'date' | 'created' | 'updated' | 'id';

export interface ListQuery {
  conditions: Condition[];
  /** Day bounds (YYYY-MM-DD), inclusive; `within` keeps entities wholly inside, `overlaps` those possibly inside. */
  dateRange?: { from?: string | undefined; to?: string | undefined; mode: 'within' | 'overlaps' } | undefined;
  sort: { field: SortField; direction: 'asc' | 'desc' };
  limit: number;
  /** Opaque position from a previous page. */
  after?: { sortValue: string | null; id: string } | undefined;
  includeRetracted: boolean;
}

export interface Page<K extends KindName = KindName> {
  items: Array<Stored<K>>;
  /** Present when more items follow: pass it back as the position of the next page. */
  next: { sortValue: string | null; id: string } | null;
}

/** The rules' verdict on one transfer: the bundle it was computed from, the pack version, when, and the findings. */
export interface TransferEvaluation {
  transferId: string;
  personId: string;
  agreementId: string | null;
  destination: string | null;
  dateLo: string | null;
  dateHi: string | null;
  packVersion: string;
  evaluatedAt: string;
  /** The case bundle as canonical JSON text: comparing it with a fresh one tells whether the findings are current. */
  bundle: string;
  findings: DecidedFinding[];
}

export interface FindingQuery {
  severity?: string[] | undefined;
  ruleId?: string[] | undefined;
  agreementId?: string | undefined;
  destination?: string | undefined;
  personId?: string | undefined;
  /** Day bounds (YYYY-MM-DD) on the transfer's date, inclusive, `within` semantics. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  after?: { sortValue: string; key: string } | undefined;
}

export interface StoredFinding {
  transferId: string;
  personId: string;
  packVersion: string;
  evaluatedAt: string;
  finding: DecidedFinding;
}

/** Reads that need no transaction. */
export interface EntityReader extends PersonLinkageReader, ImportLedgerReader, AccountReader {
  get<K extends KindName>(kind: K, id: string): Promise<Stored<K> | undefined>;
  getMany<K extends KindName>(kind: K, ids: readonly string[]): Promise<Array<Stored<K>>>;
  list<K extends KindName>(kind: K, query: ListQuery): Promise<Page<K>>;
  count(kind: KindName, conditions?: Condition[]): Promise<number>;
  /** Every entity of a kind, retracted ones included, in id order (export). */
  scan<K extends KindName>(kind: K, batchSize: number): AsyncIterable<Array<Stored<K>>>;
  getEvaluations(transferIds: readonly string[]): Promise<TransferEvaluation[]>;
  listFindings(
    query: FindingQuery,
  ): Promise<{ items: StoredFinding[]; next: { sortValue: string; key: string } | null }>;
  countFindings(
    query: Omit<FindingQuery, 'limit' | 'after'>,
  ): Promise<{ bySeverity: StatsRow[]; byRule: StatsRow[] }>;
  /** Transfers (not retracted) whose evaluation is missing or from another pack version, in id order after `after`. */
  transfersNeedingEvaluation(packVersion: string, limit: number, after?: string): Promise<string[]>;
}

/**
 * The only way to change data. Every insert, update and retraction appends an audit entry in the same
 * transaction; there is no other write path.
 */
export interface UnitOfWork extends EntityReader, PersonLinkageWriter, ImportLedgerWriter, AccountWriter {
  readonly actor: Actor;
  insert<K extends KindName>(kind: K, entity: { id: string; data: EntityDataByKind[K] }): Promise<Stored<K>>;
  /** Fails with version_conflict, changing nothing, when the stored version is not `expectedVersion`. */
  update<K extends KindName>(
    kind: K,
    id: string,
    expectedVersion: number,
    data: EntityDataByKind[K],
  ): Promise<Stored<K>>;
  retract<K extends KindName>(
    kind: K,
    id: string,
    expectedVersion: number,
    reason: string,
  ): Promise<Stored<K>>;
  /**
   * Replaces the evaluations of these transfers (derived data: not audited, recomputable from the audited facts).
   * `removed` lists transfers whose evaluation is dropped (retracted transfers).
   */
  saveEvaluations(evaluations: TransferEvaluation[], removed?: readonly string[]): Promise<void>;
  /**
   * Holds these transfers until the transaction ends, so two processes re-evaluating the same transfer take turns
   * and the later one reads the facts the earlier one committed.
   */
  lockTransfers(transferIds: readonly string[]): Promise<void>;
  /** Restores entities exactly as exported (ids, versions, timestamps), auditing each as `restore`. */
  restore<K extends KindName>(kind: K, entities: Array<Stored<K>>): Promise<void>;
  /** Appends audit entries for what is not an entity write: reads of person data, sign-ins, account changes. */
  audit(entries: AuditEvent[]): Promise<void>;
  /** Stores a family's request to the locator (audited by the use case in the same transaction). */
  insertLocateRequest(request: LocateRequest): Promise<void>;
}

/** An audit entry as a use case states it; the unit of work adds the actor, the time and the sequence. */
export type AuditEvent = Omit<AuditEntry, 'seq' | 'actorId' | 'actorRole' | 'actorVia' | 'at'>;

/**
 * What an audit entry is about: an entity of a kind, a reviewer's match decision (`personMatch`), or an account,
 * a session or an API token.
 */
export type AuditKind = KindName | 'personMatch' | 'user' | 'session' | 'apiToken' | 'locateRequest';

/**
 * `import`: a batch of facts created by an import, listed in `after` (one entry per kind and batch); `read`: a
 * user read a person's data (entity: the person; `after`: the route); `sign_in`, `sign_in_refused`, `sign_out`.
 */
export type AuditAction =
  | 'create'
  | 'update'
  | 'retract'
  | 'restore'
  | 'import'
  | 'read'
  | 'sign_in'
  | 'sign_in_refused'
  | 'sign_out';

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  actorVia: string | null;
  action: AuditAction;
  kind: AuditKind;
  entityId: string;
  version: number;
  before: unknown;
  after: unknown;
}

/** Aggregate rows: a group key and its number of transfers, or of persons in reported counts. */
export interface StatsRow {
  key: string | null;
  value: number;
}

export interface Stats {
  transfers: {
    /** The statuses counted (completed, unless the caller asked for others). */
    statuses: string[];
    total: number;
    /** Transfers of other statuses, left out of every table but `byStatus`. */
    leftOut: number;
    /** Every transfer (not retracted) by status, whatever was asked. */
    byStatus: StatsRow[];
    byAgreement: StatsRow[];
    byDestination: StatsRow[];
    byMonth: StatsRow[];
    byBasis: StatsRow[];
  };
}

/** Which findings to count: of transfers of these statuses; `apart` lists `ruleId#outcome` resting on authority later stayed or vacated. */
export interface FindingFiguresQuery {
  statuses: readonly string[];
  apart: readonly string[];
}

export interface FindingFigures {
  /** Findings counted by rule, severity and whether their authority was later stayed or vacated. */
  groups: Array<{ ruleId: string; severity: string; apart: boolean; findings: number }>;
  /** Transfers with at least one violation resting on authority in force. */
  transfersWithViolation: { total: number; byRule: StatsRow[]; byAgreement: StatsRow[] };
}

/** Which audit entries to read: by entity (a person, for "who looked at this person"), actor or action. */
export interface AuditQuery {
  afterSeq?: number | undefined;
  limit: number;
  entityId?: string | undefined;
  actorId?: string | undefined;
  actions?: readonly AuditAction[] | undefined;
}

export interface Store extends EntityReader, AccessState, Pick<LocatorStore, 'listLocateRequests'> {
  readonly dialect: 'sqlite' | 'postgres';
  transaction<T>(actor: Actor, work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T>;
  /** Figures of transfers of the given statuses (and of every status, by status), and of reported counts. */
  stats(statuses: readonly string[]): Promise<Stats>;
  findingFigures(query: FindingFiguresQuery): Promise<FindingFigures>;
  /** Individual transfers under the query's statuses and filters, counted by one or two dimensions (cross-tabs). */
  countTransfersBy(query: TransferCountQuery): Promise<TransferCount[]>;
  auditEntries(query: AuditQuery): Promise<AuditEntry[]>;
  /**
   * Appends audit entries that belong to no change of the registry (reads of person data), in one statement,
   * which is atomic on its own: cheaper than a transaction on the path of every read.
   */
  appendAudit(entries: ReadonlyArray<{ actor: Actor; at: string; event: AuditEvent }>): Promise<void>;
  /**
   * Indexes by person up to `limit` read entries not indexed yet (they are queued as they are written, and found
   * by person meanwhile too); returns how many.
   */
  indexPersonReads(limit: number): Promise<number>;
  isEmpty(): Promise<boolean>;
  migrate(): Promise<string[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
