/** Instants for the fictional timelines: computed in UTC milliseconds, written with the offset a source would use. */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type UsZone = 'eastern' | 'central' | 'mountain';

const US_STANDARD_OFFSET: Record<UsZone, number> = { eastern: -5, central: -6, mountain: -7 };

// Fixed offsets of the receiving states in the summer of 2025; offsets only label an instant, so a state that
// shifts by an hour in winter is still shown at the right moment.
const COUNTRY_OFFSET: Record<string, number> = {
  SLV: -6,
  GTM: -6,
  HND: -6,
  NIC: -6,
  CRI: -6,
  MEX: -6,
  PAN: -5,
  COL: -5,
  ECU: -5,
  JAM: -5,
  CUB: -4,
  VEN: -4,
  GHA: 0,
  GMB: 0,
  NGA: 1,
  SSD: 2,
  SWZ: 2,
  RWA: 2,
  XKX: 2,
  UGA: 3,
  DJI: 3,
  VNM: 7,
  LAO: 7,
};

/** The UTC instant of a local wall-clock time written with its offset, e.g. `2025-03-15T17:45:00-05:00`. */
export function toMs(text: string): number {
  return Date.parse(text);
}

function sundayOnOrAfter(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month, day));
  return Date.UTC(year, month, day + ((7 - date.getUTCDay()) % 7));
}

/** US daylight time: second Sunday of March to first Sunday of November (switch hours ignored). */
function usDaylight(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return ms >= sundayOnOrAfter(year, 2, 8) + 8 * HOUR && ms < sundayOnOrAfter(year, 10, 1) + 7 * HOUR;
}

function formatOffset(hours: number): string {
  const sign = hours < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

function writeWithOffset(ms: number, offsetHours: number): string {
  const local = new Date(ms + offsetHours * HOUR).toISOString().slice(0, 19);
  return `${local}${formatOffset(offsetHours)}`;
}

/** An instant as a US facility's records would write it. */
export function usLocal(ms: number, zone: UsZone): string {
  return writeWithOffset(ms, US_STANDARD_OFFSET[zone] + (usDaylight(ms) ? 1 : 0));
}

/** An instant as the receiving state's records would write it (UTC when the state is not in the table). */
export function countryLocal(ms: number, country: string): string {
  return writeWithOffset(ms, COUNTRY_OFFSET[country] ?? 0);
}

/** The day an instant text names, as written (its local date): what a source would put in a date column. */
export function dayOf(text: string): string {
  return text.slice(0, 10);
}

/** Rounds down to the quarter hour, as records of events are written. */
export function quarterHour(ms: number): number {
  return ms - (ms % (15 * 60_000));
}
