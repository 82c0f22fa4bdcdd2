import { identifiedInScope, publicIdentified, scopeOf, shareOf } from '../figures/reconciliation.js';
import { notFound } from '../errors.js';
import type { EntityReader } from '../ports/store.js';
import { isVisible, presentEntity } from '../presenters/entityPresenter.js';
import { roleAtLeast, type Role } from '../roles.js';

/**
 * A reported count against the registry: how many persons are identified by name among the individual transfers
 * in its scope, and what share of the reported number that is (above 1 when the registry knows more persons than
 * the source reported: flagged, never capped). Viewers and up get the persons and their transfers, as the
 * presenters show them to the role; the public gets the number only, suppressed from 1 to 4, and no one.
 */
export async function reconcileReportedCount(reader: EntityReader, countId: string, role: Role) {
  const count = await reader.get('reportedCount', countId);
  if (!count || !isVisible('reportedCount', count, role)) throw notFound('reported count', countId);
  const scope = scopeOf(count.data);
  const found = await identifiedInScope(reader, scope);
  const reported = { min: count.data.count, max: count.data.count };
  const presented = presentEntity('reportedCount', count, role);
  if (!roleAtLeast(role, 'viewer'))
    return { count: presented, scope, ...publicIdentified(found.persons.size, reported) };
  return {
    count: presented,
    scope,
    identified: found.persons.size,
    ...shareOf(found.persons.size, reported),
    transfersInScope: found.transfers,
    /** Persons with transfers in the scope whose records give no nationality, where the count names some. */
    nationalityUnknown: found.nationalityUnknown,
    persons: [...found.persons].map(([personId, transfers]) => ({
      personId,
      transfers: transfers.map((transfer) => presentEntity('transfer', transfer, role)),
    })),
  };
}
