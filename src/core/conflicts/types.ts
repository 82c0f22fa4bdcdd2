import type { EntityDataByKind } from '../entities/index.js';
import type { Bilingual } from '../rules/types.js';

/**
 * Every kind of contradiction between a person's facts, in the order lists show them. The codes are stable:
 * clients filter on them and may keep them.
 */
export const CONFLICT_CODES = [
  'completed_transfer_in_future',
  'custody_before_birth',
  'release_before_detention',
  'custody_ends_before_it_begins',
  'movement_arrives_before_departure',
  'transfer_handover_before_departure',
  'two_facilities_at_once',
  'in_facility_before_transfer',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** The kinds of fact a conflict can name. */
export type ConflictKind = 'personRecord' | 'custodyEvent' | 'transfer' | 'movement';

/** A stored fact as the detectors need it: its id and data (a `Stored` entity is one). */
export interface Fact<K extends ConflictKind> {
  id: string;
  data: EntityDataByKind[K];
}

/** One fact a conflict involves, with the paths of the fields that contradict each other (`['departure', 'at']`). */
export interface ConflictFact {
  kind: ConflictKind;
  id: string;
  paths: string[][];
}

/**
 * Facts that cannot all be true as dated. The write that brought them was accepted (sources can be wrong); the
 * conflict says which facts and fields disagree, so a person can check the sources.
 */
export interface Conflict {
  code: ConflictCode;
  message: Bilingual;
  /** The facts involved, the one the conflict is about first. */
  facts: ConflictFact[];
}

/** What the detectors read about one person: their records, custody events, transfers and those transfers' movements. */
export interface PersonFacts {
  records: ReadonlyArray<Fact<'personRecord'>>;
  custodyEvents: ReadonlyArray<Fact<'custodyEvent'>>;
  transfers: ReadonlyArray<Fact<'transfer'>>;
  movements: ReadonlyArray<Fact<'movement'>>;
}
