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

/** Latin letters with marks, folded: what names in Spanish, Portuguese and French sources mostly hold. */
const QUICK_LETTERS: ReadonlyMap<number, string> = new Map(
  [...'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÑñÇçÝýÿ'].map((letter) => [
    letter.charCodeAt(0),
    letter.normalize('NFKD').replace(MARKS, '').toLowerCase(),
  ]),
);

/**
 * {@link foldText} for the text most names are written in (ASCII and the accented Latin letters above), in one
 * pass without regular expressions: it is the hot path of preparing millions of records. Undefined when the
 * text holds anything else, which then takes the general path.
 */
function quickFold(text: string): string | undefined {
  let folded = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let letter: string | undefined;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) letter = text[index];
    else if (code >= 65 && code <= 90) letter = String.fromCharCode(code + 32);
    else if (code === 39 || code === 96 || code === 0x2019 || code === 0x2018 || code === 0xb4) continue;
    else if (code < 128) {
      pendingSpace = folded !== '';
      continue;
    } else letter = QUICK_LETTERS.get(code);
    if (letter === undefined) return undefined;
    if (pendingSpace) folded += ' ';
    pendingSpace = false;
    folded += letter;
  }
  return folded;
}

/**
 * Folds text for comparison: compatibility decomposition (NFKD), combining marks removed (so `ñ` → `n`,
 * `ü` → `u`, `é` → `e`), lower case, a few Latin letters without a decomposition spelled out (`ß` → `ss`,
 * `ø` → `o`), apostrophes removed, every other punctuation mark turned into a space, spaces collapsed and trimmed.
 * `  GARCÍA-LÓPEZ, José L. ` → `garcia lopez jose l`.
 */
export function foldText(text: string): string {
  const quick = quickFold(text);
  if (quick !== undefined) return quick;
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
  const quick = quickSplit(text);
  if (quick) return quick;
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

/** {@link splitWords} for the text {@link quickFold} handles: each word folds to one word. */
function quickSplit(text: string): Word[] | undefined {
  const words: Word[] = [];
  for (const written of text.split(QUICK_SEPARATORS)) {
    if (written === '') continue;
    const folded = quickFold(written);
    if (folded === undefined) return undefined;
    if (folded === '') continue;
    if (folded.includes(' ')) return undefined;
    words.push({ written, folded });
  }
  return words;
}

// Apostrophes are not separators: quickFold drops them inside the word.
const QUICK_SEPARATORS = /[\s,.;:()\-/"]+/;
