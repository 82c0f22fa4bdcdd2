import type { PreparedReading, PreparedRecord } from './record.js';
import { KeyMaker } from './keyMaker.js';
import type { Vocabulary } from './vocabulary.js';

/** The keys of one record under one rule, without repeats (a record has a handful: a list beats a set). */
export class KeyList {
  keys = new Int32Array(64);
  size = 0;

  add(key: number): void {
    for (let index = 0; index < this.size; index += 1) if (this.keys[index] === key) return;
    if (this.size === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size] = key;
    this.size += 1;
  }

  clear(): void {
    this.size = 0;
  }
}

/**
 * A blocking rule: the keys a record is filed under. Two records become a candidate pair when they share a key
 * under any rule (a union of rules, so each rule can be strict and the union still forgiving).
 */
export interface BlockingRule {
  name: string;
  description: string;
  /** Blocks of this rule larger than this are not expanded (a broad rule is only for rarer names). */
  maxBlockSize?: number;
  keys(record: PreparedRecord, features: BlockingFeatures, keys: KeyMaker, into: KeyList): void;
}

/** A full birth date with day and month in sorted order, so a swapped day and month give the same key. */
function dayOfYear(record: PreparedRecord): number {
  return Math.min(record.birthMonth, record.birthDay) * 32 + Math.max(record.birthMonth, record.birthDay);
}

/** What the rules build keys from, computed once per record. */
export interface BlockingFeatures {
  /** Phonetic keys of every surname (bare, particles dropped) of every reading. */
  surnames: number[];
  /** Phonetic keys of the canonical forms of the first given name of every reading (not initials). */
  given: number[];
  /** The same with given names and surnames exchanged (separate columns typed into each other). */
  exchangedSurnames: number[];
  exchangedGiven: number[];
  /** The first two surnames' phonetic keys of each reading with two or more, as flat pairs. */
  surnamePairs: number[];
  /** The first letters of the first given names, as character codes. */
  initials: number[];
}

function pushNew(into: number[], value: number): void {
  if (!into.includes(value)) into.push(value);
}

function readingsFeatures(
  readings: readonly PreparedReading[],
  vocabulary: Vocabulary,
  surnames: number[],
  given: number[],
): void {
  for (const reading of readings) {
    for (const surname of reading.familyBare) pushNew(surnames, vocabulary.phoneticOf(surname));
    const first = reading.given[0];
    if (first === undefined || vocabulary.word(first).length < 2) continue;
    for (const canonical of reading.givenCanonical) pushNew(given, vocabulary.phoneticOf(canonical));
  }
}

/** The blocking features of a record. */
export function blockingFeatures(record: PreparedRecord, vocabulary: Vocabulary): BlockingFeatures {
  const features: BlockingFeatures = {
    surnames: [],
    given: [],
    exchangedSurnames: [],
    exchangedGiven: [],
    surnamePairs: [],
    initials: [],
  };
  readingsFeatures(record.readings, vocabulary, features.surnames, features.given);
  readingsFeatures(record.exchanged, vocabulary, features.exchangedSurnames, features.exchangedGiven);
  for (const reading of record.readings) {
    const [first, second] = reading.familyBare;
    const initial = vocabulary.word(reading.given[0] ?? -1).charCodeAt(0);
    if (initial > 0) pushNew(features.initials, initial);
    if (first === undefined || second === undefined) continue;
    features.surnamePairs.push(vocabulary.phoneticOf(first), vocabulary.phoneticOf(second));
  }
  return features;
}

/** The surname pairs as keys of this rule. */
function surnamePairs(features: BlockingFeatures, keys: KeyMaker): number[] {
  const pairs: number[] = [];
  for (let index = 0; index < features.surnamePairs.length; index += 2) {
    pushNew(pairs, keys.join(features.surnamePairs[index] ?? 0, features.surnamePairs[index + 1] ?? 0));
  }
  return pairs;
}

/** Surname × given-name keys, from the readings and, for separate columns, with the columns exchanged too. */
function surnameGivenKeys(features: BlockingFeatures, keys: KeyMaker, last: number, into: KeyList): void {
  for (const surname of features.surnames) {
    for (const name of features.given) into.add(keys.join(surname, name, last));
  }
  for (const surname of features.exchangedSurnames) {
    for (const name of features.exchangedGiven) into.add(keys.join(surname, name, last));
  }
}

/** Years from 1800 and days of the year, as parts of keys (distinct from vocabulary ids by an offset). */
const YEAR = 0;
const NO_DATE = 1;

