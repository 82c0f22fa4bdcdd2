import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { kindOf, type Source } from '../core/entities/index.js';
import { DomainError } from '../core/errors.js';
import { HEADER_SEARCH_ROWS, PRESCAN_ROWS } from '../core/importing/sheet.js';
import { startSheet, type RawRow, type SheetMapper } from '../core/importing/sheetMapper.js';
import type { FactDraft, ImportProblem, ImportProfile } from '../core/importing/types.js';
import {
  emptyCounts,
  type ImportCounts,
  type ImportOwner,
  type ImportState,
  type NumberedProblem,
} from '../core/ports/imports.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import { openTable, type OpenedTable, type TableOptions } from './readers/table.js';
import { writeBatch, type PendingFact } from './batchWriter.js';

export interface ImportOptions extends TableOptions {
  profile: ImportProfile;
  /** The profile's name, or `mapping:<sha256>` of a user's mapping file: part of the import's identity. */
  profileId?: string | undefined;
  /**
   * The data set the file belongs to: fact keys are unique within it. Files of one data set (a release and its
   * corrections, overlapping extracts) share it; separate releases whose identifiers mean different persons
   * must not. Default: the profile's name.
   */
  dataset?: string | undefined;
  /** The source's title; default the file's name. */
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  /** Synthetic data: the source and every person made from it are marked fictional. */
  fictional?: boolean | undefined;
  /** Read, check and count, write nothing. */
  dryRun?: boolean | undefined;
  /** Any row with an error rejects the whole file: it is read through once before anything is written. */
  stopOnError?: boolean | undefined;
  /** Rows per committed batch (the checkpoint interval). */
  batchRows?: number | undefined;
  /**
   * Keep a ledger row from the start even for dry runs and stop-on-error checks (the API's jobs), with the
   * report of what was found; otherwise only imports that write are recorded.
   */
  record?: boolean | undefined;
  /** The name to record when the file on disk is a temporary copy (an upload). */
  fileName?: string | undefined;
  currentYear?: number | undefined;
}

export interface ImportProgress {
  rows: number;
  /** Estimated rows in the file, when it can be told (plain CSV/NDJSON); null otherwise. */
  totalRows: number | null;
  counts: ImportCounts;
}

export interface ImportHooks {
  progress?: ((progress: ImportProgress) => void) | undefined;
  /** Called once the import's ledger row exists, with its id (the API's job id). */
  started?: ((importId: string) => void) | undefined;
  /** Test hook: called after each committed batch. */
  afterBatch?: ((batch: number) => void | Promise<void>) | undefined;
}

export interface ImportResult {
  state: ImportState;
  /** This file was imported before, completely, into this data set with this profile: nothing was done. */
  alreadyImported: boolean;
  /** The import went on from the checkpoint of an earlier run that did not finish. */
  resumed: boolean;
  /** Dry runs and rejected imports keep their report here (nothing is stored). */
  problems: ImportProblem[];
}

const DEFAULT_BATCH_ROWS = 5000;
/** The report keeps this many problems of one kind of reason before it only counts them. */
const MAX_PROBLEMS = 100_000;

/**
 * Imports one file with a profile. The file's SHA-256 names the import with its data set and profile: a file
 * imported completely before is not read again; one whose import was cut short (a crash, `kill -9`) goes on from
 * its last committed batch. Rows are mapped one by one; a row with an error is skipped whole and reported (or,
 * with `stopOnError`, the whole file is rejected before anything is written). Facts are written in batches, each
 * in one transaction with the import's checkpoint and the batch's report lines, so the database never holds half
 * a batch, and an interrupted import that is run again ends with exactly the facts of one clean run.
 */
