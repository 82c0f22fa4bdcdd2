import {
  add,
  at,
  charAt,
  doubled,
  type Encoding,
  germanic,
  isVowel,
  letterB,
  letterC,
  letterCedilla,
  letterD,
  letterG,
  letterH,
  letterJ,
  letterL,
  letterM,
  type Rule,
  vowel,
} from './doubleMetaphone.letters.js';

const letterP: Rule = (encoding, current) => {
  if (charAt(encoding, current + 1) === 'H') {
    add(encoding, 'F');
    return current + 2;
  }
  add(encoding, 'P');
  return at(encoding, current + 1, 'P', 'B') ? current + 2 : current + 1;
};

const letterR: Rule = (encoding, current) => {
  // French 'rogier', but not 'hochmeier'.
  if (
    current === encoding.last &&
    !encoding.slavoGermanic &&
    at(encoding, current - 2, 'IE') &&
    !at(encoding, current - 4, 'ME', 'MA')
  )
    add(encoding, '', 'R');
  else add(encoding, 'R');
  return charAt(encoding, current + 1) === 'R' ? current + 2 : current + 1;
};

const letterSC: Rule = (encoding, current) => {
  if (charAt(encoding, current + 2) === 'H') {
    // Schlesinger's rule; Dutch 'school', 'schooner'; 'schermerhorn', 'schenker'.
    if (at(encoding, current + 3, 'OO', 'ER', 'EN', 'UY', 'ED', 'EM')) {
      if (at(encoding, current + 3, 'ER', 'EN')) add(encoding, 'X', 'SK');
      else add(encoding, 'SK');
    } else if (current === 0 && !isVowel(encoding, 3) && charAt(encoding, 3) !== 'W') add(encoding, 'X', 'S');
    else add(encoding, 'X');
  } else if (at(encoding, current + 2, 'I', 'E', 'Y')) add(encoding, 'S');
  else add(encoding, 'SK');
  return current + 3;
};

const letterS: Rule = (encoding, current) => {
  if (at(encoding, current - 1, 'ISL', 'YSL')) return current + 1; // 'island', 'carlisle'
  if (current === 0 && at(encoding, current, 'SUGAR')) {
    add(encoding, 'X', 'S');
    return current + 1;
  }
  if (at(encoding, current, 'SH')) {
    if (at(encoding, current + 1, 'HEIM', 'HOEK', 'HOLM', 'HOLZ')) add(encoding, 'S');
    else add(encoding, 'X');
    return current + 2;
  }
  if (at(encoding, current, 'SIO', 'SIA') || at(encoding, current, 'SIAN')) {
    if (encoding.slavoGermanic) add(encoding, 'S');
    else add(encoding, 'S', 'X');
    return current + 3;
  }
  // 'smith' matches 'schmidt', 'snider' matches 'schneider'; Slavic -sz-.
  if ((current === 0 && at(encoding, current + 1, 'M', 'N', 'L', 'W')) || at(encoding, current + 1, 'Z')) {
    add(encoding, 'S', 'X');
    return at(encoding, current + 1, 'Z') ? current + 2 : current + 1;
  }
  if (at(encoding, current, 'SC')) return letterSC(encoding, current);
  // French 'resnais', 'artois'.
  if (current === encoding.last && at(encoding, current - 2, 'AI', 'OI')) add(encoding, '', 'S');
  else add(encoding, 'S');
  return at(encoding, current + 1, 'S', 'Z') ? current + 2 : current + 1;
};

const letterT: Rule = (encoding, current) => {
  if (at(encoding, current, 'TION')) {
    add(encoding, 'X');
    return current + 3;
  }
  if (at(encoding, current, 'TIA', 'TCH')) {
    add(encoding, 'X');
    return current + 3;
  }
  if (at(encoding, current, 'TH') || at(encoding, current, 'TTH')) {
    // 'thomas', 'thames', or Germanic.
    if (at(encoding, current + 2, 'OM', 'AM') || germanic(encoding)) add(encoding, 'T');
    else add(encoding, '0', 'T');
    return current + 2;
  }
  add(encoding, 'T');
  return at(encoding, current + 1, 'T', 'D') ? current + 2 : current + 1;
};

const letterW: Rule = (encoding, current) => {
  if (at(encoding, current, 'WR')) {
    add(encoding, 'R');
    return current + 2;
  }
  if (current === 0 && (isVowel(encoding, current + 1) || at(encoding, current, 'WH'))) {
    // 'Wasserman' matches 'Vasserman'; 'Uomo' matches 'Womo'.
    if (isVowel(encoding, current + 1)) add(encoding, 'A', 'F');
    else add(encoding, 'A');
  }
  // 'Arnow' matches 'Arnoff'.
  if (
    (current === encoding.last && isVowel(encoding, current - 1)) ||
    at(encoding, current - 1, 'EWSKI', 'EWSKY', 'OWSKI', 'OWSKY') ||
    at(encoding, 0, 'SCH')
  ) {
    add(encoding, '', 'F');
    return current + 1;
  }
  if (at(encoding, current, 'WICZ', 'WITZ')) {
    add(encoding, 'TS', 'FX'); // Polish 'filipowicz'
    return current + 4;
  }
  return current + 1;
};

