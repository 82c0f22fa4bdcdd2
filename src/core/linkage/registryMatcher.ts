import { Matcher } from './engine/matcher.js';
import type { LinkageRecord } from './engine/record.js';
import type { PersonRecord } from '../entities/index.js';

/**
 * Records a Matcher prepares before the registry starts a fresh one. A Matcher interns every word it sees, so one
 * shared for the life of a server would grow with every search typed into it; a fresh one costs a few
 * microseconds and its first comparisons recompute a few phonetic keys.
 */
const RENEW_AFTER_PREPARED = 100_000;

let shared = new Matcher();
let prepared = 0;

/**
 * The Matcher for one operation (a record's arrival, a search): one instance shared by the whole process, with
 * the default model, renewed between operations once it has prepared many records. The caller uses the returned
 * instance for every record of its operation: records prepared by two instances cannot be compared.
 */
export function registryMatcher(recordsToPrepare: number): Matcher {
  if (prepared + recordsToPrepare > RENEW_AFTER_PREPARED) {
    shared = new Matcher();
    prepared = 0;
  }
  prepared += recordsToPrepare;
  return shared;
}

/**
 * A stored person record as the engine takes it. The engine compares one nationality: `preferredNationality`
 * when the record gives it (the other side's, so a dual national agrees on the one they share), else the first
 * the record gives. Sex other than female or male is no evidence either way. Identifiers keep their written
 * form; the engine puts them in canonical form.
 */
export function linkageRecordOf(
  id: string,
  record: PersonRecord,
  preferredNationality?: string,
): LinkageRecord {
  const nationality =
    preferredNationality !== undefined &&
    (record.nationalities as readonly string[]).includes(preferredNationality)
      ? preferredNationality
      : record.nationalities[0];
  return {
    id,
    fullName: record.fullName,
    givenNames: record.givenNames,
    familyNames: record.familyNames,
    birthDate: record.birthDate,
    sex: record.sex === 'female' || record.sex === 'male' ? record.sex : undefined,
    nationality,
    identifiers: record.identifiers.map((identifier) => ({ kind: identifier.kind, value: identifier.value })),
  };
}
