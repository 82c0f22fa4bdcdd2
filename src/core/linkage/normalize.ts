import { NICKNAMES } from './nicknames.data.js';
import { foldText, splitWords, type Word } from './text.js';

export { foldText } from './text.js';
export { NICKNAMES } from './nicknames.data.js';

/**
 * Words that belong to the surname after them (`de la Cruz`, `van der Berg`, `dos Santos`). A surname is compared
 * by its joined form (`delacruz`, so it equals a source's `Delacruz`) and can also be looked up by its bare form
 * (`cruz`, for a source that dropped the particles). `y` is not here: between surnames it is a connector
 * (`García y López`) and is dropped.
 */
// prettier-ignore
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du',
  'van', 'von', 'der', 'den', 'ter', 'le', 'san', 'santa', 'al', 'el', 'bin', 'ibn',
]);

/** Titles and generational suffixes, which are not names: dropped unless they are all there is. */
// prettier-ignore
const NOT_NAMES: ReadonlySet<string> = new Set([
  'jr', 'sr', 'sra', 'srta', 'dr', 'dra', 'mr', 'mrs', 'ms', 'ii', 'iii', 'iv',
]);

/**
 * Names that follow a particle inside a given name (`María del Carmen`, `José de Jesús`, `Juan de Dios`): in a
 * full name, such a word right after the first given name is read as given, not as a surname.
 */
// prettier-ignore
const DEVOTIONAL_NAMES: ReadonlySet<string> = new Set([
  'carmen', 'jesus', 'angeles', 'rosario', 'luz', 'pilar', 'guadalupe', 'lourdes', 'socorro', 'refugio',
  'consuelo', 'dolores', 'fatima', 'mercedes', 'remedios', 'rocio', 'dios', 'montserrat', 'belen',
]);

/** Where the name was written, as accepted by {@link parseName}; the separate fields win over the full name. */
export interface NameInput {
  fullName?: string | undefined;
  givenNames?: string | undefined;
  familyNames?: string | undefined;
}

/** One way of splitting a name into given names and surnames. */
export interface NameReading {
  /**
   * Given names, folded, in order; particles dropped (`María del Carmen` → `maria`, `carmen`); an initial is
   * a one-letter name.
   */
  given: string[];
  /** Surnames, folded, in order (paternal then maternal in the Spanish structure), particles joined: `delacruz`. */
  family: string[];
  /** The same surnames without their particles (`cruz`), position for position; equal where there were none. */
  familyBare: string[];
}

/**
 * How the split between given names and surnames was decided: `fields` (the source had separate columns),
 * `comma` (`FAMILY, GIVEN`), `capitals` (the surnames alone were written in capitals: `José Luis GARCÍA`), or
 * `guessed` (see {@link parseName}; the other plausible splits are in `alternatives`).
 */
export type NameOrder = 'fields' | 'comma' | 'capitals' | 'guessed';

/** A name parsed for linkage. */
export interface ParsedName extends NameReading {
  /** The name as the source wrote it (the full name, or the given names then the surnames). */
  raw: string;
  /** The first letter of each given name. */
  initials: string[];
  /** Every key a surname of this reading can be found by: joined and bare forms, without repeats. */
  familyKeys: string[];
  order: NameOrder;
  /** Other readings worth comparing when the order was guessed; empty otherwise. */
  alternatives: NameReading[];
}

/** A surname or given name with the particles in front of it. */
interface Unit {
  joined: string;
  bare: string;
  particles: number;
  /** The last word as written, for its letter case. */
  written: string;
}

