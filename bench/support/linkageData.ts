import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  COUNTRIES,
  FEMALE_GIVEN,
  FEMALE_SECOND_ONLY,
  KEYBOARD_NEIGHBOURS,
  MALE_GIVEN,
  MALE_SECOND_ONLY,
  NICKNAMES,
  SURNAMES,
  type CountryName,
} from './linkageNames.data.js';

/**
 * Synthetic person records with known truth, for benchmarking person-record linkage (Fellegi–Sunter) on Hispanic
 * names. Everything is fictional: names are drawn independently from frequency-ordered tables.
 *
 * Two sources describe the same population in genuinely different styles:
 * - `left`, a government spreadsheet: `full_name` as `GARCIA LOPEZ, JOSE L.`, `dob` as `MM/DD/YYYY`, `sex` M/F,
 *   `country_of_citizenship` in English capitals, `a_number` nearly always present in varying formats;
 * - `right`, a news or NGO list: `nombres` and `apellidos` apart, accents and mixed case, nicknames now and then,
 *   `fecha_nacimiento` as `DD/MM/YYYY`, `D/M/YYYY`, ISO, a bare year or missing, `sexo` H/M (hombre/mujer) or
 *   missing, `nacionalidad` in Spanish, `numero_a` only sometimes.
 *
 * Shape of the truth: 90 % of persons have a record in each source, 5 % only left, 5 % only right, and 1.5 % a
 * second record in one source (a re-booking written again, with its own slips). 10 % of persons belong to a family
 * of 2–4 siblings sharing both surnames and usually the nationality; 20 % of families include twins (same birth
 * date, different and sometimes similar given names: Juan / Juan Carlos); half the families were booked together
 * and have consecutive A-numbers. 2 % of persons are namesakes of a popular full name (José García López) born
 * within three years of each other, on top of the collisions that Zipf-like name frequencies make by themselves.
 *
 * Corruptions, each drawn independently per record written, at these rates (the `of` column says which records a
 * rate applies to; `generateLinkageData` returns how many were eligible and how many were hit):
 *
 * | corruption             | left  | right | of                                                                  |
 * | ---------------------- | ----- | ----- | ------------------------------------------------------------------- |
 * | upperCase              | 0.97  | 0.05  | records (left: `GARCIA`, right: otherwise as the person spells it)  |
 * | accentsLost            | 0.90  | 0.20  | records (ñ becomes n)                                               |
 * | middleGivenShortened   | 0.15  | 0.15  | records of persons with 2+ given names (initials: left ½, right ⅕)  |
 * | nickname               | 0     | 0.12  | right records whose first given name has a nickname (⅕ in quotes)   |
 * | surnameDropped         | 0.10  | 0.10  | records of persons with two surnames (the maternal one 85 %)        |
 * | surnamesSwapped        | 0.03  | 0.03  | records of persons with two surnames that kept both                 |
 * | givenFamilySwapped     | 0.01  | 0.01  | records (left: natural order without comma; right: columns)         |
 * | particleVariant        | 0.35  | 0.40  | particle surnames (`Delacruz`, `Cruz`, right also `De La Cruz`)     |
 * | hyphenVariant          | 0.50  | 0.30  | hyphenated surnames (a space instead 80 %, first part only 20 %)    |
 * | typo                   | 0.08  | 0.08  | records (keyboard substitution, insertion, deletion, transposition) |
 * | phonetic               | 0.05  | 0.05  | records (b/v, s/z, c/s before e and i, ll/y, silent h, j/g)         |
 * | strayWhitespace        | 0.01  | 0.01  | records (a trailing space after a name)                             |
 * | birthDateMissing       | 0.03  | 0.11  | records                                                             |
 * | birthDatePartial       | 0.05  | 0.13  | written dates (year only; left writes half of them as `01/01/YYYY`) |
 * | yearOffByOne           | 0.03  | 0.03  | written dates                                                       |
 * | dayMonthSwapped        | 0.03  | 0.03  | full dates whose day is 12 or less and differs from the month       |
 * | dateDigitTypo          | 0.02  | 0.02  | full dates (one digit changed, the date stays valid)                |
 * | sexMissing             | 0.01  | 0.25  | records                                                             |
 * | sexWrong               | 0.005 | 0.005 | written sexes                                                       |
 * | nationalityMissing     | 0.05  | 0.05  | records                                                             |
 * | nationalityOther       | 0.01  | 0.01  | written nationalities (another country of the list)                 |
 * | nationalityAsCode      | 0     | 0.10  | written nationalities (`SLV` instead of `El Salvador`)              |
 * | identifierPresent      | 0.95  | 0.40  | records, when `identifiers` is on                                   |
 * | identifierDigitOff     | 0.02  | 0.02  | written A-numbers                                                   |
 *
 * Averaged over both sources, 7 % of records have no birth date and 8 % only its year (half of the left's written
 * as a `01/01/YYYY` placeholder). A-numbers are written as `A012345678`, `A-012-345-678`, `012345678`, `12345678`
 * (leading zeros dropped, as a number column does) or `A 012 345 678`. A typo hits the first letter of a name only
 * 8 % of the time, since few slips fall there (Yannakoudakis and Fawthrop, "The rules of spelling errors", 1983).
 */

export type Source = 'left' | 'right';

