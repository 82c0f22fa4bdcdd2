import type { Issue } from '../errors.js';
import { detectDateOrder, parseDateText, type DateOrder } from '../values/dateText.js';
import { resolveCountry } from '../values/country.js';
import type { LinkageRecord } from './engine/record.js';
import { foldText } from './normalize.js';

/** A row of a source with its columns assigned to roles, values as written (see columnMap.ts). */
export interface LinkageInputRow {
  id?: string | undefined;
  givenNames?: string | undefined;
  familyNames?: string | undefined;
  fullName?: string | undefined;
  birthDate?: string | undefined;
  sex?: string | undefined;
  nationality?: string | undefined;
  identifiers: readonly string[];
  extras: Readonly<Record<string, string>>;
}

/** How a column writes sex: English (`M` male, `F` female) or Spanish (`H` hombre, `M` mujer). */
export type SexConvention = 'english' | 'spanish';

const FEMALE = new Set(['f', 'female', 'fem', 'woman', 'w', 'mujer', 'femenino', 'femenina']);
const MALE = new Set(['male', 'man', 'masc', 'h', 'hombre', 'masculino', 'varon']);

/**
 * Decides what `M` means in a column: where any value is `H`/`hombre`/`masculino`/`mujer`, the column is Spanish
 * and `M` is mujer; otherwise `M` is male. A file's sources say which they use by the other letters they write.
 */
export function detectSexConvention(samples: Iterable<string>): SexConvention {
  for (const sample of samples) {
    const folded = foldText(sample);
    if (folded === 'h' || folded === 'hombre' || folded === 'masculino' || folded === 'mujer')
      return 'spanish';
  }
  return 'english';
}

/** Reads a written sex; undefined for unknown or unrecognised values (no evidence, not an error). */
export function readSex(text: string | undefined, convention: SexConvention): 'female' | 'male' | undefined {
  if (text === undefined) return undefined;
  const folded = foldText(text);
  if (folded === 'm') return convention === 'spanish' ? 'female' : 'male';
  if (FEMALE.has(folded)) return 'female';
  return MALE.has(folded) ? 'male' : undefined;
}

/** How a source's columns are to be read, decided once per file from its values. */
export interface ReadingConventions {
  dateOrder: DateOrder;
  sex: SexConvention;
}

/** The conventions of a file, from (a sample of) its rows. */
export function detectConventions(rows: readonly LinkageInputRow[]): ReadingConventions {
  return {
    dateOrder: detectDateOrder(rows.flatMap((row) => (row.birthDate ? [row.birthDate] : []))),
    sex: detectSexConvention(rows.flatMap((row) => (row.sex ? [row.sex] : []))),
  };
}

/**
 * Reads a row into the engine's record. A birth date that cannot be read is a problem for the caller to report
 * (with the row) rather than a silent blank: a wrong reading would link the wrong people.
 */
export function readLinkageRow(
  row: LinkageInputRow,
  fallbackId: string,
  conventions: ReadingConventions,
): { record: LinkageRecord; issues: Issue[] } {
  const issues: Issue[] = [];
  let birthDate: LinkageRecord['birthDate'];
  if (row.birthDate !== undefined) {
    const read = parseDateText(row.birthDate, conventions.dateOrder);
    if ('date' in read) birthDate = read.date;
    else issues.push({ path: ['birth_date'], message: read.problem });
  }
  const nationality =
    row.nationality === undefined ? undefined : (resolveCountry(row.nationality) ?? row.nationality);
  return {
    record: {
      id: row.id ?? fallbackId,
      fullName: row.fullName,
      givenNames: row.givenNames,
      familyNames: row.familyNames,
      birthDate,
      sex: readSex(row.sex, conventions.sex),
      nationality,
      identifiers: row.identifiers,
      extras: row.extras,
    },
    issues,
  };
}
