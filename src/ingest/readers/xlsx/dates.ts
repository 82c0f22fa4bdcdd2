/**
 * Excel's dates: numbers of days (and fractions of a day) since an epoch, shown as dates by the cell's number
 * format. Turned into ISO text here, since the importer parses dates from text.
 */

const SECONDS_PER_DAY = 86_400;
// Days from 1970-01-01 to each system's day 0. The 1900 system counts 1900-02-29, a day that never was (Lotus
// 1-2-3's bug, kept by Excel): serial 60 is that day, and serials above it are one day ahead of a plain count
// from 1899-12-31, so they count from 1899-12-30.
const EPOCH_1900_BEFORE_LEAP_BUG = -25_568;
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;
/** 9999-12-31 in the 1900 system, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/**
 * The ISO text of a date serial: `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day (rounded to the
 * second, as Excel shows it), and `HH:MM:SS` alone for a time without a date (a serial below 1). Undefined for
 * serials no date format shows (negative, or past 9999).
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  if (seconds === SECONDS_PER_DAY) {
    days += 1;
    seconds = 0;
  }
  const time = timeOfDay(seconds);
  if (days === 0) return time;
  const date = calendarDate(days, date1904);
  return seconds === 0 ? date : `${date}T${time}`;
}

function calendarDate(days: number, date1904: boolean): string {
  if (date1904) return isoDate(EPOCH_1904 + days);
  if (days === 60) return '1900-02-29';
  return isoDate((days < 60 ? EPOCH_1900_BEFORE_LEAP_BUG : EPOCH_1900) + days);
}

/**
 * `YYYY-MM-DD` of a day counted from 1970-01-01, by Howard Hinnant's civil-from-days arithmetic: a Date and its
 * toISOString cost a fifth of the time of reading a sheet full of dates.
 */
function isoDate(daysSince1970: number): string {
  const shifted = daysSince1970 + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

function timeOfDay(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds % 60)}`;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
