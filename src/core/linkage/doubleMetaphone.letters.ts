/**
 * Double Metaphone, part one: the state of an encoding, the helpers its rules share, and the rules for the
 * letters A to R. Each rule writes to the keys and returns the index of the next letter to read. The rules follow
 * the published algorithm in order; its examples are in the comments. doubleMetaphone.ts holds the rest.
 */

export interface Encoding {
  /** The word in capitals, padded with spaces as the original does, so rules may look past its end. */
  word: string;
  length: number;
  last: number;
  slavoGermanic: boolean;
  primary: string;
  secondary: string;
}

export type Rule = (encoding: Encoding, current: number) => number;

function charAt(encoding: Encoding, index: number): string {
  return index < 0 ? '' : encoding.word.charAt(index);
}

/** Whether one of `options` is written at `start` (all options have the same length). */
function at(encoding: Encoding, start: number, ...options: string[]): boolean {
  if (start < 0) return false;
  const length = options[0]?.length ?? 0;
  return options.includes(encoding.word.substring(start, start + length));
}

function isVowel(encoding: Encoding, index: number): boolean {
  return index >= 0 && index < encoding.length && 'AEIOUY'.includes(encoding.word.charAt(index));
}

/** Adds to both keys, or `main` to the primary and `alternate` to the secondary (a space adds nothing). */
function add(encoding: Encoding, main: string, alternate?: string): void {
  encoding.primary += main;
  if (alternate === undefined) encoding.secondary += main;
  else if (!alternate.startsWith(' ')) encoding.secondary += alternate;
}

function germanic(encoding: Encoding): boolean {
  return at(encoding, 0, 'VAN ', 'VON ') || at(encoding, 0, 'SCH');
}

const vowel: Rule = (encoding, current) => {
  if (current === 0) add(encoding, 'A');
  return current + 1;
};

const doubled =
  (letter: string, code: string): Rule =>
  (encoding, current) => {
    add(encoding, code);
    return charAt(encoding, current + 1) === letter ? current + 2 : current + 1;
  };

const letterB = doubled('B', 'P');

const letterCH: Rule = (encoding, current) => {
  if (current > 0 && at(encoding, current, 'CHAE')) add(encoding, 'K', 'X');
  else if (
    current === 0 &&
    (at(encoding, current + 1, 'HARAC', 'HARIS') || at(encoding, current + 1, 'HOR', 'HYM', 'HIA', 'HEM')) &&
    !at(encoding, 0, 'CHORE')
  )
    add(encoding, 'K');
  else if (
    germanic(encoding) ||
    at(encoding, current - 2, 'ORCHES', 'ARCHIT', 'ORCHID') ||
    at(encoding, current + 2, 'T', 'S') ||
    ((at(encoding, current - 1, 'A', 'O', 'U', 'E') || current === 0) &&
      at(encoding, current + 2, 'L', 'R', 'N', 'M', 'B', 'H', 'F', 'V', 'W', ' '))
  )
    add(encoding, 'K');
  else if (current === 0) add(encoding, 'X');
  else if (at(encoding, 0, 'MC')) add(encoding, 'K');
  else add(encoding, 'X', 'K');
  return current + 2;
};

const letterCC: Rule = (encoding, current) => {
  if (at(encoding, current + 2, 'I', 'E', 'H') && !at(encoding, current + 2, 'HU')) {
    if ((current === 1 && charAt(encoding, 0) === 'A') || at(encoding, current - 1, 'UCCEE', 'UCCES')) {
      add(encoding, 'KS');
    } else add(encoding, 'X');
    return current + 3;
  }
  add(encoding, 'K');
  return current + 2;
};

const letterC: Rule = (encoding, current) => {
  const next2 = charAt(encoding, current + 2);
  if (
    current > 1 &&
    !isVowel(encoding, current - 2) &&
    at(encoding, current - 1, 'ACH') &&
    next2 !== 'I' &&
    (next2 !== 'E' || at(encoding, current - 2, 'BACHER', 'MACHER'))
  ) {
    add(encoding, 'K');
    return current + 2;
  }
  if (current === 0 && at(encoding, current, 'CAESAR')) {
    add(encoding, 'S');
    return current + 2;
  }
  if (at(encoding, current, 'CHIA')) {
    add(encoding, 'K');
    return current + 2;
  }
  if (at(encoding, current, 'CH')) return letterCH(encoding, current);
  if (at(encoding, current, 'CZ') && !at(encoding, current - 2, 'WICZ')) {
    add(encoding, 'S', 'X');
    return current + 2;
  }
  if (at(encoding, current + 1, 'CIA')) {
    add(encoding, 'X');
    return current + 3;
  }
  if (at(encoding, current, 'CC') && !(current === 1 && charAt(encoding, 0) === 'M')) {
    return letterCC(encoding, current);
  }
  if (at(encoding, current, 'CK', 'CG', 'CQ')) {
    add(encoding, 'K');
    return current + 2;
  }
  if (at(encoding, current, 'CI', 'CE', 'CY')) {
    if (at(encoding, current, 'CIO', 'CIE', 'CIA')) add(encoding, 'S', 'X');
    else add(encoding, 'S');
    return current + 2;
  }
  add(encoding, 'K');
  if (at(encoding, current + 1, ' C', ' Q', ' G')) return current + 3;
  if (at(encoding, current + 1, 'C', 'K', 'Q') && !at(encoding, current + 1, 'CE', 'CI')) return current + 2;
  return current + 1;
};

const letterCedilla: Rule = (encoding, current) => {
  add(encoding, 'S');
  return current + 1;
};

