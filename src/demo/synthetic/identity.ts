import { NAME_POOLS, type NameStyle } from './names.js';
import type { Random } from './random.js';

/** The fictional person behind the records: each source writes it down differently. */
export interface Identity {
  given: string[];
  family: string[];
  style: NameStyle;
  sex: 'male' | 'female';
  birth: { year: number; month: number; day: number };
  nationality: string;
  language: string;
  /** Nine digits; sources write it as A012345678, A-012-345-678 or 12345678. */
  aNumber: string;
  hasCounsel?: boolean;
  lawfulPermanentResident?: boolean;
  unaccompaniedChild?: boolean;
}

/** What a scenario asks of its persons: where they come from, how many are women, how old they are. */
export interface IdentityProfile {
  nationalities: ReadonlyArray<readonly [string, number]>;
  femaleShare: number;
  birthYears: readonly [number, number];
  /** Share with a lawyer on record; the rest split between "no lawyer" and "not recorded". */
  counselShare?: number;
}

function pool(nationality: string) {
  const found = NAME_POOLS[nationality];
  if (!found) throw new Error(`no name pool for ${nationality}`);
  return found;
}

function givenNames(rng: Random, choices: readonly string[], style: NameStyle): string[] {
  const first = rng.pick(choices).replaceAll('_', ' ').split(' ');
  if (style !== 'hispanic' || rng.chance(0.4)) return first;
  let second = rng.pick(choices);
  while (first.includes(second)) second = rng.pick(choices);
  return [...first, second];
}

function familyNames(rng: Random, choices: readonly string[], style: NameStyle): string[] {
  const first = rng.pick(choices);
  if (style !== 'hispanic') return [first];
  let second = rng.pick(choices);
  while (second === first) second = rng.pick(choices);
  return [first, second];
}

function counsel(rng: Random, share: number): boolean | undefined {
  const roll = rng.next();
  if (roll < share) return true;
  return roll < share + (1 - share) / 2 ? false : undefined;
}

/** A fictional identity drawn from the profile's tables. */
export function makeIdentity(rng: Random, profile: IdentityProfile): Identity {
  const nationality = rng.weighted(profile.nationalities);
  const names = pool(nationality);
  const sex = rng.chance(profile.femaleShare) ? 'female' : 'male';
  const identity: Identity = {
    given: givenNames(rng, sex === 'female' ? names.female : names.male, names.style),
    family: familyNames(rng, names.family, names.style),
    style: names.style,
    sex,
    birth: { year: rng.int(...profile.birthYears), month: rng.int(1, 12), day: rng.int(1, 28) },
    nationality,
    language: rng.pick(names.languages),
    aNumber: `${rng.chance(0.7) ? '0' : '2'}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
  };
  const hasCounsel = counsel(rng, profile.counselShare ?? 0.3);
  if (hasCounsel !== undefined) identity.hasCounsel = hasCounsel;
  return identity;
}
