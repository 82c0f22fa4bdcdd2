import type { z } from 'zod';
import { earliestDay, latestDay, type PartialDate } from '../values/partialDate.js';
import type { Instant } from '../values/instant.js';
import { agreementSchema, type Agreement } from './agreement.js';
import { allegationSchema, type Allegation } from './allegation.js';
import { ID_PREFIXES } from './common.js';
import { custodyEventSchema, type CustodyEvent } from './custodyEvent.js';
import { facilitySchema, type Facility } from './facility.js';
import { legalEventSchema, type LegalEvent } from './legalEvent.js';
import { movementSchema, type Movement } from './movement.js';
import { personRecordSchema, personSchema, type Person, type PersonRecord } from './person.js';
import { reportedCountSchema, type ReportedCount } from './reportedCount.js';
import { sourceSchema, type Source } from './source.js';
import { transferSchema, type Transfer } from './transfer.js';

/** The data of each entity kind, as its schema outputs it. */
export interface EntityDataByKind {
  source: Source;
  agreement: Agreement;
  facility: Facility;
  personRecord: PersonRecord;
  person: Person;
  allegation: Allegation;
  legalEvent: LegalEvent;
  movement: Movement;
  transfer: Transfer;
  reportedCount: ReportedCount;
  custodyEvent: CustodyEvent;
}
export type KindName = keyof EntityDataByKind;

/** A value of an index column: what lists filter and sort on, extracted from the entity's data. */
export type IndexValue = string | number | null;

/**
 * How a list query parameter filters: `eq` compares a column, `in` takes a comma-separated list, `token` finds a
 * value in a `|A|B|` list column, `exists` looks in another kind's rows that point at this one.
 */
export type FilterSpec =
  | { op: 'eq' | 'in' | 'token'; column: string; value: 'text' | 'country' | 'boolean' }
  | {
      op: 'exists';
      kind: KindName;
      foreignKey: string;
      column: string;
      match: 'eq' | 'token';
      value: 'text' | 'country';
    };

/** Everything the adapters need to store, list and serve one kind of entity. */
export interface EntityKind<K extends KindName = KindName> {
  name: K;
  /** In messages: "no agreement with id …". */
  label: string;
  /** URL path segment and table name. */
  collection: string;
  table: string;
  prefix: string;
  schema: z.ZodType<EntityDataByKind[K], unknown>;
  /** Person data: it leaves the system only through the person presenter. */
  personal: boolean;
  /** The interval of days (or the instant) the entity is dated by, for sorting and date-range filters. */
  dating(data: EntityDataByKind[K]): { lo: string; hi: string } | null;
  /** Index columns beyond the common ones. */
  columns: Record<string, (data: EntityDataByKind[K]) => IndexValue>;
  filters: Record<string, FilterSpec>;
}

function dayRange(from: PartialDate | undefined, to?: PartialDate): { lo: string; hi: string } | null {
  if (!from) return null;
  return { lo: earliestDay(from), hi: latestDay(to ?? from) };
}

function instantOrDay(
  at: Instant | undefined,
  date: PartialDate | undefined,
): { lo: string; hi: string } | null {
  if (at) return { lo: at.utc, hi: at.utc };
  return dayRange(date);
}

/** A list column: `|A|B|`, so a token filter is one LIKE on a parameter. */
export function tokenList(values: readonly string[]): string | null {
  return values.length ? `|${values.join('|')}|` : null;
}

const text = (column: string): FilterSpec => ({ op: 'eq', column, value: 'text' });
const oneOf = (column: string): FilterSpec => ({ op: 'in', column, value: 'text' });
const countryColumn = (column: string): FilterSpec => ({ op: 'eq', column, value: 'country' });

function define<K extends KindName>(kind: EntityKind<K>): EntityKind<K> {
  return kind;
}

