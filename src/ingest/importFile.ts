import { basename } from 'node:path';
import { kindOf, type KindName, type Source } from '../core/entities/index.js';
import { DomainError } from '../core/errors.js';
import { HEADER_SEARCH_ROWS, PRESCAN_ROWS } from '../core/importing/sheet.js';
import { startSheet, type RawRow, type SheetMapper } from '../core/importing/sheetMapper.js';
import type { ImportProblem, ImportProfile } from '../core/importing/types.js';
import {
  emptyCounts,
  type ImportCounts,
  type ImportState,
  type NumberedProblem,
} from '../core/ports/imports.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import { checkDecompression, openTable, type TableOptions } from './readers/table.js';
import { writeBatch, type PendingFact } from './batchWriter.js';
import { FactChecker } from './factChecker.js';
import { fileFacts } from './fileFacts.js';
import { factId } from './factIds.js';
import { Occurrences } from './occurrences.js';
import type { FactWarning } from '../core/entities/common.js';
import { inProgress, ownerAlive, THIS_PROCESS } from './ownership.js';

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
  /**
   * What this run did: nothing for a file imported before; for an import taken up after a checkpoint, only what
   * was done after it (`state.counts` holds the whole import's).
   */
  thisRun: ImportCounts;
}

const DEFAULT_BATCH_ROWS = 5000;
/** The report keeps an import's first 100,000 problems; rows after that are still counted, not listed. */
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
  const { checksum, size, estimatedRows } = await fileFacts(path, options);
  const profileId = options.profileId ?? options.profile.name;
  const dataset = options.dataset ?? options.profile.name;
  const identity = { checksum, dataset, profile: profileId };
  const done = await context.store.findImport(identity);
  if (done?.status === 'completed') {
    return { state: done, alreadyImported: true, resumed: false, problems: [], thisRun: emptyCounts() };
  }
  // The header of the first sheet is checked before anything is written: a wrong profile changes nothing.
  await checkFirstSheet(path, options);
  const run = new ImportRun(context, path, options, hooks, estimatedRows);
  const file = { fileName: options.fileName ?? basename(path), size };
  const resumable = done && (done.status === 'running' || done.status === 'failed') ? done : undefined;
  // A dry run only reads: it takes nothing over. Stop-on-error checks a file before its first batch only.
  const checking = options.dryRun === true || (options.stopOnError === true && !resumable);
  if (!options.dryRun && resumable?.status === 'running' && ownerAlive(resumable))
    throw inProgress(resumable);
  let state = resumable && !options.dryRun ? await run.claim(resumable) : undefined;
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
      return {
        state: ended,
        alreadyImported: false,
        resumed: false,
        problems: check.problems,
        thisRun: ended.counts,
      };
    }
  }
  if (!state || state.status === 'checking') {
    const begun = await run.begin(identity, file, state?.id);
    if (!state) hooks.started?.(begun.id);
    state = begun;
  }
  const before = structuredClone(state.counts);
  try {
    await run.pass({ write: true, state });
  } catch (error) {
    await run.fail(state, error);
    throw error;
  }
  return {
    state,
    alreadyImported: false,
    resumed: resumable !== undefined,
    problems: [],
    thisRun: countsSince(state.counts, before),
  };
}

/**
 * Checks, before anything is written, that some sheet has the profile's header and a row under it: the first sheet
 * whose first rows name the profile's columns (a workbook may open with a sheet of notes). A file where none does
 * is refused with each sheet's reason; a wrong profile, or a file of a header alone, changes nothing. A gzipped
 * file is read through first: one that decompresses beyond the read limits is refused here, not part-way.
 */
