// Writes web/src/i18n/numericCodes.ts: ISO 3166-1 numeric codes by alpha-3 code, for the web app's map
// (world-atlas names countries by number). `node bin/run-ts.js scripts/generate-web-countries.ts`
import { writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';

const rows = Object.entries(countries.getNumericCodes())
  .map(([numeric, alpha2]) => [countries.alpha2ToAlpha3(alpha2), numeric] as const)
  .filter((row): row is readonly [string, string] => row[0] !== undefined)
  .sort(([left], [right]) => left.localeCompare(right));
writeFileSync(
  new URL('../web/src/i18n/numericCodes.ts', import.meta.url),
  '// ISO 3166-1 numeric codes by alpha-3 code (world-atlas names countries by number), from i18n-iso-countries.\n' +
    '// Written by scripts/generate-web-countries.ts; not edited by hand.\n' +
    `export const NUMERIC_BY_ALPHA3: Record<string, string> = {${rows.map(([alpha3, numeric]) => `${alpha3}:'${numeric}'`).join(', ')}};\n`,
);
