import { BIRTH_DATE_AGREEMENTS, compareBirthDateParts } from '../dates.js';
import { identifierDistance } from '../identifiers.js';
import {
  compareFamily,
  compareGiven,
  FAMILY_LEVEL,
  FAMILY_LEVELS,
  GIVEN_LEVEL,
  GIVEN_LEVELS,
} from './names.js';
import type { PreparedReading, PreparedRecord } from './record.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * One comparison of the model: its levels, closest first, the last meaning "disagree". A comparison whose value
 * is missing on either side is level -1 and adds no weight.
 */
export interface Comparison {
  name: string;
  levels: readonly string[];
  /**
   * Levels whose agreement is on a value whose frequency matters (García agreeing says less than Zurita): the
   * weight of these levels is adjusted by the frequency of the agreed value.
   */
  frequencyLevels: readonly number[];
}

export const GIVEN = 0;
export const FAMILY = 1;
export const BIRTH_DATE = 2;
export const IDENTIFIER = 3;
export const SEX = 4;
export const NATIONALITY = 5;
/** The index of the first extra attribute's comparison. */
export const FIRST_EXTRA = 6;

/** The comparisons, in the order of a comparison vector, for records with the given extra attributes. */
export function comparisonsFor(extraNames: readonly string[]): Comparison[] {
  return [
    {
      name: 'given_name',
      levels: GIVEN_LEVELS,
      frequencyLevels: [GIVEN_LEVEL.exact, GIVEN_LEVEL.first_equal],
    },
    {
      name: 'family_name',
      levels: FAMILY_LEVELS,
      frequencyLevels: [
        FAMILY_LEVEL.exact,
        FAMILY_LEVEL.one_dropped,
        FAMILY_LEVEL.first_equal_second_similar,
        FAMILY_LEVEL.first_equal_second_differs,
      ],
    },
    { name: 'birth_date', levels: BIRTH_DATE_AGREEMENTS.slice(0, -1), frequencyLevels: [] },
    { name: 'identifier', levels: ['exact', 'one_digit', 'different'], frequencyLevels: [] },
    { name: 'sex', levels: ['equal', 'different'], frequencyLevels: [] },
    { name: 'nationality', levels: ['equal', 'different'], frequencyLevels: [] },
    ...extraNames.map((extra) => ({
      name: `extra:${extra}`,
      levels: ['exact', 'similar', 'different'],
      frequencyLevels: [],
    })),
  ];
}

/**
 * The value whose frequency adjusts a name level: the whole given or surname string when the whole agrees, the
 * first word when the first words agree. -1 when the level is not adjusted.
 */
function givenValue(reading: PreparedReading, level: number): number {
  if (level === GIVEN_LEVEL.exact) return reading.givenWhole;
  return level === GIVEN_LEVEL.first_equal ? (reading.given[0] ?? -1) : -1;
}

function familyValue(reading: PreparedReading, level: number): number {
  if (level === FAMILY_LEVEL.exact) return reading.familyWhole;
  const firstAgrees =
    level === FAMILY_LEVEL.one_dropped ||
    level === FAMILY_LEVEL.first_equal_second_similar ||
    level === FAMILY_LEVEL.first_equal_second_differs;
  return firstAgrees ? (reading.family[0] ?? -1) : -1;
}

/** How far a pair of readings is from agreeing: the sum of their level indexes (missing counts as middling). */
function distance(given: number, family: number): number {
  return (given < 0 ? 5 : given) + (family < 0 ? 5 : family);
}

/** Name distance at or above which the exchanged readings are tried too. */
const POOR_NAME_AGREEMENT = 11;

interface NameMatch {
  best: number;
}

function tryReadings(
  vocabulary: Vocabulary,
  lefts: readonly PreparedReading[],
  rights: readonly PreparedReading[],
  levels: Int8Array,
  values: Int32Array,
  match: NameMatch,
): void {
  for (const a of lefts) {
    for (const b of rights) {
      const given = compareGiven(vocabulary, a, b);
      const family = compareFamily(vocabulary, a, b);
      const score = distance(given, family);
      if (score < match.best) {
        match.best = score;
        levels[GIVEN] = given;
        levels[FAMILY] = family;
        values[GIVEN] = givenValue(a, given);
        values[FAMILY] = familyValue(a, family);
        if (score === 0) return;
      }
    }
  }
}

