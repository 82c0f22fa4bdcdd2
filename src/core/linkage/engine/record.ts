import type { PartialDate } from '../../values/partialDate.js';
import { canonicalANumber, canonicalPassport } from '../identifiers.js';
import { canonicalGivenNames, foldText, parseName, type NameReading } from '../normalize.js';
import type { Vocabulary } from './vocabulary.js';

/** A record as the engine takes it: names as written, everything else already read into its type. */
export interface LinkageRecord {
  /** Unique within its side of a link (or within the one file of a deduplication). */
  id: string;
  fullName?: string | undefined;
  givenNames?: string | undefined;
  familyNames?: string | undefined;
  birthDate?: PartialDate | undefined;
  sex?: 'female' | 'male' | undefined;
  /** An ISO 3166 alpha-3 code where the country was recognised, else the text as written. */
  nationality?: string | undefined;
  /**
   * Identifiers as written (A-numbers, passports), with their kind when the source says it (the registry does;
   * a CSV column does not); each is put in canonical form.
   */
  identifiers?: ReadonlyArray<string | { kind: string; value: string }> | undefined;
  /** Any other attributes, compared as strings, by name. */
  extras?: Readonly<Record<string, string>> | undefined;
}

/** One reading of the name, as interned word ids. */
export interface PreparedReading {
  /** The given names, in order. */
  given: readonly number[];
  /** The whole given-name string (`jose luis`), for the exact level. */
  givenWhole: number;
  /** The canonical names the first given name can stand for (nicknames resolved). */
  givenCanonical: readonly number[];
  /** Surnames, particles joined (`delacruz`). */
  family: readonly number[];
  /** Surnames without particles (`cruz`). */
  familyBare: readonly number[];
  /** The whole surname string (`garcia lopez`), for the exact level and its frequency. */
  familyWhole: number;
}

/** A record made ready for comparison: every value interned, every key computed once. */
export interface PreparedRecord {
  index: number;
  id: string;
  /** The primary reading first, then the alternatives of a name whose order was guessed. */
  readings: readonly PreparedReading[];
  /**
   * Given names and surnames exchanged, for a record whose source had separate columns: a clerk who typed them
   * into each other's column. Tried only when the readings above have little in common.
   */
  exchanged: readonly PreparedReading[];
  birthYear: number;
  /** 0 when unknown. */
  birthMonth: number;
  /** 0 when unknown. */
  birthDay: number;
  /** 0 unknown, 1 female, 2 male. */
  sex: number;
  /** -1 when unknown. */
  nationality: number;
  identifiers: readonly number[];
  /** Per extra attribute (in the order of the engine's extra names), -1 when absent. */
  extras: readonly number[];
}

const NO_WORDS: readonly number[] = [];

function prepareReading(reading: NameReading, vocabulary: Vocabulary): PreparedReading {
  const first = reading.given[0];
  const canonical =
    first === undefined ? NO_WORDS : [...canonicalGivenNames(first)].map((name) => vocabulary.id(name));
  return {
    given: reading.given.map((name) => vocabulary.id(name)),
    givenWhole: reading.given.length > 0 ? vocabulary.id(reading.given.join(' ')) : -1,
    givenCanonical: canonical,
    family: reading.family.map((name) => vocabulary.id(name)),
    familyBare: reading.familyBare.map((name) => vocabulary.id(name)),
    familyWhole: reading.family.length > 0 ? vocabulary.id(reading.family.join(' ')) : -1,
  };
}

/**
 * The canonical form of an identifier with its kind in front (`a:012345678` for an A-number, `passport:G1234567`),
 * so that identifiers of different kinds are never compared with each other. Without a kind (a CSV column of
 * identifiers) the text is read as an A-number when it can be one, else as a passport.
 */
export function canonicalIdentifier(text: string, kind?: string): string | undefined {
  // A data set's own key says nothing outside that data set.
  if (kind === 'source_key') return undefined;
  if (kind === undefined || kind === 'a_number') {
    const aNumber = canonicalANumber(text);
    if (aNumber !== undefined) return `a:${aNumber}`;
    if (kind === 'a_number') return undefined;
  }
  const passport = canonicalPassport(text);
  return passport === undefined ? undefined : `${kind ?? 'passport'}:${passport}`;
}

function prepareIdentifiers(record: LinkageRecord, vocabulary: Vocabulary): number[] {
  const ids: number[] = [];
  for (const written of record.identifiers ?? []) {
    const canonical =
      typeof written === 'string'
        ? canonicalIdentifier(written)
        : canonicalIdentifier(written.value, written.kind);
    if (canonical === undefined) continue;
    const id = vocabulary.id(canonical);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Prepares one record for comparison; `extraNames` fixes the order of the extra attributes. */
export function prepareRecord(
  record: LinkageRecord,
  index: number,
  vocabulary: Vocabulary,
  extraNames: readonly string[],
): PreparedRecord {
  const name = parseName(record);
  const readings = [name, ...name.alternatives]
    .filter((reading) => reading.given.length + reading.family.length > 0)
    .map((reading) => prepareReading(reading, vocabulary));
  const exchanged =
    name.order === 'fields' && name.given.length > 0 && name.family.length > 0
      ? [
          prepareReading(
            parseName({ givenNames: record.familyNames, familyNames: record.givenNames }),
            vocabulary,
          ),
        ]
      : [];
  const date = record.birthDate;
  // 1 January is what many immigration systems write when only the year is known: it is compared as a year.
  const placeholderDay = date !== undefined && date.length === 10 && date.endsWith('-01-01');
  const nationality = record.nationality === undefined ? '' : foldText(record.nationality);
  return {
    index,
    id: record.id,
    readings,
    exchanged,
    birthYear: date === undefined ? 0 : Number(date.slice(0, 4)),
    birthMonth: date === undefined || date.length < 7 || placeholderDay ? 0 : Number(date.slice(5, 7)),
    birthDay: date === undefined || date.length < 10 || placeholderDay ? 0 : Number(date.slice(8, 10)),
    sex: record.sex === 'female' ? 1 : record.sex === 'male' ? 2 : 0,
    nationality: nationality === '' ? -1 : vocabulary.id(`@${nationality}`),
    identifiers: prepareIdentifiers(record, vocabulary),
    extras: extraNames.map((extra) => {
      const value = foldText(record.extras?.[extra] ?? '');
      return value === '' ? -1 : vocabulary.id(value);
    }),
  };
}