/**
 * One record as a source wrote it; `truth` is the answer key and is not part of the source's columns. A field the
 * source lacks, or left empty, is undefined (left records have `fullName`, right ones `givenNames`/`familyNames`).
 */
export interface SyntheticRecord {
  id: string;
  truth: string;
  source: Source;
  givenNames?: string;
  familyNames?: string;
  fullName?: string;
  birthDate?: string;
  sex?: string;
  nationality?: string;
  identifier?: string;
}

export interface LinkageDataOptions {
  persons: number;
  seed: number;
  /** Whether the sources carry A-numbers at all. */
  identifiers: boolean;
}

type Rates = { readonly left: number; readonly right: number };

/** The corruption rates of the table above; a test holds the table and these numbers together. */
export const CORRUPTIONS = {
  upperCase: { left: 0.97, right: 0.05 },
  accentsLost: { left: 0.9, right: 0.2 },
  middleGivenShortened: { left: 0.15, right: 0.15 },
  nickname: { left: 0, right: 0.12 },
  surnameDropped: { left: 0.1, right: 0.1 },
  surnamesSwapped: { left: 0.03, right: 0.03 },
  givenFamilySwapped: { left: 0.01, right: 0.01 },
  particleVariant: { left: 0.35, right: 0.4 },
  hyphenVariant: { left: 0.5, right: 0.3 },
  typo: { left: 0.08, right: 0.08 },
  phonetic: { left: 0.05, right: 0.05 },
  strayWhitespace: { left: 0.01, right: 0.01 },
  birthDateMissing: { left: 0.03, right: 0.11 },
  birthDatePartial: { left: 0.05, right: 0.13 },
  yearOffByOne: { left: 0.03, right: 0.03 },
  dayMonthSwapped: { left: 0.03, right: 0.03 },
  dateDigitTypo: { left: 0.02, right: 0.02 },
  sexMissing: { left: 0.01, right: 0.25 },
  sexWrong: { left: 0.005, right: 0.005 },
  nationalityMissing: { left: 0.05, right: 0.05 },
  nationalityOther: { left: 0.01, right: 0.01 },
  nationalityAsCode: { left: 0, right: 0.1 },
  identifierPresent: { left: 0.95, right: 0.4 },
  identifierDigitOff: { left: 0.02, right: 0.02 },
} as const satisfies Record<string, Rates>;

export type CorruptionKind = keyof typeof CORRUPTIONS;
/** For each corruption, how many records could have had it and how many did. */
export type CorruptionTally = Record<CorruptionKind, { eligible: number; applied: number }>;

export interface LinkageData {
  left: SyntheticRecord[];
  right: SyntheticRecord[];
  corruptions: Record<Source, CorruptionTally>;
}

/** The shape of the truth (see the doc comment above). */
export const SHAPE = {
  leftOnly: 0.05,
  rightOnly: 0.05,
  rebooked: 0.015,
  inFamily: 0.1,
  twins: 0.2,
  bookedTogether: 0.5,
  namesake: 0.02,
  male: 0.8,
} as const;

const FAMILY_SIZES = [2, 3, 4];
const FAMILY_SHARES = [0.55, 0.3, 0.15];
const MEAN_FAMILY = FAMILY_SIZES.reduce((sum, size, index) => sum + size * (FAMILY_SHARES[index] ?? 0), 0);
/** Ages are counted to this year. */
const REFERENCE_YEAR = 2025;
/** The chance that a household is a family, so that `SHAPE.inFamily` of persons end up in one. */
const FAMILY_START = SHAPE.inFamily / (MEAN_FAMILY * (1 - SHAPE.inFamily) + SHAPE.inFamily);
/**
 * A-numbers are a leading 0 or 2 and eight digits from 10000000 up, four to a block (siblings booked together get
 * consecutive ones), blocks scattered by a bijection so that no two persons share one: at most this many persons.
 */
const A_NUMBER_BLOCKS = 22_500_000;
const BLOCK_BITS = 0x1ffffff;

/**
 * A bijection of [0, A_NUMBER_BLOCKS): multiply-xorshift rounds, each invertible on 25 bits, repeated until the
 * value falls in range again (cycle walking).
 */
function scatter(block: number, key: number): number {
  let value = block;
  do {
    value = Math.imul((value + key) & BLOCK_BITS, 0x2c1b3c6d) & BLOCK_BITS;
    value ^= value >>> 12;
    value = Math.imul(value, 0x297a2d39) & BLOCK_BITS;
    value ^= value >>> 13;
  } while (value >= A_NUMBER_BLOCKS);
  return value;
}

/** Independent seeds for independent streams (persons, shape, each source, shuffling), by a murmur3 finaliser. */
function streamSeed(seed: number, stream: number): number {
  let x = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Values with weights, sampled by binary search over the cumulative weights. */
class Table<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly values: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(values.length);
    let total = 0;
    weights.forEach((weight, index) => (this.cumulative[index] = total += weight));
  }

  /** Zipf–Mandelbrot weights 1 / (rank + offset): a larger offset flattens the head. */
  static zipf<T>(values: readonly T[], offset: number): Table<T> {
    return new Table(
      values,
      values.map((_, index) => 1 / (index + 1 + offset)),
    );
  }

  sample(uniform: number): T {
    const target = uniform * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.values[low] as T;
  }
}

