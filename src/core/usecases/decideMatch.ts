import { DomainError, notFound, versionConflict } from '../errors.js';
import type { PersonMatch } from '../ports/personLinkage.js';
import type { Stored, UnitOfWork } from '../ports/store.js';
import type { UseCaseContext } from './context.js';
import { assertMayLink, mergeInto, recordsOf, requireLivePerson } from './personMembership.js';

/** A reviewer's decision on a pending match, with the version of the match they read. */
export interface MatchDecision {
  version: number;
  reason?: string | undefined;
}

/** The match decided, and the person its record now belongs to. */
export interface DecidedMatch {
  match: PersonMatch;
  personId: string;
}

interface MatchSides {
  match: PersonMatch;
  personId: string;
  candidatePersonId: string;
}

/**
 * The pending match and the persons its two records belong to now (a merge or split since it was queued may have
 * moved them): the decision is about those records, whichever persons hold them.
 */
async function pendingSides(unitOfWork: UnitOfWork, matchId: string, version: number): Promise<MatchSides> {
  const match = await unitOfWork.getMatch(matchId);
  if (!match) throw notFound('match', matchId);
  if (match.status !== 'pending') {
    throw new DomainError(
      'match_already_decided',
      `match ${matchId} was ${match.status} by ${match.decidedBy} at ${match.decidedAt}; a decision is not taken twice`,
      { id: matchId, status: match.status },
    );
  }
  if (match.version !== version) throw versionConflict('match', matchId, version, match.version);
  const [record, candidate] = await Promise.all([
    liveRecord(unitOfWork, match.recordId),
    liveRecord(unitOfWork, match.candidateRecordId),
  ]);
  return {
    match,
    personId: record.data.personId as string,
    candidatePersonId: candidate.data.personId as string,
  };
}

async function liveRecord(unitOfWork: UnitOfWork, recordId: string): Promise<Stored<'personRecord'>> {
  const record = await unitOfWork.get('personRecord', recordId);
  if (!record) throw notFound('person record', recordId);
  if (record.retracted) {
    throw new DomainError(
      'already_retracted',
      `person record ${recordId} was retracted: ${record.retracted.reason}`,
      {
        kind: 'person record',
        id: recordId,
      },
    );
  }
  return record;
}

/**
 * Accepts a match: the record's person is merged into the candidate person (records and facts move, audited;
 * the emptied person is retracted), unless a reviewer rejected a match between them (cannot_link).
 */
export async function acceptMatch(
  context: UseCaseContext,
  matchId: string,
  decision: MatchDecision,
): Promise<DecidedMatch> {
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const { match, personId, candidatePersonId } = await pendingSides(unitOfWork, matchId, decision.version);
    const reason = decision.reason?.trim() || `match ${matchId} accepted`;
    if (personId !== candidatePersonId) {
      await assertMayLink(unitOfWork, personId, candidatePersonId);
      const survivor = await requireLivePerson(unitOfWork, candidatePersonId);
      const other = await requireLivePerson(unitOfWork, personId);
      await mergeInto(context, unitOfWork, survivor, other, reason);
    }
    const decided = await unitOfWork.decideMatch(match.id, decision.version, {
      status: 'accepted',
      reason: decision.reason?.trim() || null,
    });
    await closeMatchesThatCannotLink(unitOfWork, candidatePersonId);
    return { match: decided, personId: candidatePersonId };
  });
}

/**
 * Rejects a match: the two persons' records may never be one person. Every record of one is recorded as a
 * cannot-link with every record of the other, so the engine never links or queues them again, whatever merges
 * and splits follow, and a manual merge of persons holding them fails with cannot_link.
 */
export async function rejectMatch(
  context: UseCaseContext,
  matchId: string,
  decision: MatchDecision & { reason: string },
): Promise<DecidedMatch> {
  return context.store.transaction(context.actor, async (unitOfWork) => {
    const { match, personId, candidatePersonId } = await pendingSides(unitOfWork, matchId, decision.version);
    if (personId === candidatePersonId) {
      throw new DomainError(
        'already_linked',
        `the records of match ${matchId} are one person (${personId}) already: split them before rejecting`,
        { id: matchId, personId },
      );
    }
    const decided = await unitOfWork.decideMatch(match.id, decision.version, {
      status: 'rejected',
      reason: decision.reason.trim(),
    });
    const mine = (await recordsOf(unitOfWork, personId)).map((record) => record.id);
    const theirs = (await recordsOf(unitOfWork, candidatePersonId)).map((record) => record.id);
    await unitOfWork.addCannotLinks(match.id, mine, theirs);
    await closeMatchesThatCannotLink(unitOfWork, personId);
    return { match: decided, personId };
  });
}

/** Pending matches a decision can touch at once: a person's records are few, and so are their matches. */
const PENDING_CLOSED_AT_MOST = 500;

/**
 * Closes the pending matches of a person's records that now ask a question a reviewer has answered: after a merge
 * or a rejection, a match between this person and one a rejection stands against is rejected with a reason that
 * says so, rather than asked again.
 */
async function closeMatchesThatCannotLink(unitOfWork: UnitOfWork, personId: string): Promise<void> {
  const recordIds = (await recordsOf(unitOfWork, personId)).map((record) => record.id);
  const { items } = await unitOfWork.listMatches({
    status: 'pending',
    limit: PENDING_CLOSED_AT_MOST,
    involvingRecords: recordIds,
  });
  for (const match of items) {
    const sides = await unitOfWork.getMany('personRecord', [match.recordId, match.candidateRecordId]);
    const persons = [...new Set(sides.map((side) => side.data.personId as string))];
    const other = persons.find((id) => id !== personId);
    if (other === undefined || !(await unitOfWork.personsCannotLink(personId, other))) continue;
    await unitOfWork.decideMatch(match.id, match.version, {
      status: 'rejected',
      reason: `closed: a reviewer rejected a match between persons ${personId} and ${other}`,
    });
  }
}
