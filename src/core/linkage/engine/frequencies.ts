import { KeyMaker } from './keyMaker.js';
import type { PreparedRecord } from './record.js';

/**
 * How often each name value occurs among the records (first reading), for the term-frequency adjustment: two
 * records agreeing on García is weaker evidence than two agreeing on Zurita.
 */
export class ValueFrequencies {
  private counts = new Int32Array(1024);
  private readonly pairs = new KeyMaker();
  private pairCounts = new Int32Array(1024);
  private total = 0;

  constructor(records: Iterable<PreparedRecord> = []) {
    for (const record of records) this.add(record);
  }

  add(record: PreparedRecord): void {
    const reading = record.readings[0];
    this.total += 1;
    if (!reading) return;
    const givenFirst = reading.given[0] ?? -1;
    const familyFirst = reading.family[0] ?? -1;
    this.count(reading.givenWhole);
    if (givenFirst !== reading.givenWhole) this.count(givenFirst);
    this.count(reading.familyWhole);
    if (familyFirst !== reading.familyWhole) this.count(familyFirst);
    const birth = birthKey(record);
    if (reading.familyWhole >= 0 && birth >= 0)
      this.countPair(this.pairs.join(FAMILY_BIRTH, birth, reading.familyWhole));
    if (reading.givenWhole >= 0 && reading.familyWhole >= 0) {
      this.countPair(this.pairs.join(FULL_NAME, reading.givenWhole, reading.familyWhole));
    }
  }

  private count(value: number): void {
    if (value < 0) return;
    if (value >= this.counts.length) this.counts = grown(this.counts, value);
    this.counts[value] = (this.counts[value] ?? 0) + 1;
  }

  private countPair(id: number): void {
    if (id >= this.pairCounts.length) this.pairCounts = grown(this.pairCounts, id);
    this.pairCounts[id] = (this.pairCounts[id] ?? 0) + 1;
  }

  /** How many records have these surnames and this full birth date (twins and namesakes born the same day). */
  familyBirthCount(family: number, birth: number): number {
    const id = this.pairs.find(FAMILY_BIRTH, birth, family);
    return id < 0 ? 0 : (this.pairCounts[id] ?? 0);
  }

  /**
   * How many records have this whole name (given names and surnames together). Name parts are not
   * independent (families reuse names; some whole names are popular as a whole), so the product of the parts'
   * frequencies can make a shared whole name look rarer than it is.
   */
  fullNameCount(given: number, family: number): number {
    const id = this.pairs.find(FULL_NAME, given, family);
    return id < 0 ? 0 : (this.pairCounts[id] ?? 0);
  }

  /** The share of records with this value (at least one record's worth, so an unseen value is rare, not absent). */
  frequency(value: number): number {
    return Math.max(this.counts[value] ?? 0, 1) / Math.max(this.total, 1);
  }

  get size(): number {
    return this.total;
  }
}

const FULL_NAME = 0;
const FAMILY_BIRTH = 1;

function grown(counts: Int32Array, index: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(counts.length * 2, index + 1));
  next.set(counts);
  return next;
}

/** A full birth date as one number, or -1 when the day is not known. */
export function birthKey(record: PreparedRecord): number {
  return record.birthDay === 0 ? -1 : record.birthYear * 512 + record.birthMonth * 32 + record.birthDay;
}