/** The default rules; the union is what the benchmark's blocking recall measures. */
export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'identifier',
    description: 'the same identifier (A-number or passport) in canonical form',
    keys(record, _features, keys, into) {
      for (const identifier of record.identifiers) into.add(keys.join(identifier, 0));
    },
  },
  {
    name: 'surname_given_year',
    description: 'a surname and the first given name sounding alike (nicknames resolved), and the birth year',
    keys(record, features, keys, into) {
      if (record.birthYear === 0) return;
      surnameGivenKeys(features, keys, record.birthYear + YEAR, into);
    },
  },
  {
    name: 'name_word_birth_date',
    description: 'any name word sounding alike and the full birth date (day and month in either order)',
    keys(record, features, keys, into) {
      if (record.birthDay === 0) return;
      const day = record.birthYear * 1024 + dayOfYear(record);
      for (const surname of features.surnames) into.add(keys.join(day, surname));
      for (const name of features.given) into.add(keys.join(day, name));
    },
  },
  {
    name: 'surname_given_day',
    description:
      'a surname and the first given name sounding alike, and the day and month of birth (any year)',
    keys(record, features, keys, into) {
      if (record.birthDay === 0) return;
      surnameGivenKeys(features, keys, dayOfYear(record), into);
    },
  },
  {
    name: 'surnames_given',
    description: 'both surnames and the first given name sounding alike, whatever the birth date',
    keys(_record, features, keys, into) {
      for (const surnames of surnamePairs(features, keys)) {
        for (const name of features.given) into.add(keys.join(surnames, name));
      }
    },
  },
  {
    name: 'surnames_initial',
    description:
      'both surnames sounding alike and the first letter of the given name, whatever the birth date',
    maxBlockSize: 50,
    keys(_record, features, keys, into) {
      for (const surnames of surnamePairs(features, keys)) {
        for (const initial of features.initials) into.add(keys.join(surnames, initial));
      }
    },
  },
  {
    name: 'surname_given',
    description: 'a surname and the first given name sounding alike, whatever the birth date (rarer names)',
    maxBlockSize: 10,
    keys(_record, features, keys, into) {
      surnameGivenKeys(features, keys, NO_DATE, into);
    },
  },
];

/** What blocking produced, for the benchmark and the CLI's summary. */
export interface BlockingSummary {
  candidatePairs: number;
  rules: Array<{
    name: string;
    pairs: number;
    blocks: number;
    oversizedBlocks: number;
    skippedPairs: number;
  }>;
}

/** Candidate pairs as two parallel arrays of record indexes, left before right. */
export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  count: number;
}

interface RuleIndex {
  /** For each record, where its keys start in `keys` (CSR layout). */
  offsets: Int32Array;
  keys: Int32Array;
  /** Members of each block, grouped by key; `blockStart[key]` to `blockStart[key + 1]`. */
  blockStart: Int32Array;
  members: Int32Array;
  oversized: Uint8Array;
}

/** One rule's keys as they are gathered, record by record (CSR layout). */
class RuleKeys {
  readonly maker = new KeyMaker();
  readonly offsets: Int32Array;
  private flat: Int32Array;
  private used = 0;

  constructor(recordCount: number) {
    this.offsets = new Int32Array(recordCount + 1);
    this.flat = new Int32Array(recordCount * 2 + 16);
  }

  append(record: number, found: KeyList): void {
    if (this.used + found.size > this.flat.length) {
      const grown = new Int32Array(Math.max(this.flat.length * 2, this.used + found.size));
      grown.set(this.flat);
      this.flat = grown;
    }
    for (let at = 0; at < found.size; at += 1) this.flat[this.used++] = found.keys[at] ?? 0;
    this.offsets[record + 1] = this.used;
  }

  index(maxBlockSize: number): RuleIndex {
    const keyCount = this.maker.size;
    const keys = this.flat.subarray(0, this.used);
    const blockStart = new Int32Array(keyCount + 1);
    for (const key of keys) blockStart[key + 1] = (blockStart[key + 1] ?? 0) + 1;
    for (let key = 0; key < keyCount; key += 1)
      blockStart[key + 1] = (blockStart[key + 1] ?? 0) + (blockStart[key] ?? 0);
    const fill = blockStart.slice(0, keyCount);
    const members = new Int32Array(keys.length);
    const recordCount = this.offsets.length - 1;
    for (let record = 0; record < recordCount; record += 1) {
      for (let at = this.offsets[record] ?? 0; at < (this.offsets[record + 1] ?? 0); at += 1) {
        const key = keys[at] ?? 0;
        members[fill[key] ?? 0] = record;
        fill[key] = (fill[key] ?? 0) + 1;
      }
    }
    const oversized = new Uint8Array(keyCount);
    for (let key = 0; key < keyCount; key += 1) {
      if ((blockStart[key + 1] ?? 0) - (blockStart[key] ?? 0) > maxBlockSize) oversized[key] = 1;
    }
    return { offsets: this.offsets, keys, blockStart, members, oversized };
  }
}

/**
 * Files every record under every rule in one pass: a record's features are computed once and dropped at once,
 * so a million records leave no per-record garbage behind for the collector to trace.
 */