/** mulberry32, as the demo data uses, kept as a field rather than a closure: it runs some 60 million times. */
class Draw {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  float(): number {
    return this.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  from<T>(table: Table<T>): T {
    return table.sample(this.next());
  }
}

// Offsets chosen so that the most common surname is about 3 % of people and the top ten about 20 % (García,
// Hernández in Mexico and Central America), and José and María lead the given names at about 6–7 %.
const SURNAME_TABLE = Table.zipf(SURNAMES, 6);
const GIVEN_TABLES = { M: Table.zipf(MALE_GIVEN, 3), F: Table.zipf(FEMALE_GIVEN, 2) };
const POPULAR_GIVEN = {
  M: Table.zipf(MALE_GIVEN.slice(0, 12), 3),
  F: Table.zipf(FEMALE_GIVEN.slice(0, 12), 2),
};
const POPULAR_SURNAMES = Table.zipf(SURNAMES.slice(0, 15), 6);
const SECOND_ONLY = { M: MALE_SECOND_ONLY, F: FEMALE_SECOND_ONLY };
const FAMILY_SIZE = new Table(FAMILY_SIZES, FAMILY_SHARES);
const COUNTRY_TABLE = new Table(
  COUNTRIES,
  COUNTRIES.map((country) => country.weight),
);

type Sex = 'M' | 'F';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return (DAYS_IN_MONTH[month - 1] ?? 31) + (month === 2 && isLeap(year) ? 1 : 0);
}

/** A person as they are; sources only ever see a written copy. Arrays are shared, never changed. */
interface Person {
  truth: string;
  sex: Sex;
  given: readonly string[];
  family: readonly string[];
  year: number;
  month: number;
  day: number;
  country: CountryName;
  aNumber: string;
}

interface Birth {
  year: number;
  month: number;
  day: number;
}

interface PopularName {
  sex: Sex;
  given: readonly string[];
  family: readonly string[];
  year: number;
  country: CountryName;
}

/** Makes persons household by household: a single person, or a family of siblings (twins among them). */
class People {
  private made = 0;
  private blocks = 0;
  private readonly blockKey: number;
  private readonly popular: PopularName[] = [];

  constructor(
    private readonly draw: Draw,
    persons: number,
  ) {
    this.blockKey = draw.int(0, BLOCK_BITS);
    // About 50 namesakes per popular name at any size (SHAPE.namesake of persons share these names).
    const popularCount = 20 + Math.ceil(persons / 2500);
    for (let index = 0; index < popularCount; index += 1) this.popular.push(this.popularName());
  }

  household(remaining: number): Person[] {
    if (remaining >= 2 && this.draw.chance(FAMILY_START)) {
      return this.family(Math.min(this.draw.from(FAMILY_SIZE), remaining));
    }
    return [this.single()];
  }

  private single(): Person {
    if (this.draw.chance(SHAPE.namesake)) {
      const name = this.draw.pick(this.popular);
      const birth = this.birthIn(name.year + this.draw.int(-3, 3));
      const country = this.draw.chance(0.5) ? name.country : this.draw.from(COUNTRY_TABLE);
      return this.person(name.sex, name.given, name.family, birth, country, this.newBlock(), 0);
    }
    const sex: Sex = this.draw.chance(SHAPE.male) ? 'M' : 'F';
    const birth = this.birthIn(REFERENCE_YEAR - this.age());
    return this.person(
      sex,
      this.givenNames(sex),
      this.surnames(),
      birth,
      this.draw.from(COUNTRY_TABLE),
      this.newBlock(),
      0,
    );
  }

  private family(size: number): Person[] {
    const family = this.surnames();
    const country = this.draw.from(COUNTRY_TABLE);
    const together = this.draw.chance(SHAPE.bookedTogether) ? this.newBlock() : undefined;
    const hasTwins = this.draw.chance(SHAPE.twins);
    const members: Person[] = [];
    let birth = this.birthIn(REFERENCE_YEAR - this.age());
    for (let index = 0; index < size; index += 1) {
      const eldest = members[0];
      const twin = index === 1 && hasTwins && eldest !== undefined;
      if (index > 0 && !twin) birth = this.younger(birth);
      const sex: Sex = twin && this.draw.chance(0.7) ? eldest.sex : this.draw.chance(0.5) ? 'M' : 'F';
      const given = twin ? this.twinGiven(eldest, sex) : this.siblingGiven(sex, members);
      const own = this.draw.chance(0.05) ? this.draw.from(COUNTRY_TABLE) : country;
      const block = together ?? this.newBlock();
      members.push(this.person(sex, given, family, birth, own, block, together === undefined ? 0 : index));
    }
    return members;
  }

  private person(
    sex: Sex,
    given: readonly string[],
    family: readonly string[],
    birth: Birth,
    country: CountryName,
    block: number,
    member: number,
  ): Person {
    this.made += 1;
    const truth = `P${String(this.made).padStart(7, '0')}`;
    const { year, month, day } = birth;
    return { truth, sex, given, family, year, month, day, country, aNumber: this.aNumber(block, member) };
  }

  private newBlock(): number {
    return this.blocks++;
  }

  /** Nine digits; the members of a block (siblings booked together) get consecutive numbers. */
  private aNumber(block: number, member: number): string {
    const mixed = scatter(block, this.blockKey);
    const lead = mixed % 10 < 7 ? '0' : '2';
    return lead + String(10_000_000 + mixed * 4 + member);
  }