export async function importFile(
  context: UseCaseContext,
  path: string,
  options: ImportOptions,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  const { checksum, size } = await fileDigest(path);
  const profileId = options.profileId ?? options.profile.name;
  const dataset = options.dataset ?? options.profile.name;
  const identity = { checksum, dataset, profile: profileId };
  const done = await context.store.findImport(identity);
  if (done?.status === 'completed') {
    return { state: done, alreadyImported: true, resumed: false, problems: [] };
  }
  // The header of the first sheet is checked before anything is written: a wrong profile changes nothing.
  await checkFirstSheet(path, options);
  const run = new ImportRun(context, path, options, hooks);
  const file = { fileName: options.fileName ?? basename(path), size };
  const resumable = done && (done.status === 'running' || done.status === 'failed') ? done : undefined;
  if (resumable?.status === 'running' && ownerAlive(resumable)) throw inProgress(resumable);
  let state = resumable ? await run.claim(resumable) : undefined;
  const checking = (options.dryRun || options.stopOnError) && !resumable;
  if (checking && options.record) state = await run.record(identity, file);
  if (state) hooks.started?.(state.id);
  if (checking) {
    let check: { counts: ImportCounts; problems: ImportProblem[] };
    try {
      check = await run.pass({ write: false, state: undefined });
    } catch (error) {
      // Nothing was written: the recorded check ends rejected (a resumable `failed` would skip the check).
      if (state)
        await run.end(
          state,
          { counts: emptyCounts(), problems: [] },
          { status: 'rejected', persist: true, error },
        );
      throw error;
    }
    const errors = check.problems.filter((problem) => problem.severity === 'error');
    if (options.dryRun || errors.length > 0) {
      const ended = await run.end(state ?? run.detachedState(identity, file, check.counts), check, {
        status: options.dryRun ? 'dry_run' : 'rejected',
        persist: state !== undefined,
      });
      return { state: ended, alreadyImported: false, resumed: false, problems: check.problems };
    }
  }
  if (!state || state.status === 'checking') {
    const begun = await run.begin(identity, file, state?.id);
    if (!state) hooks.started?.(begun.id);
    state = begun;
  }
  try {
    await run.pass({ write: true, state });
  } catch (error) {
    await run.fail(state, error);
    throw error;
  }
  return { state, alreadyImported: false, resumed: resumable !== undefined, problems: [] };
}

/** This process, as the owner of the imports it runs. */
const THIS_PROCESS: ImportOwner = { host: hostname(), pid: process.pid };

/** How long an import run by a process on another machine counts as alive after its last committed batch. */
const REMOTE_LEASE_MS = 10 * 60_000;

/**
 * Whether the process that was running an import is still at it. On this machine the process table says (a
 * process killed with `kill -9` is gone at once, and its import may be taken over); for another machine, whose
 * processes cannot be seen, a batch committed within the lease says it is.
 */