export const KINDS = {
  source: define({
    name: 'source',
    label: 'source',
    collection: 'sources',
    table: 'sources',
    prefix: ID_PREFIXES.source,
    schema: sourceSchema,
    personal: false,
    dating: (data) => dayRange(data.publishedOn),
    columns: {
      kind: (data) => data.kind,
      publisher: (data) => data.publisher,
      sensitivity: (data) => data.sensitivity,
      fictional: (data) => (data.fictional ? 1 : 0),
    },
    filters: {
      kind: oneOf('kind'),
      publisher: text('publisher'),
      sensitivity: oneOf('sensitivity'),
      fictional: { op: 'eq', column: 'fictional', value: 'boolean' },
    },
  }),
  agreement: define({
    name: 'agreement',
    label: 'agreement',
    collection: 'agreements',
    table: 'agreements',
    prefix: ID_PREFIXES.agreement,
    schema: agreementSchema,
    personal: false,
    dating: (data) => {
      const dates = data.statusHistory.map((entry) => entry.date).sort();
      return dayRange(dates[0], dates.at(-1));
    },
    columns: {
      sending_country: (data) => data.sendingCountry,
      receiving_country: (data) => data.receivingCountry,
      kind: (data) => data.kind,
      status: (data) => latestStatus(data),
      countries: (data) => tokenList([data.sendingCountry, data.receivingCountry]),
    },
    filters: {
      sendingCountry: countryColumn('sending_country'),
      receivingCountry: countryColumn('receiving_country'),
      country: { op: 'token', column: 'countries', value: 'country' },
      kind: oneOf('kind'),
      status: oneOf('status'),
    },
  }),
  facility: define({
    name: 'facility',
    label: 'facility',
    collection: 'facilities',
    table: 'facilities',
    prefix: ID_PREFIXES.facility,
    schema: facilitySchema,
    personal: false,
    dating: (data) => dayRange(data.openedOn),
    columns: { country: (data) => data.country, kind: (data) => data.kind, name: (data) => data.name },
    filters: { country: countryColumn('country'), kind: oneOf('kind') },
  }),
  personRecord: define({
    name: 'personRecord',
    label: 'person record',
    collection: 'person-records',
    table: 'person_records',
    prefix: ID_PREFIXES.personRecord,
    schema: personRecordSchema,
    personal: true,
    dating: (data) => dayRange(data.birthDate),
    columns: {
      person_id: (data) => data.personId ?? null,
      nationalities: (data) => tokenList(data.nationalities),
      sex: (data) => data.sex ?? null,
    },
    filters: {
      personId: text('person_id'),
      nationality: { op: 'token', column: 'nationalities', value: 'country' },
      sex: oneOf('sex'),
    },
  }),
  person: define({
    name: 'person',
    label: 'person',
    collection: 'persons',
    table: 'persons',
    prefix: ID_PREFIXES.person,
    schema: personSchema,
    personal: true,
    dating: () => null,
    columns: { fictional: (data) => (data.fictional ? 1 : 0) },
    filters: {
      fictional: { op: 'eq', column: 'fictional', value: 'boolean' },
      nationality: {
        op: 'exists',
        kind: 'personRecord',
        foreignKey: 'person_id',
        column: 'nationalities',
        match: 'token',
        value: 'country',
      },
      agreementId: {
        op: 'exists',
        kind: 'transfer',
        foreignKey: 'person_id',
        column: 'agreement_id',
        match: 'eq',
        value: 'text',
      },
      destination: {
        op: 'exists',
        kind: 'transfer',
        foreignKey: 'person_id',
        column: 'to_country',
        match: 'eq',
        value: 'country',
      },
      basis: {
        op: 'exists',
        kind: 'transfer',
        foreignKey: 'person_id',
        column: 'legal_basis',
        match: 'eq',
        value: 'text',
      },
      facilityId: {
        op: 'exists',
        kind: 'custodyEvent',
        foreignKey: 'person_id',
        column: 'facility_id',
        match: 'eq',
        value: 'text',
      },
    },
  }),
  allegation: define({
    name: 'allegation',
    label: 'allegation',
    collection: 'allegations',
    table: 'allegations',
    prefix: ID_PREFIXES.allegation,
    schema: allegationSchema,
    personal: true,
    dating: (data) => dayRange(data.date),
    columns: {
      person_id: (data) => data.personId,
      kind: (data) => data.kind,
      category: (data) => data.category,
      basis: (data) => data.basis,
      status: (data) => data.status,
    },
    filters: {
      personId: text('person_id'),
      kind: oneOf('kind'),
      category: oneOf('category'),
      basis: oneOf('basis'),
      status: oneOf('status'),
    },
  }),
  legalEvent: define({
    name: 'legalEvent',
    label: 'legal event',
    collection: 'legal-events',
    table: 'legal_events',
    prefix: ID_PREFIXES.legalEvent,
    schema: legalEventSchema,
    personal: true,
    dating: (data) => dayRange(data.date),
    columns: { person_id: (data) => data.personId, type: (data) => data.type },
    filters: { personId: text('person_id'), type: oneOf('type') },
  }),
  movement: define({
    name: 'movement',
    label: 'movement',
    collection: 'movements',
    table: 'movements',
    prefix: ID_PREFIXES.movement,
    schema: movementSchema,
    personal: false,
    dating: (data) => instantOrDay(data.departure.at, data.date),
    columns: {
      kind: (data) => data.kind,
      from_country: (data) => data.departure.country,
      to_country: (data) => data.arrival.country,
      carrier: (data) => data.carrier ?? null,
      tail_number: (data) => data.tailNumber ?? null,
    },
    filters: {
      kind: oneOf('kind'),
      fromCountry: countryColumn('from_country'),
      toCountry: countryColumn('to_country'),
      destination: countryColumn('to_country'),
      carrier: text('carrier'),
      tailNumber: text('tail_number'),
    },
  }),
  transfer: define({
    name: 'transfer',
    label: 'transfer',
    collection: 'transfers',
    table: 'transfers',
    prefix: ID_PREFIXES.transfer,
    schema: transferSchema,
    personal: true,
    dating: (data) => instantOrDay(data.departureAt, data.date),
    columns: {
      person_id: (data) => data.personId,
      movement_id: (data) => data.movementId ?? null,
      agreement_id: (data) => data.agreementId ?? null,
      legal_basis: (data) => data.legalBasis,
      from_country: (data) => data.fromCountry,
      to_country: (data) => data.toCountry,
      to_facility_id: (data) => data.toFacilityId ?? null,
      status: (data) => data.status,
    },
    filters: {
      personId: text('person_id'),
      movementId: text('movement_id'),
      agreementId: text('agreement_id'),
      basis: oneOf('legal_basis'),
      fromCountry: countryColumn('from_country'),
      destination: countryColumn('to_country'),
      toCountry: countryColumn('to_country'),
      facilityId: text('to_facility_id'),
      status: oneOf('status'),
    },
  }),
  reportedCount: define({
    name: 'reportedCount',
    label: 'reported count',
    collection: 'reported-counts',
    table: 'reported_counts',
    prefix: ID_PREFIXES.reportedCount,
    schema: reportedCountSchema,
    personal: false,
    dating: (data) => dayRange(data.dateFrom, data.dateTo),
    columns: {
      count: (data) => data.count,
      from_country: (data) => data.fromCountry ?? null,
      to_country: (data) => data.toCountry,
      agreement_id: (data) => data.agreementId ?? null,
      movement_id: (data) => data.movementId ?? null,
      facility_id: (data) => data.facilityId ?? null,
      basis: (data) => data.basis ?? null,
      nationalities: (data) => tokenList(data.nationalities),
      part_of: (data) => data.partOf ?? null,
      same_event_as: (data) => data.sameEventAs ?? null,
      same_persons_as: (data) => data.samePersonsAs ?? null,
      individual: (data) => (data.individual ? 1 : 0),
    },
    filters: {
      fromCountry: countryColumn('from_country'),
      destination: countryColumn('to_country'),
      toCountry: countryColumn('to_country'),
      agreementId: text('agreement_id'),
      movementId: text('movement_id'),
      facilityId: text('facility_id'),
      basis: oneOf('basis'),
      nationality: { op: 'token', column: 'nationalities', value: 'country' },
      partOf: text('part_of'),
      sameEventAs: text('same_event_as'),
      samePersonsAs: text('same_persons_as'),
      individual: { op: 'eq', column: 'individual', value: 'boolean' },
    },
  }),
  custodyEvent: define({
    name: 'custodyEvent',
    label: 'custody event',
    collection: 'custody-events',
    table: 'custody_events',
    prefix: ID_PREFIXES.custodyEvent,
    schema: custodyEventSchema,
    personal: true,
    dating: (data) => instantOrDay(data.at, data.date),
    columns: {
      person_id: (data) => data.personId,
      type: (data) => data.type,
      facility_id: (data) => data.facilityId ?? null,
      country: (data) => data.country ?? null,
    },
    filters: {
      personId: text('person_id'),
      type: oneOf('type'),
      facilityId: text('facility_id'),
      country: countryColumn('country'),
    },
  }),
} satisfies { [K in KindName]: EntityKind<K> };

/** The kinds in dependency order: a kind only references kinds before it (used by export and import). */
export const KIND_ORDER: readonly KindName[] = [
  'source',
  'facility',
  'agreement',
  'movement',
  'person',
  'personRecord',
  'allegation',
  'legalEvent',
  'transfer',
  'reportedCount',
  'custodyEvent',
];

export function kindOf<K extends KindName>(name: K): EntityKind<K> {
  return KINDS[name] as unknown as EntityKind<K>;
}

export function kindByCollection(collection: string): EntityKind | undefined {
  return Object.values(KINDS).find((kind) => kind.collection === collection) as EntityKind | undefined;
}

export function kindByPrefix(prefix: string): EntityKind | undefined {
  return Object.values(KINDS).find((kind) => kind.prefix === prefix) as EntityKind | undefined;
}

/** The status an agreement had last, by date. */
export function latestStatus(agreement: Agreement): string | null {
  const sorted = [...agreement.statusHistory].sort((left, right) =>
    earliestDay(left.date).localeCompare(earliestDay(right.date)),
  );
  return sorted.at(-1)?.status ?? null;
}