  /** Ages of adults in removal lists: 18 and up, most between 22 and 40. */
  private age(): number {
    const spread = -6 * Math.log(1 - this.draw.float()) - 6 * Math.log(1 - this.draw.float());
    return Math.min(75, 18 + Math.floor(spread));
  }

  private birthIn(year: number): Birth {
    let day = this.draw.int(1, isLeap(year) ? 366 : 365);
    let month = 1;
    for (; day > daysIn(year, month); month += 1) day -= daysIn(year, month);
    return { year, month, day };
  }

  private younger(birth: Birth): Birth {
    const year = birth.year + this.draw.int(1, 4);
    return this.birthIn(year > REFERENCE_YEAR - 18 ? birth.year - this.draw.int(1, 4) : year);
  }

  private givenNames(sex: Sex): string[] {
    const roll = this.draw.float();
    const count = roll < 0.35 ? 1 : roll < 0.95 ? 2 : 3;
    const names = [this.draw.from(GIVEN_TABLES[sex])];
    while (names.length < count) this.addGiven(names, sex);
    return names;
  }

  private addGiven(names: string[], sex: Sex, excluded?: string): void {
    if (this.draw.chance(sex === 'F' ? 0.15 : 0.04)) {
      const name = this.draw.pick(SECOND_ONLY[sex]);
      if (name !== excluded) names.push(name);
      return;
    }
    const name = this.draw.from(GIVEN_TABLES[sex]);
    if (!names.includes(name) && name !== excluded) names.push(name);
  }

  /** Parents do not give two children the same names. */
  private siblingGiven(sex: Sex, siblings: readonly Person[]): string[] {
    for (;;) {
      const given = this.givenNames(sex);
      const joined = given.join(' ');
      if (!siblings.some((sibling) => sibling.given.join(' ') === joined)) return given;
    }
  }

  /** Twins' names are often alike: Juan and Juan Carlos, José Luis and José Manuel. */
  private twinGiven(sibling: Person, sex: Sex): string[] {
    const [first = '', second] = sibling.given;
    if (sex !== sibling.sex || !this.draw.chance(0.4)) return this.siblingGiven(sex, [sibling]);
    if (second !== undefined && this.draw.chance(0.3)) return [first];
    const given = [first];
    while (given.length < 2) this.addGiven(given, sex, second);
    return given;
  }

  private surnames(): string[] {
    let first = this.draw.from(SURNAME_TABLE);
    if (this.draw.chance(0.01)) {
      const other = this.draw.from(SURNAME_TABLE);
      if (other !== first) first = `${first}-${other}`;
    }
    // Some people carry one surname only; both surnames may be the same (García García).
    return this.draw.chance(0.05) ? [first] : [first, this.draw.from(SURNAME_TABLE)];
  }

  private popularName(): PopularName {
    const sex: Sex = this.draw.chance(SHAPE.male) ? 'M' : 'F';
    const given = [this.draw.from(POPULAR_GIVEN[sex])];
    if (this.draw.chance(0.5)) this.addGiven(given, sex);
    const family = [this.draw.from(POPULAR_SURNAMES), this.draw.from(POPULAR_SURNAMES)];
    return { sex, given, family, year: REFERENCE_YEAR - this.age(), country: this.draw.from(COUNTRY_TABLE) };
  }
}

const PARTICLE = /^(?:de la |de las |de los |del |de )/;
const NICKNAME_FORMS = new Map(Object.entries(NICKNAMES));
/** José → Jose, Peña → Pena, Agüero → Aguero: what a system without accents keeps. */
function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** ASCII letters and the Latin-1 ones (accented vowels, ñ, ü); names hold no other letters. */
function isLetter(code: number): boolean {
  return ((code | 32) >= 97 && (code | 32) <= 122) || code >= 0xc0;
}

const STRIP = 1;
const UPPER = 2;

function restyle(name: string, style: number): string {
  const stripped = style & STRIP && /[\u0080-\uffff]/.test(name) ? stripAccents(name) : name;
  return style & UPPER ? stripped.toUpperCase() : stripped;
}

/**
 * The styled forms of every known name word (stripped, upper case, both), made once: the same 1,600 words are
 * written millions of times. A small table stays in the processor's cache, where a cache of every word met would not.
 */
const STYLED = new Map<string, readonly string[]>();
for (const name of [
  ...SURNAMES,
  ...MALE_GIVEN,
  ...FEMALE_GIVEN,
  ...MALE_SECOND_ONLY,
  ...FEMALE_SECOND_ONLY,
  ...Object.values(NICKNAMES).flat(),
]) {
  STYLED.set(
    name,
    [STRIP, UPPER, STRIP | UPPER].map((style) => restyle(name, style)),
  );
}

