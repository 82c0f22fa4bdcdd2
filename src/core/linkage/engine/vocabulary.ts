import { doubleMetaphone, spanishPhoneticKey } from '../phonetic.js';
import { jaroWinkler } from '../strings.js';

/** Pairs of ids below this are cached under one number (id × base + id stays below 2^53). */
const PAIR_BASE = 4_194_304;

/**
 * Every distinct string the records use (name words, keys, identifiers), interned as a small integer, so that
 * comparing two records is comparing integers, and the string work (phonetic keys, Jaro–Winkler) is done once
 * per distinct word or pair of words rather than once per pair of records: names repeat a great deal.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly phonetic: number[] = [];
  private readonly metaphone: number[] = [];
  private similarities = new Map<number, number>();

  /** The id of a string, interning it on first sight. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.phonetic.push(-1);
      this.metaphone.push(-1);
    }
    return id;
  }

  /** The id of a string if it was interned, else -1 (for lookups that must not grow the vocabulary). */
  find(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of the word's Spanish phonetic key (see spanishPhoneticKey). */
  phoneticOf(id: number): number {
    let key = this.phonetic[id] ?? -1;
    if (key < 0) {
      key = this.id(`~${spanishPhoneticKey(this.word(id))}`);
      this.phonetic[id] = key;
    }
    return key;
  }

  /** The id of the word's primary Double Metaphone code. */
  metaphoneOf(id: number): number {
    let key = this.metaphone[id] ?? -1;
    if (key < 0) {
      key = this.id(`#${doubleMetaphone(this.word(id))[0]}`);
      this.metaphone[id] = key;
    }
    return key;
  }

  /** Jaro–Winkler similarity of two interned words, computed once per pair. */
  similarity(left: number, right: number): number {
    if (left === right) return 1;
    if (left >= PAIR_BASE || right >= PAIR_BASE) return jaroWinkler(this.word(left), this.word(right));
    const key = left < right ? left * PAIR_BASE + right : right * PAIR_BASE + left;
    let value = this.similarities.get(key);
    if (value === undefined) {
      // A cache over millions of typo pairs would hold more than it saves: start again when it is large.
      if (this.similarities.size > 4_000_000) this.similarities = new Map();
      value = jaroWinkler(this.word(left), this.word(right));
      this.similarities.set(key, value);
    }
    return value;
  }
}
