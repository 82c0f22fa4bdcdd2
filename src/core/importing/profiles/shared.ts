import type { CountryCode } from '../../values/country.js';
import type { Alternative } from '../../entities/common.js';
import type { Row } from '../row.js';
import { THIS_IMPORT_SOURCE } from '../types.js';
import { parseCount } from '../values.js';

/** A person's citizenship as a release gives it: the countries, and what the note must keep of the text. */
export interface Citizenship {
  nationalities: CountryCode[];
  /** The text as written when it could not become a country (`STATELESS`, a name not known), for the record. */
  note?: string | undefined;
}

/**
 * Reads a citizenship column: a country, `STATELESS` (no nationality, said in the note), or a state that no
 * longer exists (`YUGOSLAVIA`, `SOVIET UNION`: kept as its ISO 3166-3 code, warned). A name the importer does not
 * know is a warning: the person record stands without it, the name kept in the note.
 */
export function readCitizenship(row: Row, column: string): Citizenship {
  const text = row.text(column);
  if (text === undefined) return { nationalities: [] };
  if (/^stateless$/i.test(text)) return { nationalities: [], note: 'Stateless, as the source says.' };
  const code = row.country(column, { severity: 'warning' });
  return code ? { nationalities: [code] } : { nationalities: [], note: `Citizenship as written: ${text}.` };
}

/** Text cut to a field's limit at a word boundary, with an ellipsis saying it was cut. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  const space = head.lastIndexOf(' ');
  return `${space > limit / 2 ? head.slice(0, space) : head}…`;
}

/** Notes made of parts, the absent ones left out; undefined when none is present. */
export function joinNote(parts: ReadonlyArray<string | undefined>, separator = '; '): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length > 0 ? present.join(separator) : undefined;
}

/** A count cell as a reported count stores it: a number with its qualifier, or unknown (null) with the reason. */
export interface CountCell {
  count: number | null;
  qualifier: 'exact' | 'about' | 'at_least' | 'at_most';
  withheld: boolean;
  note?: string | undefined;
}

/**
 * Unknown is a value: a count that is empty, withheld or unreadable still makes the event, of unknown size, with
 * a warning that says why (the cell is quoted in the report and travels with the fact).
 */
export function readCountCell(row: Row, column: string): CountCell {
  if (row.isWithheld(column)) {
    row.warn(column, 'the count is withheld: the event is kept, its size unknown');
    return { count: null, qualifier: 'exact', withheld: true };
  }
  const text = row.text(column);
  if (text === undefined) {
    row.warn(column, 'no count given: the event is kept, its size unknown');
    return { count: null, qualifier: 'exact', withheld: false };
  }
  const reading = parseCount(text);
  if ('problem' in reading) {
    row.warn(column, `${reading.problem}: the event is kept, its size unknown`);
    return { count: null, qualifier: 'exact', withheld: false };
  }
  return { count: reading.count, qualifier: reading.qualifier, withheld: false, note: reading.note };
}

const QUALIFIER_WORDS: ReadonlyArray<[RegExp, CountCell['qualifier']]> = [
  [/^(?:at least|more than|over|upwards of|no fewer than|al menos|m[aá]s de|por lo menos)$/i, 'at_least'],
  [/^(?:at most|up to|fewer than|less than|no more than|hasta|menos de)$/i, 'at_most'],
  [
    /^(?:about|around|approximately|approx\.?|some|nearly|almost|roughly|circa|an estimated|unos|unas|cerca de|aproximadamente|casi)$/i,
    'about',
  ],
];
/** A number of persons in running text: a qualifier or a word for persons must stand beside it. */
const COUNT_IN_TEXT = new RegExp(
  String.raw`(?:\b(at least|more than|over|upwards of|no fewer than|at most|up to|fewer than|less than|no more than|about|around|approximately|approx\.?|some|nearly|almost|roughly|circa|an estimated|al menos|m[aá]s de|por lo menos|hasta|menos de|unos|unas|cerca de|aproximadamente|casi)\s+)?` +
    String.raw`\b(\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\3\d{3})*|\d+)\b(?!\s*(?:%|percent|por ciento|km|kg|flights?|vuelos?|planes?|aviones?|days?|d[ií]as?|hours?|horas?|years?|a[nñ]os?))` +
    String.raw`(\s+(?:[\p{L}-]+\s+){0,2}?(?:people|persons?|migrants?|deportees?|individuals?|men|women|children|minors|returnees|nationals|detainees|prisoners|asylum seekers|removed|deported|expelled|personas?|migrantes|deportad[oa]s|hombres|mujeres|ni[nñ]os|menores|retornad[oa]s|expulsad[oa]s|detenid[oa]s)\b)?`,
  'giu',
);

/** A number of persons the notes give, as written, with its qualifier. */
interface CountInText {
  count: number;
  qualifier: CountCell['qualifier'];
  text: string;
}

/** The numbers of persons running text gives (`At least 6,500 deported`, `about 300 migrants`). */
export function countsInText(text: string): CountInText[] {
  const found: CountInText[] = [];
  for (const match of text.matchAll(COUNT_IN_TEXT)) {
    const [whole, qualifierText, digits = '', , noun] = match;
    if (qualifierText === undefined && noun === undefined) continue;
    const count = Number(digits.replace(/\D/g, ''));
    if (!Number.isSafeInteger(count)) continue;
    const qualifier =
      QUALIFIER_WORDS.find(
        ([pattern]) => qualifierText !== undefined && pattern.test(qualifierText.trim()),
      )?.[1] ?? 'exact';
    found.push({ count, qualifier, text: whole.trim() });
  }
  return found;
}

/**
 * Notes that contradict the count: a number of persons in the notes that is not the count (`At least 6,500`
 * beside `6`, a count that lost its thousands). Both readings are kept: the count as the cell gives it, the notes'
 * as an alternative reading of the fact with a warning, for a person to decide; figures count the range.
 */
export function contradictingNotes(
  row: Row,
  cell: CountCell,
  countColumn: string,
  notesColumn: string,
): Alternative[] {
  const notes = row.text(notesColumn);
  if (notes === undefined) return [];
  const readings = countsInText(notes);
  // Notes that also give the count itself are explaining it (`6 of the 6,500 deported since May`).
  if (cell.count === null || readings.some((reading) => reading.count === cell.count)) return [];
  const alternatives: Alternative[] = [];
  for (const reading of readings.slice(0, 3)) {
    row.warn(
      notesColumn,
      `the notes give ${reading.text} where ${countColumn} gives ${cell.count}: both readings are kept, the notes' as an alternative`,
    );
    const alternative: Alternative = {
      values: { count: reading.count, qualifier: reading.qualifier },
      sourceId: THIS_IMPORT_SOURCE,
      row: Math.max(1, row.number),
      column: notesColumn,
      reason: `the notes say "${reading.text}" where the count cell says ${cell.count}`,
    };
    if (row.sheet !== null) alternative.sheet = row.sheet;
    alternatives.push(alternative);
  }
  return alternatives;
}