function styled(name: string, style: number): string {
  if (style === 0) return name;
  return STYLED.get(name)?.[style - 1] ?? restyle(name, style);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `Luis` → `L.`, `del Carmen` → `C.`: the initial of the name proper, as clerks write it. */
function initial(name: string): string {
  return `${name.slice(name.lastIndexOf(' ') + 1).charAt(0)}.`;
}

/** Spelling slips that keep the sound in Latin American Spanish: the pattern, and what it may become. */
const PHONETIC: ReadonlyArray<readonly [RegExp, (match: string) => string]> = [
  [/b/gi, (match) => (match === 'b' ? 'v' : 'V')],
  [/v/gi, (match) => (match === 'v' ? 'b' : 'B')],
  [/z/gi, (match) => (match === 'z' ? 's' : 'S')],
  [/s(?=[eiéí])/gi, (match) => (match === 's' ? 'c' : 'C')],
  [/c(?=[eiéí])/gi, (match) => (match === 'c' ? 's' : 'S')],
  [/s\b/g, () => 'z'],
  [/ll/gi, (match) => (match === 'll' ? 'y' : 'Y')],
  [/(?<=[aeiou])y(?=[aeiou])/g, () => 'll'],
  [/(?<![cs])h/gi, () => ''],
  [/j(?=[eiéí])/gi, (match) => (match === 'j' ? 'g' : 'G')],
  [/g(?=[eiéí])/gi, (match) => (match === 'g' ? 'j' : 'J')],
];

/** What a source writes where a person's A-number goes. */
type ANumberForm = 'compact' | 'dashed' | 'digits' | 'noLeadingZero' | 'spaced';

const A_NUMBER_FORMS: Record<Source, Table<ANumberForm>> = {
  left: new Table<ANumberForm>(['compact', 'dashed', 'digits', 'noLeadingZero'], [45, 15, 20, 20]),
  right: new Table<ANumberForm>(
    ['compact', 'dashed', 'digits', 'noLeadingZero', 'spaced'],
    [25, 30, 20, 15, 10],
  ),
};

function writeANumber(digits: string, form: ANumberForm): string {
  const groups = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  switch (form) {
    case 'compact':
      return `A${digits}`;
    case 'dashed':
      return `A-${groups}`;
    case 'digits':
      return digits;
    case 'noLeadingZero':
      return digits.replace(/^0+/, '');
    case 'spaced':
      return `A ${groups.replace(/-/g, ' ')}`;
  }
}

const pad2 = (value: number) => String(value).padStart(2, '0');

const KINDS = Object.keys(CORRUPTIONS) as CorruptionKind[];
/** Each corruption's number: a roll names its kind as `KIND.typo` and counts in typed arrays, no lookups by name. */
const KIND = Object.fromEntries(KINDS.map((kind, index) => [kind, index])) as Record<CorruptionKind, number>;

/** Writes persons as one source does, rolling each corruption independently and counting the rolls. */
class SourceWriter {
  private readonly rates: Float64Array;
  private readonly eligible = new Float64Array(KINDS.length);
  private readonly applied = new Float64Array(KINDS.length);
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly source: Source,
    private readonly draw: Draw,
    private readonly identifiers: boolean,
  ) {
    this.rates = Float64Array.from(KINDS, (kind) => CORRUPTIONS[kind][source]);
  }

  tally(): CorruptionTally {
    const entries = KINDS.map((kind, index) => [
      kind,
      { eligible: this.eligible[index] ?? 0, applied: this.applied[index] ?? 0 },
    ]);
    return Object.fromEntries(entries) as CorruptionTally;
  }

  /** Every record has every field, undefined where the source lacks it: one object shape for millions. */
  record(person: Person, id: string): SyntheticRecord {
    const { given, family, swapped } = this.name(person);
    const left = this.source === 'left';
    return {
      id,
      truth: person.truth,
      source: this.source,
      givenNames: left ? undefined : swapped ? family : given,
      familyNames: left ? undefined : swapped ? given : family,
      // join makes one flat string where a template would keep its parts alive (a cons string).
      fullName: left ? (swapped ? [given, family].join(' ') : [family, given].join(', ')) : undefined,
      birthDate: this.birthDate(person),
      sex: this.sex(person),
      nationality: this.nationality(person),
      identifier: this.identifier(person),
    };
  }

  private roll(kind: number): boolean {
    this.eligible[kind] = (this.eligible[kind] ?? 0) + 1;
    const hit = this.draw.chance(this.rates[kind] ?? 0);
    if (hit) this.applied[kind] = (this.applied[kind] ?? 0) + 1;
    return hit;
  }

  private name(person: Person): { given: string; family: string; swapped: boolean } {
    const given = this.givenNames(person.given);
    const family = person.family.slice();
    for (let index = 0; index < family.length; index += 1) family[index] = this.surname(family[index] ?? '');
    if (family.length === 2) {
      if (this.roll(KIND.surnameDropped)) family.splice(this.draw.chance(0.85) ? 1 : 0, 1);
      else if (this.roll(KIND.surnamesSwapped)) family.reverse();
    }
    const phonetic = this.roll(KIND.phonetic);
    const typo = this.roll(KIND.typo);
    if (phonetic || typo) {
      const names = [...given, ...family];
      if (phonetic) this.misspell(names);
      if (typo) this.typo(names);
      given.splice(0, given.length, ...names.slice(0, given.length));
      family.splice(0, family.length, ...names.slice(given.length));
    }
    const style = (this.roll(KIND.accentsLost) ? STRIP : 0) | (this.roll(KIND.upperCase) ? UPPER : 0);
    for (let index = 0; index < given.length; index += 1) given[index] = styled(given[index] ?? '', style);
    for (let index = 0; index < family.length; index += 1) family[index] = styled(family[index] ?? '', style);
    let givenText = given.join(' ');
    let familyText = family.join(' ');
    if (this.roll(KIND.strayWhitespace)) {
      if (this.draw.chance(0.5)) givenText += ' ';
      else familyText += ' ';
    }
    return { given: givenText, family: familyText, swapped: this.roll(KIND.givenFamilySwapped) };
  }

  private givenNames(names: readonly string[]): string[] {
    const given = names.slice();
    const first = given[0] ?? '';
    if (given.length > 1 && this.roll(KIND.middleGivenShortened)) {
      if (!this.draw.chance(this.source === 'left' ? 0.5 : 0.2)) given.length = 1;
      else for (let index = 1; index < given.length; index += 1) given[index] = initial(given[index] ?? '');
    }
    const nicknames = this.source === 'right' ? NICKNAME_FORMS.get(first) : undefined;
    if (nicknames && this.roll(KIND.nickname)) {
      const nickname = this.draw.pick(nicknames);
      given[0] = this.draw.chance(0.2) ? `${first} "${nickname}"` : nickname;
    }
    return given;
  }

  private surname(surname: string): string {
    if (surname.includes('-') && this.roll(KIND.hyphenVariant)) {
      return this.draw.chance(0.8) ? surname.replace('-', ' ') : (surname.split('-')[0] ?? surname);
    }
    // Particles are the only lower-case starts (`de la Cruz`): test the letter before running the pattern.
    const particle = surname.startsWith('d') ? PARTICLE.exec(surname)?.[0] : undefined;
    if (particle === undefined || !this.roll(KIND.particleVariant)) return surname;
    const variant = this.draw.float();
    if (this.source === 'right' && variant < 0.5) return surname.split(' ').map(capitalise).join(' ');
    const fused = this.source === 'left' ? variant < 0.45 : variant < 0.75;
    return fused ? capitalise(surname.replace(/ /g, '').toLowerCase()) : surname.slice(particle.length);
  }

  /** One sound-alike spelling, somewhere in the name (never in an initial). */
  private misspell(names: string[]): void {
    const spots: Array<{ index: number; at: number; length: number; replacement: string }> = [];
    names.forEach((name, index) => {
      if (name.endsWith('.')) return;
      for (const [pattern, replace] of PHONETIC) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(name); match !== null; match = pattern.exec(name)) {
          spots.push({ index, at: match.index, length: match[0].length, replacement: replace(match[0]) });
        }
      }
    });
    if (spots.length === 0) return;
    const spot = this.draw.pick(spots);
    const name = names[spot.index] ?? '';
    const changed = name.slice(0, spot.at) + spot.replacement + name.slice(spot.at + spot.length);
    // Dropping an initial H leaves a lower-case letter in front: `Hernández` → `Ernández`.
    names[spot.index] = spot.at === 0 ? capitalise(changed) : changed;
  }

  /** One keyboard slip in one name: a neighbouring key, an extra key, a missing letter or two letters swapped. */
  private typo(names: string[]): void {
    const candidates = names.flatMap((name, index) =>
      name.length >= 3 && !name.endsWith('.') ? [index] : [],
    );
    if (candidates.length === 0) return;
    const index = this.draw.pick(candidates);
    const name = names[index] ?? '';
    const letters: number[] = [];
    for (let at = 0; at < name.length; at += 1) if (isLetter(name.charCodeAt(at))) letters.push(at);
    const at =
      this.draw.chance(0.08) || letters.length < 2 ? (letters[0] ?? 0) : this.draw.pick(letters.slice(1));
    const letter = name.charAt(at);
    const neighbours = KEYBOARD_NEIGHBOURS[stripAccents(letter).toLowerCase()] ?? 'aeiou';
    const typed = this.draw.pick([...neighbours]);
    const near = letter === letter.toLowerCase() ? typed : typed.toUpperCase();
    const kind = this.draw.int(0, 3);
    const [before, after] = [name.slice(0, at), name.slice(at + 1)];
    if (kind === 0) names[index] = before + near + after;
    else if (kind === 1) names[index] = before + letter + (this.draw.chance(0.5) ? letter : near) + after;
    else if (kind === 2) names[index] = before + after;
    else if (at + 1 < name.length) names[index] = before + name.charAt(at + 1) + letter + name.slice(at + 2);
    else names[index] = before.slice(0, -1) + letter + before.slice(-1);
  }

  private birthDate(person: Person): string | undefined {
    if (this.roll(KIND.birthDateMissing)) return undefined;
    let { year, month, day } = person;
    if (this.roll(KIND.yearOffByOne)) year += this.draw.chance(0.5) ? 1 : -1;
    if (this.roll(KIND.birthDatePartial)) {
      return this.source === 'left' && this.draw.chance(0.5) ? `01/01/${year}` : String(year);
    }
    if (day <= 12 && day !== month && this.roll(KIND.dayMonthSwapped)) [day, month] = [month, day];
    if (this.roll(KIND.dateDigitTypo)) ({ year, month, day } = this.digitTypo({ year, month, day }));
    const roll = this.source === 'left' ? 0 : this.draw.float();
    const form = roll < 0.45 ? 0 : roll < 0.85 ? 1 : 2;
    // Some 100,000 distinct written dates among millions of records: each string is made once and shared.
    const key = ((year * 16 + month) * 32 + day) * 4 + form;
    let written = this.dates.get(key);
    if (written === undefined) {
      written = this.formatDate(year, month, day, form);
      this.dates.set(key, written);
    }
    return written;
  }

  /** Form 0 is the source's usual one (left `MM/DD/YYYY`, right `DD/MM/YYYY`), 1 ISO, 2 `D/M/YYYY`. */
  private formatDate(year: number, month: number, day: number, form: number): string {
    if (this.source === 'left') return `${pad2(month)}/${pad2(day)}/${year}`;
    if (form === 0) return `${pad2(day)}/${pad2(month)}/${year}`;
    if (form === 1) return `${year}-${pad2(month)}-${pad2(day)}`;
    return `${day}/${month}/${year}`;
  }

  /** One digit of the year's last two, the month or the day changed, to another valid past date. */
  private digitTypo(birth: Birth): Birth {
    const digits = `${birth.year}${pad2(birth.month)}${pad2(birth.day)}`;
    for (;;) {
      const at = this.draw.int(2, 7);
      const digit = String(this.draw.int(0, 9));
      if (digit === digits[at]) continue;
      const typed = digits.slice(0, at) + digit + digits.slice(at + 1);
      const [year, month, day] = [
        Number(typed.slice(0, 4)),
        Number(typed.slice(4, 6)),
        Number(typed.slice(6)),
      ];
      const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
      // A form would refuse a birth date in the future, so such a slip is never written down.
      if (valid && year <= REFERENCE_YEAR) return { year, month, day };
    }
  }

  private sex(person: Person): string | undefined {
    if (this.roll(KIND.sexMissing)) return undefined;
    const male = this.roll(KIND.sexWrong) ? person.sex === 'F' : person.sex === 'M';
    if (this.source === 'left') return male ? 'M' : 'F';
    return male ? 'H' : 'M';
  }

  private nationality(person: Person): string | undefined {
    if (this.roll(KIND.nationalityMissing)) return undefined;
    let country = person.country;
    if (this.roll(KIND.nationalityOther)) {
      while (country === person.country) country = this.draw.pick(COUNTRIES);
    }
    if (this.source === 'left') return country.english;
    return this.roll(KIND.nationalityAsCode) ? country.code : country.spanish;
  }

  private identifier(person: Person): string | undefined {
    if (!this.identifiers || !this.roll(KIND.identifierPresent)) return undefined;
    let digits = person.aNumber;
    if (this.roll(KIND.identifierDigitOff)) {
      const at = this.draw.int(1, 8);
      const digit = (Number(digits[at]) + this.draw.int(1, 9)) % 10;
      digits = digits.slice(0, at) + String(digit) + digits.slice(at + 1);
    }
    return writeANumber(digits, this.draw.from(A_NUMBER_FORMS[this.source]));
  }
}

