import type { PersonRecord } from '../../src/core/entities/index.js';
import type { Stored } from '../../src/core/ports/store.js';
import { mulberry32 } from '../../src/demo/synthetic/random.js';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from './linkageNames.data.js';

/**
 * Fictional person records for the person-search benchmark, in stored form: names drawn with Zipf-like weights
 * from the linkage benchmark's frequency-ordered tables (rank^-0.7, so García is about one record in twenty and
 * José García one in four hundred: common names are what makes candidate lookup slow), birth dates, nationalities
 * and, for half the records, an A-number. Every third person has a second record written differently (accents
 * lost, the maternal surname dropped). Built from indexes alone, so any batch can be rebuilt and queried.
 */
export const BENCH_SOURCE_ID = 'src_searchbench';
const AT = '2026-01-01T00:00:00.000Z';
const NATIONALITIES = ['MEX', 'GTM', 'HND', 'SLV', 'VEN', 'COL', 'ECU', 'NIC'] as const;

function cumulative(size: number, exponent: number): Float64Array {
  const weights = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += (rank + 1) ** -exponent;
    weights[rank] = total;
  }
  return weights.map((weight) => weight / total);
}

const SURNAME_WEIGHTS = cumulative(SURNAMES.length, 0.7);
const MALE_WEIGHTS = cumulative(MALE_GIVEN.length, 0.7);
const FEMALE_WEIGHTS = cumulative(FEMALE_GIVEN.length, 0.7);

function draw(random: () => number, names: readonly string[], weights: Float64Array): string {
  const roll = random();
  let low = 0;
  let high = weights.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((weights[middle] ?? 1) < roll) low = middle + 1;
    else high = middle;
  }
  return names[low] as string;
}

/** Who a person is: the truth their records are written from. */
export interface BenchIdentity {
  given: string[];
  family: string[];
  birthDate: string;
  nationality: string;
  aNumber: string | undefined;
}

export function identityOf(person: number): BenchIdentity {
  const random = mulberry32(person * 7919 + 17);
  const female = random() < 0.45;
  const [names, weights] = female ? [FEMALE_GIVEN, FEMALE_WEIGHTS] : [MALE_GIVEN, MALE_WEIGHTS];
  const given = [draw(random, names, weights)];
  if (random() < 0.5) given.push(draw(random, names, weights));
  const family = [draw(random, SURNAMES, SURNAME_WEIGHTS), draw(random, SURNAMES, SURNAME_WEIGHTS)];
  const year = 1960 + Math.floor(random() * 46);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  return {
    given,
    family,
    birthDate: `${year}-${month}-${day}`,
    nationality: NATIONALITIES[Math.floor(random() * NATIONALITIES.length)] as string,
    aNumber: random() < 0.5 ? String(200_000_000 + person).padStart(9, '0') : undefined,
  };
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

function recordData(identity: BenchIdentity, personId: string, variant: boolean): PersonRecord {
  const family = variant ? identity.family.slice(0, 1) : identity.family;
  const write = (words: string[]) =>
    variant ? stripAccents(words.join(' ')).toUpperCase() : words.join(' ');
  return {
    personId,
    givenNames: write(identity.given),
    familyNames: write(family),
    birthDate: (variant ? identity.birthDate.slice(0, 4) : identity.birthDate) as PersonRecord['birthDate'],
    nationalities: [identity.nationality] as PersonRecord['nationalities'],
    identifiers: identity.aNumber && !variant ? [{ kind: 'a_number', value: `A${identity.aNumber}` }] : [],
    aliases: [],
    languages: [],
    sourceIds: [BENCH_SOURCE_ID],
  };
}

const stored = <T>(id: string, data: T) => ({
  id,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  retracted: null,
  data,
});

/** Persons `from` … `from + count - 1` and their records (one, or two for every third person). */
export function benchBatch(from: number, count: number) {
  const persons: Array<Stored<'person'>> = [];
  const records: Array<Stored<'personRecord'>> = [];
  for (let person = from; person < from + count; person += 1) {
    const personId = `per_sb${String(person).padStart(8, '0')}`;
    const identity = identityOf(person);
    persons.push(stored(personId, { fictional: true }));
    records.push(stored(`rec_sb${String(person).padStart(8, '0')}a`, recordData(identity, personId, false)));
    if (person % 3 === 0) {
      records.push(stored(`rec_sb${String(person).padStart(8, '0')}b`, recordData(identity, personId, true)));
    }
  }
  return { persons, records };
}

export function benchPersonId(person: number): string {
  return `per_sb${String(person).padStart(8, '0')}`;
}
