/**
 * Text folding shared by every linkage comparison: one written form of a name in, one comparable form out.
 * Re-exported by normalize.ts, which is where other folders should import it from.
 */

/** Letters that Unicode decomposition (NFKD) leaves whole but that sources write in plain Latin letters. */
const LATIN_EXPANSIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

const MARKS = /\p{M}+/gu;
// Apostrophes join (O'Brien → obrien, D'Alessandro → dalessandro): sources write them, drop them or put a space,
// and the joined form is the one that survives all three. Every other non-letter, non-digit separates words.
const APOSTROPHES = /['’‘`´ʼ]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
// Before folding, combining marks are still part of their word (`Garci\u0301a` written decomposed).
const WRITTEN_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const EXPANDABLE = /[ßæœøđðþłı]/gu;

/**
 * Folds text for comparison: compatibility decomposition (NFKD), combining marks removed (so `ñ` → `n`,
 * `ü` → `u`, `é` → `e`), lower case, a few Latin letters without a decomposition spelled out (`ß` → `ss`,
 * `ø` → `o`), apostrophes removed, every other punctuation mark turned into a space, spaces collapsed and trimmed.
 * `  GARCÍA-LÓPEZ, José L. ` → `garcia lopez jose l`.
 */
export function foldText(text: string): string {
  return text
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(EXPANDABLE, (letter) => LATIN_EXPANSIONS[letter] ?? letter)
    .replace(SEPARATORS, ' ')
    .trim();
}

/** One word of a name: as written (for its letter case) and folded (for comparison). */
export interface Word {
  written: string;
  folded: string;
}

/** Splits text into words at every separator foldText would turn into a space, keeping each word's written form. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const written of text.replace(APOSTROPHES, '').split(WRITTEN_SEPARATORS)) {
    if (written === '') continue;
    // A written word can still fold into several (a ligature or compatibility form that decomposes with a space).
    for (const folded of foldText(written).split(' ')) {
      if (folded !== '') words.push({ written, folded });
    }
  }
  return words;
}
