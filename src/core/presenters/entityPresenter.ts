import { kindOf, type KindName, type PersonRecord, type Source } from '../entities/index.js';
import { DomainError } from '../errors.js';
import type { Condition, Stored } from '../ports/store.js';
import { roleAtLeast, type Role } from '../roles.js';

/** An entity as it leaves the system: its meta fields and its data side by side. */
export type Presented = Record<string, unknown> & { id: string; version: number };

const WITHHELD = 'withheld';

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

/** Extra list conditions that hide what the role may not see (sources above its sensitivity clearance). */
export function visibilityConditions(kindName: KindName, role: Role): Condition[] {
  if (kindName !== 'source' || roleAtLeast(role, 'editor')) return [];
  return [
    {
      op: 'in',
      column: 'sensitivity',
      values: roleAtLeast(role, 'viewer') ? ['public', 'restricted'] : ['public'],
    },
  ];
}

/** Whether a single entity is visible to the role; invisible ones are answered as not found. */
export function isVisible(kindName: KindName, stored: Stored, role: Role): boolean {
  if (kindName !== 'source') return true;
  const sensitivity = (stored.data as Source).sensitivity;
  if (roleAtLeast(role, 'editor')) return true;
  return sensitivity === 'public' || (sensitivity === 'restricted' && roleAtLeast(role, 'viewer'));
}

/**
 * The only way person data leaves the system. Editors and admins see everything; viewers see person data
 * without identifiers (nor the source's id of the record), birth day and month, or notes; the public sees none
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
  if ('note' in data) data.note = WITHHELD;
  if (kindName === 'personRecord') {
    const record = data as unknown as PersonRecord;
    data.identifiers = record.identifiers.map((identifier) => ({ kind: identifier.kind, value: WITHHELD }));
    // The source's own id of the record (a case number, a release identifier) identifies the person as well.
    if (record.sourceRecordId !== undefined) data.sourceRecordId = WITHHELD;
    if (record.birthDate) data.birthDate = record.birthDate.slice(0, 4);
  }
  return { ...data, ...meta };
}
