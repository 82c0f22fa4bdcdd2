import type { ImportCounts, ImportState, ImportStatus } from '../ports/imports.js';

/** How far an import has gone, from its ledger row alone (any API process can tell). */
export interface ImportJobProgress {
  /** Data rows read and committed so far (a check reports its rows when it ends). */
  rows: number;
  /** Rows the file is estimated to hold (plain CSV and NDJSON), or null. */
  estimatedRows: number | null;
  /** Rows per second from the start to the last committed batch, or null before the first. */
  rowsPerSecond: number | null;
  /** Seconds to the end at that pace: 0 once finished, null when it cannot be told. */
  secondsLeft: number | null;
}

/** An import as the API shows it: a job whose state is only what the ledger says. */
export interface ImportJob {
  id: string;
  status: ImportStatus;
  fileName: string;
  checksum: string;
  size: number;
  dataset: string;
  profile: string;
  /** The source made for the file; null when nothing was written (a check, a dry run, a rejected file). */
  sourceId: string | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  counts: ImportCounts;
  error: string | null;
  progress: ImportJobProgress;
}

/** Every status an import can have, for schemas (the compiler checks that none is missing). */
export const IMPORT_STATUSES = [
  'checking',
  'running',
  'completed',
  'failed',
  'rejected',
  'dry_run',
] as const satisfies readonly ImportStatus[];
type UnlistedStatus = Exclude<ImportStatus, (typeof IMPORT_STATUSES)[number]>;
const _everyStatusListed: [UnlistedStatus] extends [never] ? true : false = true;

const ENDED: ReadonlySet<ImportStatus> = new Set(['completed', 'dry_run', 'rejected']);

export function presentImport(state: ImportState): ImportJob {
  return {
    id: state.id,
    status: state.status,
    fileName: state.fileName,
    checksum: state.checksum,
    size: state.size,
    dataset: state.dataset,
    profile: state.profile,
    sourceId: state.sourceId === '' ? null : state.sourceId,
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    finishedAt: state.finishedAt,
    counts: state.counts,
    error: state.error,
    progress: progressOf(state),
  };
}

function progressOf(state: ImportState): ImportJobProgress {
  const rows = state.counts.rows;
  const estimate = state.options.estimatedRows;
  const estimatedRows = typeof estimate === 'number' && Number.isFinite(estimate) ? estimate : null;
  const seconds = (Date.parse(state.updatedAt) - Date.parse(state.startedAt)) / 1000;
  const rate = rows > 0 && seconds > 0 ? rows / seconds : null;
  let secondsLeft: number | null = null;
  if (ENDED.has(state.status)) secondsLeft = 0;
  else if (state.status !== 'failed' && estimatedRows !== null && rate !== null) {
    secondsLeft = Math.ceil(Math.max(0, estimatedRows - rows) / rate);
  }
  const rowsPerSecond = rate === null ? null : Math.round(rate * 10) / 10;
  return { rows, estimatedRows, rowsPerSecond, secondsLeft };
}
