import { foldText } from './text.js';

export { doubleMetaphone } from './doubleMetaphone.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const FRONT_VOWELS = new Set(['e', 'i']);

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter);
}

function isFront(letter: string | undefined): boolean {
  return letter !== undefined && FRONT_VOWELS.has(letter);
}

/** The sound at `index` of folded `word`: the symbols it writes and how many letters it used. */
function soundAt(word: string, index: number): [string, number] {
  const letter = word.charAt(index);
  const next = word.charAt(index + 1);
  const afterNext = word.charAt(index + 2);
  switch (letter) {
    case 'b':
    case 'v':
      return ['b', 1];
    case 'w':
      return ['u', 1];
    case 'c':
      if (next === 'h') return ['c', 2];
      return [isFront(next) ? 's' : 'k', 1];
    case 'z':
    case 's':
      return ['s', 1];
    case 'q':
      return next === 'u' && isFront(afterNext) ? ['k', 2] : ['k', 1];
    case 'g':
      if (next === 'u' && isFront(afterNext)) return ['g', 2];
      return [isFront(next) ? 'j' : 'g', 1];
    case 'h':
      return ['', 1];
    case 'l':
      return next === 'l' ? ['y', 2] : ['l', 1];
    case 'y':
      return [isVowel(next) ? 'y' : 'i', 1];
    case 'x':
      return index === 0 && isVowel(next) ? ['j', 1] : ['ks', 1];
    case 'p':
      return next === 'h' ? ['f', 2] : ['p', 1];
    case 't':
      // `tch` (Etcheverry) is the `ch` of Echeverría.
      return next === 'c' && afterNext === 'h' ? ['', 1] : ['t', 1];
    case 'n':
      return next === 'b' || next === 'v' || next === 'p' ? ['m', 1] : ['n', 1];
    default:
      return /[a-z]/.test(letter) ? [letter, 1] : ['', 1];
  }
}

/**
 * A key for how a Spanish speaker says a name, so that spellings a clerk could hear the same way compare equal:
 * `García` ≡ `Garsia`, `Yáñez` ≡ `Llanes`, `Velázquez` ≡ `Belasques`, `Hernández` ≡ `Ernandes`,
 * `Jiménez` ≡ `Gimenez` ≡ `Ximénez`, `Quintero` ≡ `Kintero`, `Javier` ≡ `Xavier`, `Edwin` ≡ `Eduin`.
 *
 * The word is folded first (accents dropped, `ñ` → `n`; see foldText) and spaces removed (`de la Cruz` ≡
 * `Delacruz`). Then, left to right:
 * - `b`, `v` → `b`; `w` → `u` (Spanish writes the sound `u` or `gu`: Edwin, Eduin);
 * - `c` before `e`/`i`, `s`, `z` → `s`; `ch` stays one sound, written `c` (no other `c` survives); `tch` → `c`;
 * - `qu` before `e`/`i`, `q`, `k`, and `c` before anything else → `k`;
 * - `g` before `e`/`i` and `j` → `j`; `gu` before `e`/`i` → `g`; `gü` keeps its `u` (`Güemes` → `guemes`);
 * - `h` is silent and removed (`ch` is handled above; `ph` → `f`);
 * - `ll` and `y` before a vowel → `y`; `y` elsewhere is the vowel `i` (`Godoy`, `Ybarra` ≡ `Ibarra`);
 * - `x` first, before a vowel → `j` (the old spelling of `Ximénez`, `Xavier`, `Xiomara`); any
 *   other `x` → `ks` (`Alexis`, `Máximo`, `Félix`). `México`/`Mexía` are the price: they key as `ks`;
 * - `n` before `b`, `v`, `p` → `m` (said so: `Sanbrano` ≡ `Zambrano`);
 * - vowels are kept, since they carry most of a Spanish name; then any symbol repeated is written once, so double
 *   letters and double vowels collapse (`Saavedra` ≡ `Savedra`, `Villarreal` ≡ `Villareal`).
 * Digits, and letters outside a–z after folding (other scripts), are dropped. The key is lower case; an empty
 * key means no letters it could read.
 */
export function spanishPhoneticKey(word: string): string {
  const folded = foldText(word.toLowerCase().replace(/gü/g, 'gw')).replace(/ /g, '');
  let key = '';
  let last = '';
  for (let index = 0; index < folded.length;) {
    const [sound, used] = soundAt(folded, index);
    for (const symbol of sound) {
      if (symbol !== last) key += symbol;
      last = symbol;
    }
    index += used;
  }
  return key;
}
