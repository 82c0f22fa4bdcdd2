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
   * Jaro–Winkler similarity of two interned words, computed once per pair of words: names repeat, so the same
   * two spellings meet again and again across pairs of records.
   */
  similarity(left: number, right: number): number {
    if (left === right) return 1;
    const low = left < right ? left : right;
    const high = left < right ? right : left;
    const cached = this.similarities.get(low, high);
    if (cached >= 0) return cached;
    const value = jaroWinkler(this.word(low), this.word(high));
    this.similarities.set(low, high, value);
    return value;
  }

  private readonly similarities = new PairCache();
}

/**
 * A bounded cache of numbers keyed by pairs of non-negative integers, by open addressing over typed arrays (no
 * garbage per entry, no boxing of the keys). When it fills up it starts again empty: pairs seen once in a
 * million records are not worth keeping.
 */
class PairCache {
  private static readonly CAPACITY = 1 << 21;
  private readonly firsts = new Int32Array(PairCache.CAPACITY).fill(-1);
  private readonly seconds = new Int32Array(PairCache.CAPACITY);
  private readonly values = new Float64Array(PairCache.CAPACITY);
  private count = 0;

  /** The stored value, or -1 when there is none. */
  get(first: number, second: number): number {
    let slot = this.slotOf(first, second);
    for (;;) {
      const stored = this.firsts[slot] ?? -1;
      if (stored === -1) return -1;
      if (stored === first && this.seconds[slot] === second) return this.values[slot] ?? -1;
      slot = (slot + 1) & (PairCache.CAPACITY - 1);
    }
  }

  set(first: number, second: number, value: number): void {
    if (this.count * 2 > PairCache.CAPACITY) {
      this.firsts.fill(-1);
      this.count = 0;
    }
    let slot = this.slotOf(first, second);
    while ((this.firsts[slot] ?? -1) !== -1) slot = (slot + 1) & (PairCache.CAPACITY - 1);
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
    this.count += 1;
  }

  private slotOf(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & (PairCache.CAPACITY - 1);
  }
}
