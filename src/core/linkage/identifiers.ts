/**
 * Identifier canonical forms, so the same A-number or passport written three ways is one key, and a typed-in
 * slip of one digit is seen as such rather than as a different person.
 */

// An optional `A` label (`A`, `A#`, `A-`, `A No.`, `A-Number:`, `Alien #`), then digits in any grouping.
const A_NUMBER_LABEL = /^(?:a(?:lien)?(?:[\s.-]*(?:number|num|no|nr))?[\s.:#-]*)?/i;
const GROUPED_DIGITS = /^[\d\s.\-/]+$/;

/**
 * The A-number (alien registration number) in its canonical form, nine digits with leading zeros, or undefined
 * when the text is not one. Accepts `A012345678`, `A-012-345-678`, `a 12345678`, `12345678`,
 * `A# 012 345 678`, `A-Number: 012345678`. Rejects fewer than 7 or more than 9 digits, all zeros, redaction
 * marks (`(b)(6)`, `XXX-XXX-123`, `[redacted]`) and anything else that is not digits after the label, since a
 * partly legible number would match the wrong person.
 */
export function canonicalANumber(text: string): string | undefined {
  const trimmed = text.trim();
  const digitsPart = trimmed.replace(A_NUMBER_LABEL, '');
  if (!GROUPED_DIGITS.test(digitsPart)) return undefined;
  const digits = digitsPart.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 9 || /^0+$/.test(digits)) return undefined;
  return digits.padStart(9, '0');
}

// prettier-ignore
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'NONE', 'NA', 'NULL', 'UNKNOWN', 'DESCONOCIDO', 'NINGUNO', 'REDACTED', 'WITHHELD', 'PENDING', 'TBD',
]);

/**
 * A passport number in its canonical form, upper-case letters and digits only (`g 1234-5678` → `G12345678`), or
 * undefined when nothing is left, when it is a placeholder (`N/A`, `none`, `desconocido`), all zeros, a redaction
 * (`(b)(6)`, `XXXXXX`, `***`) or fewer than 5 characters. When the issuing `country` is given (ISO 3166 alpha-2 or
 * alpha-3) and the text starts with that code followed by a separator (`MEX-G12345678`, `SV: A1234567`), the
 * code is dropped: it is where the passport is from, not part of its number. The country is not added to the key;
 * compare it separately.
 */
export function canonicalPassport(text: string, country?: string): string | undefined {
  let working = text.trim();
  if (/\(\s*b\s*\)|[*█]/i.test(working)) return undefined;
  const code = country?.trim().toUpperCase();
  if (code && /^[A-Z]{2,3}$/.test(code)) {
    const prefix = new RegExp(`^${code}[\\s:#.-]+(?=[A-Za-z0-9])`, 'i');
    working = working.replace(prefix, '');
  }
  const canonical = working.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (canonical.length < 5 || PLACEHOLDERS.has(canonical)) return undefined;
  if (/^0+$/.test(canonical) || /^X+$/.test(canonical)) return undefined;
  return canonical;
}

/** How close two canonical identifiers are; see {@link identifierDistance}. */
export type IdentifierAgreement = 'exact' | 'one_digit' | 'different';

/**
 * Compares two identifiers already in canonical form: `exact`; `one_digit` when they have the same length and
 * differ by one substituted character (`012345678` / `012345679`) or by two adjacent characters swapped
 * (`012345678` / `012354678`), the two slips a clerk typing a number makes; otherwise `different`, including
 * when either is empty. A dropped or added digit is `different`: A-numbers are padded to nine digits, so a
 * dropped digit shifts every digit after it.
 */
export function identifierDistance(left: string, right: string): IdentifierAgreement {
  if (left === '' || right === '') return 'different';
  if (left === right) return 'exact';
  if (left.length !== right.length) return 'different';
  let first = -1;
  let second = -1;
  for (let index = 0; index < left.length; index += 1) {
    if (left.charCodeAt(index) === right.charCodeAt(index)) continue;
    if (first < 0) first = index;
    else if (second < 0) second = index;
    else return 'different';
  }
  if (second < 0) return 'one_digit';
  const swapped = second === first + 1 && left[first] === right[second] && left[second] === right[first];
  return swapped ? 'one_digit' : 'different';
}
