import { formatInLocalOffset, type Instant } from '../values/instant.js';
import { comparePartialDates, earliestDay, type PartialDate } from '../values/partialDate.js';

/**
 * When a fact says something happened, as precisely as its source gave it: a day or coarser, or an instant (then
 * `day` is the instant's calendar day in the offset the source wrote, the day that source would have written).
 * `path` names the field it was read from.
 */
export interface Moment {
  day: PartialDate;
  instant?: Instant;
  path: string[];
}

/** The moment of an instant. */
export function instantMoment(instant: Instant, path: string[]): Moment {
  return { day: localDay(instant), instant, path };
}

/** The moment of a partial date. */
export function dayMoment(date: PartialDate, path: string[]): Moment {
  return { day: date, path };
}

function localDay(instant: Instant): PartialDate {
  return formatInLocalOffset(instant).slice(0, 10) as PartialDate;
}

/**
 * Whether one moment certainly precedes another. Two instants compare exactly; otherwise calendar days compare as
 * days, as partial dates always do here (`2025-03` is not before `2025-03-15`: some reading of it is not).
 */
export function certainlyBefore(left: Moment, right: Moment): boolean {
  if (left.instant && right.instant) return left.instant.utc < right.instant.utc;
  return comparePartialDates(left.day, right.day) === 'before';
}

/** Neither certainly before `from` nor certainly after `to`: some reading puts it between them. */
export function possiblyBetween(moment: Moment, from: Moment, to: Moment): boolean {
  return !certainlyBefore(moment, from) && !certainlyBefore(to, moment);
}

// A calendar day has begun somewhere on Earth as soon as it has begun at UTC+14: a date of "today" written in
// Kiribati while UTC is still on yesterday is not in the future.
const EARLIEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/** Whether a moment is certainly still to come at `now`, whatever time zone its day was written in. */
export function certainlyAfterNow(moment: Moment, now: Date): boolean {
  if (moment.instant) return moment.instant.utc > now.toISOString();
  const latestToday = new Date(now.getTime() + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
  return earliestDay(moment.day) > latestToday;
}

/** The moment as its source wrote it, for messages: the date, or the instant in its own offset. */
export function shown(moment: Moment): string {
  return moment.instant ? formatInLocalOffset(moment.instant).replace('.000', '') : moment.day;
}