const letterD: Rule = (encoding, current) => {
  if (at(encoding, current, 'DG')) {
    if (at(encoding, current + 2, 'I', 'E', 'Y')) {
      add(encoding, 'J');
      return current + 3;
    }
    add(encoding, 'TK');
    return current + 2;
  }
  add(encoding, 'T');
  return at(encoding, current, 'DT', 'DD') ? current + 2 : current + 1;
};

const letterGH: Rule = (encoding, current) => {
  if (current > 0 && !isVowel(encoding, current - 1)) add(encoding, 'K');
  else if (current === 0) add(encoding, charAt(encoding, current + 2) === 'I' ? 'J' : 'K');
  else if (
    // Parker's rule: 'hugh', 'bough', 'broughton'
    (current > 1 && at(encoding, current - 2, 'B', 'H', 'D')) ||
    (current > 2 && at(encoding, current - 3, 'B', 'H', 'D')) ||
    (current > 3 && at(encoding, current - 4, 'B', 'H'))
  )
    return current + 2;
  else if (
    current > 2 &&
    charAt(encoding, current - 1) === 'U' &&
    at(encoding, current - 3, 'C', 'G', 'L', 'R', 'T')
  )
    add(encoding, 'F');
  else if (charAt(encoding, current - 1) !== 'I') add(encoding, 'K');
  return current + 2;
};

const letterGN: Rule = (encoding, current) => {
  if (current === 1 && isVowel(encoding, 0) && !encoding.slavoGermanic) add(encoding, 'KN', 'N');
  else if (
    !at(encoding, current + 2, 'EY') &&
    charAt(encoding, current + 1) !== 'Y' &&
    !encoding.slavoGermanic
  )
    add(encoding, 'N', 'KN');
  else add(encoding, 'KN');
  return current + 2;
};

const letterG: Rule = (encoding, current) => {
  const next = charAt(encoding, current + 1);
  if (next === 'H') return letterGH(encoding, current);
  if (next === 'N') return letterGN(encoding, current);
  if (at(encoding, current + 1, 'LI') && !encoding.slavoGermanic) {
    add(encoding, 'KL', 'L');
    return current + 2;
  }
  const startsSoft =
    next === 'Y' ||
    at(encoding, current + 1, 'ES', 'EP', 'EB', 'EL', 'EY', 'IB', 'IL', 'IN', 'IE', 'EI', 'ER');
  const gerOrGy =
    (at(encoding, current + 1, 'ER') || next === 'Y') &&
    !at(encoding, 0, 'DANGER', 'RANGER', 'MANGER') &&
    !at(encoding, current - 1, 'E', 'I') &&
    !at(encoding, current - 1, 'RGY', 'OGY');
  if ((current === 0 && startsSoft) || gerOrGy) {
    add(encoding, 'K', 'J');
    return current + 2;
  }
  if (at(encoding, current + 1, 'E', 'I', 'Y') || at(encoding, current - 1, 'AGGI', 'OGGI')) {
    if (germanic(encoding) || at(encoding, current + 1, 'ET')) add(encoding, 'K');
    else if (at(encoding, current + 1, 'IER ')) add(encoding, 'J');
    else add(encoding, 'J', 'K');
    return current + 2;
  }
  add(encoding, 'K');
  return next === 'G' ? current + 2 : current + 1;
};

const letterH: Rule = (encoding, current) => {
  if ((current === 0 || isVowel(encoding, current - 1)) && isVowel(encoding, current + 1)) {
    add(encoding, 'H');
    return current + 2;
  }
  return current + 1;
};

const letterJ: Rule = (encoding, current) => {
  if (at(encoding, current, 'JOSE') || at(encoding, 0, 'SAN ')) {
    if ((current === 0 && charAt(encoding, current + 4) === ' ') || at(encoding, 0, 'SAN '))
      add(encoding, 'H');
    else add(encoding, 'J', 'H');
    return current + 1;
  }
  const next = charAt(encoding, current + 1);
  if (current === 0) add(encoding, 'J', 'A');
  else if (isVowel(encoding, current - 1) && !encoding.slavoGermanic && (next === 'A' || next === 'O'))
    add(encoding, 'J', 'H');
  else if (current === encoding.last) add(encoding, 'J', ' ');
  else if (
    !at(encoding, current + 1, 'L', 'T', 'K', 'S', 'N', 'M', 'B', 'Z') &&
    !at(encoding, current - 1, 'S', 'K', 'L')
  )
    add(encoding, 'J');
  return next === 'J' ? current + 2 : current + 1;
};

const letterL: Rule = (encoding, current) => {
  if (charAt(encoding, current + 1) !== 'L') {
    add(encoding, 'L');
    return current + 1;
  }
  const spanish =
    (current === encoding.length - 3 && at(encoding, current - 1, 'ILLO', 'ILLA', 'ALLE')) ||
    ((at(encoding, encoding.last - 1, 'AS', 'OS') || at(encoding, encoding.last, 'A', 'O')) &&
      at(encoding, current - 1, 'ALLE'));
  // 'cabrillo', 'gallegos': the Spanish ll may not be an l at all.
  add(encoding, 'L', spanish ? ' ' : undefined);
  return current + 2;
};

const letterM: Rule = (encoding, current) => {
  const silentB =
    at(encoding, current - 1, 'UMB') && (current + 1 === encoding.last || at(encoding, current + 2, 'ER'));
  add(encoding, 'M');
  return silentB || charAt(encoding, current + 1) === 'M' ? current + 2 : current + 1;
};

export { letterB, letterC, letterCedilla, letterD, letterG, letterH, letterJ, letterL, letterM };
export { add, at, charAt, doubled, isVowel, germanic, vowel };
