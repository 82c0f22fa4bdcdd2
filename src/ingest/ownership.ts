import { hostname } from 'node:os';
import { DomainError } from '../core/errors.js';
import type { ImportOwner, ImportState } from '../core/ports/imports.js';

/** This process, as the owner of the imports it runs. */
export const THIS_PROCESS: ImportOwner = { host: hostname(), pid: process.pid };

/** How long an import run by a process on another machine counts as alive after its last committed batch. */
const REMOTE_LEASE_MS = 10 * 60_000;

/**
 * Whether the process that was running an import is still at it. On this machine the process table says (a
 * process killed with `kill -9` is gone at once, and its import may be taken over); for another machine, whose
 * processes cannot be seen, a batch committed within the lease says it is.
 */
export function ownerAlive(state: ImportState): boolean {
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

export function inProgress(state: ImportState): DomainError {
  return new DomainError(
    'import_in_progress',
    `${state.fileName} is being imported (import ${state.id}, process ${state.owner?.pid} on ${state.owner?.host}, ` +
      `${state.position} rows done); wait for it to finish, or run this again once that process has stopped`,
    { importId: state.id },
  );
}
