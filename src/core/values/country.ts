import { z } from 'zod';
import { COUNTRY_ROWS } from './countries.data.js';
import { COUNTRY_ALIASES, NAME_ABBREVIATIONS, SHARED_NAMES, STATE_FORMS } from './countryNames.data.js';
import { FORMER_COUNTRY_ROWS } from './formerCountries.data.js';

/**
 * An ISO 3166-1 alpha-3 code, the only form Custodia stores; for a state that no longer exists, the alpha-3 code
 * ISO 3166-3 keeps for it (SUN, YUG), since its successors cannot be told from its name.
 */
export type CountryCode = string & { readonly __brand: 'CountryCode' };

export interface CountryInfo {
  alpha3: CountryCode;
  /** For a former state, the alpha-2 it had: shown, never read (CS was two states, GE is now Georgia's). */
  alpha2: string;
  nameEn: string;
  nameEs: string;
  /** A state that no longer exists (ISO 3166-3): no successor is assumed for it. */
  former: boolean;
}

/** Lower-case, accents removed, punctuation collapsed: the form names are looked up in. */
export function foldCountryName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type CountryRow = readonly [string, string, readonly string[], readonly string[]];

const byAlpha3 = new Map<string, CountryInfo>();
const byName = new Map<string, CountryCode>();

function addCountry([alpha3, alpha2, namesEn, namesEs]: CountryRow, former: boolean): void {
  const code = alpha3 as CountryCode;
  const nameEn = namesEn[0] ?? alpha3;
  byAlpha3.set(alpha3, { alpha3: code, alpha2, nameEn, nameEs: namesEs[0] ?? alpha3, former });
  for (const name of [...namesEn, ...namesEs]) {
    const key = foldCountryName(name);
    if (!byName.has(key)) byName.set(key, code);
  }
}

for (const row of COUNTRY_ROWS) addCountry(row, false);
// Kosovo has no ISO 3166-1 code; XKX is the user-assigned code used by the EU and the UN.
byAlpha3.set('XKX', {
  alpha3: 'XKX' as CountryCode,
  alpha2: 'XK',
  nameEn: 'Kosovo',
  nameEs: 'Kosovo',
  former: false,
});
// Read before the former states, which take no alpha-2 input: their alpha-2 codes were reused.
const byAlpha2 = new Map([...byAlpha3.values()].map((info) => [info.alpha2, info.alpha3]));
for (const row of FORMER_COUNTRY_ROWS) addCountry(row, true);
for (const [alias, code] of Object.entries(COUNTRY_ALIASES))
  byName.set(foldCountryName(alias), code as CountryCode);

/** Folded words with the shortenings releases use written out (`dem rep` → `democratic republic`). */
function expandAbbreviations(words: readonly string[]): string[] {
  return words.flatMap((word, index) => {
    if (word === 'fed') return [words[index + 1] === 'sts' ? 'federated' : 'federal'];
    return (NAME_ABBREVIATIONS[word] ?? word).split(' ');
  });
}

/**
 * A folded name without `the` and `and`, shortenings written out: how releases shorten names (`ST. VINCENT-
 * GRENADINES`, `ANTIGUA-BARBUDA`, `DEM REP OF THE CONGO`, `Lao PDR`).
 */
function looseName(folded: string): string {
  return expandAbbreviations(folded.split(' '))
    .filter((word) => word !== 'the' && word !== 'and')
    .join(' ');
}

// Loose names that two countries would share are left out (null): a loose match must still be certain.
const byLooseName = new Map<string, CountryCode | null>();
for (const [name, code] of byName) {
  const loose = looseName(name);
  const known = byLooseName.get(loose);
  byLooseName.set(loose, known === undefined || known === code ? code : null);
}

function lookupName(text: string): CountryCode | undefined {
  const folded = foldCountryName(text);
  return byName.get(folded) ?? byLooseName.get(looseName(folded)) ?? undefined;
}

/** A code as written: alpha-3 (ISO 3166-1, or ISO 3166-3 for a former state) or ISO 3166-1 alpha-2, any case. */
function lookupCode(text: string): CountryCode | undefined {
  if (!/^[A-Za-z]{2,3}$/.test(text)) return undefined;
  const upper = text.toUpperCase();
  return byAlpha3.has(upper) ? (upper as CountryCode) : byAlpha2.get(upper);
}

