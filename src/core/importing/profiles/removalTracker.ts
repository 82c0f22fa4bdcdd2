import { resolveCountry, type CountryCode } from '../../values/country.js';
import { resolveNationality } from '../../values/nationality.js';
import { comparePartialDates, type PartialDate } from '../../values/partialDate.js';
import type { Row } from '../row.js';
import type { ImportProfile } from '../types.js';
import { contradictingNotes, cut, readCountCell } from './shared.js';

/** Groups that name no nationality (`Various`, `mixed`, `varios`): no country, and nothing to warn about. */
const NO_NATIONALITY =
  /^(?:various|mixed|multiple|several|others?|unknown|unspecified|not specified|n\/?a|varios|varias|diversos|diversas|otros|otras)$/i;
/** Words before a nationality that do not change it (`mostly Venezuelan`, `including Afghan`). */
const LEADING_QUALIFIER =
  /^(?:mostly|mainly|primarily|largely|including|incl\.?|mayormente|principalmente)\s+/i;
/** How trackers list nationalities: `Iranian, Afghan`, `Cuban / Haitian`, `Iranian and Afghan`. */
const LIST_SEPARATOR = /\s*(?:[,;/&+]|\band\b|\by\b)\s*/i;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Community trackers of third-country removals (hand-compiled, aggregate): one reported count per row. Trackers
 * have no ids: a removal is known by its destination and dates, and rows with the same ones are told apart by
 * their order (the second Egypt row of a day is the second removal that day), never by the count, which a
 * corrected tracker changes in place (Egypt 20 → 25 is a correction of the same removal, not a second one).
 * Their known faults are handled where they show: a date shared by many rows is flagged as the likely scrape date
 * (kept, since it is all the row says, with the warning on the fact), counts that lost their thousands (`6.500`,
 * `6 500`) read as thousands, and notes that give another number (`At least 6,500` beside `6`) kept as an
 * alternative reading; a row without a count is a removal of unknown size; link text scraped with the page is
 * skipped.
 */
export const removalTracker: ImportProfile = {
  name: 'removal-tracker',
  title: 'Community tracker of third-country removals',
  description: 'One row per reported removal: counts by destination, dates and the nationalities named.',
  source: { kind: 'dataset', publisher: 'Community tracker (hand-compiled)', reliability: 'C' },
  trusted: true,
  occurrences: true,
  produces: ['reportedCount'],
  columns: [
    { name: 'destination_country', required: true },
    { name: 'date', required: true, scrapeDate: true },
    { name: 'date_range_end', date: true },
    { name: 'number_removed', required: true },
    { name: 'origin_nationalities' },
    { name: 'source_urls' },
    { name: 'notes' },
  ],
  map(row, emit) {
    const scraped = scrapedText(row);
    if (scraped !== undefined) {
      row.skip(`link text scraped with the page (${scraped}): no country, date or count`);
      return;
    }
    const toCountry = row.country('destination_country');
    if (row.text('destination_country') === undefined) {
      row.error('destination_country', 'every row needs the country people were removed to');
    }
    const dateFrom = row.date('date');
    if (row.text('date') === undefined) row.error('date', 'every row needs its date');
    const dateTo = rangeEnd(row, dateFrom);
    const cell = readCountCell(row, 'number_removed');
    const nationalities = readNationalities(row);
    if (!toCountry || !dateFrom || row.hasErrors) return;
    const alternatives = contradictingNotes(row, cell, 'number_removed', 'notes');
    const group = row.text('origin_nationalities');
    const notes = row.text('notes');
    emit({
      kind: 'reportedCount',
      key: `tracker:${toCountry}|${dateFrom}|${dateTo ?? ''}`,
      occurrence: 'count',
      data: {
        count: cell.count,
        qualifier: cell.qualifier,
        toCountry,
        dateFrom,
        dateTo,
        nationalities,
        group: group && cut(group, 300),
        description: notes && cut(notes, 2000),
        note: sourcesNote(row.text('source_urls')),
        withheld: cell.withheld ? ['count'] : undefined,
        alternatives: alternatives.length > 0 ? alternatives : undefined,
      },
    });
  },
};

/**
 * The text of a row that is link text scraped with the page (`Read more`, `Hard-G History`), not a removal: no
 * cell of the country, date or count columns reads as one (no known country, no digit in the date or count).
 */
function scrapedText(row: Row): string | undefined {
  const destination = row.text('destination_country');
  if (destination !== undefined && resolveCountry(destination) !== undefined) return undefined;
  for (const column of ['date', 'date_range_end', 'number_removed']) {
    if (/\d/.test(row.text(column) ?? '') || row.isWithheld(column)) return undefined;
  }
  const text =
    destination ?? row.text('notes') ?? row.text('origin_nationalities') ?? row.text('source_urls') ?? '';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * The end of the row's date range. One before the start is an error (the start is often the scrape date: the
 * row must be looked at). One that only a stored range cannot hold, a month or year ending a range that starts
 * on a day inside it, is dropped with a warning.
 */
function rangeEnd(row: Row, dateFrom: PartialDate | undefined): PartialDate | undefined {
  const dateTo = row.date('date_range_end');
  if (dateTo === undefined || dateFrom === undefined || dateTo >= dateFrom) return dateTo;
  if (comparePartialDates(dateTo, dateFrom) === 'before') {
    row.error('date_range_end', `${dateTo} is before the row's date ${dateFrom}`);
  } else {
    row.warn('date_range_end', `${dateTo} is less precise than the start ${dateFrom}; the end is left out`);
  }
  return undefined;
}

/** The countries of the nationalities named; words naming no one country are warned about and left out. */
function readNationalities(row: Row): CountryCode[] {
  const text = row.text('origin_nationalities');
  if (text === undefined) return [];
  // One name that holds a separator (`Serbia and Montenegro`, `Venezuela, Bolivarian Republic of`) is one country.
  const whole = resolveNationality(text.replace(LEADING_QUALIFIER, ''));
  if (whole !== undefined) return [whole];
  const codes = new Set<CountryCode>();
  const unknown: string[] = [];
  for (const written of text.split(LIST_SEPARATOR)) {
    const piece = written.trim().replace(LEADING_QUALIFIER, '');
    if (piece === '' || NO_NATIONALITY.test(piece)) continue;
    const code = resolveNationality(piece);
    if (code === undefined) unknown.push(piece);
    else codes.add(code);
  }
  if (unknown.length > 0) {
    row.warn(
      'origin_nationalities',
      `${unknown.join(', ')}: not a nationality of one country this importer knows; left out of the nationalities`,
    );
  }
  return [...codes].slice(0, 50);
}

/** The source links, one a line, or the text as written when it is not a list of links. */
function sourcesNote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const pieces = text.split(/[\s,;|]+/).filter((piece) => piece !== '');
  const links = pieces.every((piece) => URL.test(piece)) ? pieces.join('\n') : text;
  return cut(`Sources:\n${links}`, 4000);
}
