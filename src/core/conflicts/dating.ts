import { dayMoment, instantMoment, type Moment } from './moments.js';
import type { ConflictFact, ConflictKind, Fact } from './types.js';

/** A fact named in a conflict, with the fields that disagree. */
export function involved(kind: ConflictKind, id: string, ...paths: string[][]): ConflictFact {
  return { kind, id, paths };
}

/** When a custody event happened: its instant when known, else its date. */
export function eventMoment(event: Fact<'custodyEvent'>): Moment {
  return event.data.at ? instantMoment(event.data.at, ['at']) : dayMoment(event.data.date, ['date']);
}

/** When a transfer departed: its instant when known, else its date. */
export function departureMoment(transfer: Fact<'transfer'>): Moment {
  const { departureAt, date } = transfer.data;
  return departureAt ? instantMoment(departureAt, ['departureAt']) : dayMoment(date, ['date']);
}