/** How many records each person has in each source: `left + 3 × right`, each 0, 1 or 2 (a re-booking). */
function drawShapes(persons: number, draw: Draw): Uint8Array {
  const shapes = new Uint8Array(persons);
  for (let index = 0; index < persons; index += 1) {
    const roll = draw.float();
    let left = roll >= SHAPE.leftOnly && roll < SHAPE.leftOnly + SHAPE.rightOnly ? 0 : 1;
    let right = roll < SHAPE.leftOnly ? 0 : 1;
    if (draw.chance(SHAPE.rebooked)) {
      if (right === 0 || (left === 1 && draw.chance(0.5))) left += 1;
      else right += 1;
    }
    shapes[index] = left + 3 * right;
  }
  return shapes;
}

/**
 * A source's record ids, handed out in a random order (Fisher–Yates over their numbers) so that neither a
 * record's id nor its place in the list says anything about the truth. Each record gets its id when it is made
 * and goes straight to its place, so the list ends in id order.
 */
class ShuffledIds {
  readonly records: SyntheticRecord[];
  private readonly places: Int32Array;
  private readonly width: number;
  private taken = 0;

  constructor(
    count: number,
    draw: Draw,
    private readonly prefix: string,
  ) {
    this.places = new Int32Array(count);
    for (let index = 0; index < count; index += 1) this.places[index] = index;
    for (let index = count - 1; index > 0; index -= 1) {
      const other = Math.floor(draw.float() * (index + 1));
      const place = this.places[index] ?? 0;
      this.places[index] = this.places[other] ?? 0;
      this.places[other] = place;
    }
    this.width = Math.max(6, String(count).length);
    this.records = new Array<SyntheticRecord>(count);
  }

