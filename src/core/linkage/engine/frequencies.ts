import { FAMILY, GIVEN } from './comparisons.js';
import type { PreparedRecord } from './record.js';

/**
 * How often each name value occurs among the records (first reading), for the term-frequency adjustment: two
 * records agreeing on García is weaker evidence than two agreeing on Zurita.
 */
export class ValueFrequencies {
  private readonly counts = new Map<number, number>();
  private readonly fullNames = new Map<number, number>();
  private readonly familyBirths = new Map<number, number>();
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
    if (reading.familyWhole >= 0 && birth >= 0) {
      const key = fullNameKey(birth, reading.familyWhole);
      this.familyBirths.set(key, (this.familyBirths.get(key) ?? 0) + 1);
    }
    if (reading.givenWhole >= 0 && reading.familyWhole >= 0) {
      const key = fullNameKey(reading.givenWhole, reading.familyWhole);
      this.fullNames.set(key, (this.fullNames.get(key) ?? 0) + 1);
    }
  }

  private count(value: number): void {
    if (value >= 0) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  /**
   * How many records have this whole name (given names and surnames together). Name parts are not
   * independent (families reuse names; some whole names are popular as a whole), so the product of the parts'
   * frequencies can make a shared whole name look rarer than it is.
   */
  /** How many records have these surnames and this full birth date (twins and namesakes born the same day). */
  familyBirthCount(family: number, birth: number): number {
    return this.familyBirths.get(fullNameKey(birth, family)) ?? 0;
  }

  fullNameCount(given: number, family: number): number {
    return this.fullNames.get(fullNameKey(given, family)) ?? 0;
  }

  /** The share of records with this value (at least one record's worth, so an unseen value is rare, not absent). */
  frequency(value: number): number {
    return Math.max(this.counts.get(value) ?? 0, 1) / Math.max(this.total, 1);
  }

  get size(): number {
    return this.total;
  }
}

/** The comparisons that are adjusted for value frequency, besides the extra attributes. */
export const FREQUENCY_ADJUSTED: readonly number[] = [GIVEN, FAMILY];

function fullNameKey(given: number, family: number): number {
  return given * 4_194_304 + family;
}

/** A full birth date as one number, or -1 when the day is not known. */
export function birthKey(record: PreparedRecord): number {
  return record.birthDay === 0 ? -1 : record.birthYear * 512 + record.birthMonth * 32 + record.birthDay;
}
