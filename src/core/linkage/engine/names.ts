import type { PreparedReading } from './record.js';
import type { Vocabulary } from './vocabulary.js';

/** Levels of the given-name comparison, closest first; the last is "nothing in common". */
export const GIVEN_LEVELS = [
  'exact',
  'all_alike',
  'first_equal',
  'first_equal_second_differs',
  'nickname',
  'other_given_shared',
  'similar',
  'phonetic',
  'somewhat_similar',
  'initial',
  'different',
] as const;

/** Levels of the surname comparison, closest first; the last is "nothing in common". */
export const FAMILY_LEVELS = [
  'exact',
  'one_dropped',
  'swapped',
  'first_equal_second_similar',
  'similar',
  'first_equal_second_differs',
  'one_in_common',
  'somewhat_similar',
  'different',
] as const;

/** Given-name levels by name, so rules and tests do not depend on their positions. */
export const GIVEN_LEVEL = Object.fromEntries(GIVEN_LEVELS.map((level, index) => [level, index])) as Record<
  (typeof GIVEN_LEVELS)[number],
  number
>;

/** Surname levels by name. */
export const FAMILY_LEVEL = Object.fromEntries(FAMILY_LEVELS.map((level, index) => [level, index])) as Record<
  (typeof FAMILY_LEVELS)[number],
  number
>;

const SIMILAR = 0.92;
const SOMEWHAT_SIMILAR = 0.8;

function isInitial(vocabulary: Vocabulary, id: number): boolean {
  return vocabulary.word(id).length === 1;
}

function sharesCanonical(left: readonly number[], right: readonly number[]): boolean {
  for (const name of left) if (right.includes(name)) return true;
  return false;
}

function soundsAlike(vocabulary: Vocabulary, left: number, right: number): boolean {
  return (
    vocabulary.phoneticOf(left) === vocabulary.phoneticOf(right) ||
    vocabulary.metaphoneOf(left) === vocabulary.metaphoneOf(right)
  );
}

function otherGivenShared(
  vocabulary: Vocabulary,
  left: readonly number[],
  right: readonly number[],
): boolean {
  for (const name of left) {
    if (!isInitial(vocabulary, name) && right.includes(name)) return true;
  }
  return false;
}

function initialsAgree(vocabulary: Vocabulary, left: number, right: number): boolean {
  const a = vocabulary.word(left);
  const b = vocabulary.word(right);
  return (a.length === 1 || b.length === 1) && a.charCodeAt(0) === b.charCodeAt(0);
}

/** The given-name level of two readings (an index into {@link GIVEN_LEVELS}), or -1 when either has none. */
export function compareGiven(vocabulary: Vocabulary, left: PreparedReading, right: PreparedReading): number {
  const a = left.given[0];
  const b = right.given[0];
  if (a === undefined || b === undefined) return -1;
  if (left.givenWhole === right.givenWhole)
    return isInitial(vocabulary, a) ? GIVEN_LEVEL.initial : GIVEN_LEVEL.exact;
  if (allGivenAlike(vocabulary, left.given, right.given)) return GIVEN_LEVEL.all_alike;
  if (a === b) {
    if (isInitial(vocabulary, a)) return GIVEN_LEVEL.initial;
    return secondsConflict(vocabulary, left.given[1], right.given[1])
      ? GIVEN_LEVEL.first_equal_second_differs
      : GIVEN_LEVEL.first_equal;
  }
  if (sharesCanonical(left.givenCanonical, right.givenCanonical)) return GIVEN_LEVEL.nickname;
  // Siblings often share a second given name, so this is its own level, weaker than a nickname.
  if (otherGivenShared(vocabulary, left.given, right.given)) return GIVEN_LEVEL.other_given_shared;
  if (isInitial(vocabulary, a) || isInitial(vocabulary, b)) {
    return initialsAgree(vocabulary, a, b) ? GIVEN_LEVEL.initial : GIVEN_LEVEL.different;
  }
  const similarity = vocabulary.similarity(a, b);
  if (similarity >= SIMILAR) return GIVEN_LEVEL.similar;
  if (soundsAlike(vocabulary, a, b)) return GIVEN_LEVEL.phonetic;
  return similarity >= SOMEWHAT_SIMILAR ? GIVEN_LEVEL.somewhat_similar : GIVEN_LEVEL.different;
}

