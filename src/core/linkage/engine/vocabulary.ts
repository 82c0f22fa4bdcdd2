import { doubleMetaphone, spanishPhoneticKey } from '../phonetic.js';
import { jaroWinkler } from '../strings.js';

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

  /**
   * Jaro–Winkler similarity of two interned words. Not cached: for names of a dozen letters computing it is
   * about as fast as looking it up in a map keyed by the pair.
   */
  similarity(left: number, right: number): number {
    if (left === right) return 1;
    return jaroWinkler(this.word(left), this.word(right));
  }
}