const letterX: Rule = (encoding, current) => {
  // French 'breaux'.
  const silent =
    current === encoding.last &&
    (at(encoding, current - 3, 'IAU', 'EAU') || at(encoding, current - 2, 'AU', 'OU'));
  if (!silent) add(encoding, 'KS');
  return at(encoding, current + 1, 'C', 'X') ? current + 2 : current + 1;
};

const letterZ: Rule = (encoding, current) => {
  if (charAt(encoding, current + 1) === 'H') {
    add(encoding, 'J'); // Chinese pinyin 'zhao'
    return current + 2;
  }
  if (
    at(encoding, current + 1, 'ZO', 'ZI', 'ZA') ||
    (encoding.slavoGermanic && current > 0 && charAt(encoding, current - 1) !== 'T')
  )
    add(encoding, 'S', 'TS');
  else add(encoding, 'S');
  return charAt(encoding, current + 1) === 'Z' ? current + 2 : current + 1;
};

const RULES: Readonly<Record<string, Rule>> = {
  A: vowel,
  E: vowel,
  I: vowel,
  O: vowel,
  U: vowel,
  Y: vowel,
  B: letterB,
  C: letterC,
  Ç: letterCedilla,
  D: letterD,
  F: doubled('F', 'F'),
  G: letterG,
  H: letterH,
  J: letterJ,
  K: doubled('K', 'K'),
  L: letterL,
  M: letterM,
  N: doubled('N', 'N'),
  P: letterP,
  Q: doubled('Q', 'K'),
  R: letterR,
  S: letterS,
  T: letterT,
  V: doubled('V', 'F'),
  W: letterW,
  X: letterX,
  Z: letterZ,
};

/**
 * Capitals, with accents dropped (the algorithm was written for unaccented letters: `García` must read its `CIA`)
 * except `Ç`, which it reads as `S`; `Ñ` becomes `N`, which is what the algorithm makes of it. Anything that is
 * not a letter becomes a space, which the rules read as a word break (`VAN `, `SAN `, `MAC CAFFREY`).
 */
function prepare(word: string): string {
  let prepared = '';
  for (const letter of word.toUpperCase()) {
    const plain = letter === 'Ç' ? letter : letter.normalize('NFKD').replace(/\p{M}/gu, '');
    prepared += /^[A-ZÇ]+$/.test(plain) ? plain : ' ';
  }
  return prepared.replace(/ +/g, ' ').trim();
}

/**
 * Lawrence Philips' Double Metaphone (C/C++ Users Journal, June 2000): `[primary, alternate]` keys for how an
 * English speaker may say a name, allowing for names of Slavic, Germanic, Celtic, Greek, French, Italian, Spanish
 * and Chinese origin. Two names may be the same when any key of one equals any key of the other
 * (`Smith` SM0/XMT and `Schmidt` XMT/SMT share XMT). Keys are at most `maxLength` characters, 4 as published;
 * when the algorithm has no alternate, the alternate equals the primary (as in Apache Commons Codec). `0` is
 * the sound `th`, `X` the sound `sh` or `ch`. Written from the published algorithm; accents are dropped first
 * (see prepare), and a word with no letters gives two empty keys.
 */
export function doubleMetaphone(word: string, maxLength = 4): [string, string] {
  const prepared = prepare(word);
  if (prepared === '') return ['', ''];
  const encoding: Encoding = {
    word: `${prepared}     `,
    length: prepared.length,
    last: prepared.length - 1,
    slavoGermanic: /W|K|CZ|WITZ/.test(prepared),
    primary: '',
    secondary: '',
  };
  let current = 0;
  if (at(encoding, 0, 'GN', 'KN', 'PN', 'WR', 'PS')) current += 1;
  if (charAt(encoding, 0) === 'X') {
    add(encoding, 'S'); // initial X is said Z: 'Xavier'
    current += 1;
  }
  while (
    (encoding.primary.length < maxLength || encoding.secondary.length < maxLength) &&
    current < encoding.length
  ) {
    const rule = RULES[charAt(encoding, current)];
    current = rule ? rule(encoding, current) : current + 1;
  }
  return [encoding.primary.slice(0, maxLength), encoding.secondary.slice(0, maxLength)];
}