function indexRules(
  rules: readonly BlockingRule[],
  records: readonly PreparedRecord[],
  vocabulary: Vocabulary,
): RuleKeys[] {
  const gathered = rules.map(() => new RuleKeys(records.length));
  const found = new KeyList();
  records.forEach((record, index) => {
    const features = blockingFeatures(record, vocabulary);
    rules.forEach((rule, ruleNumber) => {
      const ruleKeys = gathered[ruleNumber] as RuleKeys;
      found.clear();
      rule.keys(record, features, ruleKeys.maker, found);
      ruleKeys.append(index, found);
    });
  });
  return gathered;
}

/**
 * Whether two records share a usable key under a rule below `keyLimit` (so the pair was produced already: by an
 * earlier rule, or by an earlier key of the same rule).
 */
function sharesKey(index: RuleIndex, left: number, right: number, keyLimit: number): boolean {
  const leftEnd = index.offsets[left + 1] ?? 0;
  const rightStart = index.offsets[right] ?? 0;
  const rightEnd = index.offsets[right + 1] ?? 0;
  for (let i = index.offsets[left] ?? 0; i < leftEnd; i += 1) {
    const key = index.keys[i] ?? -1;
    if (key >= keyLimit || index.oversized[key] === 1) continue;
    for (let j = rightStart; j < rightEnd; j += 1) if (index.keys[j] === key) return true;
  }
  return false;
}

class PairBuffer {
  left = new Int32Array(1 << 16);
  right = new Int32Array(1 << 16);
  count = 0;

  push(left: number, right: number): void {
    if (this.count === this.left.length) {
      const grownLeft = new Int32Array(this.left.length * 2);
      grownLeft.set(this.left);
      this.left = grownLeft;
      const grownRight = new Int32Array(this.right.length * 2);
      grownRight.set(this.right);
      this.right = grownRight;
    }
    this.left[this.count] = left;
    this.right[this.count] = right;
    this.count += 1;
  }
}

function produced(
  indexes: readonly RuleIndex[],
  ruleNumber: number,
  key: number,
  a: number,
  b: number,
): boolean {
  for (let other = 0; other < ruleNumber; other += 1) {
    const index = indexes[other] as RuleIndex;
    if (sharesKey(index, a, b, index.oversized.length)) return true;
  }
  return sharesKey(indexes[ruleNumber] as RuleIndex, a, b, key);
}

/**
 * Generates candidate pairs by a union of blocking rules, each pair once. Records `0 … leftCount - 1` are the
 * left side; with `linkOnly`, only pairs with one record on each side are produced (linking two files), else
 * every pair (deduplicating one). A block larger than `maxBlockSize` is not expanded (its pairs would be
 * quadratic, and a key that common separates nothing): the summary counts what was skipped so blocking
 * recall can be judged, and the other rules still pair those records on narrower keys.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  vocabulary: Vocabulary,
  options: { leftCount: number; linkOnly: boolean; maxBlockSize: number; rules?: readonly BlockingRule[] },
): { pairs: CandidatePairs; summary: BlockingSummary } {
  const rules = options.rules ?? BLOCKING_RULES;
  const indexes = indexRules(rules, records, vocabulary).map((gathered, ruleNumber) =>
    gathered.index(Math.min(rules[ruleNumber]?.maxBlockSize ?? options.maxBlockSize, options.maxBlockSize)),
  );
  const buffer = new PairBuffer();
  const summary: BlockingSummary = { candidatePairs: 0, rules: [] };
  indexes.forEach((index, ruleNumber) => {
    const before = buffer.count;
    let oversizedBlocks = 0;
    let skippedPairs = 0;
    const blocks = index.blockStart.length - 1;
    for (let key = 0; key < blocks; key += 1) {
      const start = index.blockStart[key] ?? 0;
      const end = index.blockStart[key + 1] ?? 0;
      if (end - start < 2) continue;
      if (index.oversized[key] === 1) {
        oversizedBlocks += 1;
        skippedPairs += ((end - start) * (end - start - 1)) / 2;
        continue;
      }
      // Members are in record order, so in a link the left side's members come first.
      let split = start;
      if (options.linkOnly) while (split < end && (index.members[split] ?? 0) < options.leftCount) split += 1;
      for (let i = start; i < end; i += 1) {
        const a = index.members[i] ?? 0;
        const from = options.linkOnly ? Math.max(split, i + 1) : i + 1;
        if (options.linkOnly && i >= split) break;
        for (let j = from; j < end; j += 1) {
          const b = index.members[j] ?? 0;
          if (produced(indexes, ruleNumber, key, a, b)) continue;
          buffer.push(a, b);
        }
      }
    }
    summary.rules.push({
      name: (rules[ruleNumber] as BlockingRule).name,
      pairs: buffer.count - before,
      blocks,
      oversizedBlocks,
      skippedPairs,
    });
  });
  summary.candidatePairs = buffer.count;
  return { pairs: { left: buffer.left, right: buffer.right, count: buffer.count }, summary };
}
