import type { KindName } from '../entities/index.js';
import type { ImportProblem } from '../importing/types.js';
import type { Stored } from './store.js';

/**
 * `checking`: read through before anything is written (dry run, stop on error); `running`: writing batches;
 * `completed`; `failed` (resumable: importing the file again goes on from the checkpoint); `rejected` (stop on
 * error found errors, nothing written); `dry_run` (checked, nothing written).
 */
export type ImportStatus = 'checking' | 'running' | 'completed' | 'failed' | 'rejected' | 'dry_run';

/** What an import did, row by row and fact by fact. */
export interface ImportCounts {
  /** Rows read (data rows after the header, junk and blank rows included). */
  rows: number;
  mapped: number;
  rejected: number;
  /** Rows that are not data: repeated headers, totals, page links (reported), blank rows (not reported). */
  junk: number;
  warnings: number;
  /** Problems reported so far (the report's lines). */
  problems: number;
  created: Partial<Record<KindName, number>>;
  updated: Partial<Record<KindName, number>>;
  unchanged: Partial<Record<KindName, number>>;
  /**
   * Rows that gave other values for a fact an earlier row of the same import gave: the first reading is kept, the
   * other as an alternative reading on the fact, and the conflict reported.
   */
  conflicts: number;
  /** Facts retracted by a person since an earlier import: left as they are. */
  retractedKept: number;
  /** Sheets without the profile's header, skipped. */
  sheetsSkipped: number;
}

export function emptyCounts(): ImportCounts {
  return {
    rows: 0,
    mapped: 0,
    rejected: 0,
    junk: 0,
    warnings: 0,
    problems: 0,
    created: {},
    updated: {},
    unchanged: {},
    conflicts: 0,
    retractedKept: 0,
    sheetsSkipped: 0,
  };
}

/**
 * One file taken in. `position` is the checkpoint: the number of the file's rows (across sheets, in reading
 * order) whose facts are committed; a resumed import skips that many.
 */
export interface ImportState {
  id: string;
  sourceId: string;
  dataset: string;
  /** The profile's name, or `mapping:<sha256>` for a user's mapping file. */
  profile: string;
  checksum: string;
  fileName: string;
  size: number;
  status: ImportStatus;
  actorId: string;
  actorRole: string;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  position: number;
  batches: number;
  counts: ImportCounts;
  options: Record<string, unknown>;
  error: string | null;
  /** The process writing it, while it runs: another process may take it over only once that one is gone. */
  owner: ImportOwner | null;
}

export interface ImportOwner {
  host: string;
  pid: number;
}

export interface ImportIdentity {
  checksum: string;
  dataset: string;
  profile: string;
}

export interface NumberedProblem extends ImportProblem {
  seq: number;
}

export interface ImportLedgerReader {
  /** The latest import of this identity that wrote or is writing (running, failed or completed). */
  findImport(identity: ImportIdentity): Promise<ImportState | undefined>;
  getImport(id: string): Promise<ImportState | undefined>;
  listImports(options: { limit: number; before?: string | undefined }): Promise<ImportState[]>;
  importProblems(
    id: string,
    options: { afterSeq?: number | undefined; limit: number },
  ): Promise<NumberedProblem[]>;
}

/** What an import's batch writes besides ordinary audited changes. */
export interface ImportLedgerWriter {
  /** Creates or replaces the import's row (its checkpoint and counts), in the batch's transaction. */
  putImport(state: ImportState): Promise<void>;
  /**
   * Replaces the import's row only if it is still as `seen` (same status, owner and last update): two processes
   * taking over the same abandoned import cannot both win. False when another got there first.
   */
  claimImport(seen: ImportState, claimed: ImportState): Promise<boolean>;
  addImportProblems(importId: string, problems: readonly NumberedProblem[]): Promise<void>;
  /**
   * Inserts new facts by the engine's bulk path, with one audit entry for the batch naming every id created,
   * attributed to the acting user and the import's source. Person records get their search keys.
   */
  importFacts<K extends KindName>(
    kind: K,
    entities: ReadonlyArray<Stored<K>>,
    audit: { importId: string; sourceId: string; batch: number; at: string },
  ): Promise<void>;
}
