import type { Alternative, FactWarning } from '../entities/common.js';
import { kindOf, type KindName, type PersonRecord, type Source } from '../entities/index.js';
import { DomainError } from '../errors.js';
import type { Condition, Stored } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';

/** An entity as it leaves the system: its meta fields and its data side by side. */
export type Presented = Record<string, unknown> & { id: string; version: number };

/** What a withheld value reads as: present, deliberately not shown. */
export const WITHHELD = 'withheld';

/**
 * Free text people write about one person, which may hold anything (an A-number, a birth date, a case number):
 * shown to editors and admins only, per kind. Notes and retraction reasons are withheld on every person kind.
 */
const FREE_TEXT: Partial<Record<KindName, readonly string[]>> = {
  allegation: ['description'],
  // A habeas docket and a court case name identify the person who brought them; an order's key is free text too.
  legalEvent: ['docket', 'case', 'orderKey'],
};

/** Fails with forbidden when the role may not see this kind at all (person data for the public). */
export function assertMayRead(kindName: KindName, role: Role): void {
  if (kindOf(kindName).personal && !roleAtLeast(role, 'viewer')) {
    throw new DomainError(
      'forbidden',
      `person data is not public: ${kindOf(kindName).collection} need at least the viewer role`,
      {
        kind: kindOf(kindName).label,
      },
    );
  }
}

/**
 * Extra list conditions that hide what the role may not see: sources above its sensitivity clearance, and, from
 * the public, reported counts made from rows about one person each (individual data: the public sees them only
 * through the suppressed public tables).
 */
export function visibilityConditions(kindName: KindName, role: Role): Condition[] {
  if (kindName === 'reportedCount')
    return roleAtLeast(role, 'viewer') ? [] : [{ op: 'eq', column: 'individual', value: 0 }];
  if (kindName !== 'source' || roleAtLeast(role, 'editor')) return [];
  return [
    {
      op: 'in',
      column: 'sensitivity',
      values: roleAtLeast(role, 'viewer') ? ['public', 'restricted'] : ['public'],
    },
  ];
}

/** Whether a source's title, publisher and address may be shown to the role (confidential: editors only). */
export function sourceVisible(source: Source, role: Role): boolean {
  if (roleAtLeast(role, 'editor')) return true;
  return (
    source.sensitivity === 'public' || (source.sensitivity === 'restricted' && roleAtLeast(role, 'viewer'))
  );
}

/** Whether a single entity is visible to the role; invisible ones are answered as not found. */
export function isVisible(kindName: KindName, stored: Stored, role: Role): boolean {
  if (kindName === 'reportedCount')
    return roleAtLeast(role, 'viewer') || (stored.data as { individual?: boolean }).individual !== true;
  return kindName !== 'source' || sourceVisible(stored.data as Source, role);
}

/** A birth date as viewers see it: the year only (the day and month single a person out). */
export function birthYearOnly(date: unknown): unknown {
  return typeof date === 'string' ? date.slice(0, 4) : date;
}

function redactRecord(data: Record<string, unknown>): void {
  const record = data as unknown as PersonRecord;
  data.identifiers = record.identifiers.map((identifier) => ({ kind: identifier.kind, value: WITHHELD }));
  // The source's own id of the record (a case number, a release identifier) identifies the person as well.
  if (record.sourceRecordId !== undefined) data.sourceRecordId = WITHHELD;
  if (record.birthDate) data.birthDate = birthYearOnly(record.birthDate);
}

/** Fields of a person record viewers never see as written. */
const RECORD_HIDDEN = ['identifiers', 'sourceRecordId'];

/**
 * The importer's readings of a person fact as viewers see them: a warning names its column, but its cell and its
 * words (which quote the cell: a birth date, an identifier) are withheld; another reading keeps its fields, with
 * what viewers may not see withheld as in the fact itself (a birth date by its year).
 */
function redactReadings(kindName: KindName, data: Record<string, unknown>, hidden: readonly string[]): void {
  const warnings = data.warnings as FactWarning[] | undefined;
  if (warnings) {
    data.warnings = warnings.map((warning) => ({
      column: warning.column,
      value: WITHHELD,
      reason: WITHHELD,
    }));
  }
  const alternatives = data.alternatives as Alternative[] | undefined;
  if (!alternatives) return;
  const never = new Set([...hidden, ...(kindName === 'personRecord' ? RECORD_HIDDEN : [])]);
  data.alternatives = alternatives.map((alternative) => ({
    ...alternative,
    values: Object.fromEntries(
      Object.entries(alternative.values).map(([field, value]) => [
        field,
        never.has(field) ? WITHHELD : field === 'birthDate' ? birthYearOnly(value) : value,
      ]),
    ),
  }));
}

/**
 * The only way person data leaves the system. Editors and admins see everything; viewers see person data without
 * identifiers (nor the source's id of the record), birth day and month, notes, free text written about the
 * person (allegation descriptions, dockets, case names) or the reasons of retractions; the public sees none
 * (assertMayRead).
 */
export function presentEntity(kindName: KindName, stored: Stored, role: Role): Presented {
  assertMayRead(kindName, role);
  const meta = {
    id: stored.id,
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    retracted: stored.retracted,
  };
  if (!kindOf(kindName).personal || roleAtLeast(role, 'editor'))
    return { ...(stored.data as object), ...meta };
  const data = { ...(stored.data as Record<string, unknown>) };
  const hidden = ['note', ...(FREE_TEXT[kindName] ?? [])];
  for (const field of hidden) if (field in data) data[field] = WITHHELD;
  redactReadings(kindName, data, hidden);
  if (kindName === 'personRecord') redactRecord(data);
  const retracted = stored.retracted ? { at: stored.retracted.at, reason: WITHHELD } : null;
  return { ...data, ...meta, retracted };
}

/**
 * Refuses list requests that would reveal, through the filter or the order, a field the role may not see: person
 * records are dated by birth date, which viewers see by year only, so they filter by whole years and never sort
 * by it. Returns the sort to use when the caller gave none.
 */
export function listSortFor(
  kindName: KindName,
  request: { sort?: string | undefined; from?: string | undefined; to?: string | undefined },
  role: Role,
): { sort: string; issues: Array<{ path: string[]; message: string }> } {
  if (kindName !== 'personRecord' || roleAtLeast(role, 'editor'))
    return { sort: request.sort ?? 'date', issues: [] };
  const issues: Array<{ path: string[]; message: string }> = [];
  for (const name of ['from', 'to'] as const) {
    const value = request[name];
    if (value !== undefined && value.length > 4)
      issues.push({
        path: [name],
        message: 'person records are dated by birth date, which viewers see by year: give a year',
      });
  }
  if (request.sort !== undefined && /^-?date$/.test(request.sort))
    issues.push({
      path: ['sort'],
      message: 'viewers may not sort person records by birth date: sort by created, updated or id',
    });
  return { sort: request.sort ?? 'created', issues };
}