// A nickname or alias written inside a name (`Jesús "Chuy" Martínez`, `José (Pepe) Ruiz`) is not one of its names.
const ASIDES = /["“”«»][^"“”«»]*["“”«»]|\([^)]*\)|\[[^\]]*\]/g;

function nameWords(text: string): Word[] {
  const withoutAsides = text.replace(ASIDES, ' ');
  const words = splitWords(withoutAsides.trim() === '' ? text : withoutAsides);
  const names = words.filter((word) => !NOT_NAMES.has(word.folded));
  return names.length > 0 ? names : words;
}

function groupUnits(words: readonly Word[]): Unit[] {
  const units: Unit[] = [];
  let pending: Word[] = [];
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    const previous = units[units.length - 1];
    if (word.folded === 'y' && !last && pending.length === 0 && previous && previous.bare.length > 1) return;
    if (SURNAME_PARTICLES.has(word.folded) && !last) {
      pending.push(word);
      return;
    }
    const joined = pending.map((particle) => particle.folded).join('') + word.folded;
    units.push({ joined, bare: word.folded, particles: pending.length, written: word.written });
    pending = [];
  });
  return units;
}

function unitsOf(text: string): Unit[] {
  return groupUnits(nameWords(text));
}

function reading(given: readonly Unit[], family: readonly Unit[]): NameReading {
  return {
    given: given.map((unit) => unit.bare),
    family: family.map((unit) => unit.joined),
    familyBare: family.map((unit) => unit.bare),
  };
}

function sameReading(left: NameReading, right: NameReading): boolean {
  return left.given.join(' ') === right.given.join(' ') && left.family.join(' ') === right.family.join(' ');
}

function parsed(raw: string, order: NameOrder, primary: NameReading, others: NameReading[] = []): ParsedName {
  const alternatives: NameReading[] = [];
  for (const other of others) {
    if (!sameReading(other, primary) && !alternatives.some((kept) => sameReading(kept, other))) {
      alternatives.push(other);
    }
  }
  return {
    raw,
    ...primary,
    initials: primary.given.map((name) => name.charAt(0)),
    familyKeys: [...new Set([...primary.family, ...primary.familyBare])],
    order,
    alternatives,
  };
}

function isCapitals(written: string): boolean | undefined {
  if (written.length < 2 || written.toUpperCase() === written.toLowerCase()) return undefined;
  return written === written.toUpperCase();
}

/** `José Luis GARCÍA LÓPEZ` or `GARCÍA LÓPEZ José Luis`: one run of capitalised words among mixed-case ones. */
function splitByCapitals(units: readonly Unit[]): NameReading | undefined {
  const flags = units.map((unit) => isCapitals(unit.written));
  const capitals = flags.flatMap((flag, index) => (flag === true ? [index] : []));
  const first = capitals[0];
  const last = capitals[capitals.length - 1];
  if (first === undefined || last === undefined || !flags.includes(false)) return undefined;
  if (last - first + 1 !== capitals.length || (first !== 0 && last !== units.length - 1)) return undefined;
  const family = units.slice(first, last + 1);
  return reading([...units.slice(0, first), ...units.slice(last + 1)], family);
}

function isDevotional(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.particles > 0 && DEVOTIONAL_NAMES.has(unit.bare);
}

/** The full-name heuristic described on {@link parseName}. */
function guessReadings(units: readonly Unit[]): [NameReading, NameReading[]] {
  const count = units.length;
  if (count === 1) return [reading([], units), [reading(units, [])]];
  const familyFirst = (surnames: number) => reading(units.slice(surnames), units.slice(0, surnames));
  const alternatives = [
    reading(units.slice(0, count - 1), units.slice(count - 1)),
    familyFirst(count >= 3 ? 2 : 1),
    familyFirst(1),
  ].filter((other) => other.family.every((surname) => surname.length > 1));
  const lastInitial = units.findLastIndex((unit) => unit.bare.length === 1);
  // An initial is a given name, so a name that ends with one is written surnames first (`GARCIA LOPEZ JOSE L`).
  if (lastInitial === count - 1) return [familyFirst(count >= 4 ? 2 : 1), alternatives];
  let givenCount = Math.max(1, count - 2, lastInitial + 1);
  while (givenCount < count - 1 && isDevotional(units[givenCount])) givenCount += 1;
  return [reading(units.slice(0, givenCount), units.slice(givenCount)), alternatives];
}

