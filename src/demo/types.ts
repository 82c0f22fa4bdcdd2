import type { z } from 'zod';
import type {
  agreementSchema,
  allegationSchema,
  custodyEventSchema,
  EntityDataByKind,
  facilitySchema,
  KindName,
  legalEventSchema,
  movementSchema,
  personRecordSchema,
  personSchema,
  reportedCountSchema,
  sourceSchema,
  transferSchema,
} from '../core/entities/index.js';

/**
 * The demo is written as schema input (instants with offsets, dates as text) and parsed into stored form once, so
 * the tables below read like the sources they come from.
 */
export interface RawDataByKind {
  source: z.input<typeof sourceSchema>;
  agreement: z.input<typeof agreementSchema>;
  facility: z.input<typeof facilitySchema>;
  personRecord: z.input<typeof personRecordSchema>;
  person: z.input<typeof personSchema>;
  allegation: z.input<typeof allegationSchema>;
  legalEvent: z.input<typeof legalEventSchema>;
  movement: z.input<typeof movementSchema>;
  transfer: z.input<typeof transferSchema>;
  reportedCount: z.input<typeof reportedCountSchema>;
  custodyEvent: z.input<typeof custodyEventSchema>;
}

export interface RawEntity<K extends KindName> {
  id: string;
  data: RawDataByKind[K];
}

/** Demo entities before parsing, by kind. */
export type RawDemo = { [K in KindName]: Array<RawEntity<K>> };

/** Demo entities in stored form (after their kind's schema), by kind. */
export type DemoData = { [K in KindName]: Array<{ id: string; data: EntityDataByKind[K] }> };

export function emptyRawDemo(): RawDemo {
  return {
    source: [],
    agreement: [],
    facility: [],
    personRecord: [],
    person: [],
    allegation: [],
    legalEvent: [],
    movement: [],
    transfer: [],
    reportedCount: [],
    custodyEvent: [],
  };
}

/** Appends every entity of `part` to `target`, kind by kind. */
export function appendRawDemo(target: RawDemo, part: Partial<RawDemo>): RawDemo {
  return {
    source: [...target.source, ...(part.source ?? [])],
    agreement: [...target.agreement, ...(part.agreement ?? [])],
    facility: [...target.facility, ...(part.facility ?? [])],
    personRecord: [...target.personRecord, ...(part.personRecord ?? [])],
    person: [...target.person, ...(part.person ?? [])],
    allegation: [...target.allegation, ...(part.allegation ?? [])],
    legalEvent: [...target.legalEvent, ...(part.legalEvent ?? [])],
    movement: [...target.movement, ...(part.movement ?? [])],
    transfer: [...target.transfer, ...(part.transfer ?? [])],
    reportedCount: [...target.reportedCount, ...(part.reportedCount ?? [])],
    custodyEvent: [...target.custodyEvent, ...(part.custodyEvent ?? [])],
  };
}
