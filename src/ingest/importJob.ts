import { rm } from 'node:fs/promises';
import { DomainError } from '../core/errors.js';
import type { ImportState } from '../core/ports/imports.js';
import type { UseCaseContext } from '../core/usecases/context.js';
import { importFile, type ImportOptions, type ImportResult } from './importFile.js';

/** A file received for an import: a temporary copy alone in its own directory, which the job removes. */
export interface ReceivedFile {
  directory: string;
  path: string;
  /** The name the sender gave the file: recorded with the import. */
  fileName: string;
}

/** Where a job that runs on after its request was answered reports what went wrong. */
export interface JobLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * How a job began: `started` once its ledger row exists (the import then goes on in the background, and `done`
 * settles when it has ended and its file is removed; it never rejects), or `settled` when the import ended before
 * it was recorded, which is only when the same file was imported completely before.
 */
export type JobStart =
  | { kind: 'started'; importId: string; done: Promise<void> }
  | { kind: 'settled'; state: ImportState; alreadyImported: boolean };

type Outcome = { ok: true; result: ImportResult } | { ok: false; error: unknown };

/**
 * Starts importing a received file as a recorded job and resolves as soon as the job can be followed in the
 * ledger. A failure before that (a header that does not fit the profile, an unreadable file) rejects, with the
 * file already removed and nothing recorded. After that the job's state lives only in the ledger: any process can
 * report it, and a failure is logged and left there for the caller to read, never thrown into the void.
 */
export async function startImportJob(
  context: UseCaseContext,
  file: ReceivedFile,
  options: Omit<ImportOptions, 'record' | 'fileName'>,
  log: JobLogger,
): Promise<JobStart> {
  let announce: (importId: string) => void = () => undefined;
  const started = new Promise<{ importId: string }>((resolve) => {
    announce = (importId) => resolve({ importId });
  });
  const outcome: Promise<Outcome> = importFile(
    context,
    file.path,
    { ...options, record: true, fileName: file.fileName },
    { started: (importId) => announce(importId) },
  ).then(
    (result) => ({ ok: true, result }),
    (error: unknown) => ({ ok: false, error }),
  );
  const first = await Promise.race([started, outcome]);
  if ('importId' in first) {
    const done = outcome
      .then((ended) =>
        ended.ok ? undefined : recordFailure(context, first.importId, namingTheFile(ended.error, file), log),
      )
      .catch((error: unknown) => log.error({ err: error, importId: first.importId }, 'import job failed'))
      .finally(() => removeDirectory(file.directory, log));
    return { kind: 'started', importId: first.importId, done };
  }
  await removeDirectory(file.directory, log);
  if (!first.ok) throw namingTheFile(first.error, file);
  return { kind: 'settled', state: first.result.state, alreadyImported: first.result.alreadyImported };
}

/**
 * Logs a job's failure and makes sure its ledger row says it ended, and why. The importer marks an import that
 * failed while writing (`failed`, resumable by sending the file again); one that failed while still checking the
 * file (a malformed row further down, say) would be left `checking` for ever, so it is closed here as `rejected`:
 * nothing of it was written, and `failed` would make the next upload resume an import that never began.
 */
async function recordFailure(
  context: UseCaseContext,
  importId: string,
  error: unknown,
  log: JobLogger,
): Promise<void> {
  log.error({ err: error, importId }, 'import job failed');
  const latest = await context.store.getImport(importId);
  const message = error instanceof Error ? error.message : String(error);
  if (!latest || (latest.status !== 'checking' && latest.status !== 'running' && latest.error === message)) {
    return;
  }
  const at = context.clock().toISOString();
  // The importer marks a failure while writing itself (unless the store failed it too), in words that may name
  // the temporary copy; a job is never left looking as if it were still at work.
  const status =
    latest.status === 'checking' ? 'rejected' : latest.status === 'running' ? 'failed' : latest.status;
  const ended: ImportState = {
    ...latest,
    status,
    updatedAt: at,
    finishedAt: status === 'rejected' ? at : latest.finishedAt,
    error: message,
  };
  await context.store.transaction(context.actor, (unitOfWork) => unitOfWork.putImport(ended));
}

/**
 * The readers name the file they read by its path: for a received file, that is a temporary copy whose place on
 * the server is nobody's business. Its errors are told with the name its sender gave it instead.
 */
function namingTheFile(error: unknown, file: ReceivedFile): unknown {
  if (!(error instanceof DomainError)) return error;
  const rename = (text: string) => text.split(file.path).join(file.fileName).split(file.directory).join('');
  const issues = error.details.issues?.map((issue) => ({
    ...issue,
    path: issue.path.map((part) => (typeof part === 'string' ? rename(part) : part)),
    message: rename(issue.message),
  }));
  return new DomainError(error.code, rename(error.message), {
    ...error.details,
    ...(issues ? { issues } : {}),
  });
}

async function removeDirectory(directory: string, log: JobLogger): Promise<void> {
  try {
    await rm(directory, { recursive: true, force: true });
  } catch (error) {
    log.error({ err: error, directory }, 'could not remove an uploaded file');
  }
}