/** A qualifier as STATE_FORMS lists it: folded, shortenings written out, without `of` and `the`. */
function stateForm(qualifier: string): string {
  return expandAbbreviations(foldCountryName(qualifier).split(' '))
    .filter((word) => word !== 'of' && word !== 'the' && word !== '')
    .join(' ');
}

/** `NAME, QUALIFIER` or `NAME (QUALIFIER)`: the name and what follows it, when the text has one of these shapes. */
function splitQualifier(text: string): { name: string; qualifier: string } | undefined {
  const parenthesized = /^([^()]+)\(([^()]*)\)$/.exec(text);
  if (parenthesized) return { name: parenthesized[1] ?? '', qualifier: parenthesized[2] ?? '' };
  const parts = text.split(',');
  return parts.length === 2 ? { name: parts[0] ?? '', qualifier: parts[1] ?? '' } : undefined;
}

/**
 * A name followed by a qualifier: a state form (`Iran, Islamic Republic of`) leaves the name, which must then be
 * a country's alone, or decides between the states that shared it (`Congo, Dem. Rep.`); anything else is read as
 * an inversion (`KOREA, SOUTH`, `Mariana Islands, Northern`) whose whole must be a known name.
 */
function lookupQualified(text: string): CountryCode | undefined {
  const split = splitQualifier(text);
  if (split === undefined) return undefined;
  const form = stateForm(split.qualifier);
  const shared = SHARED_NAMES[foldCountryName(split.name)];
  const decided = shared?.[form];
  if (decided !== undefined) return decided as CountryCode;
  if (STATE_FORMS.has(form)) return shared ? undefined : lookupName(split.name);
  return lookupName(`${split.qualifier} ${split.name}`);
}

/** Every known country, keyed by alpha-3 (a former state's by its ISO 3166-3 code). */
export function countryInfo(code: CountryCode): CountryInfo {
  const info = byAlpha3.get(code);
  if (!info) throw new Error(`not a country code: ${code}`);
  return info;
}

/** Whether the code is a state that no longer exists (ISO 3166-3: SUN, CSK, YUG, SCG, DDR, ANT, ...). */
export function isFormerStateCode(code: CountryCode): boolean {
  return byAlpha3.get(code)?.former ?? false;
}

/**
 * Resolves what a source wrote for a country: an alpha-3 or alpha-2 code (any case) or an English or Spanish
 * name (accents and case ignored), also with its state form after it as ISO, UN and World Bank lists write it
 * (`Venezuela, Bolivarian Republic of`, `Congo, Dem. Rep.`, `Iran (Islamic Republic of)`), inverted as in ICE
 * releases (`KOREA, SOUTH`, `BAHAMAS, THE`) or shortened (`ST. KITTS-NEVIS`, `DEM REP OF THE CONGO`). A state
 * that no longer exists resolves to its ISO 3166-3 code (`USSR` → SUN), a renamed one to the current code
 * (`ZAIRE` → COD). Returns undefined when nothing matches for certain; never guesses.
 */
export function resolveCountry(text: string): CountryCode | undefined {
  const trimmed = text.trim();
  return lookupCode(trimmed) ?? lookupName(trimmed) ?? lookupQualified(trimmed);
}

/** Whether the text names a state that no longer exists (`YUGOSLAVIA`, `SOVIET UNION`, `CZECHOSLOVAKIA`). */
export function isFormerState(text: string): boolean {
  const code = resolveCountry(text);
  return code !== undefined && isFormerStateCode(code);
}

/** Input: code or name; output: alpha-3. Fails with a message naming what was given. */
export const countrySchema = z
  .string()
  .min(2)
  .max(80)
  .transform((text, context): CountryCode => {
    const code = resolveCountry(text);
    if (!code) {
      context.addIssue({
        code: 'custom',
        message: `unknown country "${text}" (use ISO 3166-1 alpha-3, alpha-2 or an English or Spanish name)`,
      });
      return z.NEVER;
    }
    return code;
  })
  .meta({
    description: 'ISO 3166-1 alpha-3 code (alpha-2 and English or Spanish names accepted on input)',
    example: 'SLV',
  });