/** Whether both have the same number of given names (two or more), each alike in spelling or sound. */
function allGivenAlike(vocabulary: Vocabulary, left: readonly number[], right: readonly number[]): boolean {
  if (left.length < 2) return false;
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index] ?? -1;
    const b = right[index] ?? -1;
    if (isInitial(vocabulary, a) || isInitial(vocabulary, b) || !surnamesAlike(vocabulary, a, b))
      return false;
  }
  return true;
}

/** Whether both give a second given name in full and the two are not alike (`Juan Carlos` / `Juan Pablo`). */
function secondsConflict(
  vocabulary: Vocabulary,
  left: number | undefined,
  right: number | undefined,
): boolean {
  if (left === undefined || right === undefined) return false;
  if (isInitial(vocabulary, left) || isInitial(vocabulary, right))
    return !initialsAgree(vocabulary, left, right);
  return !surnamesAlike(vocabulary, left, right);
}

function sameSurname(left: PreparedReading, right: PreparedReading, i: number, j: number): boolean {
  return left.family[i] === right.family[j] || left.familyBare[i] === right.familyBare[j];
}

function surnamesAlike(vocabulary: Vocabulary, left: number | undefined, right: number | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  return (
    left === right || vocabulary.similarity(left, right) >= SIMILAR || soundsAlike(vocabulary, left, right)
  );
}

function allSame(left: PreparedReading, right: PreparedReading, count: number): boolean {
  for (let index = 0; index < count; index += 1) if (!sameSurname(left, right, index, index)) return false;
  return true;
}

function allAlike(
  vocabulary: Vocabulary,
  left: PreparedReading,
  right: PreparedReading,
  count: number,
): boolean {
  for (let index = 0; index < count; index += 1) {
    if (!surnamesAlike(vocabulary, left.family[index], right.family[index])) return false;
  }
  return true;
}

/** Whether every surname of the reading with fewer is one of the other's (a dropped paternal or maternal one). */
function containedIn(left: PreparedReading, right: PreparedReading): boolean {
  const [few, many] = left.family.length < right.family.length ? [left, right] : [right, left];
  return few.family.every(
    (surname, index) =>
      many.family.includes(surname) || many.familyBare.includes(few.familyBare[index] ?? -1),
  );
}

function anyInCommon(vocabulary: Vocabulary, left: PreparedReading, right: PreparedReading): boolean {
  for (let i = 0; i < left.family.length; i += 1) {
    for (let j = 0; j < right.family.length; j += 1) {
      if (sameSurname(left, right, i, j)) return true;
      const a = left.family[i] ?? -1;
      const b = right.family[j] ?? -1;
      if (vocabulary.word(a).length > 3 && soundsAlike(vocabulary, a, b)) return true;
    }
  }
  return false;
}

/** The surname level of two readings (an index into {@link FAMILY_LEVELS}), or -1 when either has none. */
export function compareFamily(vocabulary: Vocabulary, left: PreparedReading, right: PreparedReading): number {
  const leftCount = left.family.length;
  const rightCount = right.family.length;
  if (leftCount === 0 || rightCount === 0) return -1;
  const shorter = Math.min(leftCount, rightCount);
  if (left.familyWhole === right.familyWhole || (leftCount === rightCount && allSame(left, right, shorter))) {
    return 0;
  }
  if (leftCount !== rightCount && containedIn(left, right)) return 1;
  if (shorter >= 2 && sameSurname(left, right, 0, 1) && sameSurname(left, right, 1, 0)) return 2;
  if (sameSurname(left, right, 0, 0)) {
    return surnamesAlike(vocabulary, left.family[1], right.family[1]) ? 3 : 5;
  }
  if (allAlike(vocabulary, left, right, shorter)) return 4;
  if (anyInCommon(vocabulary, left, right)) return 6;
  const a = left.family[0] ?? -1;
  const b = right.family[0] ?? -1;
  return vocabulary.similarity(a, b) >= SOMEWHAT_SIMILAR ? 7 : 8;
}