function ownerAlive(state: ImportState): boolean {
  const owner = state.owner;
  if (!owner) return false;
  if (owner.host !== THIS_PROCESS.host) return Date.now() - Date.parse(state.updatedAt) < REMOTE_LEASE_MS;
  if (owner.pid === THIS_PROCESS.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inProgress(state: ImportState): DomainError {
  return new DomainError(
    'import_in_progress',
    `${state.fileName} is being imported (import ${state.id}, process ${state.owner?.pid} on ${state.owner?.host}, ` +
      `${state.position} rows done); wait for it to finish, or run this again once that process has stopped`,
    { importId: state.id },
  );
}

async function fileDigest(path: string): Promise<{ checksum: string; size: number }> {
  const info = await stat(path).catch(() => {
    throw new DomainError('invalid_input', `${path}: no such file`, { path: ['file'] });
  });
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { checksum: `sha256:${hash.digest('hex')}`, size: info.size };
}

async function checkFirstSheet(path: string, options: ImportOptions): Promise<void> {
  const table = await openTable(path, options);
  try {
    const head: RawRow[] = [];
    let sheet: string | null | undefined;
    for await (const row of table.rows) {
      if (sheet === undefined) sheet = row.sheet;
      if (row.sheet !== sheet || head.length >= HEADER_SEARCH_ROWS) break;
      head.push(row);
    }
    if (table.sheets.length > 1) return; // each sheet is checked as it comes; those without the header are skipped
    const start = startSheet(options.profile, head, options.currentYear, table.header?.());
    if (!start.ok)
      throw new DomainError('invalid_input', `${basename(path)}: ${start.reason}`, { path: ['file'] });
  } finally {
    await table.close();
  }
}

/** One import's reading of its file: one pass checks, the other writes. */
class ImportRun {
  private readonly batchRows: number;

  constructor(
    private readonly context: UseCaseContext,
    private readonly path: string,
    private readonly options: ImportOptions,
    private readonly hooks: ImportHooks,
  ) {
    this.batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  }

  detachedState(
    identity: { checksum: string; dataset: string; profile: string },
    file: { fileName: string; size: number },
    counts: ImportCounts,
  ): ImportState {
    const at = this.context.clock().toISOString();
    return {
      id: this.context.newId('imp'),
      sourceId: '',
      ...identity,
      ...file,
      status: 'running',
      actorId: this.context.actor.id,
      actorRole: this.context.actor.role,
      startedAt: at,
      updatedAt: at,
      finishedAt: at,
      position: 0,
      batches: 0,
      counts,
      options: this.recordedOptions(),
      error: null,
      owner: THIS_PROCESS,
    };
  }

  /** Creates the import's source and ledger row, in one transaction. */
  /** Records an import that reads its file through before writing, so that its progress can be followed. */
  async record(
    identity: { checksum: string; dataset: string; profile: string },
    file: { fileName: string; size: number },
  ): Promise<ImportState> {
    const state = this.detachedState(identity, file, emptyCounts());
    state.status = 'checking';
    state.finishedAt = null;
    await this.context.store.transaction(this.context.actor, (unitOfWork) => unitOfWork.putImport(state));
    return state;
  }

  /** Ends an import that wrote nothing (a dry run, or rejected), keeping its report when it was recorded. */
  async end(
    state: ImportState,
    check: { counts: ImportCounts; problems: ImportProblem[] },
    outcome: { status: 'dry_run' | 'rejected'; persist: boolean; error?: unknown },
  ): Promise<ImportState> {
    const at = this.context.clock().toISOString();
    const ended: ImportState = {
      ...state,
      counts: { ...check.counts, problems: check.problems.length },
      status: outcome.status,
      updatedAt: at,
      finishedAt: at,
      owner: null,
      error: outcome.error === undefined ? null : this.describe(outcome.error),
    };
    if (outcome.persist) {
      await this.context.store.transaction(this.context.actor, async (unitOfWork) => {
        await unitOfWork.addImportProblems(
          state.id,
          check.problems.map((problem, index) => ({ ...problem, seq: index + 1 })),
        );
        await unitOfWork.putImport(ended);
      });
    }
    return ended;
  }

  async begin(
    identity: { checksum: string; dataset: string; profile: string },
    file: { fileName: string; size: number },
    id?: string,
  ): Promise<ImportState> {
    const state = this.detachedState(identity, file, emptyCounts());
    if (id !== undefined) state.id = id;
    state.finishedAt = null;
    const profile = this.options.profile;
    const source: Source = kindOf('source').schema.parse({
      kind: profile.source.kind,
      publisher: this.options.publisher ?? profile.source.publisher,
      title: this.options.title ?? file.fileName,
      url: this.options.url,
      retrievedAt: state.startedAt,
      checksum: identity.checksum,
      reliability: profile.source.reliability ?? 'F',
      fictional: this.options.fictional ?? false,
      note:
        `Imported from ${file.fileName} (${file.size} bytes) with profile ${identity.profile} into data set ` +
        `${identity.dataset} by ${this.context.actor.id}, import ${state.id}.`,
    });
    return this.context.store.transaction(this.context.actor, async (unitOfWork) => {
      const stored = await unitOfWork.insert('source', { id: this.context.newId('src'), data: source });
      state.sourceId = stored.id;
      await unitOfWork.putImport(state);
      return state;
    });
  }

  /** Takes over an import whose process is gone: this process is now its owner. */
  async claim(state: ImportState): Promise<ImportState> {
    const claimed: ImportState = {
      ...state,
      owner: THIS_PROCESS,
      updatedAt: this.context.clock().toISOString(),
    };
    await this.context.store.transaction(this.context.actor, (unitOfWork) => unitOfWork.putImport(claimed));
    return claimed;
  }

  /** An error as the ledger keeps it: the file named as its sender knows it, not by a temporary copy's path. */
  private describe(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    const fileName = this.options.fileName;
    return fileName === undefined ? message : message.split(this.path).join(fileName);
  }

  async fail(state: ImportState, error: unknown): Promise<void> {
    const latest = (await this.context.store.getImport(state.id)) ?? state;
    const at = this.context.clock().toISOString();
    await this.context.store.transaction(this.context.actor, (unitOfWork) =>
      unitOfWork.putImport({
        ...latest,
        status: 'failed',
        owner: null,
        updatedAt: at,
        error: this.describe(error),
      }),
    );
  }

  /**
   * Reads the file from the start. When writing, rows before the checkpoint are read (the header and the first
   * look at each sheet need them) but not mapped again, and every `batchRows` rows the batch is committed. A
   * batch commits while the next is read and mapped: on PostgreSQL the server writes one batch as this process
   * maps the next; the checkpoint and counts of a batch are those of its own rows.
   */
  async pass(mode: {
    write: boolean;
    state: ImportState | undefined;
  }): Promise<{ counts: ImportCounts; problems: ImportProblem[] }> {
    const state = mode.state;
    const write = mode.write && state !== undefined;
    // What reading found since the last batch was cut: added to the ledger's counts with that batch.
    let read = emptyCounts();
    const problems: ImportProblem[] = [];
    const skip = state ? state.position : 0;
    let position = 0;
    let pending: PendingFact[] = [];
    let pendingProblems: ImportProblem[] = [];
    let inFlight: Promise<void> = Promise.resolve();
    const totalRows = await estimateRows(this.path, this.options);
    if (state) state.options.estimatedRows = totalRows;
    const checker = new FactChecker(this.options.profile.trusted === true);
    const table = await openTable(this.path, this.options);
    const cut = async () => {
      if (!write || !state) return;
      const batch: Batch = { facts: pending, problems: pendingProblems, position, read };
      pending = [];
      pendingProblems = [];
      read = emptyCounts();
      await inFlight;
      inFlight = this.commitBatch(state, batch).then(async () => {
        this.hooks.progress?.({ rows: position, totalRows, counts: state.counts });
        await this.hooks.afterBatch?.(state.batches);
      });
      // Awaited at the next cut; until then a failure must not count as unhandled.
      inFlight.catch(() => undefined);
    };
    const maybeCut = async () => {
      if (position > skip && (position - skip) % this.batchRows === 0) await cut();
    };
    const report = (problem: ImportProblem) => {
      if (write) pendingProblems.push(problem);
      else if (problems.length < MAX_PROBLEMS) problems.push(problem);
    };
    const take = (raw: RawRow, mapper: SheetMapper) => {
      position += 1;
      if (position <= skip) return;
      read.rows += 1;
      const outcome = mapper.map(raw);
      if (outcome.status === 'junk') {
        read.junk += 1;
        if (outcome.problem) report(outcome.problem);
        return;
      }
      const checked = outcome.status === 'mapped' ? checker.check(outcome.facts, raw) : undefined;
      const rowProblems = [...outcome.problems, ...(checked?.problems ?? [])];
      for (const problem of rowProblems) report(problem);
      if (outcome.status === 'rejected' || !checked || checked.problems.length > 0) {
        read.rejected += 1;
        return;
      }
      read.mapped += 1;
      read.warnings += rowProblems.length;
      if (write) pending.push(...checked.facts);
    };
    try {
      let sheetName: string | null | undefined;
      let head: RawRow[] = [];
      let mapper: SheetMapper | undefined;
      let skippingSheet = false;
      const flushHead = async () => {
        if (head.length === 0) return;
        const start = startSheet(this.options.profile, head, this.options.currentYear, table.header?.());
        if (!start.ok) {
          skippingSheet = true;
          position += head.length;
          if (position > skip) {
            read.sheetsSkipped += 1;
            report({
              sheet: sheetName ?? null,
              row: head[0]?.row ?? 1,
              column: null,
              value: null,
              reason: `sheet skipped: ${start.reason}`,
              severity: 'skipped',
            });
          }
          head = [];
          return;
        }
        mapper = start.mapper;
        const headerIndex = table.header ? -1 : head.findIndex((raw) => raw.row === start.headerRow);
        position += headerIndex + 1;
        for (const raw of head.slice(headerIndex + 1)) {
          take(raw, mapper);
          await maybeCut();
        }
        head = [];
      };
      for await (const raw of table.rows) {
        if (raw.sheet !== sheetName) {
          await flushHead();
          sheetName = raw.sheet;
          mapper = undefined;
          skippingSheet = false;
        }
        if (skippingSheet) {
          position += 1;
          continue;
        }
        if (!mapper) {
          head.push(raw);
          if (head.length >= HEADER_SEARCH_ROWS + PRESCAN_ROWS) await flushHead();
          continue;
        }
        take(raw, mapper);
        await maybeCut();
      }
      await flushHead();
      await cut();
      await inFlight;
    } finally {
      await table.close();
    }
    if (write && state) {
      await this.finish(state);
      return { counts: state.counts, problems };
    }
    return { counts: addCounts(emptyCounts(), read), problems };
  }

  /**
   * Writes one batch in one transaction: its facts, its report lines, and the checkpoint (the position after its
   * last row) with the counts up to it. The ledger's state changes only once the transaction has committed.
   */
  private async commitBatch(state: ImportState, batch: Batch): Promise<void> {
    if (batch.position <= state.position && batch.facts.length === 0 && batch.problems.length === 0) return;
    const next = state.batches + 1;
    const at = this.context.clock().toISOString();
    const updated = await this.context.store.transaction(this.context.actor, async (unitOfWork) => {
      const outcome = await writeBatch(
        unitOfWork,
        {
          context: this.context,
          importId: state.id,
          sourceId: state.sourceId,
          dataset: state.dataset,
          fictional: this.options.fictional ?? false,
          batch: next,
          dryRun: false,
        },
        batch.facts,
      );
      const counts = addCounts(structuredClone(state.counts), batch.read);
      for (const [field, delta] of [
        ['created', outcome.created],
        ['updated', outcome.updated],
        ['unchanged', outcome.unchanged],
      ] as const) {
        for (const [kind, value] of Object.entries(delta)) {
          const map = counts[field] as Record<string, number>;
          map[kind] = (map[kind] ?? 0) + value;
        }
      }
      // A fact the batch could not place (it names a person record the data set lacks) rejects its row.
      const unplaced = outcome.problems.filter((problem) => problem.severity === 'error').length;
      counts.rejected += unplaced;
      counts.mapped -= unplaced;
      counts.conflicts += outcome.conflicts;
      counts.retractedKept += outcome.retractedKept;
      counts.warnings += outcome.problems.length - unplaced;
      const numbered: NumberedProblem[] = [...batch.problems, ...outcome.problems]
        .slice(0, Math.max(0, MAX_PROBLEMS - counts.problems))
        .map((problem, index) => ({ ...problem, seq: counts.problems + index + 1 }));
      counts.problems += numbered.length;
      await unitOfWork.addImportProblems(state.id, numbered);
      const after: ImportState = {
        ...state,
        counts,
        position: batch.position,
        batches: next,
        updatedAt: at,
        status: 'running',
      };
      await unitOfWork.putImport(after);
      return after;
    });
    Object.assign(state, updated);
  }

  private async finish(state: ImportState): Promise<void> {
    const at = this.context.clock().toISOString();
    await this.context.store.transaction(this.context.actor, async (unitOfWork) => {
      const finished: ImportState = {
        ...state,
        status: 'completed',
        updatedAt: at,
        finishedAt: at,
        error: null,
        owner: null,
      };
      await unitOfWork.putImport(finished);
      Object.assign(state, finished);
    });
  }

  private recordedOptions(): Record<string, unknown> {
    const { profile: _profile, currentYear: _year, ...rest } = this.options;
    return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  }
}

/** A batch cut from the reading: its facts and report lines, where it ends, and what reading counted in it. */
interface Batch {
  facts: PendingFact[];
  problems: ImportProblem[];
  position: number;
  read: ImportCounts;
}

/** Adds the row counts of `delta` (what reading counts) to `counts`. */
function addCounts(counts: ImportCounts, delta: ImportCounts): ImportCounts {
  counts.rows += delta.rows;
  counts.mapped += delta.mapped;
  counts.rejected += delta.rejected;
  counts.junk += delta.junk;
  counts.warnings += delta.warnings;
  counts.sheetsSkipped += delta.sheetsSkipped;
  return counts;
}

/** Placeholders that make a draft checkable before its batch knows the real ids. */
const PLACEHOLDER_SOURCE = 'src_placeholder';
const PLACEHOLDER_PERSON = 'per_placeholder';

/** How many facts of each kind a trusted profile has checked in full before the rest go by its word. */
const TRUSTED_CHECKS = 500;

/**
 * Checks each fact of a row against its kind's schema (with placeholder ids where the batch fills them in), and
 * keeps the schema's output (defaults applied). A fact the schema refuses rejects its row, naming the field.
 *
 * A built-in profile marked `trusted` builds its values with the checked readers of Row (dates, countries,
 * counts) and is tested against the schemas; after its first facts of each kind pass the full check, the rest
 * only get the defaults the schema added to those: the schema check costs more than the rest of the mapping.
 */
class FactChecker {
  private readonly checked = new Map<string, number>();
  private readonly defaults = new Map<string, Record<string, unknown>>();

  constructor(private readonly trusted: boolean) {}

  check(drafts: FactDraft[], raw: RawRow): { facts: PendingFact[]; problems: ImportProblem[] } {
    const facts: PendingFact[] = [];
    const problems: ImportProblem[] = [];
    for (const draft of drafts) {
      const data = this.checkOne(draft, raw, problems);
      if (!data) continue;
      facts.push({
        kind: draft.kind,
        key: draft.key,
        data,
        person: draft.person,
        references: draft.references,
        sheet: raw.sheet,
        row: raw.row,
      });
    }
    return { facts, problems };
  }

  private checkOne(
    draft: FactDraft,
    raw: RawRow,
    problems: ImportProblem[],
  ): Record<string, unknown> | undefined {
    const done = this.checked.get(draft.kind) ?? 0;
    if (this.trusted && done >= TRUSTED_CHECKS) {
      const data = { ...draft.data };
      for (const [field, value] of Object.entries(this.defaults.get(draft.kind) ?? {})) {
        if (data[field] === undefined) data[field] = value;
      }
      return data;
    }
    this.checked.set(draft.kind, done + 1);
    const kind = kindOf(draft.kind);
    const candidate: Record<string, unknown> = {
      ...draft.data,
      sourceIds: [PLACEHOLDER_SOURCE],
      origin: { sourceId: PLACEHOLDER_SOURCE, row: Math.max(1, raw.row) },
    };
    if (draft.person !== undefined) candidate.personId = PLACEHOLDER_PERSON;
    for (const reference of draft.references ?? []) {
      candidate[reference.field] = `${kindOf(reference.kind).prefix}_placeholder`;
    }
    const parsed = kind.schema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push({
          sheet: raw.sheet,
          row: raw.row,
          column: null,
          value: null,
          reason: `${kind.label} ${issue.path.join('.') || '(whole)'}: ${issue.message}`,
          severity: 'error',
        });
      }
      return undefined;
    }
    const data = parsed.data as Record<string, unknown>;
    delete data.sourceIds;
    delete data.origin;
    if (draft.person !== undefined) delete data.personId;
    for (const reference of draft.references ?? []) delete data[reference.field];
    if (this.trusted) this.learnDefaults(draft.kind, draft.data, data);
    return data;
  }

  /** The fields the schema filled in that the draft left out (`aliases: []`): its defaults. */
  private learnDefaults(kind: string, given: Record<string, unknown>, output: Record<string, unknown>): void {
    const defaults = this.defaults.get(kind) ?? {};
    for (const [field, value] of Object.entries(output)) {
      if (given[field] === undefined && !(field in defaults)) defaults[field] = value;
    }
    this.defaults.set(kind, defaults);
  }
}

/** Rows in a plain CSV or NDJSON file, from its line breaks (quoted line breaks make it an estimate). */
async function estimateRows(path: string, options: ImportOptions): Promise<number | null> {
  if (/\.(xlsx|json)$/i.test(path) || options.format === 'xlsx' || options.format === 'json') return null;
  // Compressed (by its first bytes, whatever its name): its line breaks cannot be counted without inflating it.
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    await handle.read(magic, 0, 2, 0);
    if (magic[0] === 0x1f && magic[1] === 0x8b) return null;
  } finally {
    await handle.close();
  }
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    let index = buffer.indexOf(10);
    while (index !== -1) {
      lines += 1;
      index = buffer.indexOf(10, index + 1);
    }
  }
  return Math.max(0, lines - 1);
}

export type { OpenedTable };