function parseFullName(raw: string): ParsedName {
  const comma = raw.indexOf(',');
  if (comma >= 0) {
    const family = unitsOf(raw.slice(0, comma));
    const given = unitsOf(raw.slice(comma + 1));
    const onlySuffix = splitWords(raw.slice(comma + 1)).every((word) => NOT_NAMES.has(word.folded));
    if (family.length > 0 && given.length > 0 && !onlySuffix)
      return parsed(raw, 'comma', reading(given, family));
  }
  const units = unitsOf(comma >= 0 ? raw.replace(/,/g, ' ') : raw);
  if (units.length === 0) return parsed(raw, 'guessed', reading([], []));
  const byCapitals = splitByCapitals(units);
  if (byCapitals) return parsed(raw, 'capitals', byCapitals);
  const [primary, alternatives] = guessReadings(units);
  return parsed(raw, 'guessed', primary, alternatives);
}

/**
 * Parses a name as sources write it into given names and surnames for comparison.
 *
 * - Separate `givenNames` / `familyNames` are taken as they are (`order: 'fields'`), and `fullName` is then ignored.
 * - `GARCIA LOPEZ, JOSE L.`: before the first comma are the surnames, after it the given names (`comma`), unless
 *   all that follows the comma is a suffix (`García, Jr.`).
 * - `José Luis GARCÍA LÓPEZ`: when one run of words is in capitals and the others are not, the capitals are the
 *   surnames, if they are at either end (`capitals`). A name written wholly in capitals says nothing this way.
 * - Otherwise the order is guessed (`guessed`), Spanish-style, after joining particles to the word they precede:
 *   with three or more words the last two are the surnames (paternal, maternal) and the rest given names, except
 *   that a devotional word after a particle where the surnames would begin stays given (`María del Carmen Ruiz`);
 *   with two words the last is the surname; a single word is taken as a surname. An initial is always a given
 *   name: the surnames are after the last initial (`J. L. García`), and a name that ends with an initial is
 *   read surnames first (`GARCIA LOPEZ JOSE L`: two surnames from four words, one from fewer). The readings
 *   a reviewer would also consider are kept in `alternatives`: only the last word as surname
 *   (`José Luis García`), and the surnames first (`GARCIA LOPEZ JOSE`, `GARCIA JOSE LUIS`); none of them makes an
 *   initial a surname.
 *
 * In every case: text is folded ({@link foldText}); hyphenated surnames are separate surnames (`García-López` →
 * `garcia`, `lopez`); particles join the next surname (`de la Cruz` → `delacruz`, bare `cruz`) and are dropped
 * from given names; `y` between names is dropped; titles and suffixes (`Sr.`, `Jr.`, `III`) are dropped; an
 * initial (`L.`) is a one-letter given name. A written-together form (`Delacruz`) is never split, since without a
 * list of surnames `Delgado` would be split too.
 */
export function parseName(input: NameInput): ParsedName {
  const givenNames = input.givenNames?.trim() ?? '';
  const familyNames = input.familyNames?.trim() ?? '';
  if (givenNames !== '' || familyNames !== '') {
    const raw = [givenNames, familyNames].filter((part) => part !== '').join(' ');
    return parsed(raw, 'fields', reading(unitsOf(givenNames), unitsOf(familyNames)));
  }
  return parseFullName(input.fullName?.trim() ?? '');
}

const NICKNAME_INDEX: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(NICKNAMES).map(([form, names]) => [foldText(form), new Set(names.map(foldText))]),
);

/**
 * The canonical given names a written given name can stand for, folded: the names a nickname stands for
 * (`Pepe` → `jose`; `Beto` → `roberto`, `alberto`, `humberto`; `Chema` → `jose maria`, several given names
 * separated by a space), or the name itself when it is not a nickname (`José` → `jose`). Two given names can be
 * the same person's when their sets meet. Empty for text with no letters.
 */
export function canonicalGivenNames(token: string): ReadonlySet<string> {
  const folded = foldText(token);
  if (folded === '') return new Set();
  return NICKNAME_INDEX.get(folded) ?? new Set([folded]);
}
