import type { PairExplanation } from '../linkage/engine/explain.js';
import type { Matcher } from '../linkage/engine/matcher.js';
import type { PreparedRecord } from '../linkage/engine/record.js';
import { linkageRecordOf } from '../linkage/registryMatcher.js';
import type { SearchKey } from '../linkage/searchKeys.js';
import type { KeyHit } from '../ports/personLinkage.js';
import type { EntityReader, Stored } from '../ports/store.js';

/**
 * Rows read per key. A key with more (a common surname, `José García`) is read only this far, so a lookup costs
 * at most keys × this many index entries however large the registry.
 */
export const ROWS_PER_KEY = 200;

/**
 * Candidate records scored per arrival or search at most: each is read and compared by the Matcher (about 80 µs
 * a record), so this bounds the time of both whatever the keys found.
 */
export const MAX_SCORED_RECORDS = 100;

/** What a key found is worth when ranking candidates before scoring them: one identifier outweighs any names. */
const TIER_WEIGHTS: readonly number[] = [1000, 100, 10, 1];

/** The records a lookup found, best first, and whether some key had more than was read. */
export interface Candidates {
  records: Array<Stored<'personRecord'>>;
  /** True when a key matched more records than were read (a common name), or more were found than scored. */
  incomplete: boolean;
}

interface KeyGroup {
  key: SearchKey;
  recordIds: string[];
  truncated: boolean;
}

function groupByKey(keys: readonly SearchKey[], hits: readonly KeyHit[], rowsPerKey: number): KeyGroup[] {
  const byKey = new Map<string, string[]>();
  for (const hit of hits) byKey.set(hit.key, [...(byKey.get(hit.key) ?? []), hit.recordId]);
  return keys.map((key) => {
    const recordIds = byKey.get(key.key) ?? [];
    return { key, recordIds: recordIds.slice(0, rowsPerKey), truncated: recordIds.length > rowsPerKey };
  });
}

/** The most selective kind of key first, then the rarest key (fewest records) first. */
function bySelectivity(left: KeyGroup, right: KeyGroup): number {
  return left.key.tier - right.key.tier || left.recordIds.length - right.recordIds.length;
}

/**
 * Which records to score, at most `max`, before reading any of them: each record found is worth the sum of its
 * keys' tier weights (found by an identifier, by surname × given name × year, by several compound keys…), ties
 * going to the record found by the rarer key. `hits` were read with `rowsPerKey + 1` rows per key, so a key with
 * more than `rowsPerKey` is known to be truncated.
 */
export function chooseCandidateRecords(
  keys: readonly SearchKey[],
  hits: readonly KeyHit[],
  rowsPerKey = ROWS_PER_KEY,
  max = MAX_SCORED_RECORDS,
): { recordIds: string[]; incomplete: boolean } {
  const groups = groupByKey(keys, hits, rowsPerKey).sort(bySelectivity);
  const found = new Map<string, { weight: number; first: number }>();
  groups.forEach((group, order) => {
    for (const recordId of group.recordIds) {
      const seen = found.get(recordId) ?? { weight: 0, first: order };
      seen.weight += TIER_WEIGHTS[group.key.tier] ?? 1;
      found.set(recordId, seen);
    }
  });
  const ranked = [...found.entries()].sort(
    ([leftId, left], [rightId, right]) =>
      right.weight - left.weight || left.first - right.first || leftId.localeCompare(rightId),
  );
  return {
    recordIds: ranked.slice(0, max).map(([recordId]) => recordId),
    incomplete: ranked.length > max || groups.some((group) => group.truncated),
  };
}

/** Single-word keys are read only when the compound ones leave room: the rarer words then fill it. */
const COMPOUND_TIER = 2;

/**
 * Looks candidates up by their keys, compound keys first (identifier, surname × given × year, surname × given),
 * then, if those found fewer records than are scored, the single-word keys; returns the live records to score,
 * best first.
 */
export async function findCandidates(reader: EntityReader, keys: readonly SearchKey[]): Promise<Candidates> {
  const compound = keys.filter((key) => key.tier <= COMPOUND_TIER);
  const single = keys.filter((key) => key.tier > COMPOUND_TIER);
  let hits = await lookUp(reader, compound);
  let used: readonly SearchKey[] = compound;
  if (new Set(hits.map((hit) => hit.recordId)).size < MAX_SCORED_RECORDS && single.length > 0) {
    hits = [...hits, ...(await lookUp(reader, single))];
    used = keys;
  }
  const { recordIds, incomplete } = chooseCandidateRecords(used, hits);
  const byId = new Map(
    (await reader.getMany('personRecord', recordIds)).map((record) => [record.id, record] as const),
  );
  const records = recordIds.flatMap((id) => {
    const record = byId.get(id);
    return record && !record.retracted && record.data.personId ? [record] : [];
  });
  return { records, incomplete };
}

function lookUp(reader: EntityReader, keys: readonly SearchKey[]): Promise<KeyHit[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return reader.personRecordsByKeys(
    keys.map((key) => key.key),
    ROWS_PER_KEY + 1,
  );
}

/** The persons of these ids that are live (not retracted), by id. */
export async function livePersons(
  reader: EntityReader,
  personIds: readonly string[],
): Promise<Map<string, Stored<'person'>>> {
  const persons = await reader.getMany('person', [...new Set(personIds)]);
  return new Map(persons.filter((person) => !person.retracted).map((person) => [person.id, person]));
}

/** A candidate person scored by their best record against the query. */
export interface ScoredPerson {
  personId: string;
  record: Stored<'personRecord'>;
  explanation: PairExplanation;
}

/**
 * Scores every candidate record against the query and keeps each person's best record: one score per person.
 * Ranked by total weight (the probability saturates at 1 for strong pairs; the weight still orders them).
 */
export function bestByPerson(
  matcher: Matcher,
  query: PreparedRecord,
  records: ReadonlyArray<Stored<'personRecord'>>,
  preferredNationality?: string,
): ScoredPerson[] {
  const best = new Map<string, ScoredPerson>();
  for (const record of records) {
    const personId = record.data.personId as string;
    const prepared = matcher.prepare(linkageRecordOf(record.id, record.data, preferredNationality));
    const explanation = matcher.compare(query, prepared);
    const current = best.get(personId);
    if (!current || explanation.totalWeight > current.explanation.totalWeight) {
      best.set(personId, { personId, record, explanation });
    }
  }
  return [...best.values()].sort(
    (left, right) =>
      right.explanation.totalWeight - left.explanation.totalWeight ||
      left.personId.localeCompare(right.personId),
  );
}