  /** Makes the next record with its id and puts it in its place. */
  add(make: (id: string) => SyntheticRecord): void {
    const place = this.places[this.taken++] ?? 0;
    this.records[place] = make(`${this.prefix}${String(place + 1).padStart(this.width, '0')}`);
  }
}

/**
 * Two sources' records of `persons` fictional people, with the truth on every record, and how often each
 * corruption was rolled and hit. The same options always give the same records, in the same order, with the same
 * ids. Persons are made household by household and dropped once written: memory holds the records, about 250 bytes
 * each (some 500 MB of heap for 1,000,000 persons).
 */
export function generateLinkageData(options: LinkageDataOptions): LinkageData {
  const { persons, seed, identifiers } = options;
  if (!Number.isInteger(persons) || persons < 0 || persons > A_NUMBER_BLOCKS) {
    throw new RangeError(`persons must be an integer from 0 to ${A_NUMBER_BLOCKS}, not ${persons}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  const shapes = drawShapes(persons, new Draw(streamSeed(seed, 1)));
  let [leftCount, rightCount] = [0, 0];
  for (const shape of shapes)
    [leftCount, rightCount] = [leftCount + (shape % 3), rightCount + Math.floor(shape / 3)];
  const order = new Draw(streamSeed(seed, 4));
  const ids = {
    left: new ShuffledIds(leftCount, order, 'L'),
    right: new ShuffledIds(rightCount, order, 'R'),
  };
  const writers = {
    left: new SourceWriter('left', new Draw(streamSeed(seed, 2)), identifiers),
    right: new SourceWriter('right', new Draw(streamSeed(seed, 3)), identifiers),
  };
  const people = new People(new Draw(streamSeed(seed, 0)), persons);
  let made = 0;
  while (made < persons) {
    for (const person of people.household(persons - made)) {
      const shape = shapes[made++] ?? 0;
      for (let count = shape % 3; count > 0; count -= 1) {
        ids.left.add((id) => writers.left.record(person, id));
      }
      for (let count = Math.floor(shape / 3); count > 0; count -= 1) {
        ids.right.add((id) => writers.right.record(person, id));
      }
    }
  }
  return {
    left: ids.left.records,
    right: ids.right.records,
    corruptions: { left: writers.left.tally(), right: writers.right.tally() },
  };
}

/** Each source's identifier of a record and the person it truly is, for scoring a linkage run. */
export function truthById(...sources: ReadonlyArray<readonly SyntheticRecord[]>): Map<string, string> {
  const truths = new Map<string, string>();
  for (const records of sources) for (const record of records) truths.set(record.id, record.truth);
  return truths;
}

/**
 * The number of (left, right) record pairs that describe the same person: the denominator of recall. A person
 * re-booked in one source counts once per pair of their records.
 */
export function truePairCount(left: readonly SyntheticRecord[], right: readonly SyntheticRecord[]): number {
  const inLeft = new Map<string, number>();
  for (const record of left) inLeft.set(record.truth, (inLeft.get(record.truth) ?? 0) + 1);
  let pairs = 0;
  for (const record of right) pairs += inLeft.get(record.truth) ?? 0;
  return pairs;
}

/** Pairs of records within one source that describe the same person (the re-bookings), for deduplication. */
export function sameSourcePairCount(records: readonly SyntheticRecord[]): number {
  const counts = new Map<string, number>();
  let pairs = 0;
  for (const record of records) {
    const before = counts.get(record.truth) ?? 0;
    pairs += before;
    counts.set(record.truth, before + 1);
  }
  return pairs;
}

/**
 * The two CSV layouts. Left, like a government spreadsheet: `record_id, full_name, dob (MM/DD/YYYY),
 * sex (M/F), country_of_citizenship, a_number`. Right, like a news or NGO list: `id, nombres, apellidos,
 * fecha_nacimiento, sexo (H/M), nacionalidad, numero_a`. Neither carries the truth (see `writeTruthCsv`).
 */
export const CSV_COLUMNS = {
  left: ['record_id', 'full_name', 'dob', 'sex', 'country_of_citizenship', 'a_number'],
  right: ['id', 'nombres', 'apellidos', 'fecha_nacimiento', 'sexo', 'nacionalidad', 'numero_a'],
} as const;

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type CsvRow = ReadonlyArray<string | undefined>;

function csvLine(fields: CsvRow): string {
  let line = csvField(fields[0]);
  for (let index = 1; index < fields.length; index += 1) line += `,${csvField(fields[index])}`;
  return `${line}\r\n`;
}

/** RFC 4180 lines (CRLF), gathered into chunks of about 64 KiB so the stream is not fed one line at a time. */
function* csvChunks<T>(header: CsvRow, items: readonly T[], row: (item: T) => CsvRow): Generator<string> {
  let chunk = csvLine(header);
  for (const item of items) {
    chunk += csvLine(row(item));
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

async function writeCsv(path: string, chunks: Iterable<string>): Promise<void> {
  // pipeline pulls the next chunk only when the file stream has room, and closes the file on error.
  await pipeline(Readable.from(chunks), createWriteStream(path, { encoding: 'utf8' }));
}

/** Writes one source's records in that source's layout (`CSV_COLUMNS`), without the truth. */
export function writeLinkageCsv(
  records: readonly SyntheticRecord[],
  path: string,
  layout: Source,
): Promise<void> {
  return writeCsv(
    path,
    csvChunks(CSV_COLUMNS[layout], records, (record) => {
      if (record.source !== layout) {
        throw new Error(`record ${record.id} comes from the ${record.source} source, not the ${layout} one`);
      }
      const { id, birthDate, sex, nationality, identifier } = record;
      return layout === 'left'
        ? [id, record.fullName, birthDate, sex, nationality, identifier]
        : [id, record.givenNames, record.familyNames, birthDate, sex, nationality, identifier];
    }),
  );
}

/** Writes the answer key: `record_id, truth` for the given records. */
export function writeTruthCsv(records: readonly SyntheticRecord[], path: string): Promise<void> {
  return writeCsv(
    path,
    csvChunks(['record_id', 'truth'], records, (record) => [record.id, record.truth]),
  );
}
