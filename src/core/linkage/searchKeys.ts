import { canonicalIdentifier } from './engine/record.js';
import { canonicalGivenNames, parseName, type NameReading } from './normalize.js';
import { spanishPhoneticKey } from './phonetic.js';

/**
 * Keys by which a person record is found as a candidate: for linkage when another record arrives, and for search.
 * Each key is a kind letter, a colon and a value, so keys of different kinds never meet:
 *
 * | kind | value                                                         | example                |
 * | ---- | ------------------------------------------------------------- | ---------------------- |
 * | `i`  | a canonical identifier (canonicalIdentifier)                  | `i:a:012345678`        |
 * | `y`  | surname × canonical first given name × birth year             | `y:garsia\|jose\|1995` |
 * | `x`  | surname × canonical given name (each given name)              | `x:delakrus\|jose`     |
 * | `s`  | a surname, joined (`delacruz`) and bare (`cruz`)              | `s:krus`               |
 * | `g`  | a given name as written                                       | `g:pepe`               |
 * | `c`  | a canonical name of the first given name (nicknames resolved) | `c:jose`               |
 *
 * Every name value is a Spanish phonetic key (spanishPhoneticKey), so `García` and `Garsia`, `Javier` and
 * `Xavier` give the same keys; canonical names are keyed after nicknames are resolved (`Pepe` → `jose`). The
 * order of the table is the order of selectivity: an identifier names one person, a surname thousands.
 *
 * Keys are stored (person_record_keys) by the unit of work with every write of a person record. Changing what this
 * file computes needs a migration that rebuilds the stored keys, or old records are found by the old keys only.
 */
export type KeyKind = 'i' | 'y' | 'x' | 's' | 'g' | 'c';

/** Lower is more selective: candidates are read from the most selective keys first. */
export const KEY_TIERS: Readonly<Record<KeyKind, number>> = { i: 0, y: 1, x: 2, s: 3, g: 3, c: 3 };

/** What keys are computed from: a person record's names, aliases, birth date and identifiers. */
export interface KeySource {
  fullName?: string | undefined;
  givenNames?: string | undefined;
  familyNames?: string | undefined;
  aliases?: readonly string[] | undefined;
  birthDate?: string | undefined;
  identifiers?: ReadonlyArray<{ kind?: string; value: string }> | undefined;
}

/** A key with its tier, for ordering a lookup. */
export interface SearchKey {
  key: string;
  tier: number;
}

/** Roles the words of a name may play: surnames (joined and bare forms) and given names, first one apart. */
interface NameRoles {
  surnames: Set<string>;
  given: Set<string>;
  firstGiven: Set<string>;
}

const phonetic = (word: string) => spanishPhoneticKey(word);

/** An initial (`L.`) finds everyone whose name starts with L: it is never a key on its own. */
const isName = (word: string) => word.length > 1;

function canonicalKeys(givenName: string): string[] {
  return [...canonicalGivenNames(givenName)].map(phonetic).filter((key) => key !== '');
}

function addReading(roles: NameRoles, reading: NameReading): void {
  for (const surname of [...reading.family, ...reading.familyBare])
    if (isName(surname)) roles.surnames.add(surname);
  for (const given of reading.given) if (isName(given)) roles.given.add(given);
  const first = reading.given.find(isName);
  if (first !== undefined) roles.firstGiven.add(first);
}

function emptyRoles(): NameRoles {
  return { surnames: new Set(), given: new Set(), firstGiven: new Set() };
}

/** The roles of a record's name: every reading of it (a full name's order may be guessed), and its aliases. */
function recordRoles(record: KeySource): NameRoles {
  const roles = emptyRoles();
  for (const name of [record, ...(record.aliases ?? []).map((alias) => ({ fullName: alias }))]) {
    const parsed = parseName(name);
    for (const reading of [parsed, ...parsed.alternatives]) addReading(roles, reading);
  }
  return roles;
}

function nameKeys(roles: NameRoles, birthYear: string | undefined): Set<string> {
  const keys = new Set<string>();
  const surnames = [...roles.surnames].map(phonetic).filter((key) => key !== '');
  for (const surname of surnames) keys.add(`s:${surname}`);
  for (const given of roles.given) {
    const key = phonetic(given);
    if (key !== '') keys.add(`g:${key}`);
    for (const canonical of canonicalKeys(given))
      for (const surname of surnames) keys.add(`x:${surname}|${canonical}`);
  }
  for (const first of roles.firstGiven) {
    for (const canonical of canonicalKeys(first)) {
      keys.add(`c:${canonical}`);
      if (birthYear === undefined) continue;
      for (const surname of surnames) keys.add(`y:${surname}|${canonical}|${birthYear}`);
    }
  }
  return keys;
}

function identifierKeys(identifiers: ReadonlyArray<{ kind?: string; value: string }> | undefined): string[] {
  return (identifiers ?? []).flatMap((identifier) => {
    const canonical = canonicalIdentifier(identifier.value, identifier.kind);
    return canonical === undefined ? [] : [`i:${canonical}`];
  });
}

/** The year of a partial date (`1995-04` → `1995`), or undefined. */
function yearOf(date: string | undefined): string | undefined {
  return date !== undefined && /^\d{4}/.test(date) ? date.slice(0, 4) : undefined;
}

/** The keys a person record is stored under, without repeats, sorted (so equal records give equal lists). */
export function personRecordKeys(record: KeySource): string[] {
  const keys = nameKeys(recordRoles(record), yearOf(record.birthDate));
  for (const key of identifierKeys(record.identifiers)) keys.add(key);
  return [...keys].sort();
}

/**
 * The keys to look a search up by. The order of the words of `q` is unknown, so every word of every reading of
 * it is tried both as a surname and as a given name (and as the first given name); the birth year and the
 * identifier add their keys when given.
 */
export function searchQueryKeys(query: { q: string; birthDate?: string; identifier?: string }): SearchKey[] {
  const parsed = parseName({ fullName: query.q });
  const roles = emptyRoles();
  for (const reading of [parsed, ...parsed.alternatives]) {
    for (const word of [...reading.given, ...reading.family, ...reading.familyBare].filter(isName)) {
      roles.surnames.add(word);
      roles.given.add(word);
      roles.firstGiven.add(word);
    }
  }
  const keys = nameKeys(roles, yearOf(query.birthDate));
  for (const key of identifierKeys(query.identifier ? [{ value: query.identifier }] : [])) keys.add(key);
  // A word paired with itself (`x:garsia|garsia`) is no name anybody has: compound keys pair different words.
  return [...keys].filter((key) => !isSelfPair(key)).map(withTier);
}

function isSelfPair(key: string): boolean {
  if (!key.startsWith('x:') && !key.startsWith('y:')) return false;
  const [surname, given] = key.slice(2).split('|');
  return surname === given;
}

/** A stored or queried key with its tier (see {@link KEY_TIERS}). */
export function withTier(key: string): SearchKey {
  return { key, tier: KEY_TIERS[key.charAt(0) as KeyKind] ?? 3 };
}
