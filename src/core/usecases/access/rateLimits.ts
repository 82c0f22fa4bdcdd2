import { DomainError } from '../../errors.js';
import type { AccessState } from '../../ports/accounts.js';

/** A fixed-window limit: at most `max` hits per `windowSeconds` in one bucket (an address, an account). */
export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

/** How long a window's rows are kept: the longest window in use is 15 minutes. */
const KEEP_MS = 24 * 60 * 60 * 1000;

function windowOf(limit: Limit, now: Date): { start: string; retryAfterSeconds: number } {
  const size = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / size) * size;
  return {
    start: new Date(start).toISOString(),
    retryAfterSeconds: Math.max(1, Math.ceil((start + size - now.getTime()) / 1000)),
  };
}

function limited(limit: Limit, retryAfterSeconds: number, what: string): DomainError {
  return new DomainError('rate_limited', `${what}: try again in ${retryAfterSeconds} seconds`, {
    retryAfterSeconds,
  });
}

/**
 * Counts a hit and fails with rate_limited once the window holds more than the limit. The counters are rows of
 * the database, so every API process counts against the same limit. The first hit of a window also removes
 * windows older than a day.
 */
export async function countHit(state: AccessState, limit: Limit, now: Date, what: string): Promise<void> {
  const window = windowOf(limit, now);
  const hits = await state.countHits(limit.bucket, window.start, 1);
  if (hits === 1) await state.pruneRateLimits(new Date(now.getTime() - KEEP_MS).toISOString());
  if (hits > limit.max) throw limited(limit, window.retryAfterSeconds, what);
}

/** Fails with rate_limited when the window is already full, without counting (a check before the attempt). */
export async function assertUnderLimit(
  state: AccessState,
  limit: Limit,
  now: Date,
  what: string,
): Promise<void> {
  const window = windowOf(limit, now);
  if ((await state.countHits(limit.bucket, window.start, 0)) >= limit.max)
    throw limited(limit, window.retryAfterSeconds, what);
}

/** Adds a hit without failing (a failed sign-in, counted for the next attempt). */
export async function addHit(state: AccessState, limit: Limit, now: Date): Promise<void> {
  await state.countHits(limit.bucket, windowOf(limit, now).start, 1);
}