/**
 * Whether exchanged readings are worth comparing: the first surname of one sounds like a surname of the other.
 * Most pairs with names in common are not exchanged columns, and comparing every unrelated pair three ways
 * would triple the cost of the random pairs that estimate `u`.
 */
function mayBeExchanged(
  vocabulary: Vocabulary,
  exchanged: readonly PreparedReading[],
  readings: readonly PreparedReading[],
): boolean {
  const surname = exchanged[0]?.familyBare[0];
  if (surname === undefined) return false;
  const key = vocabulary.phoneticOf(surname);
  for (const reading of readings) {
    for (const other of reading.familyBare) if (vocabulary.phoneticOf(other) === key) return true;
  }
  return false;
}

function compareNames(
  vocabulary: Vocabulary,
  left: PreparedRecord,
  right: PreparedRecord,
  levels: Int8Array,
  values: Int32Array,
): void {
  levels[GIVEN] = -1;
  levels[FAMILY] = -1;
  // The readings of a name whose order was guessed are all tried; the closest pair is the one compared.
  const match: NameMatch = { best: Number.POSITIVE_INFINITY };
  tryReadings(vocabulary, left.readings, right.readings, levels, values, match);
  if (match.best < POOR_NAME_AGREEMENT) return;
  if (mayBeExchanged(vocabulary, left.exchanged, right.readings)) {
    tryReadings(vocabulary, left.exchanged, right.readings, levels, values, match);
  }
  if (mayBeExchanged(vocabulary, right.exchanged, left.readings)) {
    tryReadings(vocabulary, left.readings, right.exchanged, levels, values, match);
  }
}

function compareIdentifiers(
  vocabulary: Vocabulary,
  left: readonly number[],
  right: readonly number[],
): number {
  if (left.length === 0 || right.length === 0) return -1;
  let best = -1;
  for (const a of left) {
    const leftText = vocabulary.word(a);
    for (const b of right) {
      if (a === b) return 0;
      const rightText = vocabulary.word(b);
      // Identifiers of different kinds (an A-number and a passport) say nothing about each other.
      if (leftText.charCodeAt(0) !== rightText.charCodeAt(0)) continue;
      const level = identifierDistance(leftText, rightText) === 'one_digit' ? 1 : 2;
      if (best < 0 || level < best) best = level;
    }
  }
  return best;
}

function compareCodes(left: number, right: number): number {
  if (left <= 0 || right <= 0) return -1;
  return left === right ? 0 : 1;
}

function compareExtra(vocabulary: Vocabulary, left: number, right: number): number {
  if (left < 0 || right < 0) return -1;
  if (left === right) return 0;
  return vocabulary.similarity(left, right) >= 0.9 ? 1 : 2;
}

/**
 * Compares two prepared records: writes each comparison's level into `levels` (-1 when missing) and, for the
 * name comparisons, the id of the agreed value into `values` (-1 when the level has no frequency adjustment).
 */
export function compareRecords(
  vocabulary: Vocabulary,
  left: PreparedRecord,
  right: PreparedRecord,
  levels: Int8Array,
  values: Int32Array,
): void {
  values[GIVEN] = -1;
  values[FAMILY] = -1;
  compareNames(vocabulary, left, right, levels, values);
  const date = compareBirthDateParts(
    left.birthYear,
    left.birthMonth,
    left.birthDay,
    right.birthYear,
    right.birthMonth,
    right.birthDay,
  );
  levels[BIRTH_DATE] = date === BIRTH_DATE_AGREEMENTS.length - 1 ? -1 : date;
  const identifier = compareIdentifiers(vocabulary, left.identifiers, right.identifiers);
  // One digit apart is a clerk's slip only when the names agree: between people with different given names it is
  // what relatives booked together get (consecutive A-numbers), so it counts as different.
  levels[IDENTIFIER] = identifier === 1 && levels[GIVEN] === GIVEN_LEVEL.different ? 2 : identifier;
  levels[SEX] = compareCodes(left.sex, right.sex);
  levels[NATIONALITY] = compareCodes(left.nationality + 1, right.nationality + 1);
  for (let extra = 0; extra < left.extras.length; extra += 1) {
    const a = left.extras[extra] ?? -1;
    const b = right.extras[extra] ?? -1;
    const level = compareExtra(vocabulary, a, b);
    levels[FIRST_EXTRA + extra] = level;
    values[FIRST_EXTRA + extra] = level === 0 ? a : -1;
  }
}
