import type { PreparedRecord } from './record.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A blocking rule: the keys a record is filed under. Two records become a candidate pair when they share a key
 * under any rule (a union of rules, so each rule can be strict and the union still forgiving).
 */
export interface BlockingRule {
  name: string;
  description: string;
  keys(record: PreparedRecord, vocabulary: Vocabulary, into: Set<string>): void;
}

/** A full birth date with day and month in sorted order, so a swapped day and month give the same key. */
function dayKey(record: PreparedRecord): string | undefined {
  if (record.birthDay === 0) return undefined;
  const low = Math.min(record.birthMonth, record.birthDay);
  const high = Math.max(record.birthMonth, record.birthDay);
  return `${record.birthYear}.${low}.${high}`;
}

function surnameKeys(record: PreparedRecord, vocabulary: Vocabulary, exchanged = false): number[] {
  const keys: number[] = [];
  for (const reading of exchanged ? record.exchanged : record.readings) {
    for (const surname of reading.familyBare) {
      const key = vocabulary.phoneticOf(surname);
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

function givenKeys(record: PreparedRecord, vocabulary: Vocabulary, exchanged = false): number[] {
  const keys: number[] = [];
  for (const reading of exchanged ? record.exchanged : record.readings) {
    const first = reading.given[0];
    if (first === undefined || vocabulary.word(first).length < 2) continue;
    for (const canonical of reading.givenCanonical) {
      const key = vocabulary.phoneticOf(canonical);
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** The first two surnames of each reading, as one key (in written order: a swap is caught by other rules). */
function surnamePairs(record: PreparedRecord, vocabulary: Vocabulary): string[] {
  const keys: string[] = [];
  for (const reading of record.readings) {
    if (reading.familyBare.length < 2) continue;
    const key = reading.familyBare
      .slice(0, 2)
      .map((surname) => vocabulary.phoneticOf(surname))
      .join('.');
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Surname × given-name keys, from the readings and, for separate columns, with the columns exchanged too. */
function surnameGivenKeys(
  record: PreparedRecord,
  vocabulary: Vocabulary,
  suffix: string,
  into: Set<string>,
): void {
  for (const exchanged of [false, true]) {
    const given = givenKeys(record, vocabulary, exchanged);
    for (const surname of surnameKeys(record, vocabulary, exchanged)) {
      for (const name of given) into.add(`${surname}.${name}${suffix}`);
    }
  }
}

/** The default rules; the union is what the benchmark's blocking recall measures. */
export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'identifier',
    description: 'the same identifier (A-number or passport) in canonical form',
    keys(record, _vocabulary, into) {
      for (const identifier of record.identifiers) into.add(`${identifier}`);
    },
  },
  {
    name: 'surname_given_year',
    description: 'a surname and the first given name sounding alike (nicknames resolved), and the birth year',
    keys(record, vocabulary, into) {
      if (record.birthYear === 0) return;
      surnameGivenKeys(record, vocabulary, `.${record.birthYear}`, into);
    },
  },
  {
    name: 'name_word_birth_date',
    description: 'any name word sounding alike and the full birth date (day and month in either order)',
    keys(record, vocabulary, into) {
      const day = dayKey(record);
      if (day === undefined) return;
      for (const surname of surnameKeys(record, vocabulary)) into.add(`${surname}.${day}`);
      for (const name of givenKeys(record, vocabulary)) into.add(`${name}.${day}`);
    },
  },
  {
    name: 'surname_given_day',
    description:
      'a surname and the first given name sounding alike, and the day and month of birth (any year)',
    keys(record, vocabulary, into) {
      if (record.birthDay === 0) return;
      const day = `${Math.min(record.birthMonth, record.birthDay)}.${Math.max(record.birthMonth, record.birthDay)}`;
      const given = givenKeys(record, vocabulary);
      for (const surname of surnameKeys(record, vocabulary)) {
        for (const name of given) into.add(`${surname}.${name}.${day}`);
      }
    },
  },
  {
    name: 'surnames_year',
    description: 'both surnames sounding alike, and the birth year',
    keys(record, vocabulary, into) {
      if (record.birthYear === 0) return;
      for (const surnames of surnamePairs(record, vocabulary)) into.add(`${surnames}.${record.birthYear}`);
    },
  },
  {
    name: 'surnames_given',
    description: 'both surnames and the first given name sounding alike, whatever the birth date',
    keys(record, vocabulary, into) {
      const given = givenKeys(record, vocabulary);
      for (const surnames of surnamePairs(record, vocabulary)) {
        for (const name of given) into.add(`${surnames}.${name}`);
      }
    },
  },
  {
    name: 'surnames_initial',
    description:
      'both surnames sounding alike and the first letter of the given name, whatever the birth date',
    keys(record, vocabulary, into) {
      const initials = new Set(
        record.readings.map((reading) => vocabulary.word(reading.given[0] ?? -1).charAt(0)),
      );
      for (const surnames of surnamePairs(record, vocabulary)) {
        for (const initial of initials) if (initial !== '') into.add(`${surnames}.${initial}`);
      }
    },
  },
  {
    name: 'surname_given',
    description: 'a surname and the first given name sounding alike, whatever the birth date (rarer names)',
    keys(record, vocabulary, into) {
      surnameGivenKeys(record, vocabulary, '', into);
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

function indexRule(
  rule: BlockingRule,
  records: readonly PreparedRecord[],
  vocabulary: Vocabulary,
  maxBlockSize: number,
): RuleIndex {
  const keyIds = new Map<string, number>();
  const offsets = new Int32Array(records.length + 1);
  const flat: number[] = [];
  const found = new Set<string>();
  records.forEach((record, index) => {
    found.clear();
    rule.keys(record, vocabulary, found);
    for (const key of found) {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(key, id);
      }
      flat.push(id);
    }
    offsets[index + 1] = flat.length;
  });
  const keys = Int32Array.from(flat);
  const blockStart = new Int32Array(keyIds.size + 1);
  for (const key of keys) blockStart[key + 1] = (blockStart[key + 1] ?? 0) + 1;
  for (let key = 0; key < keyIds.size; key += 1)
    blockStart[key + 1] = (blockStart[key + 1] ?? 0) + (blockStart[key] ?? 0);
  const fill = blockStart.slice(0, keyIds.size);
  const members = new Int32Array(keys.length);
  for (let record = 0; record < records.length; record += 1) {
    for (let at = offsets[record] ?? 0; at < (offsets[record + 1] ?? 0); at += 1) {
      const key = keys[at] ?? 0;
      members[fill[key] ?? 0] = record;
      fill[key] = (fill[key] ?? 0) + 1;
    }
  }
  const oversized = new Uint8Array(keyIds.size);
  for (let key = 0; key < keyIds.size; key += 1) {
    if ((blockStart[key + 1] ?? 0) - (blockStart[key] ?? 0) > maxBlockSize) oversized[key] = 1;
  }
  return { offsets, keys, blockStart, members, oversized };
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
  const indexes = rules.map((rule) => indexRule(rule, records, vocabulary, options.maxBlockSize));
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
