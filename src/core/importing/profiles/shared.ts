import { isFormerStateCode, type CountryCode } from '../../values/country.js';
import type { Row } from '../row.js';

/** A person's citizenship as a release gives it: the countries, and what the note must keep of the text. */
export interface Citizenship {
  nationalities: CountryCode[];
  /** The text as written when it could not become a country (`STATELESS`, a name not known), for the record. */
  note?: string | undefined;
}

/**
 * Reads a citizenship column: a country, `STATELESS` (no nationality, said in the note), or a state that no
 * longer exists (`YUGOSLAVIA`, `SOVIET UNION`: kept as its ISO 3166-3 code, warned). A name the importer does not
 * know is a warning: the person record stands without it, the name kept in the note.
 */
export function readCitizenship(row: Row, column: string): Citizenship {
  const text = row.text(column);
  if (text === undefined) return { nationalities: [] };
  if (/^stateless$/i.test(text)) return { nationalities: [], note: 'Stateless, as the source says.' };
  const code = readCountry(row, column, { severity: 'warning' });
  return code ? { nationalities: [code] } : { nationalities: [], note: `Citizenship as written: ${text}.` };
}

/**
 * A country column read as `row.country` reads it, and warned when it names a state that no longer exists: its
 * ISO 3166-3 code is kept (`USSR` → SUN), and no successor state is assumed, which the reviewer should know.
 */
export function readCountry(
  row: Row,
  column: string,
  options: { severity?: 'error' | 'warning' } = {},
): CountryCode | undefined {
  const code = row.country(column, options);
  if (code !== undefined && isFormerStateCode(code)) {
    row.warn(
      column,
      `${row.text(column)}: a state that no longer exists; kept as ISO 3166-3 ${code}, no successor assumed`,
    );
  }
  return code;
}

/** Text cut to a field's limit at a word boundary, with an ellipsis saying it was cut. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  const space = head.lastIndexOf(' ');
  return `${space > limit / 2 ? head.slice(0, space) : head}…`;
}

/** Notes made of parts, the absent ones left out; undefined when none is present. */
export function joinNote(parts: ReadonlyArray<string | undefined>, separator = '; '): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length > 0 ? present.join(separator) : undefined;
}
