import type {
  ImportIdentity,
  ImportOwner,
  ImportState,
  ImportStatus,
  NumberedProblem,
} from '../core/ports/imports.js';
import type { AnyDb } from './entityQueries.js';

type ImportRow = Record<string, string | number | null>;

function toImportRow(state: ImportState): ImportRow {
  return {
    id: state.id,
    source_id: state.sourceId,
    dataset: state.dataset,
    profile: state.profile,
    checksum: state.checksum,
    file_name: state.fileName,
    size: state.size,
    status: state.status,
    actor_id: state.actorId,
    actor_role: state.actorRole,
    started_at: state.startedAt,
    updated_at: state.updatedAt,
    finished_at: state.finishedAt,
    position: state.position,
    batches: state.batches,
    counts: JSON.stringify(state.counts),
    options: JSON.stringify(state.options),
    error: state.error,
    owner: state.owner === null ? null : JSON.stringify(state.owner),
  };
}

function fromImportRow(row: ImportRow): ImportState {
  return {
    id: String(row.id),
    sourceId: String(row.source_id),
    dataset: String(row.dataset),
    profile: String(row.profile),
    checksum: String(row.checksum),
    fileName: String(row.file_name),
    size: Number(row.size),
    status: String(row.status) as ImportStatus,
    actorId: String(row.actor_id),
    actorRole: String(row.actor_role),
    startedAt: String(row.started_at),
    updatedAt: String(row.updated_at),
    finishedAt: row.finished_at === null ? null : String(row.finished_at),
    position: Number(row.position),
    batches: Number(row.batches),
    counts: JSON.parse(String(row.counts)) as ImportState['counts'],
    options: JSON.parse(String(row.options)) as Record<string, unknown>,
    error: row.error === null ? null : String(row.error),
    owner:
      row.owner === null || row.owner === undefined ? null : (JSON.parse(String(row.owner)) as ImportOwner),
  };
}

export async function putImport(db: AnyDb, state: ImportState): Promise<void> {
  const row = toImportRow(state);
  const { id: _id, ...changes } = row;
  await db
    .insertInto('imports')
    .values(row)
    .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
    .execute();
}

/** Compare-and-set on the row's last update, status and owner (see ImportLedgerWriter.claimImport). */
export async function claimImport(db: AnyDb, seen: ImportState, claimed: ImportState): Promise<boolean> {
  const { id: _id, ...changes } = toImportRow(claimed);
  const seenOwner = toImportRow(seen).owner;
  let builder = db
    .updateTable('imports')
    .set(changes)
    .where('id', '=', seen.id)
    .where('updated_at', '=', seen.updatedAt)
    .where('status', '=', seen.status);
  builder = seenOwner === null ? builder.where('owner', 'is', null) : builder.where('owner', '=', seenOwner);
  const result = await builder.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findImport(db: AnyDb, identity: ImportIdentity): Promise<ImportState | undefined> {
  const row = (await db
    .selectFrom('imports')
    .selectAll()
    .where('checksum', '=', identity.checksum)
    .where('dataset', '=', identity.dataset)
    .where('profile', '=', identity.profile)
    .where('status', 'in', ['running', 'failed', 'completed'])
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()) as ImportRow | undefined;
  return row ? fromImportRow(row) : undefined;
}

export async function getImport(db: AnyDb, id: string): Promise<ImportState | undefined> {
  const row = (await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst()) as
    ImportRow | undefined;
  return row ? fromImportRow(row) : undefined;
}

/** The newest imports first; `before` is the id of the last one of the previous page. */
export async function listImports(
  db: AnyDb,
  options: { limit: number; before?: string | undefined },
): Promise<ImportState[]> {
  let builder = db.selectFrom('imports').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc');
  if (options.before !== undefined) {
    const before = await getImport(db, options.before);
    if (before) {
      builder = builder.where((eb) =>
        eb.or([
          eb('started_at', '<', before.startedAt),
          eb.and([eb('started_at', '=', before.startedAt), eb('id', '<', before.id)]),
        ]),
      );
    }
  }
  const rows = (await builder.limit(options.limit).execute()) as ImportRow[];
  return rows.map(fromImportRow);
}

export async function addImportProblems(
  db: AnyDb,
  importId: string,
  problems: readonly NumberedProblem[],
): Promise<void> {
  const rows = problems.map((problem) => ({
    import_id: importId,
    seq: problem.seq,
    sheet: problem.sheet,
    row: problem.row,
    column_name: problem.column,
    value: problem.value === null ? null : problem.value.slice(0, 1000),
    reason: problem.reason,
    severity: problem.severity,
    fact_id: problem.factId ?? null,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('import_problems')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

export async function importProblems(
  db: AnyDb,
  importId: string,
  options: { afterSeq?: number | undefined; limit: number },
): Promise<NumberedProblem[]> {
  const rows = (await db
    .selectFrom('import_problems')
    .selectAll()
    .where('import_id', '=', importId)
    .where('seq', '>', options.afterSeq ?? 0)
    .orderBy('seq')
    .limit(options.limit)
    .execute()) as ImportRow[];
  return rows.map((row) => ({
    seq: Number(row.seq),
    sheet: row.sheet === null ? null : String(row.sheet),
    row: Number(row.row),
    column: row.column_name === null ? null : String(row.column_name),
    value: row.value === null ? null : String(row.value),
    reason: String(row.reason),
    severity: String(row.severity) as NumberedProblem['severity'],
    factId: row.fact_id === null || row.fact_id === undefined ? null : String(row.fact_id),
  }));
}
