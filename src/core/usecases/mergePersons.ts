import { invalidInput } from '../errors.js';
import type { UseCaseContext } from './context.js';
import { assertMayLink, mergeInto, requireLivePerson, type MergeResult } from './personMembership.js';

/** A reviewer's merge: `personId` is merged into the person of the URL. */
export interface MergeRequest {
  personId: string;
  reason: string;
  /** The version of the surviving person as the reviewer read it; a stale one fails with version_conflict. */
  version?: number | undefined;
}

/**
 * Merges two persons the reviewer judges to be one human being: the records and facts of `request.personId` move
 * to `personId` (each move audited), and the emptied person is retracted with the reason `merged into <id>`.
 * Refused with cannot_link when a reviewer rejected a match between their records. The result lists what moved,
 * so a split of those records (and facts) undoes the merge.
 */
export async function mergePersons(
  context: UseCaseContext,
  personId: string,
  request: MergeRequest,
): Promise<MergeResult> {
  if (request.personId === personId) {
    throw invalidInput([{ path: ['personId'], message: 'a person cannot be merged into itself' }]);
  }
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const survivor = await requireLivePerson(unitOfWork, personId, request.version);
    const other = await requireLivePerson(unitOfWork, request.personId);
    await assertMayLink(unitOfWork, survivor.id, other.id);
    return mergeInto(context, unitOfWork, survivor, other, request.reason.trim());
  });
}
