/** Factories and assertions shared by the deadlines tests. */
import type { z } from 'zod';
import { expect } from 'vitest';
import { bundleSchema } from '../../src/core/rules/bundle.js';
import type { ClockId } from '../../src/core/rules/deadlines.data.js';
import { computeDeadlines, type Deadline, type PersonBundle } from '../../src/core/rules/deadlines.js';

/**
 * One person's facts through the bundle schema. Without `transfer` the result has none, as for a person not yet
 * transferred. (Own factory rather than bundles.ts's, whose base transfer would start clocks of its own.)
 */
export function facts(changes: Partial<z.input<typeof bundleSchema>> = {}): PersonBundle {
  const { transfer, ...rest } = bundleSchema.parse({ version: 1, transfer: {}, ...changes });
  return changes.transfer ? { ...rest, transfer } : rest;
}

/** Milliseconds of an ISO instant moved by `seconds`. */
export const at = (instant: string, seconds = 0) => Date.parse(instant) + seconds * 1000;

/** The one deadline of a clock, if listed (a clock is never listed twice for the same facts). */
export function clock(id: ClockId, bundles: PersonBundle[], now: number): Deadline | undefined {
  const found = computeDeadlines(bundles, now).filter((deadline) => deadline.clock === id);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

/** Asserts the clock runs `length` ms from `start`: open one second before its end, closed one second after. */
export function expectBoundary(id: ClockId, bundles: PersonBundle[], start: string, length: number) {
  const end = at(start) + length;
  const before = clock(id, bundles, end - 1000);
  expect(before).toMatchObject({ open: true, timeLeftMs: 1000, startsAt: new Date(start).toISOString() });
  expect(before?.endsAt).toBe(new Date(end).toISOString());
  expect(clock(id, bundles, end + 1000)).toMatchObject({ open: false, timeLeftMs: 0 });
  expect(clock(id, bundles, end + 1000)?.closedBy).toBeUndefined();
}

export const issued = '2025-09-01T15:00:00Z';
export const final = '2025-10-01T00:00:00Z';
export const served = '2025-08-01T08:00:00Z';
export const order = (changes: object = {}) => ({
  authority: 'INA240' as const,
  issuedAt: issued,
  finalAt: final,
  ...changes,
});
export const notice = (kind: 'third_country' | 'aea', namesCountry = 'SSD') => ({
  kind,
  servedAt: served,
  namesCountry,
});
export const removal = (departureAt: string) => ({
  authority: 'INA241' as const,
  from: 'USA',
  destination: 'SSD',
  departureAt,
});
