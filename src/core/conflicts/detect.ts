import { birthYearOnly } from '../presenters/entityPresenter.js';
import { roleAtLeast, type Role } from '../roles.js';
import type { PartialDate } from '../values/partialDate.js';
import { custodyBeforeBirth, custodyEndsBeforeItBegins, releaseBeforeDetention } from './custodyRules.js';
import { inFacilityBeforeTransfer, twoFacilitiesAtOnce } from './placeRules.js';
import {
  completedTransferInFuture,
  handOverBeforeDeparture,
  movementArrivesBeforeDeparture,
} from './transferRules.js';
import { CONFLICT_CODES, type Conflict, type PersonFacts } from './types.js';

/**
 * Where a conflict sits in a person's list: its code's rank, then the ids of the fact it is about and of the
 * second fact (what tells two conflicts of one code apart). Lists resume after a position, so a conflict that
 * appears or goes between two pages moves no other.
 */
export type ConflictPosition = [rank: number, first: string, second: string];

export function positionOf(conflict: Conflict): ConflictPosition {
  return [CONFLICT_CODES.indexOf(conflict.code), conflict.facts[0]?.id ?? '', conflict.facts[1]?.id ?? ''];
}

/** Orders positions: by code, then by the facts' ids. */
export function comparePositions(left: ConflictPosition, right: ConflictPosition): number {
  return (
    left[0] - right[0] ||
    (left[1] < right[1] ? -1 : left[1] > right[1] ? 1 : 0) ||
    (left[2] < right[2] ? -1 : left[2] > right[2] ? 1 : 0)
  );
}

/**
 * Every contradiction between one person's facts, in a stable order. Pure: `now` is the clock's time, against
 * which a completed transfer's departure must not lie ahead.
 */
export function detectConflicts(facts: PersonFacts, now: Date): Conflict[] {
  const conflicts = [
    ...completedTransferInFuture(facts, now),
    ...custodyBeforeBirth(facts),
    ...releaseBeforeDetention(facts),
    ...custodyEndsBeforeItBegins(facts),
    ...facts.movements.flatMap(movementArrivesBeforeDeparture),
    ...handOverBeforeDeparture(facts),
    ...twoFacilitiesAtOnce(facts),
    ...inFacilityBeforeTransfer(facts),
  ];
  return conflicts.sort((left, right) => comparePositions(positionOf(left), positionOf(right)));
}

/** The conflicts that name a fact. */
export function conflictsInvolving(conflicts: readonly Conflict[], factId: string): Conflict[] {
  return conflicts.filter((conflict) => conflict.facts.some((fact) => fact.id === factId));
}

/**
 * The facts as the role may see them, so a conflict shown to a viewer tells nothing the viewer's presenters
 * withhold: viewers see birth dates by year only, and a custody event dated the day before a birth date given to the
 * day would otherwise reveal that day.
 */
export function factsAsSeenBy(facts: PersonFacts, role: Role): PersonFacts {
  if (roleAtLeast(role, 'editor')) return facts;
  return {
    ...facts,
    records: facts.records.map((record) =>
      record.data.birthDate
        ? {
            ...record,
            data: { ...record.data, birthDate: birthYearOnly(record.data.birthDate) as PartialDate },
          }
        : record,
    ),
  };
}