async function checkFirstSheet(path: string, options: ImportOptions): Promise<void> {
  await checkDecompression(path, options);
  const table = await openTable(path, options);
  const reasons: string[] = [];
  try {
    let head: RawRow[] = [];
    let sheet: string | null | undefined;
    const named = (reason: string) => (table.sheets.length > 1 ? `sheet ${sheet ?? '?'}: ${reason}` : reason);
    // `ended`: all of the sheet is in `head`, so a header with nothing under it is a sheet without data.
    const fits = (ended: boolean) => {
      if (head.length === 0) return false;
      const start = startSheet(options.profile, head, options.currentYear, table.header?.());
      if (!start.ok) {
        reasons.push(named(start.reason));
        return false;
      }
      if (!ended || head.some((row) => row.row > start.headerRow)) return true;
      const unit = table.format === 'xlsx' ? 'row' : 'line';
      reasons.push(named(`the header is on ${unit} ${start.headerRow} but no data rows follow`));
      return false;
    };
    let judged = false;
    for await (const row of table.rows) {
      if (row.sheet !== sheet) {
        if (!judged && fits(true)) return;
        sheet = row.sheet;
        head = [];
        judged = false;
      }
      if (judged) continue;
      head.push(row);
      if (head.length === HEADER_SEARCH_ROWS) {
        // Judged on its first rows; the rest of a sheet that does not fit is only read past.
        if (fits(false)) return;
        judged = true;
        if (table.sheets.length === 1) break;
      }
    }
    if (!judged && fits(true)) return;
    throw new DomainError(
      'invalid_input',
      `${basename(path)}: ${reasons.join('; ') || 'the file holds no rows'}`,
      { path: ['file'] },
    );
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
    private readonly totalRows: number | null,
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

  /** Creates the import's source and ledger row, in one transaction. */
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
    const won = await this.context.store.transaction(this.context.actor, (unitOfWork) =>
      unitOfWork.claimImport(state, claimed),
    );
    if (!won) {
      const latest = (await this.context.store.getImport(state.id)) ?? state;
      throw inProgress(latest);
    }
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
    const totalRows = this.totalRows;
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
      // `warnings` counts the report's warning lines, of kept and rejected rows alike.
      if (problem.severity === 'warning') read.warnings += 1;
      if (write) pendingProblems.push(problem);
      else if (problems.length < MAX_PROBLEMS) problems.push(problem);
    };
    const dataset = this.options.dataset ?? this.options.profile.name;
    const occurrences = new Occurrences();
    const numbering = this.options.profile.occurrences === true;
    const take = (raw: RawRow, mapper: SheetMapper) => {
      position += 1;
      if (position <= skip) {
        // Rows a committed batch wrote are mapped again only to number occurrences as one clean run does.
        if (numbering) {
          const outcome = mapper.map(raw);
          if (outcome.status === 'mapped') occurrences.number(outcome.facts, raw.sheet, raw.row);
        }
        return;
      }
      read.rows += 1;
      const outcome = mapper.map(raw);
      if (outcome.status === 'junk') {
        read.junk += 1;
        if (outcome.problem) report(outcome.problem);
        return;
      }
      const repeats =
        numbering && outcome.status === 'mapped' ? occurrences.number(outcome.facts, raw.sheet, raw.row) : [];
      const checked = outcome.status === 'mapped' ? checker.check(outcome.facts, raw) : undefined;
      const rowProblems = [...outcome.problems, ...repeats, ...(checked?.problems ?? [])];
      if (checked && checked.problems.length === 0) nameFacts(rowProblems, checked.facts, dataset);
      for (const problem of rowProblems) report(problem);
      if (outcome.status === 'rejected' || !checked || checked.problems.length > 0) {
        read.rejected += 1;
        return;
      }
      read.mapped += 1;
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

/** What was counted after `before`: the counts of one run of an import that went on from a checkpoint. */
function countsSince(after: ImportCounts, before: ImportCounts): ImportCounts {
  const since = emptyCounts();
  for (const field of [
    'rows',
    'mapped',
    'rejected',
    'junk',
    'warnings',
    'problems',
    'conflicts',
    'retractedKept',
    'sheetsSkipped',
  ] as const)
    since[field] = after[field] - before[field];
  for (const field of ['created', 'updated', 'unchanged'] as const) {
    for (const [kind, value] of Object.entries(after[field]) as Array<[KindName, number]>) {
      const delta = value - (before[field][kind] ?? 0);
      if (delta !== 0) since[field][kind] = delta;
    }
  }
  return since;
}

/**
 * Names on each warning of a kept row the fact it travels with (the report page opens that fact): the row's one
 * fact, or the one that carries the warning.
 */
function nameFacts(problems: ImportProblem[], facts: readonly PendingFact[], dataset: string): void {
  for (const problem of problems) {
    if (problem.severity !== 'warning' || problem.factId) continue;
    const fact =
      facts.length === 1
        ? facts[0]
        : facts.find((candidate) =>
            ((candidate.data.warnings as FactWarning[] | undefined) ?? []).some(
              (warning) =>
                warning.column === problem.column && warning.reason === problem.reason.slice(0, 600),
            ),
          );
    if (fact) problem.factId = factId(dataset, fact.kind, fact.key);
  }
}
