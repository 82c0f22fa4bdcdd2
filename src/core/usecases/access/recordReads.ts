import type { AuditEvent } from '../../ports/store.js';

const PERSON_ID = /^per_[0-9A-Za-z_-]{1,64}$/;

/**
 * The persons an answer is about: every person id anywhere in it (a person, their records, a transfer's
 * `personId`, both sides of a match, search hits). Walked without recursion: answers can nest deeply.
 */
export function personIdsIn(answer: unknown): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [answer];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (PERSON_ID.test(value)) found.add(value);
    } else if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === 'object') pending.push(...Object.values(value));
  }
  return [...found].sort();
}

/**
 * The audit entries of a user's read of person data: one per person, naming the route, so an admin can answer
 * "who looked at this person" (the entry's actor says who, and by which session or token).
 */
export function personReadEvents(personIds: readonly string[], route: string): AuditEvent[] {
  return personIds.map((personId) => ({
    action: 'read' as const,
    kind: 'person' as const,
    entityId: personId,
    version: 0,
    before: null,
    after: { route },
  }));
}
