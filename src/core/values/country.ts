import { z } from 'zod';
import { COUNTRY_ROWS } from './countries.data.js';

/** An ISO 3166-1 alpha-3 code, the only form Custodia stores. */
export type CountryCode = string & { readonly __brand: 'CountryCode' };

export interface CountryInfo {
  alpha3: CountryCode;
  alpha2: string;
  nameEn: string;
  nameEs: string;
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

// Names seen in sources that the ISO tables do not carry, or carry ambiguously ("Congo" is two states).
const ALIASES: Record<string, string> = {
  'congo dr': 'COD',
  'dr congo': 'COD',
  drc: 'COD',
  'democratic republic of congo': 'COD',
  'republica democratica del congo': 'COD',
  'rd congo': 'COD',
  congo: 'COG',
  'republic of the congo': 'COG',
  'congo brazzaville': 'COG',
  'republica del congo': 'COG',
  'estados unidos de america': 'USA',
  eeuu: 'USA',
  'ee uu': 'USA',
  usa: 'USA',
  uk: 'GBR',
  'great britain': 'GBR',
  britain: 'GBR',
  'reino unido': 'GBR',
  'united kingdom': 'GBR',
  'south korea': 'KOR',
  'corea del sur': 'KOR',
  'north korea': 'PRK',
  'corea del norte': 'PRK',
  russia: 'RUS',
  rusia: 'RUS',
  iran: 'IRN',
  syria: 'SYR',
  siria: 'SYR',
  laos: 'LAO',
  vietnam: 'VNM',
  'viet nam': 'VNM',
  burma: 'MMR',
  myanmar: 'MMR',
  birmania: 'MMR',
  bolivia: 'BOL',
  moldova: 'MDA',
  tanzania: 'TZA',
  'the gambia': 'GMB',
  gambia: 'GMB',
  'ivory coast': 'CIV',
  'cote divoire': 'CIV',
  'costa de marfil': 'CIV',
  kosovo: 'XKX',
  'south sudan': 'SSD',
  'sudan del sur': 'SSD',
  eswatini: 'SWZ',
  swaziland: 'SWZ',
  esuatini: 'SWZ',
  palestine: 'PSE',
  turkey: 'TUR',
  turkiye: 'TUR',
  turquia: 'TUR',
  'czech republic': 'CZE',
  czechia: 'CZE',
  'cabo verde': 'CPV',
  'cape verde': 'CPV',
  macedonia: 'MKD',
  'north macedonia': 'MKD',
  'dominican republic': 'DOM',
  'republica dominicana': 'DOM',
  'el salvador': 'SLV',
  salvador: 'SLV',
  mexico: 'MEX',
  'guinea bissau': 'GNB',
  'papua new guinea': 'PNG',
  venezuela: 'VEN',
  'republica bolivariana de venezuela': 'VEN',
  // Names a state went by before it was renamed: the same state, so the same code.
  zaire: 'COD',
  'congo kinshasa': 'COD',
  'republic of congo': 'COG',
  'democratic peoples republic of korea': 'PRK',
  'east timor': 'TLS',
  'former yugoslav republic of macedonia': 'MKD',
  macau: 'MAC',
};

/**
 * States that no longer exist (ICE releases still write them). Their people now hold the nationality of one of
 * several successors, which the name cannot tell, so they resolve to no country and callers say so.
 */
const FORMER_STATES: ReadonlySet<string> = new Set(
  [
    'Serbia and Montenegro',
    'Yugoslavia',
    'Federal Republic of Yugoslavia',
    'Soviet Union',
    'USSR',
    'Union of Soviet Socialist Republics',
    'Czechoslovakia',
    'East Germany',
    'German Democratic Republic',
    'Netherlands Antilles',
  ].map(foldCountryName),
);

const byAlpha3 = new Map<string, CountryInfo>();
const byName = new Map<string, CountryCode>();

for (const [alpha3, alpha2, namesEn, namesEs] of COUNTRY_ROWS) {
  const code = alpha3 as CountryCode;
  byAlpha3.set(alpha3, { alpha3: code, alpha2, nameEn: namesEn[0] ?? alpha3, nameEs: namesEs[0] ?? alpha3 });
  for (const name of [...namesEn, ...namesEs]) {
    const key = foldCountryName(name);
    if (!byName.has(key)) byName.set(key, code);
  }
}
// Kosovo has no ISO 3166-1 code; XKX is the user-assigned code used by the EU and the UN.
byAlpha3.set('XKX', { alpha3: 'XKX' as CountryCode, alpha2: 'XK', nameEn: 'Kosovo', nameEs: 'Kosovo' });
for (const [alias, code] of Object.entries(ALIASES)) byName.set(foldCountryName(alias), code as CountryCode);
const byAlpha2 = new Map([...byAlpha3.values()].map((info) => [info.alpha2, info.alpha3]));

/**
 * A folded name without `the` and `and`, with `st` read as `saint`: how releases shorten names (`ST. VINCENT-
 * GRENADINES`, `ANTIGUA-BARBUDA`, `BAHAMAS, THE`).
 */
function looseName(folded: string): string {
  return folded
    .split(' ')
    .filter((word) => word !== 'the' && word !== 'and')
    .map((word) => (word === 'st' ? 'saint' : word))
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

/** Every known country, keyed by alpha-3. */
export function countryInfo(code: CountryCode): CountryInfo {
  const info = byAlpha3.get(code);
  if (!info) throw new Error(`not a country code: ${code}`);
  return info;
}

/**
 * Resolves what a source wrote for a country: an alpha-3 or alpha-2 code (any case) or an English or Spanish
 * name (accents and case ignored), also inverted as in ICE releases (`CONGO, DEMOCRATIC REPUBLIC OF`,
 * `KOREA, SOUTH`, `BAHAMAS, THE`) or shortened (`ST. KITTS-NEVIS`). Returns undefined when nothing matches,
 * and for states that no longer exist ({@link isFormerState}); never guesses.
 */
export function resolveCountry(text: string): CountryCode | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed) && byAlpha3.has(trimmed.toUpperCase())) {
    return trimmed.toUpperCase() as CountryCode;
  }
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const fromAlpha2 = byAlpha2.get(trimmed.toUpperCase());
    if (fromAlpha2) return fromAlpha2;
  }
  const direct = lookupName(trimmed);
  if (direct !== undefined) return direct;
  // `KOREA, SOUTH`: the part after the one comma goes first, and the whole must then be a known name.
  const parts = trimmed.split(',');
  if (parts.length === 2) return lookupName(`${parts[1]} ${parts[0]}`);
  return undefined;
}

/** Whether the text names a state that no longer exists (`YUGOSLAVIA`, `SOVIET UNION`, `CZECHOSLOVAKIA`). */
export function isFormerState(text: string): boolean {
  return FORMER_STATES.has(foldCountryName(text));
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
