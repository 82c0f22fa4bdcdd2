import type { Bundle } from './bundle.js';
import type { RuleWindow } from './types.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Parsed times by text: bundles repeat the same few instants, and rules read each many times. */
const parsed = new Map<string, number>();

/** Milliseconds since the epoch of an instant or a day (a day is read as 00:00 UTC); undefined when absent. */
export function ms(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  let result = parsed.get(value);
  if (result === undefined) {
    result = parseTime(value);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(value, result);
  }
  return result;
}

function parseTime(value: string): number {
  if (/^\d{4}$/.test(value)) return Date.parse(`${value}-01-01T00:00:00Z`);
  if (/^\d{4}-\d{2}$/.test(value)) return Date.parse(`${value}-01T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00Z`);
  return Date.parse(value);
}

/** The last millisecond a date may denote (the end of its year, month or day); instants are themselves. */
export function msEnd(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (/^\d{4}$/.test(value)) return Date.parse(`${Number(value) + 1}-01-01T00:00:00Z`) - 1;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return Date.UTC(year, month, 1) - 1;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00Z`) + DAY - 1;
  return Date.parse(value);
}

/** Whether an instant lies in a window: from inclusive, to exclusive. */
export function inWindow(at: number, window: RuleWindow | undefined): boolean {
  if (!window) return true;
  if (window.from !== undefined && at < (ms(window.from) as number)) return false;
  if (window.to !== undefined && at >= (ms(window.to) as number)) return false;
  return true;
}

/** The moment a rule is judged at: the departure (RULES.md), when known. */
export function departure(bundle: Bundle): number | undefined {
  return ms(bundle.transfer.departureAt);
}

/** The hand-over to foreign custody, when known. */
export function handOver(bundle: Bundle): number | undefined {
  return ms(bundle.transfer.custodyTransferAt);
}

/** A duration in hours, for facts and words (one decimal). */
export function hours(milliseconds: number): number {
  return Math.round((milliseconds / HOUR) * 10) / 10;
}
